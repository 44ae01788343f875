import { parseDate, wholeYears } from './dates.js';
import type { Derivation } from './types.js';

/**
 * Ages on the next given month-day (today included) for a list of birth dates, e.g. children's ages on the
 * coming 1 September, which decides school entry. Entries may be dates or objects with a `birth-date`.
 */
export const agesOn: Derivation = {
  name: 'ages-on',
  from: 'list',
  type: 'list',
  compute(source, today, monthDay = '09-01') {
    const now = parseDate(today);
    if (!now || !Array.isArray(source)) return undefined;
    const [month, day] = monthDay.split('-').map(Number) as [number, number];
    const passed = now[1] > month || (now[1] === month && now[2] > day);
    const on: [number, number, number] = [passed ? now[0] + 1 : now[0], month, day];
    const ages: number[] = [];
    for (const entry of source) {
      const raw =
        entry !== null && typeof entry === 'object'
          ? (entry as Record<string, unknown>)['birth-date']
          : entry;
      const birth = parseDate(raw);
      if (birth) ages.push(wholeYears(birth, on));
    }
    return ages;
  },
};
