/**
 * The errors of every file over the page, as a dev server's error overlay: shown while there are errors, gone
 * once they are fixed. Hiding it lasts until the errors change.
 */

import { h } from '../../../../examples/portal/src/dom.js';
import type { Diagnostic } from '../../../index.js';
import { problemsView } from './problems.js';

export function overlayView(errors: readonly Diagnostic[], onHide: () => void): HTMLElement {
  const files = new Set(errors.map((d) => d.file)).size;
  return h(
    'div',
    {
      class: 'dev-overlay',
      role: 'alertdialog',
      'aria-labelledby': 'overlay-heading',
      'data-testid': 'overlay',
    },
    h(
      'div',
      { class: 'dev-overlay-box' },
      h('h2', { id: 'overlay-heading' }, `${files} 个文件有 ${errors.length} 个错误`),
      h('p', {}, '改正并保存后，本提示自动消失；问卷仍按上一次没有错误的版本运行。'),
      problemsView(errors, 'overlay-problems'),
      h('button', { type: 'button', 'data-testid': 'overlay-hide', onclick: onHide }, '暂时隐藏'),
    ),
  );
}
