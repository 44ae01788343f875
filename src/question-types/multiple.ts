import type { MultipleQuestion, Option } from '../model/theme.js';
import {
  authoredOptions,
  chosenLabels,
  isOption,
  normalizeOptions,
  optionLabels,
  optionsById,
} from './choice.js';
import {
  type AnswerBehaviour,
  comparisons,
  defineType,
  type FactUse,
  type QuestionTypeDefinition,
  refuse,
} from './types.js';

/** What joins the option ids of a multiple-choice answer, in case keys and on the command line. */
export const SEPARATOR = '+';

/** Multiple choice: one or more option ids, an exclusive option ("以上都没有") only alone; kept in option order. */
export const multipleAnswers: AnswerBehaviour<MultipleQuestion> = {
  type: 'multiple',
  finiteAnswers: false,
  accept(question, value) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      return refuse('wrong-type', question, { expected: 'options' });
    }
    if (value.length === 0) return refuse('empty-choice', question, {});
    const seen = new Set<string>();
    for (const id of value as string[]) {
      const option = optionsById(question).get(id);
      if (!option) return refuse('unknown-option', question, { option: id });
      if (seen.has(id)) return refuse('duplicate-option', question, { option: id });
      if (option.exclusive && value.length > 1)
        return refuse('exclusive-option', question, { option: id, label: option.label });
      seen.add(id);
    }
    return { ok: true, value: question.options.filter((o) => seen.has(o.id)).map((o) => o.id) };
  },
  casePart(question, value, lang = 'zh') {
    const ids = new Set(Array.isArray(value) ? (value as string[]) : []);
    const chosen = question.options.filter((o) => ids.has(o.id));
    const label = (o: Option) => (lang === 'en' ? o.en : undefined) ?? o.short ?? o.label;
    return {
      key: chosen.map((o) => o.id).join(SEPARATOR),
      label: chosen.map(label).join(lang === 'en' ? ', ' : '、'),
    };
  },
  decode: (_question, key) => key.split(SEPARATOR),
  display: chosenLabels,
  said: chosenLabels,
  domain: (question) => ({ type: 'multiple', options: question.options }),
  options: (question) => question.options,
  withOptions: (question, options) => ({ ...question, options }),
  // Each option alone, exclusive ones ("以上都没有") last.
  likelyAnswers: (question) =>
    [...question.options.filter((o) => !o.exclusive), ...question.options.filter((o) => o.exclusive)].map(
      (o) => [o.id],
    ),
};

/** Multiple choice, with what loading, the analysis and the command line need. */
export const multiple: QuestionTypeDefinition<MultipleQuestion> =
  /* @__PURE__ */ defineType<MultipleQuestion>(multipleAnswers, {
    keys: ['options'],
    draft(raw, base) {
      return { ...base, type: 'multiple', options: normalizeOptions(raw.options) };
    },
    checkShape(raw, report) {
      const authored = authoredOptions(raw, report);
      if (!authored) return;
      const { options, exclusive } = authored;
      const question = String(raw.id);
      if (exclusive.length > 1) {
        report(['options', exclusive[1]?.[0] ?? ''], 'exclusive-option', { question, reason: 'two' });
      } else if (exclusive.length === options.length) {
        report(['options'], 'exclusive-option', { question, reason: 'all' });
      }
    },
    withCuts: (question) => question,
    operators: /* @__PURE__ */ comparisons({ contains: 'element', doesNotContain: 'element' }),
    fits: isOption,
    answerLabels: optionLabels,
    choices: (question, use) => multipleChoices(question, use).map((ids) => Object.freeze(ids)),
    exact: () => true,
    choicePerOption: false,
    fromText: (_question, text) =>
      text
        .split(SEPARATOR)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    prompt: (question) => ({ kind: 'checkbox', options: question.options, separator: SEPARATOR }),
  });

/** How a theme's conditions read a multiple-choice fact: the options they test, and whether only by membership. */
export interface MultipleUse {
  /** Option ids some condition tests, in option order. */
  readonly tested: readonly string[];
  /**
   * False when every leaf on the fact is `contains` / `doesNotContain` (maybe `not:`) of one option without a
   * path: then a verdict depends only on which tested options are chosen. True otherwise (another operator,
   * a decorator, a path, or a comparison with another fact), and untested options may matter too.
   */
  readonly general: boolean;
}

const MEMBERSHIP = new Set(['contains', 'doesNotContain', 'not:contains', 'not:doesNotContain']);

/** How conditions read a multiple-choice question, from the leaves that test it. */
export function multipleUse(question: MultipleQuestion, use: FactUse): MultipleUse {
  const ids = new Set(question.options.map((o) => o.id));
  const tested = new Set<string>();
  let general = use.comparedWithFact;
  for (const leaf of use.leaves) {
    const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
    for (const value of values) if (typeof value === 'string' && ids.has(value)) tested.add(value);
    const simple =
      MEMBERSHIP.has(leaf.operator) &&
      leaf.path === undefined &&
      typeof leaf.value === 'string' &&
      ids.has(leaf.value);
    if (!simple) general = true;
  }
  return { tested: question.options.filter((o) => tested.has(o.id)).map((o) => o.id), general };
}

/**
 * The choices of a multiple-choice question that can make a difference. Let T be the tested options that are
 * not exclusive and F the first untested option that is not exclusive (the filler), if any:
 * - membership-only conditions: every non-empty subset of T, and F alone standing for "none of T";
 * - other conditions: every non-empty subset of T ∪ {F} (F standing for every untested option);
 * - then each exclusive option alone.
 * Subsets are in option order, listed by binary counting over T (F first); at most 2^|T| + 1 choices.
 */
export function multipleChoices(question: MultipleQuestion, use: FactUse): string[][] {
  const { tested, general } = multipleUse(question, use);
  const order = new Map(question.options.map((o, i) => [o.id, i]));
  const plain = question.options.filter((o) => !o.exclusive);
  const testedPlain = plain.filter((o) => tested.includes(o.id)).map((o) => o.id);
  const filler = plain.find((o) => !tested.includes(o.id))?.id;
  const elements = general && filler !== undefined ? [filler, ...testedPlain] : testedPlain;
  const subsets: string[][] = [];
  if (!general && filler !== undefined) subsets.push([filler]);
  const total = 2 ** elements.length;
  for (let mask = 1; mask < total; mask++) {
    const subset = elements.filter((_, i) => (mask & (2 ** i)) !== 0);
    subsets.push(subset.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
  }
  for (const option of question.options) if (option.exclusive) subsets.push([option.id]);
  return subsets;
}
