/** The page's header: the folder, the connection and how many saves, the errors, the profile chooser, the date. */

import { h } from '../../../../examples/portal/src/dom.js';
import type { DevState } from '../../../cli/dev/protocol.js';

export interface HeaderOptions {
  readonly online: boolean;
  /** The profile file chosen ('' for none). */
  readonly profileFile: string;
  readonly onProfile: (file: string) => void;
}

export function headerView(state: DevState, options: HeaderOptions): HTMLElement {
  const { online, profileFile } = options;
  const errors = state.diagnostics.filter((d) => d.severity === 'error').length;
  return h(
    'header',
    { class: 'dev-header' },
    h('p', { class: 'site' }, 'tongban dev'),
    h('span', { class: 'dev-root' }, state.root),
    h(
      'span',
      {
        class: online ? 'dev-status online' : 'dev-status offline',
        'data-testid': 'status',
        'data-revision': state.revision,
      },
      online ? `已连接 · 第 ${state.revision} 次保存` : '连接已断开，正在重连…',
    ),
    errors > 0 ? h('span', { class: 'dev-badge dev-error' }, `${errors} 个错误`) : null,
    h(
      'label',
      { class: 'dev-profile' },
      '档案 ',
      h(
        'select',
        {
          'data-testid': 'profile-choice',
          onchange: (event: Event) => options.onProfile((event.target as HTMLSelectElement).value),
        },
        h('option', { value: '', selected: profileFile === '' }, '不使用档案'),
        state.profiles.map((p) =>
          h('option', { value: p.file, selected: p.file === profileFile }, `${p.name}（${p.file}）`),
        ),
      ),
    ),
    h('span', { class: 'dev-today' }, `日期 ${state.today}`),
  );
}
