import {
  appointmentText,
  countOf,
  itemDaysText,
  itemTimeText,
  joinClauses,
  type Lang,
  stepSpanText,
} from '../../messages/index.js';
import type { Outcome, OutcomeItem, Reason, Visit } from '../../model/outcome.js';
import type { CompiledTheme } from '../../model/theme.js';
import { conditionText } from '../../outcome/condition-text.js';
import { deliveryLines } from '../../render/delivery.js';
import { guidanceShowsKind } from '../../render/guidance.js';
import { NOTICE_LABELS, STATUS_LABELS } from '../../render/labels.js';
import { materialStatusText, mergeSentence } from '../../render/merge-sentence.js';
import { formatNumber } from '../../util/number.js';
import { escapeControls } from './escape.js';
import { type Style, styleOf, t } from './style.js';
import { textTable, wrap } from './table.js';

/**
 * The outcome for a terminal: the case label, status and notices, the items with their departments, the
 * merged material table, the workflow stages, the totals (critical path against the sum of time limits,
 * fee, visits), the delivery (the chosen method, what it costs and saves; before a choice, each method) and the
 * counting line "逐项办理需 N 份材料 → 一表申请，需准备 M 份". Theme texts stay Chinese;
 * headings follow `lang`. The material table wraps its cells to `width` display columns when given (a
 * terminal's width). Conditional notices, items and materials say why they apply in the citizen's words;
 * with `explain` (the theme, for authors) each also shows its full condition. A `guidance` theme's outcome
 * (`isGuidance`: no items) is its notices alone, the answer: no status, no empty items, materials or totals.
 */
export function outcomeText(
  outcome: Outcome,
  lang: Lang,
  color = false,
  width?: number,
  explain?: CompiledTheme,
  guidance = false,
): string {
  const s = styleOf(color);
  const why = whyLines(lang, s, explain, width);
  const name = itemNamer(outcome);
  const colon = t(lang, '：', ': ');
  const lines: string[] = [
    s.bold(`${outcome.theme.title}${t(lang, `（${outcome.theme.version}）`, ` (${outcome.theme.version})`)}`),
  ];
  if (outcome.provisional)
    lines.push(
      s.yellow(t(lang, '（问卷尚未完成：结果为初步结果）', '(questionnaire not complete: provisional)')),
    );
  const label = outcome.case ? outcome.case.label || t(lang, '（无需区分情形）', '(a single case)') : '—';
  lines.push(`${t(lang, '情形', 'Case')}${colon}${label}`);
  const status = STATUS_LABELS[outcome.status][lang];
  const paint = outcome.status === 'ready' ? s.green : outcome.status === 'blocked' ? s.red : s.yellow;
  if (!guidance) lines.push(`${t(lang, '状态', 'Status')}${colon}${paint(status)}`);
  if (outcome.notices.length > 0) {
    lines.push('', s.bold(t(lang, '提示', 'Notices')));
    for (const notice of outcome.notices) {
      const label = NOTICE_LABELS[notice.kind][lang];
      const kind = guidance && !guidanceShowsKind(notice.kind) ? '' : t(lang, `【${label}】`, `[${label}] `);
      lines.push(
        `  ${notice.kind === 'block' ? s.red(kind) : notice.kind === 'warning' ? s.yellow(kind) : kind}${notice.text}`,
        ...why(notice.reason, '    '),
      );
    }
  }
  if (guidance) return `${lines.join('\n')}\n`;
  lines.push('', s.bold(t(lang, `事项（${outcome.items.length} 项）`, `Items (${outcome.items.length})`)));
  if (outcome.items.length === 0) lines.push(`  ${t(lang, '无', 'none')}`);
  outcome.items.forEach((item, i) => {
    lines.push(
      `  ${i + 1}. ${item.name} — ${item.department?.name ?? t(lang, '（未指定部门）', '(no department)')}`,
    );
    lines.push(`     ${s.dim(itemFacts(item, lang))}`, ...why(item.reason, '     '));
  });
  lines.push(...materials(outcome, lang, s, name, width));
  const materialWhy = outcome.materials.flatMap((m, i) => {
    const said = why(m.reason, '     ');
    if (said.length === 0) return [];
    const title = `${i + 1}. ${m.name}`;
    const titled = width === undefined ? [title] : wrap(title, Math.max(20, width - 2));
    return [...titled.map((line) => `  ${line}`), ...said];
  });
  if (materialWhy.length > 0)
    lines.push('', s.bold(t(lang, '为什么需要这些材料', 'Why these materials')), ...materialWhy);
  lines.push(...workflow(outcome, lang, s, name));
  lines.push('', s.bold(t(lang, '合计', 'Totals')), ...totals(outcome, lang, name));
  const delivery = deliveryLines(outcome, lang);
  if (delivery.length > 0)
    lines.push('', s.bold(t(lang, '送达方式', 'Delivery')), ...delivery.map((l) => `  ${l}`));
  if (outcome.materials.length > 0) lines.push('', s.bold(mergeSentence(outcome.merge, lang)));
  return `${lines.join('\n')}\n`;
}

/**
 * The lines that say why an entry applies: the citizen's sentence, and with `explain` the full condition;
 * none for an entry that applies in every case.
 */
function whyLines(
  lang: Lang,
  s: Style,
  explain: CompiledTheme | undefined,
  width: number | undefined,
): (reason: Reason, indent: string) => string[] {
  // On a terminal each text wraps within its width, indented like its first line.
  const wrapped = (text: string, indent: string) =>
    (width === undefined ? [text] : wrap(text, Math.max(20, width - indent.length))).map(
      (line) => `${indent}${s.dim(line)}`,
    );
  return (reason, indent) => {
    if (reason.condition === undefined) return [];
    const out = wrapped(reason.plain[lang], indent);
    if (explain !== undefined) {
      // The outcome's text is Chinese; in English the condition is written out again from the theme.
      const rule =
        lang === 'zh' ? reason.text : escapeControls(conditionText(reason.condition, explain, lang));
      out.push(...wrapped(t(lang, `规则：${rule}`, `rule: ${rule}`), indent));
    }
    return out;
  };
}

function itemNamer(outcome: Outcome): (id: string) => string {
  const names = new Map(outcome.items.map((item) => [item.id, item.name]));
  return (id) => names.get(id) ?? id;
}

function itemFacts(item: OutcomeItem, lang: Lang): string {
  const parts = [
    itemTimeText(item, lang),
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
  return joinClauses(parts, t(lang, '；', '; '));
}

function materials(
  outcome: Outcome,
  lang: Lang,
  s: Style,
  name: (id: string) => string,
  width: number | undefined,
): string[] {
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
    materialStatusText(material, lang, name),
    material.usedBy.map((u) => name(u.item)).join(t(lang, '、', ', ')),
  ]);
  return ['', s.bold(head), ...textTable(header, rows, { indent: '  ', right: [0, 3], width })];
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
      const item = outcome.items.find((x) => x.id === id);
      const span = step ? stepSpanText(step, item?.days, lang, item) : '';
      return `${name(id)}${span === '' ? '' : t(lang, `（${span}）`, ` (${span})`)}`;
    });
    lines.push(
      `  ${t(lang, `第${i + 1}阶段`, `Stage ${i + 1}`)}${t(lang, '：', ': ')}${steps.join(t(lang, '、', ', '))}`,
    );
  });
  return lines;
}

/** The case's time: the critical path, and the sum of time limits and the saving when parallel work saves. */
function daysTotal(outcome: Outcome, lang: Lang): string {
  const days = outcome.totals.days;
  // No steps (a blocked case, or nothing to do): there is no time to state.
  if (outcome.workflow.steps.length === 0) return '—';
  if (days.critical === 0) return itemDaysText(0, lang);
  const critical = countOf(days.critical, 'working-day', lang);
  if (days.saved === 0) return t(lang, `共 ${critical}`, critical);
  const sum = countOf(days.sum, 'working-day', lang);
  return t(
    lang,
    `关键路径 ${critical}（各事项时限相加 ${sum}，并联办理节省 ${formatNumber(days.saved)} 个）`,
    `critical path ${critical} (sum of time limits ${sum}, ${formatNumber(days.saved)} saved by running in parallel)`,
  );
}

function totals(outcome: Outcome, lang: Lang, name: (id: string) => string): string[] {
  const { fee, visits } = outcome.totals;
  const n = formatNumber;
  const colon = t(lang, '：', ': ');
  return [
    `  ${t(lang, '时限', 'Time')}${colon}${daysTotal(outcome, lang)}`,
    `  ${t(lang, '费用', 'Fee')}${colon}${fee.total === 0 ? t(lang, '不收费', 'free') : t(lang, `${n(fee.total)} 元`, `${n(fee.total)} yuan`)}`,
    `  ${t(lang, '到场', 'Visits')}${colon}${t(lang, `${visits.count} 次`, String(visits.count))}`,
    ...visits.list.map((visit, i) => `    ${i + 1}. ${visitText(visit, lang, name)}`),
  ];
}

/**
 * One visit as the citizen reads it: what it is for (申请办理, or 领取办理结果 for a visit to collect), the venue
 * and its items, then its address, opening hours and booking when the outcome gives them ("需预约" only for a
 * visit that must be booked). The item lines above say what is done at a visit to apply (the theme's purpose):
 * "申请办理" covers them all, where "递交申请" would misname a registration done on the spot or an inspection.
 */
function visitText(visit: Visit, lang: Lang, name: (id: string) => string): string {
  const kind =
    visit.collect === true
      ? t(lang, '领取办理结果', 'to collect the results')
      : t(lang, '申请办理', 'to apply');
  const items = visit.items.map(name).join(t(lang, '、', ', '));
  const { venue } = visit;
  const details = [
    venue.address === undefined ? '' : t(lang, `地址：${venue.address}`, `address: ${venue.address}`),
    venue.hours === undefined ? '' : t(lang, `办公时间：${venue.hours}`, `hours: ${venue.hours}`),
    appointmentText(venue, lang),
  ];
  const head = t(lang, `${kind}：${venue.name}（${items}）`, `${kind}: ${venue.name} (${items})`);
  return joinClauses([head, ...details], t(lang, '；', '; '));
}
