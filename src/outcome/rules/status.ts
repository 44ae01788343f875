import type { OutcomeStatus } from '../../model/outcome.js';
import type { NoticeKind } from '../../model/theme.js';

/**
 * `blocked` when a blocking notice applies (whatever else applies); else `not-needed` when a not-needed notice
 * applies and no item does; else `ready`. In a provisional outcome "applies" means "already holds": items still
 * open do not count, so `not-needed` may turn into `ready` as questions are answered.
 */
export function status(notices: ReadonlySet<NoticeKind>, anyItem: boolean): OutcomeStatus {
  if (notices.has('block')) return 'blocked';
  if (!anyItem && notices.has('not-needed')) return 'not-needed';
  return 'ready';
}
