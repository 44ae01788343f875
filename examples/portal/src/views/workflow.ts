/**
 * The workflow as a picture: stages left to right on wide screens and top to bottom on phones (style.css), the
 * critical path in a heavy frame. The Mermaid source stays available to authors in a collapsed section.
 */
import type { CompiledTheme, Outcome, OutcomeItem } from '../../../../src/index.js';
import { mermaidWorkflow } from '../../../../src/render/index.js';
import { h } from '../dom.js';

export function workflowView(
  outcome: Outcome,
  theme: CompiledTheme,
  name: (id: string) => string,
): HTMLElement {
  const critical = new Set(outcome.workflow.criticalPath.items);
  const items = new Map(outcome.items.map((item) => [item.id, item]));
  const materialName = (id: string) => outcome.materials.find((m) => m.id === id)?.name ?? id;
  const stages = h(
    'ol',
    { class: 'stages', 'data-testid': 'workflow-stages' },
    outcome.workflow.stages.map((ids, stage) =>
      h(
        'li',
        { class: 'stage' },
        h('h4', {}, `第 ${stage + 1} 阶段${ids.length > 1 ? '（可并行）' : ''}`),
        ids.map((id) => {
          const item = items.get(id);
          const step = outcome.workflow.steps.find((s) => s.item === id);
          const needs = (step?.dependsOn ?? []).map((e) =>
            e.because === 'produces' && e.material
              ? `${materialName(e.material)}（由“${name(e.item)}”产生）`
              : `在“${name(e.item)}”之后办理`,
          );
          return h(
            'div',
            { class: critical.has(id) ? 'step critical' : 'step', 'data-item': id },
            h('strong', {}, item?.name ?? id),
            critical.has(id) ? h('span', { class: 'visually-hidden' }, '（关键路径）') : null,
            h('small', {}, item?.department?.name ?? ''),
            h('small', {}, duration(item)),
            step && step.finish > step.start ? h('small', {}, when(step.start, step.finish)) : null,
            needs.length > 0 ? h('small', { class: 'needs' }, `需要：${needs.join('；')}`) : null,
          );
        }),
      ),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'workflow-heading' },
    h('h3', { id: 'workflow-heading' }, '办理流程'),
    outcome.workflow.steps.length === 0 ? h('p', {}, '没有需要办理的事项。') : stages,
    outcome.workflow.steps.length === 0
      ? null
      : h('p', { class: 'legend' }, '粗框为关键路径（决定总时限的事项）。'),
    h(
      'details',
      { class: 'mermaid-source no-print' },
      h('summary', {}, '流程图源码（Mermaid 格式，供编写人员使用）'),
      h('pre', { 'data-testid': 'mermaid' }, mermaidWorkflow(outcome, theme)),
    ),
  );
}

/** Working days start (after `start` days) to `finish`: "第 1–7 个工作日", or "第 8 个工作日" for one day. */
function when(start: number, finish: number): string {
  return finish === start + 1 ? `第 ${finish} 个工作日` : `第 ${start + 1}–${finish} 个工作日`;
}

function duration(item: OutcomeItem | undefined): string {
  if (item?.days === undefined) return '时限未规定';
  return item.days === 0 ? '当场办结' : `${item.days} 个工作日`;
}
