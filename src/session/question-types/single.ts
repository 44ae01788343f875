import type { ChoiceQuestion } from '../../model/theme.js';
import { optionsById, type QuestionType, refuse } from './types.js';

/** Single choice: one option id. */
export const single: QuestionType<ChoiceQuestion> = {
  type: 'single',
  accept(question, value) {
    if (typeof value !== 'string') return refuse('wrong-type', question, { expected: 'option' });
    if (!optionsById(question).has(value)) return refuse('unknown-option', question, { option: value });
    return { ok: true, value };
  },
  casePart(question, value) {
    const option = typeof value === 'string' ? optionsById(question).get(value) : undefined;
    return { key: String(value), label: option?.short ?? option?.label ?? String(value) };
  },
};
