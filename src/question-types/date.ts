import { BAND_WORDS } from '../messages/band-words.js';
import type { DateQuestion } from '../model/theme.js';
import { addToDate, parseDate } from '../util/dates.js';
import { bandKey, bandLabel, bandOf, firstOfEachBand, valueOfBand } from './bands.js';
import {
  type AnswerBehaviour,
  bandCaseLabel,
  defineType,
  ORDERED_OPERATORS,
  type QuestionTypeDefinition,
  refuse,
  withQuestion,
} from './types.js';

/** `YYYY-MM-DD`, `today`, or `today` with an offset in days, months or years (`today-18y`). */
export const DATE_BOUND = /^(\d{4}-\d{2}-\d{2}|today([+-]\d{1,5}[dmy])?)$/;

/** The form a date answer is typed in. */
const PATTERN = 'YYYY-MM-DD';

/** A real calendar date `YYYY-MM-DD` within the question's range; cases group dates by band. */
export const dateAnswers: AnswerBehaviour<DateQuestion> = {
  type: 'date',
  finiteAnswers: false,
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
  casePart(question, value, lang = 'zh') {
    const band = bandOf(question.cuts, value as string);
    return {
      key: bandKey(band),
      label: bandCaseLabel(question, bandLabel(band, BAND_WORDS.date[lang]), lang),
    };
  },
  decode: (question, key, today) => valueOfBand(question.cuts, bandValues(question, today), key),
  display: (_question, value) => String(value),
  said: (question, value, lang) => withQuestion(question, String(value), lang),
  domain: () => ({ type: 'date' }),
  options: () => [],
  withOptions: (question) => question,
  // The boundaries conditions draw, then today.
  likelyAnswers(question, today) {
    const cuts = question.cuts.map((c) => c.value).filter((v): v is string => typeof v === 'string');
    return today === undefined ? cuts.sort() : [...cuts.sort(), today];
  },
};

/** A date, with what loading, the analysis and the command line need. */
export const date: QuestionTypeDefinition<DateQuestion> = /* @__PURE__ */ defineType(dateAnswers, {
  keys: ['min', 'max'],
  draft(raw, base) {
    return {
      ...base,
      type: 'date',
      ...(typeof raw.min === 'string' ? { min: raw.min } : {}),
      ...(typeof raw.max === 'string' ? { max: raw.max } : {}),
      cuts: [],
    };
  },
  checkShape(raw, report) {
    for (const bound of ['min', 'max'] as const) {
      const value = raw[bound];
      if (value === undefined) continue;
      const valid =
        typeof value === 'string' &&
        DATE_BOUND.test(value) &&
        (value.startsWith('today') || parseDate(value));
      if (!valid) {
        report([bound], 'invalid-value', {
          value: String(value),
          allowed: ['YYYY-MM-DD', 'today', 'today-18y', 'today+30d'],
        });
      }
    }
    const { min, max } = raw;
    if (typeof min === 'string' && typeof max === 'string' && parseDate(min) && parseDate(max) && min > max) {
      report(['min'], 'empty-range', { question: String(raw.id), min, max });
    }
  },
  withCuts: (question, cuts) => ({ ...question, cuts: cuts() }),
  operators: ORDERED_OPERATORS,
  fits: (value) => parseDate(value) !== undefined,
  answerLabels: () => [],
  choices: (question, _use, today) => bandValues(question, today),
  exact: (_question, use) => !use.comparedWithFact,
  choicePerOption: false,
  fromText: (_question, text) => text.trim(),
  prompt: () => ({ kind: 'input', pattern: PATTERN }),
});

/** A date bound as a date: `YYYY-MM-DD` as is, `today±N[dmy]` from today; undefined when today is unknown. */
export function resolveBound(bound: string | undefined, today: string | undefined): string | undefined {
  if (bound === undefined || !bound.startsWith('today')) return bound;
  const now = parseDate(today);
  if (!now) return undefined;
  const match = /^today(?:([+-]\d+)([dmy]))?$/.exec(bound);
  if (!match) return undefined;
  return match[1] === undefined ? today : addToDate(now, Number(match[1]), match[2] as 'd' | 'm' | 'y');
}

/** One date per band the question's cuts draw: the earliest accepted date of each, bands in ascending order. */
function bandValues(question: DateQuestion, today: string | undefined): string[] {
  return firstOfEachBand(
    question.cuts,
    candidates(question, today),
    (v) => dateAnswers.accept(question, v, today).ok,
  );
}

/** Candidate dates: each cut, the day before and after it, the resolved bounds, else a default day. */
function candidates(question: DateQuestion, today: string | undefined): string[] {
  const out: string[] = [];
  for (const cut of question.cuts) {
    const day = parseDate(cut.value);
    if (!day) continue;
    out.push(cut.value as string, addToDate(day, -1, 'd'), addToDate(day, 1, 'd'));
  }
  for (const bound of [resolveBound(question.min, today), resolveBound(question.max, today)]) {
    if (bound !== undefined) out.push(bound);
  }
  if (out.length === 0) out.push(today ?? '2000-01-01');
  return [...new Set(out)].sort();
}
