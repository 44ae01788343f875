/** The questionnaire's toolbar: back one step, and start again. */

import { h } from '../../../../examples/portal/src/dom.js';

export function toolbarView(canGoBack: boolean, onBack: () => void, onRestart: () => void): HTMLElement {
  return h(
    'nav',
    { class: 'toolbar', 'aria-label': '问卷' },
    h('button', { type: 'button', 'data-testid': 'back', disabled: !canGoBack, onclick: onBack }, '上一步'),
    h('button', { type: 'button', 'data-testid': 'restart', onclick: onRestart }, '重新开始'),
  );
}
