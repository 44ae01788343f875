import { parseDate, wholeYears } from '../util/dates.js';
import type { Derivation } from './types.js';

/** Whole years since a date: an age (周岁) from a birth date, years since registration. */
export const yearsSince: Derivation = {
  name: 'years-since',
  from: 'date',
  type: 'number',
  compute(source, today) {
    const from = parseDate(source);
    const now = parseDate(today);
    return from && now ? wholeYears(from, now) : undefined;
  },
};
