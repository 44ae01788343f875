import type { Question } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import { keyFragments } from '../session/case-key-format.js';

/**
 * The answer a command-line text stands for, as the question's type reads it: option ids as written, several
 * joined with `+`; yes/no as yes/no/true/false/是/否; decimal numbers as numbers; dates as written; else a
 * case-key part as case keys and situation lists print it (a band such as `age=lt16` stands for one answer of
 * the band). A text that is none of these stays text, for the session to refuse with its reason.
 */
export function coerceAnswer(question: Question, text: string, today?: string): unknown {
  const type = questionType(question);
  const value = type.fromText(question, text);
  if (type.accept(question, value, today).ok) return value;
  const decoded = type.decode(question, text.trim(), today);
  return decoded !== undefined && type.accept(question, decoded, today).ok ? decoded : value;
}

/** What a question id looks like (the theme format's id rule). */
export const QUESTION_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Parses `k=v,k2=v2` into pairs (values may not contain commas; use an answers file for those), or a case key
 * `k=v&k2=v2` as `tongban cases` prints it (when every `&` part is a pair). A part that is not
 * `question=value` with an id-shaped question, or a question given twice, is an error naming it.
 */
export function parseAnswerPairs(text: string): Map<string, string> {
  const pairs = new Map<string, string>();
  const byAmpersand = keyFragments(text);
  const caseKey =
    !text.includes(',') &&
    byAmpersand.length > 1 &&
    byAmpersand.every((part) => QUESTION_ID.test(part.slice(0, Math.max(part.indexOf('='), 0)).trim()));
  for (const part of caseKey ? byAmpersand : text.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const id = eq <= 0 ? '' : part.slice(0, eq).trim();
    if (!QUESTION_ID.test(id)) throw new AnswerPairError('not-a-pair', part);
    if (pairs.has(id)) throw new AnswerPairError('twice', id);
    pairs.set(id, part.slice(eq + 1).trim());
  }
  return pairs;
}

/** Why inline answers were refused, and the part or question at fault. */
export class AnswerPairError extends Error {
  constructor(
    readonly reason: 'not-a-pair' | 'twice',
    readonly part: string,
  ) {
    super(reason === 'twice' ? `"${part}" is answered twice` : `"${part}" is not question=value`);
  }
}
