import type { Session } from '../model/session.js';
import type { Question } from '../model/theme.js';
import { answerType } from '../question-types/answers.js';
import { own } from '../util/own.js';
import { checkSession } from './inputs.js';
import { answer, next } from './transitions.js';
import { walk } from './walk.js';

/** Where a citizen stands: the step they are on and about how many questions are likely still to come. */
export interface ProgressEstimate {
  /** Questions the user answered on the current path (prefilled answers do not count): the step is `asked + 1`. */
  readonly asked: number;
  /** Questions likely still to ask, the current one included (0 once the questionnaire is complete). */
  readonly likely: number;
  /** The questions of that likely path, the current one first. */
  readonly path: readonly string[];
  /** An upper bound of the questions still to ask (`next(session).progress.remaining`). */
  readonly atMost: number;
}

/**
 * Estimates the questions still to come on the likely path: each question from the current one on is answered
 * with its first answer that does not end the questionnaire in 不予办理, and the questions that path asks are
 * counted. Answers tried, in order (each type's `likelyAnswers`): options (a multiple choice: each option
 * alone, exclusive ones last); yes, then no; a number's minimum (else 0), the boundaries its conditions draw,
 * its maximum; a date's boundaries, then `today`. Most citizens who start a theme can be served, so a path to
 * 不予办理 is taken only when every answer leads there. Pure; at most one walk per tried answer and question.
 */
export function estimateProgress(session: Session): ProgressEstimate {
  checkSession(session);
  const asked = askedOnPath(session);
  const first = next(session);
  const atMost = first.progress.remaining;
  const path: string[] = [];
  let current = session;
  // Each round answers one more question, so the loop ends within the number of questions.
  for (let step = first; !step.done; step = next(current)) {
    path.push(step.question.id);
    const after = likelyAnswer(current, step.question);
    if (after === undefined) {
      // No candidate fits (a date range the candidates miss): count what may remain after this question.
      return { asked, likely: path.length - 1 + step.progress.remaining, path, atMost };
    }
    current = after;
  }
  return { asked, likely: path.length, path, atMost };
}

/** The session after the first candidate answer that does not block, else after the first that fits. */
function likelyAnswer(session: Session, question: Question): Session | undefined {
  let fallback: Session | undefined;
  for (const value of answerType(question).likelyAnswers(question, session.today)) {
    const result = answer(session, question.id, value);
    if (!result.ok) continue;
    if (!walk(result.session).blocked) return result.session;
    fallback ??= result.session;
  }
  return fallback;
}

/** Answered questions on the walk that the user answered (not the profile). */
function askedOnPath(session: Session): number {
  const { states } = walk(session);
  let count = 0;
  session.theme.questions.forEach((question, index) => {
    if (states[index] === 'answered' && own(session.answers, question.id)?.prefilled !== true) count++;
  });
  return count;
}
