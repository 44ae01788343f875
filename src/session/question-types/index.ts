import type { Question } from '../../model/theme.js';
import { date } from './date.js';
import { multiple } from './multiple.js';
import { number } from './number.js';
import { single } from './single.js';
import type { QuestionType } from './types.js';
import { yesNo } from './yes-no.js';

export type { QuestionType } from './types.js';

const TYPES = { single, multiple, 'yes-no': yesNo, number, date } as const;

/** The behaviour of a question's type; adding a type means adding a file and an entry here. */
export function questionType(question: Question): QuestionType {
  return TYPES[question.type] as QuestionType;
}
