import { Hash } from '../util/id-hash.js';
import type { Composition } from './composition.js';

/**
 * An id of what a composed case yields, entry by entry (names aside): status, the notices, the items with the
 * days, fee and venue that count, the merged materials in order with form, copies and status, and the critical
 * days, fee and visits. Equal outcomes, equal ids; unequal ones share an id with a chance of about 2^-53. The
 * analysis tells paths with the same outcome apart from others by it. Indices refer to the composition's plan:
 * ids of cases of one plan are compared, not across plans.
 */
export function outcomeIdentity(composition: Composition): number {
  const hash = new Hash();
  hash.string(composition.status);
  for (const n of composition.notices) hash.number(n);
  hash.string('|');
  for (const step of composition.steps) {
    hash.number(step.item);
    hash.number(step.days ?? -1);
    hash.number(step.fee === undefined ? -1 : Math.round(step.fee.amount * 100));
    hash.string(step.presence?.venue ?? '');
  }
  hash.string('|');
  for (const m of composition.materials) {
    hash.number(m.material);
    hash.string(m.form);
    hash.number(m.copies);
    hash.string(m.status);
  }
  hash.number(composition.days.critical);
  hash.number(Math.round(composition.fee.total * 100));
  hash.number(composition.visits.length);
  return hash.value();
}
