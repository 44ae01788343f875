/**
 * The outcome as a printable 办事指南: case and status, notices, the merged material list, the workflow as a
 * stage diagram, and the totals; printing and downloading the guide. The theme's title is the page's heading.
 * A guidance theme (no items, `isGuidance`) gives an answer, not a procedure: its notices alone, under 结果.
 */
import { type CompiledTheme, type Outcome, STATUS_LABELS } from '../../../../src/index.js';
import { isGuidance, markdownGuide } from '../../../../src/render/index.js';
import { h } from '../dom.js';
import { materialsView } from './materials.js';
import { noticesView } from './outcome-notices.js';
import { totalsView } from './totals.js';
import { workflowView } from './workflow.js';

/** The outcome page; `form` is the application form of the case, shown after the guide when there is one. */
export function outcomeView(outcome: Outcome, theme: CompiledTheme, form?: HTMLElement): HTMLElement {
  const names = new Map(outcome.items.map((item) => [item.id, item.name]));
  const name = (id: string) => names.get(id) ?? id;
  const guidance = isGuidance(theme);
  return h(
    'section',
    { class: 'outcome', 'data-testid': 'outcome', 'aria-labelledby': 'outcome-heading' },
    h('h2', { id: 'outcome-heading', tabindex: -1, 'data-focus': 'heading' }, guidance ? '结果' : '办事指南'),
    h(
      'p',
      { class: 'case' },
      '情形：',
      h('strong', { 'data-testid': 'case' }, outcome.case?.label || '（无需区分情形）'),
    ),
    guidance
      ? null
      : h(
          'p',
          {},
          '办理状态：',
          h(
            'span',
            { class: `status status-${outcome.status}`, 'data-testid': 'status' },
            STATUS_LABELS[outcome.status].zh,
          ),
        ),
    noticesView(outcome, guidance),
    guidance ? null : materialsView(outcome, name),
    guidance ? null : workflowView(outcome, theme, name),
    guidance ? null : totalsView(outcome, name),
    form ?? null,
    h(
      'div',
      { class: 'actions no-print' },
      h('button', { type: 'button', onclick: () => window.print() }, guidance ? '打印结果' : '打印办事指南'),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'download-guide',
          onclick: () =>
            download(
              `${outcome.theme.title} · ${guidance ? '结果' : '办事指南'}.md`,
              markdownGuide(outcome, theme),
            ),
        },
        guidance ? '下载结果' : '下载办事指南',
      ),
    ),
  );
}

function download(file: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = h('a', { href: url, download: file });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
