import type { AnswerValue } from '../model/session.js';
import type { ChoiceQuestion, Option } from '../model/theme.js';
import { text } from '../util/text.js';
import type { AnswerLabel, ShapeReport } from './types.js';

// What single and multiple choice share: options as authored, looked up by id, shown by label.

/** Options as authored (`id: label` or `id: { label, … }`) in their written order. */
export function normalizeOptions(raw: unknown): Option[] {
  if (raw === null || typeof raw !== 'object') return [];
  return Object.entries(raw as Record<string, unknown>).map(([id, value]): Option => {
    if (typeof value === 'string') return { id, label: value };
    const r = value as Record<string, unknown>;
    return {
      id,
      label: String(r.label),
      ...text(r, 'en'),
      ...text(r, 'help'),
      ...text(r, 'short'),
      ...(r.exclusive === true ? { exclusive: true } : {}),
    };
  });
}

/**
 * The options of a YAML choice question, or a `missing-key` report when it has none; then, as entries,
 * the options marked `exclusive: true` (`exclusive: false` is the default, written out).
 */
export function authoredOptions(
  raw: Readonly<Record<string, unknown>>,
  report: ShapeReport,
): { readonly options: [string, unknown][]; readonly exclusive: [string, unknown][] } | undefined {
  if (raw.options === undefined) {
    report([], 'missing-key', { key: 'options' });
    return undefined;
  }
  const options = Object.entries(raw.options as Record<string, unknown>);
  const exclusive = options.filter(
    ([, o]) => typeof o === 'object' && o !== null && (o as { exclusive?: unknown }).exclusive === true,
  );
  return { options, exclusive };
}

const optionIndexes = new WeakMap<ChoiceQuestion, ReadonlyMap<string, Option>>();

/**
 * A choice question's options by id, built once per (immutable) question: a search of the options for each
 * answer made enumerating a question with 20,000 options take 20 seconds.
 */
export function optionsById(question: ChoiceQuestion): ReadonlyMap<string, Option> {
  let index = optionIndexes.get(question);
  if (!index) {
    index = new Map(question.options.map((o) => [o.id, o]));
    optionIndexes.set(question, index);
  }
  return index;
}

/** An option's label in a language: its `en` text when asked for English and the author wrote one. */
export function optionLabel(option: Option, lang: 'zh' | 'en' = 'zh'): string {
  return lang === 'en' && option.en !== undefined ? option.en : option.label;
}

/** The labels of the chosen options, in option order, joined with 、. */
export function chosenLabels(question: ChoiceQuestion, value: AnswerValue, lang: 'zh' | 'en'): string {
  const ids = Array.isArray(value) ? (value as readonly string[]) : [String(value)];
  return question.options
    .filter((o) => ids.includes(o.id))
    .map((o) => optionLabel(o, lang))
    .join('、');
}

/** Whether a value written in a condition is one of the options. */
export function isOption(value: unknown, options: readonly Option[] | undefined): boolean {
  return typeof value === 'string' && (options ?? []).some((o) => o.id === value);
}

/** The option labels, which must differ. */
export function optionLabels(question: ChoiceQuestion): AnswerLabel[] {
  return question.options.map((o) => ({ id: o.id, label: o.label, option: true }));
}
