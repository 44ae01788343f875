import type { OutcomeItem, OutcomeNotice, OutcomeStatus } from '../model/outcome.js';
import type { OutcomeContext } from './context.js';
import { reasonFor } from './reasons.js';

/** The notices whose condition already holds, in the theme's order, each with its reason. */
export function applyingNotices(context: OutcomeContext): OutcomeNotice[] {
  return context.theme.notices
    .filter((notice) => context.holds(notice.when))
    .map((notice) => ({
      id: notice.id,
      kind: notice.kind,
      text: notice.text,
      ...(notice.basis === undefined ? {} : { basis: notice.basis }),
      reason: reasonFor(notice.when, context),
    }));
}

/**
 * `blocked` when a blocking notice applies (whatever else applies); else `not-needed` when a not-needed
 * notice applies and no item does; else `ready`. In a provisional outcome "applies" means "already holds":
 * items still open do not count, so `not-needed` may turn into `ready` as questions are answered.
 */
export function statusOf(notices: readonly OutcomeNotice[], items: readonly OutcomeItem[]): OutcomeStatus {
  if (notices.some((n) => n.kind === 'block')) return 'blocked';
  if (items.length === 0 && notices.some((n) => n.kind === 'not-needed')) return 'not-needed';
  return 'ready';
}
