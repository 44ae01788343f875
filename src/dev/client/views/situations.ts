/** The situation table: one row per situation with what it yields, and a link that opens it in the questionnaire. */

import { h } from '../../../../examples/portal/src/dom.js';
import { STATUS_LABELS } from '../../../index.js';
import { LISTED, type SituationRow, type Situations } from '../situations.js';

const PROCEDURE_HEADS = [
  '#',
  '情形（满足任一条件）',
  '路径',
  '状态',
  '事项',
  '需提交材料',
  '时限（工作日）',
  '费用（元）',
  '到场',
];
// A guidance theme's answer is its notices: no status, items, materials, time, fee or visits to show.
const GUIDANCE_HEADS = ['#', '情形（满足任一条件）', '路径', '结果'];

const procedureCells = (row: SituationRow) => [
  h('td', { class: `status-${row.status}` }, STATUS_LABELS[row.status].zh),
  h('td', {}, row.items),
  h('td', {}, row.materials),
  h('td', {}, row.days),
  h('td', {}, row.fee),
  h('td', {}, row.visits),
];

const guidanceCells = (row: SituationRow) => [
  h(
    'td',
    { 'data-testid': 'situation-result' },
    row.notices.length === 0 ? '—' : row.notices.map((text) => h('p', {}, text)),
  ),
];

export function situationsView(situations: Situations, onOpen: (row: SituationRow) => void): HTMLElement {
  const { rows, total, paths, complete } = situations;
  const count = complete ? `共 ${total} 个情形（${paths} 条答题路径）` : `超过 ${total} 个情形`;
  return h(
    'div',
    { class: 'dev-situations' },
    h(
      'p',
      { 'data-testid': 'situation-count' },
      total > LISTED ? `${count}，列出前 ${LISTED} 个。` : `${count}。`,
      ' 结果相同的答题路径归为一个情形，规则中未列出的问题不影响结果。点击情形即在问卷中按它的第一条路径打开（之后可以修改回答）。',
    ),
    h(
      'table',
      { 'data-testid': 'situations' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          (situations.guidance ? GUIDANCE_HEADS : PROCEDURE_HEADS).map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row, index) =>
          h(
            'tr',
            { 'data-key': row.key },
            h('td', {}, index + 1),
            h(
              'td',
              {},
              h(
                'a',
                {
                  href: '#questionnaire',
                  'data-testid': 'open-situation',
                  // The path it opens at, as the outcome will name it.
                  title: row.first,
                  onclick: (event: Event) => {
                    event.preventDefault();
                    onOpen(row);
                  },
                },
                row.label,
              ),
            ),
            h('td', {}, row.paths),
            ...(situations.guidance ? guidanceCells(row) : procedureCells(row)),
          ),
        ),
      ),
    ),
  );
}
