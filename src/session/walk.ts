import type { Verdict } from '../model/condition.js';
import type { Answer, Session } from '../model/session.js';
import { own } from '../util/own.js';
import { baseFacts, rulesFor } from './environment.js';

/** Where each question stands in a session. */
export type QuestionState =
  /** asked and answered; its fact is settled */
  | 'answered'
  /** its condition is false: never asked, its fact is settled as absent */
  | 'skipped'
  /** the question to ask now */
  | 'current'
  /** after the current one: may still be asked (its condition is true or not yet decided) */
  | 'pending'
  /** after the current one, with a kept answer that will count once it is reached */
  | 'pending-answered';

/** The walk of a session through its questionnaire: each question's state and the facts settled so far. */
export interface Walk {
  readonly states: readonly QuestionState[];
  /** Index of the question to ask now, or -1 when the questionnaire is complete. */
  readonly current: number;
  /**
   * Settled facts: the base facts, the facts of answered and skipped questions, and of kept answers behind
   * the current question whose questions are certainly asked. Everything else is unknown.
   */
  readonly facts: ReadonlyMap<string, unknown>;
  /** Answers whose questions are certainly no longer asked (their condition is false). */
  readonly stale: readonly string[];
  /** Whether a blocking notice certainly applies (不予办理): the walk then ends, nothing more is asked. */
  readonly blocked: boolean;
}

const walks = new WeakMap<Session, Walk>();

/**
 * Walks the questions in order. Until the current question every condition reads only settled facts (the
 * loader guarantees it), so each is decided. A blocking notice that certainly applies ends the walk: the
 * questions after it are not asked. After it, a condition that is already false stays false
 * whatever is answered later (three-valued logic is monotone), so answers behind it are stale; other later
 * questions count towards what may remain. Memoised per session object.
 */
export function walk(session: Session): Walk {
  const cached = walks.get(session);
  if (cached) return cached;
  const result = computeWalk(session, session.answers);
  walks.set(session, result);
  return result;
}

/** The walk of a session with other answers, without memoising (used to compute a transition). */
export function walkWith(session: Session, answers: Readonly<Record<string, Answer>>): Walk {
  return computeWalk(session, answers);
}

/** Remembers a walk already computed for a session built from the same answers. */
export function rememberWalk(session: Session, computed: Walk): void {
  walks.set(session, computed);
}

function computeWalk(session: Session, answers: Readonly<Record<string, Answer>>): Walk {
  const { theme } = session;
  const rules = rulesFor(theme, session.operators);
  const facts = new Map(baseFacts(theme, session.profile, session.today).facts);
  const states: QuestionState[] = [];
  const stale: string[] = [];
  const blocks = theme.notices.filter((n) => n.kind === 'block');
  const blocked = () => blocks.some((n) => rules.evaluate(n.when, facts) === true);
  let current = -1;
  let stopped = blocked();
  for (const [index, question] of theme.questions.entries()) {
    // Once a blocking notice certainly applies (不予办理), nothing more is asked.
    const verdict: Verdict = stopped ? false : rules.evaluate(question.when, facts);
    const answer = own(answers, question.id);
    if (verdict === false) {
      states.push('skipped');
      facts.set(question.id, undefined);
      if (answer && !answer.prefilled) stale.push(question.id);
    } else if (current === -1 && answer) {
      states.push('answered');
      facts.set(question.id, answer.value);
    } else if (current === -1) {
      // Before the current question every fact read is settled, so the verdict here is true.
      states.push('current');
      current = index;
    } else if (verdict === true && answer) {
      // A kept answer behind the current question whose question is certainly asked: its fact counts.
      states.push('pending-answered');
      facts.set(question.id, answer.value);
    } else {
      states.push(answer ? 'pending-answered' : 'pending');
    }
    if (current === -1 && !stopped && blocks.length > 0) stopped = blocked();
  }
  return { states, current, facts, stale, blocked: stopped };
}
