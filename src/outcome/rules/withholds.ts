import type { NoticeKind } from '../../model/theme.js';

/** A blocking notice (不予办理) withholds every item: a blocked case lists no items, materials or steps. */
export function withholds(notices: ReadonlySet<NoticeKind>): boolean {
  return notices.has('block');
}
