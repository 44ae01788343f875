import type { Lang } from '../../messages/index.js';
import type { Outcome, OutcomeItem, OutcomeMaterial } from '../../model/outcome.js';
import { NOTICE_LABELS, STATUS_LABELS } from '../../render/labels.js';
import { formatNumber } from '../../util/number.js';
import { type Style, styleOf, t } from './style.js';
import { textTable } from './table.js';

/**
 * The outcome for a terminal: the case label, status and notices, the items with their departments, the
 * merged material table, the workflow stages, the totals (critical path against the sum of time limits,
 * fee, visits) and the merge sentence "材料从 N 份减至 M 份". Theme texts stay Chinese; headings follow `lang`.
 */
export function outcomeText(outcome: Outcome, lang: Lang, color = false): string {
  const s = styleOf(color);
  const name = itemNamer(outcome);
  const lines: string[] = [s.bold(`${outcome.theme.title}（${outcome.theme.version}）`)];
  if (outcome.provisional)
    lines.push(
      s.yellow(t(lang, '（问卷尚未完成：结果为初步结果）', '(questionnaire not complete: provisional)')),
    );
  const label = outcome.case ? outcome.case.label || t(lang, '（无需区分情形）', '(a single case)') : '—';
  lines.push(`${t(lang, '情形', 'Case')}：${label}`);
  const status = STATUS_LABELS[outcome.status][lang];
  const paint = outcome.status === 'ready' ? s.green : outcome.status === 'blocked' ? s.red : s.yellow;
  lines.push(`${t(lang, '状态', 'Status')}：${paint(status)}`);
  if (outcome.notices.length > 0) {
    lines.push('', s.bold(t(lang, '提示', 'Notices')));
    for (const notice of outcome.notices) {
      const kind = `【${NOTICE_LABELS[notice.kind][lang]}】`;
      lines.push(
        `  ${notice.kind === 'block' ? s.red(kind) : notice.kind === 'warning' ? s.yellow(kind) : kind}${notice.text}`,
      );
    }
  }
  lines.push('', s.bold(t(lang, `事项（${outcome.items.length} 项）`, `Items (${outcome.items.length})`)));
  if (outcome.items.length === 0) lines.push(`  ${t(lang, '无', 'none')}`);
  outcome.items.forEach((item, i) => {
    lines.push(
      `  ${i + 1}. ${item.name} — ${item.department?.name ?? t(lang, '（未指定部门）', '(no department)')}`,
    );
    lines.push(`     ${s.dim(itemFacts(item, lang))}`);
  });
  lines.push(...materials(outcome, lang, s, name));
  lines.push(...workflow(outcome, lang, s, name));
  lines.push('', s.bold(t(lang, '合计', 'Totals')), ...totals(outcome, lang));
  if (outcome.materials.length > 0) lines.push('', s.bold(mergeSentence(outcome, lang)));
  return `${lines.join('\n')}\n`;
}

function itemNamer(outcome: Outcome): (id: string) => string {
  const names = new Map(outcome.items.map((item) => [item.id, item.name]));
  return (id) => names.get(id) ?? id;
}

function itemFacts(item: OutcomeItem, lang: Lang): string {
  const parts = [
    item.days === undefined
      ? t(lang, '未规定时限', 'no time limit')
      : t(lang, `${formatNumber(item.days)} 个工作日`, `${formatNumber(item.days)} working days`),
    item.fee === undefined || item.fee.amount === 0
      ? t(lang, '不收费', 'free')
      : t(lang, `${formatNumber(item.fee.amount)} 元`, `${formatNumber(item.fee.amount)} yuan`),
    item.presence
      ? t(
          lang,
          `到场：${item.presence.venue.name}（${item.presence.purpose}）`,
          `in person: ${item.presence.venue.name} (${item.presence.purpose})`,
        )
      : t(lang, '无需到场', 'no visit'),
  ];
  return parts.join(t(lang, '；', '; '));
}

function materials(outcome: Outcome, lang: Lang, s: Style, name: (id: string) => string): string[] {
  const m = outcome.merge;
  const head = t(
    lang,
    `材料（合并后 ${m.merged} 种，需提交 ${m.toSubmit} 种）`,
    `Materials (${m.merged} after merging, ${m.toSubmit} to hand in)`,
  );
  if (outcome.materials.length === 0) return ['', s.bold(head), `  ${t(lang, '无需提交材料', 'none')}`];
  const header =
    lang === 'zh'
      ? ['#', '材料', '形式', '份数', '提交方式', '用于事项']
      : ['#', 'material', 'form', 'copies', 'how', 'for'];
  const rows = outcome.materials.map((material, i) => [
    i + 1,
    material.name,
    material.form,
    material.copies,
    submission(material, lang, name),
    material.usedBy.map((u) => name(u.item)).join('、'),
  ]);
  return ['', s.bold(head), ...textTable(header, rows, { indent: '  ', right: [0, 3] })];
}

function submission(material: OutcomeMaterial, lang: Lang, name: (id: string) => string): string {
  if (material.status === 'passed-on') {
    const by = material.producedBy ? name(material.producedBy.id) : '';
    return t(lang, `流程内传递（${by}）`, `passed on (${by})`);
  }
  if (material.status === 'waived') {
    const by = material.waivedBy?.name ?? '';
    return t(lang, `免提交（电子证照：${by}）`, `waived (e-licence: ${by})`);
  }
  if (material.commitment.length > 0)
    return t(lang, '需提交（可告知承诺）', 'hand in (or sign a commitment)');
  return t(lang, '需提交', 'hand in');
}

function workflow(outcome: Outcome, lang: Lang, s: Style, name: (id: string) => string): string[] {
  const { stages } = outcome.workflow;
  if (stages.length === 0) return [];
  const lines = [
    '',
    s.bold(
      t(
        lang,
        `流程（${stages.length} 个阶段，同一阶段的事项可并行）`,
        `Workflow (${stages.length} stages; items of a stage run in parallel)`,
      ),
    ),
  ];
  stages.forEach((ids, i) => {
    const steps = ids.map((id) => {
      const step = outcome.workflow.steps.find((x) => x.item === id);
      const span = step
        ? t(
            lang,
            `（第 ${formatNumber(step.start)}–${formatNumber(step.finish)} 个工作日）`,
            ` (days ${formatNumber(step.start)}–${formatNumber(step.finish)})`,
          )
        : '';
      return `${name(id)}${span}`;
    });
    lines.push(`  ${t(lang, `第${i + 1}阶段`, `Stage ${i + 1}`)}：${steps.join('、')}`);
  });
  return lines;
}

function totals(outcome: Outcome, lang: Lang): string[] {
  const { days, fee, visits } = outcome.totals;
  const n = formatNumber;
  return [
    `  ${t(lang, '时限', 'Time')}：${t(
      lang,
      `关键路径 ${n(days.critical)} 个工作日（各事项时限相加 ${n(days.sum)} 个工作日，并联办理节省 ${n(days.saved)} 个）`,
      `critical path ${n(days.critical)} working days (sum of time limits ${n(days.sum)}, ${n(days.saved)} saved by running in parallel)`,
    )}`,
    `  ${t(lang, '费用', 'Fee')}：${fee.total === 0 ? t(lang, '不收费', 'free') : t(lang, `${n(fee.total)} 元`, `${n(fee.total)} yuan`)}`,
    `  ${t(lang, '到场', 'Visits')}：${t(lang, `${visits.count} 次`, String(visits.count))}${
      visits.list.length > 0 ? `（${visits.list.map((v) => v.venue.name).join('、')}）` : ''
    }`,
  ];
}

/** "逐项办理需提交材料 17 份，合并后共 9 种……：材料从 17 份减至 2 份。" */
export function mergeSentence(outcome: Outcome, lang: Lang): string {
  const m = outcome.merge;
  if (lang === 'en') {
    const extra = [
      ...(m.passedOn > 0 ? [`${m.passedOn} passed on inside the workflow`] : []),
      ...(m.waived > 0 ? [`${m.waived} waived by electronic licences`] : []),
    ];
    return `Item by item: ${m.itemByItem} materials; merged: ${m.merged} kinds${extra.length > 0 ? `, ${extra.join(', ')}` : ''}: from ${m.itemByItem} down to ${m.toSubmit} (材料从 ${m.itemByItem} 份减至 ${m.toSubmit} 份).`;
  }
  const parts = [`逐项办理需提交材料 ${m.itemByItem} 份，合并后共 ${m.merged} 种`];
  if (m.passedOn > 0) parts.push(`其中 ${m.passedOn} 种在流程内传递`);
  if (m.waived > 0) parts.push(`${m.waived} 种以电子证照免于提交`);
  return `${parts.join('，')}：材料从 ${m.itemByItem} 份减至 ${m.toSubmit} 份。`;
}
