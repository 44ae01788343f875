import { countOf, itemDaysText, joinClauses, mergeSentence } from '../messages/index.js';
import type { Outcome, OutcomeMaterial } from '../model/outcome.js';
import type { CompiledTheme } from '../model/theme.js';
import { formatNumber } from '../util/number.js';
import { table } from './escape.js';
import { NOTICE_LABELS, STATUS_LABELS } from './labels.js';

/**
 * A 办事指南 for the case, in Chinese Markdown that reads well printed: 情形, status and notices, 材料清单,
 * 办理流程, 办理时限, 费用, 跑动次数, 送达方式, 依据, and "材料从 N 份减至 M 份". Deterministic: the same
 * outcome and theme always give the same text. The theme supplies the region and summary.
 */
export function markdownGuide(outcome: Outcome, theme: CompiledTheme): string {
  const names = new Map(outcome.items.map((item) => [item.id, item.name]));
  const name = (id: string) => names.get(id) ?? id;
  const lines: string[] = [`# ${outcome.theme.title} · 办事指南`, ''];
  if (outcome.provisional) {
    lines.push('> 问卷尚未完成：以下是根据已回答的问题得出的初步结果，可能随后续回答而变化。', '');
  }
  lines.push(
    `- 情形：${outcome.case ? outcome.case.label || '（无需区分情形）' : '（问卷尚未完成）'}`,
    `- 办理状态：**${STATUS_LABELS[outcome.status].zh}**`,
    ...(theme.region === undefined ? [] : [`- 适用地区：${theme.region}`]),
    `- 版本：${outcome.theme.version}`,
    '',
  );
  if (outcome.status === 'blocked') {
    // Nothing can be done in a blocked case: the guide says why and stops.
    lines.push('> 本情形不予办理，原因见下方“提示”。', '', ...notices(outcome));
    return `${lines.join('\n').trimEnd()}\n`;
  }
  if (theme.summary !== undefined) lines.push(theme.summary, '');
  lines.push(...notices(outcome), ...materials(outcome, name), ...workflow(outcome, name));
  lines.push(...days(outcome, name), ...fees(outcome, name), ...visits(outcome, name), ...delivery(outcome));
  lines.push(...basis(outcome));
  return `${lines.join('\n').trimEnd()}\n`;
}

function notices(outcome: Outcome): string[] {
  if (outcome.notices.length === 0) return [];
  const lines = ['## 提示', ''];
  for (const notice of outcome.notices) {
    const basis = notice.basis === undefined ? '' : `（依据：${notice.basis}）`;
    lines.push(
      `- 【${NOTICE_LABELS[notice.kind].zh}】${notice.text}${basis}`,
      `  - 适用原因：${notice.reason.text}`,
    );
  }
  return [...lines, ''];
}

function materials(outcome: Outcome, name: (id: string) => string): string[] {
  const lines = ['## 材料清单', ''];
  if (outcome.materials.length === 0) return [...lines, '无需提交材料。', ''];
  const merged = mergeSentence(outcome.merge, 'zh');
  if (merged !== undefined) lines.push(merged, '');
  const rows = outcome.materials.map((m, i) => [
    i + 1,
    m.name,
    m.form,
    m.copies,
    submission(m, name),
    commitment(m, name),
    m.usedBy.map((u) => name(u.item)).join('、'),
    remarks(m, name),
  ]);
  lines.push(
    ...table(['序号', '材料名称', '形式', '份数', '提交方式', '告知承诺', '用于事项', '备注'], rows),
    '',
  );
  return lines;
}

function submission(m: OutcomeMaterial, name: (id: string) => string): string {
  if (m.status === 'passed-on')
    return `流程内传递（由${m.producedBy ? name(m.producedBy.id) : '前序事项'}产生）`;
  if (m.status === 'waived') return `免提交（电子证照：${m.waivedBy?.name ?? ''}）`;
  return '需提交';
}

function commitment(m: OutcomeMaterial, name: (id: string) => string): string {
  if (m.commitment.length === 0) return '—';
  if (m.commitment.length === m.usedBy.length) return '可承诺';
  return `可承诺（${m.commitment.map(name).join('、')}）`;
}

function remarks(m: OutcomeMaterial, name: (id: string) => string): string {
  const parts = [
    ...(m.note === undefined ? [] : [m.note]),
    ...(m.source === undefined ? [] : [`来源：${m.source}`]),
    ...m.usedBy.flatMap((u) => (u.note === undefined ? [] : [`${name(u.item)}：${u.note}`])),
  ];
  return joinClauses(parts, '；');
}

function workflow(outcome: Outcome, name: (id: string) => string): string[] {
  const lines = ['## 办理流程', ''];
  const { steps, stages } = outcome.workflow;
  if (steps.length === 0) return [...lines, '本情形无需办理事项。', ''];
  lines.push(`共 ${steps.length} 个事项，分 ${stages.length} 个阶段办理；同一阶段的事项可以并行。`, '');
  const items = new Map(outcome.items.map((item) => [item.id, item]));
  const rows = stages.flatMap((ids, stage) =>
    ids.map((id) => {
      const item = items.get(id);
      const step = steps.find((s) => s.item === id);
      const department = item?.department
        ? `${item.department.name}${item.level ? `（${item.level}）` : ''}`
        : '—';
      const before = (step?.dependsOn ?? []).map((e) =>
        e.because === 'produces' && e.material !== undefined
          ? `${name(e.item)}（提供${materialName(outcome, e.material)}）`
          : name(e.item),
      );
      return [
        `第${stage + 1}阶段`,
        name(id),
        department,
        item?.days === undefined ? '未规定' : item.days === 0 ? itemDaysText(0, 'zh') : formatNumber(item.days),
        step && step.finish > step.start ? `${formatNumber(step.start)}–${formatNumber(step.finish)}` : '—',
        [...new Set(before)].join('、') || '—',
      ];
    }),
  );
  lines.push(
    ...table(['阶段', '事项', '实施部门', '时限（工作日）', '起止（第几个工作日）', '前置事项'], rows),
    '',
  );
  return lines;
}

function materialName(outcome: Outcome, id: string): string {
  return outcome.materials.find((m) => m.id === id)?.name ?? id;
}

function days(outcome: Outcome, name: (id: string) => string): string[] {
  const lines = ['## 办理时限', ''];
  if (outcome.items.length === 0) return [...lines, '—', ''];
  const { critical, sum, saved } = outcome.totals.days;
  const path = outcome.workflow.criticalPath.items.map(name).join(' → ');
  const days = (n: number) => countOf(n, 'working-day', 'zh');
  // A figure of 0 days reads wrong: a case whose steps take no days is done on the spot, and a sum that
  // parallel work does not shorten is no saving to report.
  lines.push(`- 关键路径：${path}，${critical === 0 ? itemDaysText(0, 'zh') : `共 ${days(critical)}`}`);
  if (saved > 0) lines.push(`- 各事项时限合计：${days(sum)}`, `- 并联办理节省：${days(saved)}`);
  const open = outcome.items.filter((item) => item.days === undefined).map((item) => item.name);
  if (open.length > 0) lines.push(`- 未规定时限、不计入上述时限的事项：${open.join('、')}`);
  return [...lines, ''];
}

function fees(outcome: Outcome, name: (id: string) => string): string[] {
  const lines = ['## 费用', ''];
  const { total, breakdown } = outcome.totals.fee;
  if (breakdown.length === 0) return [...lines, '不收费。', ''];
  const rows = breakdown.map((line) => [name(line.item), formatNumber(line.amount), line.note ?? '']);
  lines.push(...table(['事项', '金额（元）', '说明'], [...rows, ['合计', formatNumber(total), '']]), '');
  return lines;
}

function visits(outcome: Outcome, name: (id: string) => string): string[] {
  const lines = ['## 跑动次数', ''];
  const { count, list } = outcome.totals.visits;
  if (count === 0) return [...lines, '全程网办，无需到现场。', ''];
  lines.push(`需到现场 ${count} 次（同一地点的事项合并为一次）：`, '');
  list.forEach((visit, i) => {
    const address = visit.venue.address === undefined ? '' : `（${visit.venue.address}）`;
    const purposes = visit.purposes.length === 0 ? '' : `；事由：${visit.purposes.join('、')}`;
    lines.push(`${i + 1}. ${visit.venue.name}${address}：${visit.items.map(name).join('、')}${purposes}`);
  });
  return [...lines, ''];
}

function delivery(outcome: Outcome): string[] {
  const options = outcome.totals.delivery;
  return ['## 送达方式', '', options.length === 0 ? '—' : options.join('、'), ''];
}

function basis(outcome: Outcome): string[] {
  const lines = ['## 依据', ''];
  const withBasis = outcome.items.filter((item) => item.basis.length > 0);
  if (withBasis.length === 0) return [...lines, '—', ''];
  for (const item of withBasis) lines.push(`- ${item.name}：${joinClauses(item.basis, '；')}`);
  return [...lines, ''];
}
