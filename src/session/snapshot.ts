import type { Answer, AnswerValue, Session } from '../model/session.js';
import { deepFreeze } from '../util/freeze.js';

/** The session's answers with `value` given to `question`: a new object, not frozen yet (see `answered`). */
export function withAnswer(session: Session, question: string, value: AnswerValue): Record<string, Answer> {
  return { ...session.answers, [question]: deepFreeze({ value }) };
}

/**
 * The session after an answer to `question`: `answers` (from `withAnswer`) without the `dropped` ones, and
 * the trail with `question` appended when `fresh`, without the dropped ones. Only what is new is created
 * and frozen: the theme, profile, options and every other answer are shared with `session`, frozen already.
 * It is immer's `produce` by hand, which took twice as long on this path (docs/architecture.md, "immer").
 */
export function answered(
  session: Session,
  answers: Record<string, Answer>,
  question: string,
  fresh: boolean,
  dropped: readonly string[],
): Session {
  for (const id of dropped) delete answers[id];
  let trail: readonly string[] = fresh ? [...session.trail, question] : session.trail;
  if (dropped.length > 0) trail = trail.filter((id) => !dropped.includes(id));
  return Object.freeze({ ...session, answers: Object.freeze(answers), trail: Object.freeze(trail) });
}
