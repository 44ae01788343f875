import type { SingleQuestion } from '../model/theme.js';
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
  defineType,
  EQUALITY_OPERATORS,
  type QuestionTypeDefinition,
  refuse,
} from './types.js';

/** Single choice: one option id. */
export const singleAnswers: AnswerBehaviour<SingleQuestion> = {
  type: 'single',
  accept(question, value) {
    if (typeof value !== 'string') return refuse('wrong-type', question, { expected: 'option' });
    if (!optionsById(question).has(value)) return refuse('unknown-option', question, { option: value });
    return { ok: true, value };
  },
  casePart(question, value, lang = 'zh') {
    const option = typeof value === 'string' ? optionsById(question).get(value) : undefined;
    const english = lang === 'en' ? option?.en : undefined;
    return { key: String(value), label: english ?? option?.short ?? option?.label ?? String(value) };
  },
  finiteAnswers: true,
  decode: (_question, key) => key,
  display: chosenLabels,
  said: chosenLabels,
  domain: (question) => ({ type: 'single', options: question.options }),
  options: (question) => question.options,
  withOptions: (question, options) => ({ ...question, options }),
  likelyAnswers: (question) => question.options.map((o) => o.id),
};

/** Single choice, with what loading, the analysis and the command line need. */
export const single: QuestionTypeDefinition<SingleQuestion> = /* @__PURE__ */ defineType<SingleQuestion>(
  singleAnswers,
  {
    keys: ['options'],
    draft(raw, base) {
      return { ...base, type: 'single', options: normalizeOptions(raw.options) };
    },
    checkShape(raw, report) {
      const authored = authoredOptions(raw, report);
      for (const [id] of authored?.exclusive ?? []) {
        report(['options', id, 'exclusive'], 'exclusive-option', {
          question: String(raw.id),
          reason: 'single',
        });
      }
    },
    withCuts: (question) => question,
    operators: EQUALITY_OPERATORS,
    fits: isOption,
    answerLabels: optionLabels,
    choices: (question) => question.options.map((o) => o.id),
    exact: () => true,
    choicePerOption: true,
    fromText: (_question, text) => text.trim(),
    prompt: (question) => ({ kind: 'select', options: question.options }),
  },
);
