import type { MaterialStatus, OutcomeStatus } from '../model/outcome.js';
import type { MaterialForm } from '../model/theme.js';
import { Hash } from '../util/id-hash.js';
import type { Composition } from './composition.js';

// Numbers for the words an id covers: hashing a number is cheaper than hashing a word.
const STATUS: Readonly<Record<OutcomeStatus, number>> = { ready: 0, 'not-needed': 1, blocked: 2 };
const FORM: Readonly<Record<MaterialForm, number>> = { 原件: 0, 复印件: 1, 电子: 2, 表格: 3 };
const MATERIAL_STATUS: Readonly<Record<MaterialStatus, number>> = { submit: 0, 'passed-on': 1, waived: 2 };

/**
 * An id of what a composed case yields, entry by entry (names aside): status, the notices, the items with the
 * days, fee and venue that count, the merged materials in order with form, copies and status, and the critical
 * days, fee and visits. Equal outcomes, equal ids; unequal ones share an id with a chance of about 2^-53. The
 * analysis tells paths with the same outcome apart from others by it. Indices refer to the composition's plan:
 * ids of cases of one plan are compared, not across plans.
 */
export function outcomeIdentity(composition: Composition): number {
  const hash = new Hash();
  hash.number(STATUS[composition.status]);
  // Indices are ≥ 0: -1 ends a list.
  for (const n of composition.notices) hash.number(n);
  hash.number(-1);
  for (const step of composition.steps) {
    hash.number(step.item);
    hash.number(step.days ?? -1);
    hash.number(step.fee === undefined ? -1 : Math.round(step.fee.amount * 100));
    hash.string(step.presence?.venue ?? '');
  }
  hash.number(-1);
  for (const m of composition.materials) {
    hash.number(m.material);
    hash.number(FORM[m.form]);
    hash.number(m.copies);
    hash.number(MATERIAL_STATUS[m.status]);
  }
  hash.number(-1);
  hash.number(composition.days.critical);
  hash.number(Math.round(composition.fee.total * 100));
  hash.number(composition.visits.length);
  return hash.value();
}
