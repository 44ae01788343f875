import { bodyText, headText, outcomeText } from '../outcome/identity.js';
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

/**
 * The part of `outcomeSignature` its status and notices give (it comes first). Split from the body's part so
 * that situations sign each composed body once, however many notice sets it comes with.
 */
export function headSignature(detail: Pick<CaseDetail, 'status' | 'notices'>): string {
  return headText(detail.status, detail.notices);
}

/** The part of `outcomeSignature` the body gives: items, materials, critical days, total fee and visits. */
export function bodySignature(detail: Omit<CaseDetail, 'status' | 'notices'>): string {
  return bodyText(detail);
}
