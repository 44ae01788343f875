/** The theme files, each with its title and how many errors and warnings it has; the chosen one marked. */

import { h } from '../../../../examples/portal/src/dom.js';
import type { ThemeSummary } from '../../../cli/dev/protocol.js';

export function themesView(
  themes: readonly ThemeSummary[],
  selected: string | undefined,
  onSelect: (file: string) => void,
): HTMLElement {
  return h(
    'nav',
    { class: 'dev-themes', 'aria-label': '主题' },
    h('h2', {}, `主题（${themes.length}）`),
    h(
      'ul',
      { 'data-testid': 'dev-theme-list' },
      themes.map((theme) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: theme.file === selected ? 'dev-theme selected' : 'dev-theme',
              'aria-current': theme.file === selected ? 'true' : undefined,
              'data-testid': `dev-theme-${theme.file}`,
              onclick: () => onSelect(theme.file),
            },
            h('strong', {}, theme.title ?? theme.file),
            h('small', {}, theme.file),
            theme.errors > 0 ? h('span', { class: 'dev-badge dev-error' }, `${theme.errors} 错误`) : null,
            theme.warnings > 0
              ? h('span', { class: 'dev-badge dev-warning' }, `${theme.warnings} 警告`)
              : null,
          ),
        ),
      ),
    ),
  );
}
