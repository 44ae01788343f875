import { daysBetween, parseDate } from '../util/dates.js';
import type { Derivation } from './types.js';

/** Days since a date (negative while it lies ahead): how recent a marriage or a registration is. */
export const daysSince: Derivation = {
  name: 'days-since',
  from: 'date',
  type: 'number',
  compute(source, today) {
    const from = parseDate(source);
    const now = parseDate(today);
    return from && now ? daysBetween(from, now) : undefined;
  },
};
