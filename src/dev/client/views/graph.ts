/** A Mermaid graph drawn in place (the drawing arrives when ready), with its text for copying. */
import { h } from '../../../../examples/portal/src/dom.js';
import type { GraphDrawer } from '../graphs.js';

export function graphView(drawer: GraphDrawer, text: string, name: string, testid: string): HTMLElement {
  const picture = h('div', { class: 'dev-graph', 'data-testid': testid, 'aria-busy': 'true' }, '正在绘制…');
  drawer.draw(text).then(
    (svg) => {
      // Mermaid's SVG, drawn with securityLevel "strict" (labels are text).
      picture.innerHTML = svg;
      picture.setAttribute('aria-busy', 'false');
      picture.querySelector('svg')?.setAttribute('aria-label', name);
      picture.querySelector('svg')?.setAttribute('role', 'img');
    },
    (error: unknown) => {
      picture.textContent = `无法绘制：${error instanceof Error ? error.message : String(error)}`;
      picture.setAttribute('aria-busy', 'false');
    },
  );
  return h(
    'div',
    {},
    picture,
    h('details', { class: 'mermaid-source' }, h('summary', {}, 'Mermaid 源码'), h('pre', {}, text)),
  );
}
