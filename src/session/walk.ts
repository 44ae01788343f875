import type { Verdict } from '../model/condition.js';
import type { Answer, Progress, Session } from '../model/session.js';
import type { QuestionState, Walk } from '../model/walk.js';
import { offerVerdict } from '../question-types/availability.js';
import { own } from '../util/own.js';
import { type Answers, answerRecord, answerTable } from './answer-table.js';
import { baseFacts, rulesFor } from './environment.js';
import { advanceWalk, buildWalk, walkCounts } from './incremental.js';
import { memoOf } from './memo.js';

export type { QuestionState, Walk } from '../model/walk.js';

/**
 * The walk of a session (see `walkWith`, its definition), memoised per session object. A transition hands
 * the new session the walk it computed from the previous one (`walkAfter`, `rememberWalk`).
 */
export function walk(session: Session): Walk {
  const memo = memoOf(session);
  if (memo.walk) return memo.walk;
  const answers = answerTable(session) ?? session.answers;
  const result = buildWalk(session, answers) ?? computeWalk(session, answerRecord(answers));
  memo.walk = result;
  return result;
}

/**
 * Walks the questions in order. Until the current question every condition reads only settled facts (the
 * loader guarantees it), so each is decided. A blocking notice that certainly applies ends the walk: the
 * questions after it are not asked. After it, a condition that is already false stays false
 * whatever is answered later (three-valued logic is monotone), so answers behind it are stale; other later
 * questions count towards what may remain. The walk in full, without memoising: what src/session/incremental.ts
 * computes faster must equal it (test/session/incremental.test.ts).
 */
export function walkWith(session: Session, answers: Readonly<Record<string, Answer>>): Walk {
  return computeWalk(session, answers);
}

/**
 * The walk of a session with `answers`, which differ from those `from` was walked with (by default, the
 * session's own) only in the answers of `changed`: only what those answers can change is evaluated again.
 */
export function walkAfter(
  session: Session,
  answers: Answers,
  changed: readonly string[],
  from: Walk = walk(session),
): Walk {
  return advanceWalk(session, answers, from, changed) ?? computeWalk(session, answerRecord(answers));
}

/** How many questions are answered, and at most how many remain to ask (the current one included). */
export function walkProgress(w: Walk): Progress {
  const counted = walkCounts(w);
  if (counted) return { answered: counted.answered, remaining: counted.remaining };
  let answered = 0;
  let remaining = 0;
  for (const state of w.states) {
    if (state === 'answered') answered++;
    else if (state === 'current' || state === 'pending') remaining++;
  }
  return { answered, remaining };
}

/** Remembers a walk already computed for a session built from the same answers. */
export function rememberWalk(session: Session, computed: Walk): void {
  memoOf(session).walk = computed;
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
    let answer = own(answers, question.id);
    if (answer && verdict !== false) {
      // An answer that chooses an option no longer offered counts as none: a user's is stale once that is
      // certain; a prefilled one is ignored and the question asked.
      const offered = offerVerdict(question, answer.value, (c) => rules.evaluate(c, facts), session.today);
      if (offered === false) {
        if (!answer.prefilled) stale.push(question.id);
        answer = undefined;
      } else if (offered === 'unknown' && current !== -1) {
        states.push('pending-answered');
        continue;
      }
    }
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
