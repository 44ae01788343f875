/** Where the citizen is: "第 3 步，约还有 4 题" and a progress bar named by that text. */
import type { ProgressEstimate } from '../../../../src/index.js';
import { h } from '../dom.js';
import { progressText } from '../texts.js';

export function progressView(estimate: ProgressEstimate): HTMLElement {
  const total = estimate.asked + estimate.likely;
  return h(
    'div',
    { class: 'progress' },
    h('p', { id: 'progress-text', 'data-testid': 'progress' }, progressText(estimate)),
    h('progress', {
      'data-testid': 'progress-bar',
      'aria-labelledby': 'progress-text',
      max: Math.max(total, 1),
      value: estimate.asked,
    }),
  );
}
