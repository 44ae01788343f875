import type { AnswerValue } from '../model/session.js';
import type { Question } from '../model/theme.js';
import { answerType } from './answers.js';

/**
 * The label of a case-key part (`ge16-lt60`, `yes`, `hot+cold`) of `question` in `lang`, as `casePart` writes it
 * for an answer with that key: how a case found by the analysis (whose labels are Chinese) reads in English.
 * Undefined when the key is no answer of the question.
 */
export function keyLabel(
  question: Question,
  key: string,
  lang: 'zh' | 'en',
  today?: string,
): string | undefined {
  const type = answerType(question);
  const value = type.decode(question, key, today);
  if (value === undefined) return undefined;
  return type.casePart(question, value as AnswerValue, lang).label;
}
