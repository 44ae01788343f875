import type { DateQuestion } from '../../model/theme.js';
import { addToDate, parseDate } from '../../profile/derivations/dates.js';
import { bandKey, bandLabel, bandOf } from '../bands.js';
import { type QuestionType, refuse } from './types.js';

/** A real calendar date `YYYY-MM-DD` within the question's range; cases group dates by band. */
export const date: QuestionType<DateQuestion> = {
  type: 'date',
  accept(question, value, today) {
    if (typeof value !== 'string') return refuse('wrong-type', question, { expected: 'date' });
    if (!parseDate(value)) return refuse('invalid-date', question, { value });
    const min = resolveBound(question.min, today);
    const max = resolveBound(question.max, today);
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      return refuse('out-of-range', question, {
        value,
        expected: 'date',
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      });
    }
    return { ok: true, value };
  },
  casePart(question, value) {
    const band = bandOf(question.cuts, value as string);
    const label = bandLabel(band);
    return { key: bandKey(band), label: label && `${question.short ?? question.id}${label}` };
  },
};

/** A date bound as a date: `YYYY-MM-DD` as is, `today±N[dmy]` from today; undefined when today is unknown. */
export function resolveBound(bound: string | undefined, today: string | undefined): string | undefined {
  if (bound === undefined || !bound.startsWith('today')) return bound;
  const now = parseDate(today);
  if (!now) return undefined;
  const match = /^today(?:([+-]\d+)([dmy]))?$/.exec(bound);
  if (!match) return undefined;
  return match[1] === undefined ? today : addToDate(now, Number(match[1]), match[2] as 'd' | 'm' | 'y');
}
