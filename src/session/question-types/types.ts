import type { SessionErrorCode, SessionErrorParamsOf } from '../../model/errors.js';
import type { AnswerValue } from '../../model/session.js';
import type { ChoiceQuestion, Option, Question } from '../../model/theme.js';

/** An answer that fits its question, normalised (choices in option order), or why it does not fit. */
export type Accepted = { readonly ok: true; readonly value: AnswerValue };
/** A refusal as data: a session error's code and params (the session renders its message). */
export type Refused = {
  readonly [C in SessionErrorCode]: {
    readonly ok: false;
    readonly code: C;
    readonly params: SessionErrorParamsOf<C>;
  };
}[SessionErrorCode];

/** How one question type checks answers and names them in case keys; one file per type. */
export interface QuestionType<Q extends Question = Question> {
  readonly type: Q['type'];
  /** Checks and normalises a value; `today` (`YYYY-MM-DD`) resolves date bounds such as `today-18y`. */
  accept(question: Q, value: unknown, today: string | undefined): Accepted | Refused;
  /** The part an answer contributes to a case: a canonical key and a readable label ('' to leave it out). */
  casePart(question: Q, value: AnswerValue): { readonly key: string; readonly label: string };
}

/** A refusal of an answer to a question; `params` are the code's params but the question's id. */
export function refuse<C extends SessionErrorCode>(
  code: C,
  question: Question,
  params: Omit<SessionErrorParamsOf<C>, 'question'>,
): Refused {
  // A code and its own params: TypeScript cannot see that they belong together in the union.
  return { ok: false, code, params: { question: question.id, ...params } } as Refused;
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
