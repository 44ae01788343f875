/**
 * The merged material list: a table on wide screens; under 600 px wide (style.css) each row becomes a card with
 * its column names shown beside the values, so that a phone never scrolls sideways. The table roles are given
 * explicitly because CSS `display: block` would otherwise take them away from screen readers.
 */
import {
  materialStatusText,
  mergeSentence,
  type Outcome,
  type OutcomeMaterial,
} from '../../../../src/index.js';
import { h } from '../dom.js';

const COLUMNS = ['序号', '材料名称', '形式', '份数', '提交方式', '用于事项', '备注'] as const;

export function materialsView(outcome: Outcome, name: (id: string) => string): HTMLElement {
  const merge = outcome.merge;
  const section = h(
    'section',
    { 'aria-labelledby': 'materials-heading' },
    h('h3', { id: 'materials-heading' }, '材料清单'),
  );
  if (outcome.materials.length === 0) {
    section.append(h('p', {}, '无需提交材料。'));
    return section;
  }
  section.append(
    h('p', { class: 'merge', 'data-testid': 'merge' }, mergeSentence(merge)),
    h(
      'table',
      {
        class: 'materials',
        role: 'table',
        'data-testid': 'materials',
        'aria-labelledby': 'materials-heading',
      },
      h(
        'thead',
        { role: 'rowgroup' },
        h(
          'tr',
          { role: 'row' },
          COLUMNS.map((t) => h('th', { role: 'columnheader', scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        { role: 'rowgroup' },
        outcome.materials.map((m, i) =>
          h(
            'tr',
            { role: 'row', 'data-material': m.id, 'data-status': m.status },
            cell('index', '序号', i + 1),
            cell('name', '材料名称', m.name),
            cell('form', '形式', m.form),
            cell('copies', '份数', m.copies),
            submission(m, name),
            cell('used-by', '用于事项', m.usedBy.map((u) => name(u.item)).join('、')),
            cell('notes', '备注', [m.note, ...m.usedBy.map((u) => u.note)].filter(Boolean).join('\n')),
          ),
        ),
      ),
    ),
  );
  return section;
}

/** A cell with its column name, shown only when the row is a card (screen readers have the header). */
function cell(kind: string, column: string, ...content: (string | number | HTMLElement)[]): HTMLElement {
  const empty = content.every((c) => c === '');
  return h(
    'td',
    { role: 'cell', class: empty ? `${kind} empty` : kind },
    h('span', { class: 'cell-label', 'aria-hidden': 'true' }, column),
    ...content,
  );
}

/** 提交方式 as the runtime words it, and 可告知承诺 when an item accepts one. */
function submission(m: OutcomeMaterial, name: (id: string) => string): HTMLElement {
  const td = cell(`submit submit-${m.status}`, '提交方式', materialStatusText(m, 'zh', name, false));
  if (m.commitment.length > 0 && m.status === 'submit') td.append(h('span', { class: 'tag' }, '可告知承诺'));
  return td;
}
