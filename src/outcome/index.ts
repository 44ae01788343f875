import type { CaseForm } from '../model/form.js';
import { OUTCOME_FORMAT, type Outcome } from '../model/outcome.js';
import type { Session } from '../model/session.js';
import { caseOf } from '../session/case.js';
import { checkSession } from '../session/inputs.js';
import { compose } from './compose.js';
import type { Composition } from './composition.js';
import { type OutcomeContext, outcomeContext } from './context.js';
import { mergedForm } from './form.js';
import { outcomeItem } from './items.js';
import { commitmentOf, outcomeMaterial } from './materials.js';
import { type OutcomePlan, planOutcome } from './plan.js';
import { type Selection, select } from './selection.js';
import { outcomeNotice } from './status.js';
import { totalsOf } from './totals.js';
import { workflowOf } from './workflow.js';

export { ALWAYS_TEXT, conditionText } from './condition-text.js';
export { defaultOutcomeRules } from './rules/index.js';

/**
 * What a session's case yields: status, notices, items, one merged material list, one workflow, totals and
 * merge figures, the one merged application form and the one commitment letter, each entry with its reason.
 * The entries that hold are composed by the session's outcome rules (`compose`, as the analysis does for every
 * case); this adds names, texts, reasons and the form's values. Pure (no I/O, no clock) and deterministic. For
 * a session not complete yet the outcome is `provisional`: only entries whose conditions already hold are in
 * it, and `case` is null.
 */
export function outcome(session: Session): Outcome {
  checkSession(session);
  const { context, plan, selection, composition } = composed(session);
  const { theme } = session;
  const materials = composition.materials.map((m) =>
    outcomeMaterial(plan, selection, composition, m, context),
  );
  return {
    format: OUTCOME_FORMAT,
    theme: { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash },
    provisional: context.provisional,
    case: context.provisional ? null : caseOf(session),
    status: composition.status,
    notices: composition.notices.map((n) => outcomeNotice(plan, n, context)),
    items: composition.steps.map((step) => outcomeItem(plan, step, context)),
    materials,
    workflow: workflowOf(plan, composition),
    totals: totalsOf(plan, composition),
    merge: composition.merge,
    form: mergedForm(plan, selection, composition, context),
    commitment: commitmentOf(materials),
  };
}

/**
 * The one merged application form of a session's case (一表申请), as `outcome(session).form` gives it,
 * without naming the rest of the outcome.
 */
export function caseForm(session: Session): CaseForm {
  const { context, plan, selection, composition } = composed(session);
  return mergedForm(plan, selection, composition, context);
}

/** A session's case composed by its outcome rules, with what naming it reads. */
function composed(session: Session): {
  readonly context: OutcomeContext;
  readonly plan: OutcomePlan;
  readonly selection: Selection;
  readonly composition: Composition;
} {
  const context = outcomeContext(session);
  const plan = planOutcome(session.theme, {
    ...(session.profile === undefined ? {} : { profile: session.profile }),
    ...(session.today === undefined ? {} : { today: session.today }),
    ...(session.rules === undefined ? {} : { rules: session.rules }),
  });
  const selection = select(plan, (c) => context.holds(plan.conditions[c]));
  return { context, plan, selection, composition: compose(plan, selection) };
}
