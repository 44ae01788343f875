/**
 * An oracle of what a session must ask, independent of `walk` (src/session/walk.ts), for the property tests
 * of sessions and the hardening invariants: the questions in order; a question whose condition is false is
 * skipped and its fact settled as absent; the first whose condition holds and that has no answer is the one to
 * ask. Once a blocking notice (不予办理) certainly applies, nothing more is asked.
 */
import { expect } from 'vitest';
import type { Condition, Verdict } from '../../src/model/condition.js';
import type { Session } from '../../src/model/session.js';
import type { Question } from '../../src/model/theme.js';
import { defaultOperatorSet, evaluateCondition } from '../../src/rules/index.js';
import { baseFacts } from '../../src/session/environment.js';

export interface Expected {
  readonly current: Question | undefined;
  /** Questions asked and answered before the current one. */
  readonly answered: number;
  /** Facts settled before the current question. */
  readonly facts: Map<string, unknown>;
  /** Questions certainly skipped before the current one. */
  readonly skipped: ReadonlySet<string>;
}

/** A condition's three-valued verdict on these facts, with the session's operators (true when absent). */
export function holds(
  session: Session,
  condition: Condition | undefined,
  facts: ReadonlyMap<string, unknown>,
): Verdict {
  if (condition === undefined) return true;
  const context = {
    operators: session.operators ?? defaultOperatorSet,
    conditions: session.theme.conditions,
  };
  return evaluateCondition(condition, facts, context);
}

/** What the session must ask next, and what is settled before it. */
export function oracle(session: Session): Expected {
  const facts = new Map(baseFacts(session.theme, session.profile, session.today).facts);
  const skipped = new Set<string>();
  const blocks = session.theme.notices.filter((n) => n.kind === 'block');
  let answered = 0;
  for (const [index, question] of session.theme.questions.entries()) {
    if (blocks.some((n) => holds(session, n.when, facts) === true)) {
      for (const rest of session.theme.questions.slice(index)) skipped.add(rest.id);
      return { current: undefined, answered, facts, skipped };
    }
    const verdict = holds(session, question.when, facts);
    if (verdict === false) {
      facts.set(question.id, undefined);
      skipped.add(question.id);
      continue;
    }
    // Conditions read only earlier questions, all settled by now.
    expect(verdict, `the condition of "${question.id}" is decided`).toBe(true);
    const given = Object.hasOwn(session.answers, question.id) ? session.answers[question.id] : undefined;
    if (given === undefined) return { current: question, answered, facts, skipped };
    facts.set(question.id, given.value);
    answered++;
  }
  return { current: undefined, answered, facts, skipped };
}
