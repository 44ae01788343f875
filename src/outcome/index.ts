import { OUTCOME_FORMAT, type Outcome } from '../model/outcome.js';
import type { Session } from '../model/session.js';
import { caseOf } from '../session/case.js';
import { checkSession } from '../session/inputs.js';
import { outcomeContext } from './context.js';
import { applyingItems, outcomeItem } from './items.js';
import { applyingUses, itemByItemCount, mergeMaterials, passesOf } from './materials.js';
import { applyingNotices, statusOf } from './status.js';
import { mergeFiguresOf, totalsOf } from './totals.js';
import { buildWorkflow } from './workflow.js';

export { ALWAYS_TEXT, conditionText } from './condition-text.js';
export { FORM_RANK, strongerForm } from './materials.js';

/**
 * What a session's case yields: status, notices, items, one merged material list, one workflow, totals and
 * merge figures, each entry with its reason. Pure (no I/O, no clock) and deterministic. For a session not
 * complete yet the outcome is `provisional`: only entries whose conditions already hold are in it, and
 * `case` is null.
 */
export function outcome(session: Session): Outcome {
  checkSession(session);
  const context = outcomeContext(session);
  const { theme } = session;
  const notices = applyingNotices(context);
  // A blocked case (不予办理) lists no items, materials or steps: only the notices that say why.
  const blocked = notices.some((notice) => notice.kind === 'block');
  const applied = blocked ? [] : applyingItems(context);
  const items = applied.map((a) => outcomeItem(a, context));
  const uses = applyingUses(applied, context);
  const passes = passesOf(applied, uses);
  const materials = mergeMaterials(uses, passes, applied, context);
  const workflow = buildWorkflow(items, applied, passes);
  const totals = totalsOf(items, workflow, theme);
  return {
    format: OUTCOME_FORMAT,
    theme: { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash },
    provisional: context.provisional,
    case: context.provisional ? null : caseOf(session),
    status: statusOf(notices, items),
    notices,
    items,
    materials,
    workflow,
    totals,
    merge: mergeFiguresOf(itemByItemCount(uses), materials, totals),
  };
}
