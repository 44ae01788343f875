import { outcomeText } from '../outcome/identity.js';
import type { CaseDetail } from './detail.js';

/**
 * The outcome signature of a case: one string that is equal for two cases exactly when they yield the same
 * outcome, by the one definition of the same outcome (`writeBody` in src/outcome/identity.ts, which
 * `outcomeIdentity` follows too): status, notices, items with their days, fee and venue, the merged materials
 * with form, copies and status, critical days, total fee and visits. Situations, and every check that asks
 * whether an answer changes the outcome, compare cases by it or by the id.
 */
export function outcomeSignature(detail: CaseDetail): string {
  return outcomeText(detail);
}
