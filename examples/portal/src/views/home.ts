/** The theme list: each theme with who it serves, its tags and a 开始办理 button. */
import { h } from '../dom.js';
import type { ThemeEntry } from '../state.js';

const AUDIENCE = { person: '面向个人', enterprise: '面向企业' } as const;

export function homeView(themes: readonly ThemeEntry[], onStart: (id: string) => void): HTMLElement {
  return h(
    'main',
    { id: 'main' },
    h('h1', { tabindex: -1, 'data-focus': 'heading' }, '选择要办的事'),
    h(
      'ul',
      { class: 'themes', 'data-testid': 'theme-list' },
      themes.map((entry) =>
        h(
          'li',
          { class: 'theme' },
          h('h2', {}, entry.title),
          h('p', { class: 'audience' }, AUDIENCE[entry.audience]),
          h(
            'p',
            { class: 'tags' },
            [...entry.tags.lifeEvents, ...entry.tags.crowds, ...entry.tags.industries].map((t) =>
              h('span', { class: 'tag' }, t),
            ),
          ),
          h(
            'button',
            {
              type: 'button',
              'data-testid': `theme-${entry.id}`,
              'aria-label': `开始办理：${entry.title}`,
              onclick: () => onStart(entry.id),
            },
            '开始办理',
          ),
        ),
      ),
    ),
  );
}
