import type { Checklist, ChecklistEntry, Session } from '../model/session.js';
import { own } from '../util/own.js';
import { rulesFor } from './environment.js';
import { checkSession } from './inputs.js';
import { walk } from './walk.js';

/**
 * The live checklist: items whose condition already holds, and items still open (their condition depends on
 * questions not answered yet). Items that certainly do not apply are in neither list.
 */
export function checklist(session: Session): Checklist {
  checkSession(session);
  const { theme } = session;
  const w = walk(session);
  const rules = rulesFor(theme, session.operators);
  const applies: ChecklistEntry[] = [];
  const open: ChecklistEntry[] = [];
  // Once a blocking notice applies (不予办理) nothing is to be done.
  if (theme.notices.some((n) => n.kind === 'block' && rules.evaluate(n.when, w.facts) === true)) {
    return { applies, open };
  }
  for (const entry of theme.items) {
    const verdict = rules.evaluate(entry.when, w.facts);
    if (verdict === false) continue;
    const item = own(theme.catalog.items, entry.item);
    const department =
      item?.department === undefined ? undefined : own(theme.catalog.departments, item.department);
    const line: ChecklistEntry = {
      item: entry.item,
      name: item?.name ?? entry.item,
      ...(department ? { department: department.name } : {}),
    };
    (verdict === true ? applies : open).push(line);
  }
  return { applies, open };
}
