/** A theme being answered: the toolbar, the theme's title (once), messages, the main column and the sidebar. */
import { h } from '../dom.js';

export interface SessionLayout {
  readonly title: string;
  readonly canGoBack: boolean;
  readonly notes: HTMLElement | null;
  readonly body: HTMLElement;
  readonly aside: readonly HTMLElement[];
  readonly onHome: () => void;
  readonly onBack: () => void;
  readonly onRestart: () => void;
}

export function sessionView(view: SessionLayout): HTMLElement {
  return h(
    'main',
    { id: 'main', class: 'session' },
    h(
      'nav',
      { class: 'toolbar no-print', 'aria-label': '办理导航' },
      h('button', { type: 'button', 'data-testid': 'home', onclick: view.onHome }, '← 全部事项'),
      h(
        'button',
        { type: 'button', 'data-testid': 'back', disabled: !view.canGoBack, onclick: view.onBack },
        '上一步',
      ),
      h('button', { type: 'button', 'data-testid': 'restart', onclick: view.onRestart }, '重新开始'),
    ),
    h('h1', { 'data-testid': 'theme-title' }, view.title),
    view.notes,
    h(
      'div',
      { class: 'columns' },
      h('div', { class: 'main-column' }, view.body),
      h('aside', { 'aria-label': '办理进度与事项清单' }, view.aside),
    ),
  );
}
