import { OUTCOME_FORMAT, type Outcome } from '../model/outcome.js';
import type { Session } from '../model/session.js';
import { caseOf } from '../session/case.js';
import { checkSession } from '../session/inputs.js';
import { compose } from './compose.js';
import { outcomeContext } from './context.js';
import { outcomeItem } from './items.js';
import { outcomeMaterial } from './materials.js';
import { planOutcome } from './plan.js';
import { select } from './selection.js';
import { outcomeNotice } from './status.js';
import { totalsOf } from './totals.js';
import { workflowOf } from './workflow.js';

export { ALWAYS_TEXT, conditionText } from './condition-text.js';
export { defaultOutcomeRules } from './rules/index.js';

/**
 * What a session's case yields: status, notices, items, one merged material list, one workflow, totals and
 * merge figures, each entry with its reason. The entries that hold are composed by the session's outcome rules
 * (`compose`, as the analysis does for every case); this adds names, texts and reasons. Pure (no I/O, no
 * clock) and deterministic. For a session not complete yet the outcome is `provisional`: only entries whose
 * conditions already hold are in it, and `case` is null.
 */
export function outcome(session: Session): Outcome {
  checkSession(session);
  const context = outcomeContext(session);
  const { theme } = session;
  const plan = planOutcome(theme, {
    ...(session.profile === undefined ? {} : { profile: session.profile }),
    ...(session.today === undefined ? {} : { today: session.today }),
    ...(session.rules === undefined ? {} : { rules: session.rules }),
  });
  const selection = select(plan, (c) => context.holds(plan.conditions[c]));
  const composition = compose(plan, selection);
  return {
    format: OUTCOME_FORMAT,
    theme: { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash },
    provisional: context.provisional,
    case: context.provisional ? null : caseOf(session),
    status: composition.status,
    notices: composition.notices.map((n) => outcomeNotice(plan, n, context)),
    items: composition.steps.map((step) => outcomeItem(plan, step, context)),
    materials: composition.materials.map((m) => outcomeMaterial(plan, selection, composition, m, context)),
    workflow: workflowOf(plan, composition),
    totals: totalsOf(plan, composition),
    merge: composition.merge,
  };
}
