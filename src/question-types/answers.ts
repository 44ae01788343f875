import type { Question, QuestionType } from '../model/theme.js';
import { dateAnswers } from './date.js';
import { multipleAnswers } from './multiple.js';
import { numberAnswers } from './number.js';
import { singleAnswers } from './single.js';
import type { AnswerBehaviour } from './types.js';
import { yesNoAnswers } from './yes-no.js';

/**
 * Every question type's `AnswerBehaviour`, by name: what sessions and outcomes use. Runtime code reads types
 * through this table rather than `questionType` (`./index.ts`), so that the runtime bundle leaves out what
 * only loading, the analysis and the command line need. Keyed by type: a missing type is a compile error.
 */
const ANSWERS: {
  readonly [K in QuestionType]: AnswerBehaviour<Extract<Question, { type: K }>>;
} = {
  single: singleAnswers,
  multiple: multipleAnswers,
  'yes-no': yesNoAnswers,
  number: numberAnswers,
  date: dateAnswers,
};

/** How a question's type accepts, names and shows answers. */
export function answerType<Q extends Question>(question: Q): AnswerBehaviour<Q> {
  // The table is keyed by type, so the entry found is the one for Q.
  return ANSWERS[question.type] as unknown as AnswerBehaviour<Q>;
}
