import type { QuestionType } from '../../model/theme.js';
import { parseDate } from '../../profile/derivations/dates.js';
import type { ThemeCheck, ThemeContext } from './theme-context.js';

const COMMON = ['id', 'ask', 'en', 'help', 'short', 'type', 'when', 'prefill'];
const KEYS_BY_TYPE: Record<string, readonly string[]> = {
  single: [...COMMON, 'options'],
  multiple: [...COMMON, 'options'],
  'yes-no': [...COMMON, 'yes', 'no'],
  number: [...COMMON, 'unit', 'min', 'max', 'integer'],
  date: [...COMMON, 'min', 'max'],
};

/** `YYYY-MM-DD`, `today`, or `today` with an offset in days, months or years (`today-18y`). */
export const DATE_BOUND = /^(\d{4}-\d{2}-\d{2}|today([+-]\d{1,5}[dmy])?)$/;

/** Each question has the keys its type needs and no others; ranges are not empty; one exclusive option. */
export const questionShape: ThemeCheck = {
  name: 'question-shape',
  run(context) {
    const questions = (context.raw.questions ?? []) as Record<string, unknown>[];
    for (const [i, raw] of questions.entries()) checkQuestion(context, raw, i);
  },
};

function checkQuestion(context: ThemeContext, raw: Record<string, unknown>, i: number): void {
  const type = typeof raw.type === 'string' ? raw.type : 'single';
  const at = (...below: (string | number)[]) => ['questions', i, ...below];
  const allowed = KEYS_BY_TYPE[type] ?? COMMON;
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) {
      // The schema admits only the question types.
      context.report('theme', at(key), 'misplaced-key', { key, type: type as QuestionType }, { key: true });
    }
  }
  const question = String(raw.id);
  if (type === 'single' || type === 'multiple') {
    if (raw.options === undefined) {
      context.report('theme', at(), 'missing-key', { key: 'options' });
      return;
    }
    const options = Object.entries(raw.options as Record<string, unknown>);
    // `exclusive: false` is the default, written out: it makes no option exclusive.
    const exclusive = options.filter(
      ([, o]) => typeof o === 'object' && o !== null && (o as { exclusive?: unknown }).exclusive === true,
    );
    if (type === 'single') {
      for (const [id] of exclusive) {
        context.report('theme', at('options', id, 'exclusive'), 'exclusive-option', {
          question,
          reason: 'single',
        });
      }
    } else if (exclusive.length > 1) {
      context.report('theme', at('options', exclusive[1]?.[0] ?? ''), 'exclusive-option', {
        question,
        reason: 'two',
      });
    } else if (exclusive.length === options.length) {
      context.report('theme', at('options'), 'exclusive-option', {
        question,
        reason: 'all',
      });
    }
  }
  if (type === 'number') {
    for (const bound of ['min', 'max'] as const) {
      if (raw[bound] !== undefined && typeof raw[bound] !== 'number') {
        context.report('theme', at(bound), 'wrong-type', { expected: ['number'], actual: 'string' });
      }
    }
    if (typeof raw.min === 'number' && typeof raw.max === 'number' && raw.min > raw.max) {
      context.report('theme', at('min'), 'empty-range', { question, min: raw.min, max: raw.max });
    }
  }
  if (type === 'date') {
    for (const bound of ['min', 'max'] as const) {
      const value = raw[bound];
      if (value === undefined) continue;
      const valid =
        typeof value === 'string' &&
        DATE_BOUND.test(value) &&
        (value.startsWith('today') || parseDate(value));
      if (!valid) {
        context.report('theme', at(bound), 'invalid-value', {
          value: String(value),
          allowed: ['YYYY-MM-DD', 'today', 'today-18y', 'today+30d'],
        });
      }
    }
    if (
      typeof raw.min === 'string' &&
      typeof raw.max === 'string' &&
      parseDate(raw.min) &&
      parseDate(raw.max)
    ) {
      if (raw.min > raw.max)
        context.report('theme', at('min'), 'empty-range', { question, min: raw.min, max: raw.max });
    }
  }
}
