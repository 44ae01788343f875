import { agesOn } from './ages-on.js';
import type { Derivation } from './types.js';

/**
 * The age on the next given month-day of a list's only entry (a family's one child), as `ages-on` counts it.
 * With no entry or several the result is undefined: a questionnaire about one child must not guess which of
 * several children it is about, so it asks instead of prefilling.
 */
export const soleAgeOn: Derivation = {
  name: 'sole-age-on',
  from: 'list',
  type: 'number',
  compute(source, today, monthDay) {
    const ages = agesOn.compute(source, today, monthDay);
    return Array.isArray(ages) && ages.length === 1 ? ages[0] : undefined;
  },
};
