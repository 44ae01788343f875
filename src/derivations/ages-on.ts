import { parseDate, wholeYears } from '../util/dates.js';
import type { Derivation } from './types.js';

/**
 * Ages on the next given month-day (today included) for a list of birth dates, e.g. children's ages on the
 * coming 1 September, which decides school entry. Entries may be dates or objects with a `birth-date`; the
 * ages keep the list's order. A list with an entry whose birth date is missing or not a real date gives
 * undefined rather than the ages of the others: a child left out would make `contains`/`not` conditions
 * settle on data the portal does not have. A month-day that no year has (`02-30`, `13-01`) gives undefined.
 * `02-29` counts as 1 March in common years, as a leap-day birthday does.
 */
export const agesOn: Derivation = {
  name: 'ages-on',
  from: 'list',
  type: 'list',
  compute(source, today, monthDay = '09-01') {
    const now = parseDate(today);
    const target = parseMonthDay(monthDay);
    if (!now || !target || !Array.isArray(source)) return undefined;
    const thisYear = occurrence(now[0], target);
    const on = compareDates(thisYear, now) < 0 ? occurrence(now[0] + 1, target) : thisYear;
    const ages: number[] = [];
    for (const entry of source) {
      const raw =
        entry !== null && typeof entry === 'object' && !Array.isArray(entry)
          ? (entry as Record<string, unknown>)['birth-date']
          : entry;
      const birth = parseDate(raw);
      if (!birth) return undefined;
      ages.push(wholeYears(birth, on));
    }
    return ages;
  },
};

/** The month-day in a year; 02-29 falls on 1 March in common years. */
function occurrence(year: number, [month, day]: [number, number]): [number, number, number] {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && day === 29 && !leap ? [year, 3, 1] : [year, month, day];
}

function compareDates(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** `MM-DD` as [month, day] when some year has that day (02-29 included), else undefined. */
function parseMonthDay(value: unknown): [number, number] | undefined {
  if (typeof value !== 'string' || !/^\d{2}-\d{2}$/.test(value)) return undefined;
  return parseDate(`2000-${value}`)
    ? ([Number(value.slice(0, 2)), Number(value.slice(3))] as [number, number])
    : undefined;
}
