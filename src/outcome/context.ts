import type { Condition, Verdict } from '../model/condition.js';
import type { Session } from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import type { Facts } from '../rules/compile.js';
import { rulesFor } from '../session/environment.js';
import { walk } from '../session/walk.js';

/** What every part of an outcome reads: the session, its theme, the settled facts and their verdicts. */
export interface OutcomeContext {
  readonly session: Session;
  readonly theme: CompiledTheme;
  /** Facts settled so far (see `walk`): everything else is unknown. */
  readonly facts: Facts;
  /** True while the questionnaire is not complete. */
  readonly provisional: boolean;
  /** The verdict of a condition over the settled facts; an absent condition holds. */
  verdict(condition: Condition | undefined): Verdict;
  /** Whether a condition already holds: only `true` counts, so undecided entries stay out. */
  holds(condition: Condition | undefined): boolean;
}

/** The context of a session's outcome. */
export function outcomeContext(session: Session): OutcomeContext {
  const w = walk(session);
  const conditions = rulesFor(session.theme, session.operators);
  const verdict = (condition: Condition | undefined) => conditions.evaluate(condition, w.facts);
  return {
    session,
    theme: session.theme,
    facts: w.facts,
    provisional: w.current !== -1,
    verdict,
    holds: (condition) => verdict(condition) === true,
  };
}
