/**
 * The outcome as a printable 办事指南: status and notices, the merged material list, the workflow (an HTML stage
 * diagram and the Mermaid text from `mermaidWorkflow`), and the totals.
 */
import {
  type CompiledTheme,
  markdownGuide,
  mermaidWorkflow,
  NOTICE_LABELS,
  type Outcome,
  type OutcomeMaterial,
  STATUS_LABELS,
} from '../../../src/index.js';
import { h } from './dom.js';

export function renderOutcome(outcome: Outcome, theme: CompiledTheme): HTMLElement {
  const names = new Map(outcome.items.map((item) => [item.id, item.name]));
  const name = (id: string) => names.get(id) ?? id;
  return h(
    'section',
    { class: 'outcome', 'data-testid': 'outcome' },
    h('h2', {}, `${outcome.theme.title} · 办事指南`),
    h(
      'p',
      { class: 'case' },
      '情形：',
      h('strong', { 'data-testid': 'case' }, outcome.case?.label || '（无需区分情形）'),
    ),
    h(
      'p',
      {},
      '办理状态：',
      h(
        'span',
        { class: `status status-${outcome.status}`, 'data-testid': 'status' },
        STATUS_LABELS[outcome.status].zh,
      ),
    ),
    notices(outcome),
    materials(outcome, name),
    workflow(outcome, theme, name),
    totals(outcome, name),
    h(
      'div',
      { class: 'actions no-print' },
      h('button', { type: 'button', onclick: () => window.print() }, '打印办事指南'),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'download-md',
          onclick: () => download(`${outcome.theme.id}.md`, markdownGuide(outcome, theme)),
        },
        '下载 Markdown',
      ),
    ),
  );
}

function notices(outcome: Outcome): HTMLElement | null {
  if (outcome.notices.length === 0) return null;
  return h(
    'ul',
    { class: 'notices', 'data-testid': 'notices' },
    outcome.notices.map((n) =>
      h(
        'li',
        { class: `notice notice-${n.kind}` },
        h('b', {}, `【${NOTICE_LABELS[n.kind].zh}】`),
        n.text,
        n.basis ? h('small', {}, `（依据：${n.basis}）`) : null,
        h('small', { class: 'reason' }, `适用原因：${n.reason.text}`),
      ),
    ),
  );
}

/** 提交方式: 需提交 / 流程内传递（由…产生）/ 免提交（电子证照：…）, and 可告知承诺 when an item accepts one. */
function submission(m: OutcomeMaterial): HTMLElement {
  const cell = h('td', { class: `submit submit-${m.status}` });
  if (m.status === 'passed-on') cell.append(`流程内传递（由${m.producedBy?.name ?? ''}产生）`);
  else if (m.status === 'waived') cell.append(`免提交（电子证照：${m.waivedBy?.name ?? ''}）`);
  else cell.append('需提交');
  if (m.commitment.length > 0 && m.status === 'submit')
    cell.append(h('span', { class: 'tag' }, '可告知承诺'));
  return cell;
}

function materials(outcome: Outcome, name: (id: string) => string): HTMLElement {
  const merge = outcome.merge;
  const section = h('section', {}, h('h3', {}, '材料清单'));
  if (outcome.materials.length === 0) {
    section.append(h('p', {}, '无需提交材料。'));
    return section;
  }
  section.append(
    h(
      'p',
      { class: 'merge', 'data-testid': 'merge' },
      `材料从 ${merge.itemByItem} 份减至 ${merge.toSubmit} 份`,
      h(
        'small',
        {},
        `（合并后 ${merge.merged} 份，其中流程内传递 ${merge.passedOn} 份、电子证照免提交 ${merge.waived} 份）`,
      ),
    ),
    h(
      'table',
      { 'data-testid': 'materials' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['序号', '材料名称', '形式', '份数', '提交方式', '用于事项', '备注'].map((t) => h('th', {}, t)),
        ),
      ),
      h(
        'tbody',
        {},
        outcome.materials.map((m, i) =>
          h(
            'tr',
            { 'data-material': m.id, 'data-status': m.status },
            h('td', {}, i + 1),
            h('td', {}, m.name),
            h('td', {}, m.form),
            h('td', {}, m.copies),
            submission(m),
            h('td', {}, m.usedBy.map((u) => name(u.item)).join('、')),
            h('td', { class: 'notes' }, [m.note, ...m.usedBy.map((u) => u.note)].filter(Boolean).join('\n')),
          ),
        ),
      ),
    ),
  );
  return section;
}

function workflow(outcome: Outcome, theme: CompiledTheme, name: (id: string) => string): HTMLElement {
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
              ? `${materialName(e.material)} ← ${name(e.item)}`
              : `在“${name(e.item)}”之后`,
          );
          return h(
            'div',
            { class: critical.has(id) ? 'step critical' : 'step', 'data-item': id },
            h('strong', {}, item?.name ?? id),
            h('small', {}, item?.department?.name ?? ''),
            h('small', {}, item?.days === undefined ? '时限未规定' : `${item.days} 个工作日`),
            step ? h('small', {}, `第 ${step.start}–${step.finish} 个工作日`) : null,
            needs.length > 0 ? h('small', { class: 'needs' }, `需要：${needs.join('；')}`) : null,
          );
        }),
      ),
    ),
  );
  return h(
    'section',
    {},
    h('h3', {}, '办理流程'),
    outcome.workflow.steps.length === 0 ? h('p', {}, '没有需要办理的事项。') : stages,
    h('p', { class: 'legend' }, '粗框为关键路径（决定总时限的事项）。'),
    h(
      'details',
      { class: 'mermaid-source' },
      h('summary', {}, 'Mermaid 流程图源码（可粘贴到支持 Mermaid 的编辑器中查看）'),
      h('pre', { 'data-testid': 'mermaid' }, mermaidWorkflow(outcome, theme)),
    ),
  );
}

function totals(outcome: Outcome, name: (id: string) => string): HTMLElement {
  const { days, fee, visits, delivery } = outcome.totals;
  const dl = h('dl', { class: 'totals', 'data-testid': 'totals' });
  const add = (term: string, ...description: (string | HTMLElement)[]) =>
    dl.append(h('dt', {}, term), h('dd', {}, ...description));
  add(
    '办理时限',
    `并联办理 ${days.critical} 个工作日`,
    h('small', {}, `（逐项办理合计 ${days.sum} 个工作日，节省 ${days.saved} 个工作日）`),
  );
  add(
    '费用',
    fee.total === 0
      ? '不收费'
      : `${fee.total} 元（${fee.breakdown.map((f) => `${name(f.item)} ${f.amount} 元${f.note ? ` ${f.note}` : ''}`).join('；')}）`,
  );
  add(
    '跑动次数',
    visits.count === 0
      ? '全程网办，无需到场'
      : `${visits.count} 次（${visits.list.map((v) => `${v.venue.name}：${v.purposes.join('、')}`).join('；')}）`,
  );
  if (delivery.length > 0) add('送达方式', delivery.join('、'));
  return h('section', {}, h('h3', {}, '时限、费用与跑动'), dl);
}

function download(file: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = h('a', { href: url, download: file });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
