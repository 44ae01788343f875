import type { YesNoQuestion } from '../../model/theme.js';
import { type QuestionType, refuse } from './types.js';

/** Yes or no: a boolean. */
export const yesNo: QuestionType<YesNoQuestion> = {
  type: 'yes-no',
  accept(question, value) {
    if (typeof value !== 'boolean') return refuse('wrong-type', question, { expected: 'yes-no' });
    return { ok: true, value };
  },
  casePart(question, value) {
    return value === true ? { key: 'yes', label: question.yes } : { key: 'no', label: question.no };
  },
};
