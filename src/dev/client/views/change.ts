/** What the last change of the theme did to its situations (the text of `tongban diff`), and the latest saves. */

import { h } from '../../../../examples/portal/src/dom.js';
import type { SaveNote, ThemeChange } from '../../../cli/dev/protocol.js';

export function changeView(change: ThemeChange | undefined, saves: readonly SaveNote[]): HTMLElement {
  return h(
    'div',
    { class: 'dev-change' },
    change
      ? h(
          'div',
          {},
          h(
            'p',
            { 'data-testid': 'change-counts' },
            `第 ${change.revision} 次保存：新增 ${change.added} 条答题路径，删除 ${change.removed} 条，结果变化 ${change.changed} 条，不变 ${change.unchanged} 条。`,
          ),
          h('pre', { 'data-testid': 'change' }, change.text),
        )
      : h(
          'p',
          { 'data-testid': 'change' },
          '启动以来这个主题还没有改动。保存之后，这里列出与上一次保存相比各情形的变化。',
        ),
    saves.length === 0
      ? null
      : h(
          'section',
          {},
          h('h3', {}, '最近的保存'),
          h(
            'ol',
            { class: 'dev-saves', 'data-testid': 'saves' },
            saves.map((save) =>
              h(
                'li',
                {},
                `第 ${save.revision} 次：${save.files.join('、')}`,
                save.errors > 0 ? h('span', { class: 'dev-badge dev-error' }, `${save.errors} 个错误`) : null,
                h('small', {}, ` ${Math.round(save.ms)} ms`),
              ),
            ),
          ),
        ),
  );
}
