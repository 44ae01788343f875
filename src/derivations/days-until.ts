import { daysBetween, parseDate } from '../util/dates.js';
import type { Derivation } from './types.js';

/** Days from today until a date (negative once it has passed): a licence's remaining validity. */
export const daysUntil: Derivation = {
  name: 'days-until',
  from: 'date',
  type: 'number',
  compute(source, today) {
    const to = parseDate(source);
    const now = parseDate(today);
    return to && now ? daysBetween(now, to) : undefined;
  },
};
