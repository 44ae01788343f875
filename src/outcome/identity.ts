import type { MaterialStatus, OutcomeStatus } from '../model/outcome.js';
import type { MaterialForm } from '../model/theme.js';
import { Hash } from '../util/id-hash.js';
import type { Composition, CompositionBody } from './composition.js';

// Numbers for the words an id covers: hashing a number is cheaper than hashing a word.
const STATUS: Readonly<Record<OutcomeStatus, number>> = { ready: 0, 'not-needed': 1, blocked: 2 };
const FORM: Readonly<Record<MaterialForm, number>> = { 原件: 0, 复印件: 1, 电子: 2, 表格: 3 };
const MATERIAL_STATUS: Readonly<Record<MaterialStatus, number>> = {
  submit: 0,
  'passed-on': 1,
  waived: 2,
  generated: 3,
  shared: 4,
  committed: 5,
};

/**
 * An id of what a composed case yields, entry by entry (names aside): status, the notices, and its body (see
 * `bodyIdentity`). Equal outcomes, equal ids; unequal ones share an id with a chance of about 2^-53. The
 * analysis tells paths with the same outcome apart from others by it. Indices refer to the composition's plan:
 * ids of cases of one plan are compared, not across plans.
 */
export function outcomeIdentity(composition: Composition): number {
  return identityWith(composition.status, composition.notices, bodyIdentity(composition));
}

/** `outcomeIdentity` from a case's status, its notices and the `bodyIdentity` of its body. */
export function identityWith(status: OutcomeStatus, notices: readonly number[], body: number): number {
  const hash = new Hash();
  hash.number(STATUS[status]);
  // Indices are ≥ 0: -1 ends a list.
  for (const n of notices) hash.number(n);
  hash.number(-1);
  hash.number(body);
  return hash.value();
}

/**
 * An id of a composition's body: the items with the days, fee and venue that count, the merged materials in
 * order with form, copies and status, and the critical days, fee and visits.
 */
export function bodyIdentity(body: CompositionBody): number {
  const hash = new Hash();
  for (const step of body.steps) {
    hash.number(step.item);
    hash.number(step.days ?? -1);
    hash.number(step.fee === undefined ? -1 : Math.round(step.fee.amount * 100));
    hash.string(step.presence?.venue ?? '');
  }
  hash.number(-1);
  for (const m of body.materials) {
    hash.number(m.material);
    hash.number(FORM[m.form]);
    hash.number(m.copies);
    hash.number(MATERIAL_STATUS[m.status]);
  }
  hash.number(-1);
  hash.number(body.days.critical);
  hash.number(Math.round(body.fee.total * 100));
  hash.number(body.visits.length + body.collections.length);
  hash.number(body.chosen === undefined ? -1 : body.chosen.steps.length);
  return hash.value();
}
