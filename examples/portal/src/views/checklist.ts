/** The items that already apply and those that may still apply, as the citizen answers (`checklist`). */
import type { Checklist, ChecklistEntry } from '../../../../src/index.js';
import { h } from '../dom.js';

export function checklistView(list: Checklist): HTMLElement {
  const entry = (e: ChecklistEntry) =>
    h('li', { 'data-item': e.item }, e.name, e.department ? h('small', {}, e.department) : null);
  return h(
    'section',
    { class: 'checklist', 'data-testid': 'checklist', 'aria-labelledby': 'checklist-heading' },
    h('h2', { id: 'checklist-heading' }, `要办的事项（${list.applies.length}）`),
    h('ul', { 'data-testid': 'checklist-applies' }, list.applies.map(entry)),
    list.open.length > 0 ? h('h3', {}, `可能还要办（${list.open.length}，取决于后面的回答）`) : null,
    h('ul', { class: 'open', 'data-testid': 'checklist-open' }, list.open.map(entry)),
  );
}
