/** The panels below the questionnaire, one tab each: the bar of tabs and the panel shown. */

import { h } from '../../../../examples/portal/src/dom.js';
import type { DevState } from '../../../cli/dev/protocol.js';

export const TABS = {
  situations: '情形',
  graph: '问卷路线图',
  workflow: '办理流程图',
  change: '本次保存的变化',
  tests: '测试场景',
  problems: '全部问题',
} as const;

export type Tab = keyof typeof TABS;

/** A tab's label: the scenario tab says whether the chosen theme's files pass, the problems tab how many. */
function tabLabel(id: Tab, state: DevState, file: string | undefined): string {
  if (id === 'tests') {
    const mine = state.scenarios.filter((s) => s.theme === file);
    const failed = mine.filter((s) => s.results.length === 0 || s.results.some((r) => !r.ok)).length;
    return mine.length === 0
      ? TABS.tests
      : `${TABS.tests}（${failed > 0 ? `${failed} 个文件失败` : '通过'}）`;
  }
  if (id === 'problems') return `${TABS.problems}（${state.diagnostics.length}）`;
  return TABS[id];
}

/** The tab bar with `shown` selected, and the panel. */
export function tabsView(
  shown: Tab,
  state: DevState,
  file: string | undefined,
  onSelect: (tab: Tab) => void,
  panel: HTMLElement,
): HTMLElement {
  const bar = h(
    'div',
    { class: 'dev-tabs', role: 'tablist' },
    (Object.keys(TABS) as Tab[]).map((id) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${id}`,
          'aria-selected': id === shown ? 'true' : 'false',
          'aria-controls': 'tab-panel',
          'data-testid': `tab-${id}`,
          onclick: () => onSelect(id),
        },
        tabLabel(id, state, file),
      ),
    ),
  );
  return h(
    'section',
    { class: 'dev-panel' },
    bar,
    h('div', { id: 'tab-panel', role: 'tabpanel', 'aria-labelledby': `tab-${shown}` }, panel),
  );
}
