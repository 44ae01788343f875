import { GUIDE_WORDS, type GuideWords } from '../messages/guide-words.js';
import {
  appointmentText,
  countOf,
  itemDaysText,
  itemTimeText,
  joinClauses,
  type Lang,
} from '../messages/index.js';
import type { Outcome, OutcomeMaterial, Reason } from '../model/outcome.js';
import type { CompiledTheme } from '../model/theme.js';
import { conditionText } from '../outcome/condition-text.js';
import { formatNumber } from '../util/number.js';
import { deliveryLines } from './delivery.js';
import { table } from './escape.js';
import { formLines } from './form.js';
import { guidanceShowsKind, isGuidance } from './guidance.js';
import { NOTICE_LABELS, STATUS_LABELS } from './labels.js';
import { materialStatusText, mergeSentence } from './merge-sentence.js';

/** How a guide is written: `rules` adds the full condition of every entry, collapsed, for authors. */
export interface GuideOptions {
  readonly rules?: boolean;
}

/** What the sections of a guide share: the outcome, its language and words, item names by id. */
interface Guide {
  readonly outcome: Outcome;
  readonly theme: CompiledTheme;
  readonly lang: Lang;
  readonly w: GuideWords;
  readonly name: (id: string) => string;
  /** A guidance theme's outcome (`isGuidance`): its notices are the answer, their kind unsaid. */
  readonly guidance: boolean;
}

/**
 * A 办事指南 for the case, in Markdown that reads well printed: 情形, status and notices, 材料清单,
 * 一表申请 (the merged form), 告知承诺书, 办理流程, 办理时限, 费用, 跑动次数, 送达方式, 依据, and the counting line
 * "逐项办理需 N 份材料 → 一表申请，需准备 M 份". In Chinese, or with `lang: 'en'` in English around the theme's
 * texts (which stay as written). Deterministic: the same outcome and theme always give the same text. The
 * theme supplies the region and summary. Notices and conditional materials say why they apply in the
 * citizen's words; the conditions themselves appear only with `rules`, in a collapsed 规则 section. A guidance
 * theme's outcome (no items: `isGuidance`) has no status and no sections of a procedure: 情形, region, version,
 * summary and the notices, which are the answer.
 */
export function markdownGuide(
  outcome: Outcome,
  theme: CompiledTheme,
  lang: Lang = 'zh',
  options: GuideOptions = {},
): string {
  const names = new Map(outcome.items.map((item) => [item.id, item.name]));
  const w = GUIDE_WORDS[lang];
  const guidance = isGuidance(theme);
  const g: Guide = { outcome, theme, lang, w, name: (id) => names.get(id) ?? id, guidance };
  const lines: string[] = [`# ${outcome.theme.title} · ${w.guide}`, ''];
  if (outcome.provisional) lines.push(`> ${w.provisional}`, '');
  lines.push(
    `- ${w.case}${w.colon}${outcome.case ? outcome.case.label || w.singleCase : w.notComplete}`,
    ...(guidance ? [] : [`- ${w.status}${w.colon}**${STATUS_LABELS[outcome.status][lang]}**`]),
    ...(theme.region === undefined ? [] : [`- ${w.region}${w.colon}${theme.region}`]),
    `- ${w.version}${w.colon}${outcome.theme.version}`,
    '',
  );
  if (guidance) {
    // The notices are the answer; a refusal among them says so itself (【不予办理】).
    if (theme.summary !== undefined) lines.push(theme.summary, '');
    lines.push(...notices(g), ...(options.rules ? rules(g) : []));
    return `${lines.join('\n').trimEnd()}\n`;
  }
  if (outcome.status === 'blocked') {
    // Nothing can be done in a blocked case: the guide says why and stops.
    lines.push(`> ${w.blocked}`, '', ...notices(g));
    return `${lines.join('\n').trimEnd()}\n`;
  }
  if (theme.summary !== undefined) lines.push(theme.summary, '');
  lines.push(...notices(g), ...materials(g), ...form(g), ...workflow(g));
  lines.push(...days(g), ...fees(g), ...visits(g), ...delivery(g));
  lines.push(...basis(g));
  if (options.rules) lines.push(...rules(g));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A reason's full condition for authors: as the outcome gives it in Chinese, written out in another language. */
function ruleText(reason: Reason, g: Guide): string {
  return g.lang === 'zh' ? reason.text : conditionText(reason.condition, g.theme, g.lang);
}

/** Why a conditional entry applies, in the citizen's words; nothing for an entry that always applies. */
function plainReason(reason: Reason, g: Guide): string | undefined {
  return reason.condition === undefined ? undefined : reason.plain[g.lang];
}

/** The full condition of every conditional entry, in a section collapsed by default (for authors). */
function rules(g: Guide): string[] {
  const { outcome, w, lang } = g;
  const entries = [
    ...outcome.notices.map((n) => ({
      // The notice's own full stop gives way to the colon that introduces its rule.
      what: w.notice(NOTICE_LABELS[n.kind][lang]) + n.text.replace(/[。．.！!？?]+$/u, ''),
      reason: n.reason,
    })),
    ...outcome.items.map((i) => ({ what: `${w.ruleItem}${w.colon}${i.name}`, reason: i.reason })),
    ...outcome.materials.map((m) => ({ what: `${w.ruleMaterial}${w.colon}${m.name}`, reason: m.reason })),
  ].filter((e) => e.reason.condition !== undefined);
  if (entries.length === 0) return [];
  return [
    `<details><summary>${w.rules}</summary>`,
    '',
    ...entries.map((e) => `- ${e.what}${w.colon}${ruleText(e.reason, g)}`),
    '',
    '</details>',
    '',
  ];
}

/** 一表申请: the merged form's fields by section, and the one commitment letter's clauses. */
function form(g: Guide): string[] {
  const { outcome, theme, lang, w, name } = g;
  const lines: string[] = [];
  if (outcome.form.counts.fields > 0) {
    const [head = '', ...rest] = formLines(outcome.form, theme, lang);
    lines.push(`## ${w.form}`, '', head, '', '```text', ...rest.filter((l) => l !== ''), '```', '');
  }
  if (outcome.commitment.length > 0) {
    lines.push(`## ${w.commitmentLetter}`, '');
    outcome.commitment.forEach((clause, i) => {
      lines.push(`${i + 1}. ${clause.text}${w.bracket(clause.items.map(name).join(w.list))}`);
    });
    lines.push('');
  }
  return lines;
}

function notices(g: Guide): string[] {
  const { outcome, w } = g;
  if (outcome.notices.length === 0) return [];
  const lines = [`## ${w.notices}`, ''];
  for (const notice of outcome.notices) {
    const basis = notice.basis === undefined ? '' : w.basisOf(notice.basis);
    const why = plainReason(notice.reason, g);
    const kind =
      g.guidance && !guidanceShowsKind(notice.kind) ? '' : w.notice(NOTICE_LABELS[notice.kind][g.lang]);
    lines.push(`- ${kind}${notice.text}${basis}`, ...(why === undefined ? [] : [`  - ${why}`]));
  }
  return [...lines, ''];
}

function materials(g: Guide): string[] {
  const { outcome, w, name } = g;
  const lines = [`## ${w.materials}`, ''];
  if (outcome.materials.length === 0) return [...lines, w.noMaterials, ''];
  lines.push(mergeSentence(outcome.merge, g.lang), '');
  const rows = outcome.materials.map((m, i) => [
    i + 1,
    m.name,
    m.form,
    m.copies,
    materialStatusText(m, g.lang, name, false),
    commitment(m, g),
    m.usedBy.map((u) => name(u.item)).join(w.list),
    remarks(m, g),
  ]);
  lines.push(...table(w.materialHeader, rows), '');
  return lines;
}

function commitment(m: OutcomeMaterial, { w, name }: Guide): string {
  if (m.commitment.length === 0) return '—';
  if (m.commitment.length === m.usedBy.length) return w.commitment;
  return w.commitmentOf(m.commitment.map(name).join(w.list));
}

function remarks(m: OutcomeMaterial, g: Guide): string {
  const { w, name } = g;
  const why = plainReason(m.reason, g);
  const parts = [
    ...(m.note === undefined ? [] : [m.note]),
    ...(m.source === undefined ? [] : [`${w.source}${w.colon}${m.source}`]),
    ...m.usedBy.flatMap((u) => (u.note === undefined ? [] : [`${name(u.item)}${w.colon}${u.note}`])),
  ];
  const notes = joinClauses(parts, w.clause);
  // The reason lists answers with "；" itself, so it follows the notes as a sentence of its own.
  if (why === undefined) return notes;
  return notes === '' ? why : `${notes}${w.stop}${why}`;
}

function workflow(g: Guide): string[] {
  const { outcome, w, name } = g;
  const lines = [`## ${w.workflow}`, ''];
  const { steps, stages } = outcome.workflow;
  if (steps.length === 0) return [...lines, w.noSteps, ''];
  lines.push(w.stepsIn(steps.length, stages.length), '');
  const items = new Map(outcome.items.map((item) => [item.id, item]));
  const rows = stages.flatMap((ids, stage) =>
    ids.map((id) => {
      const item = items.get(id);
      const step = steps.find((s) => s.item === id);
      const department = item?.department
        ? `${item.department.name}${item.level ? w.level(item.level) : ''}`
        : '—';
      const before = (step?.dependsOn ?? []).map((e) =>
        e.because === 'produces' && e.material !== undefined
          ? w.gives(name(e.item), materialName(outcome, e.material))
          : name(e.item),
      );
      return [
        w.stage(stage + 1),
        name(id),
        department,
        item?.issuedWith !== undefined || item?.statutoryDays !== undefined
          ? itemTimeText(item, g.lang)
          : item?.days === undefined
            ? w.noLimit
            : item.days === 0
              ? itemDaysText(0, g.lang)
              : formatNumber(item.days),
        // A step of no days of its own has no span: its time limit says 当场办结.
        step && step.finish > step.start ? `${formatNumber(step.start)}–${formatNumber(step.finish)}` : '—',
        [...new Set(before)].join(w.list) || '—',
        // Why the item applies, in the citizen's words, as the materials' remarks say it.
        item?.reason.plain[g.lang] ?? '—',
      ];
    }),
  );
  lines.push(...table(w.workflowHeader, rows), '');
  return lines;
}

function materialName(outcome: Outcome, id: string): string {
  return outcome.materials.find((m) => m.id === id)?.name ?? id;
}

function days(g: Guide): string[] {
  const { outcome, w, name } = g;
  const lines = [`## ${w.days}`, ''];
  if (outcome.items.length === 0) return [...lines, '—', ''];
  const { critical, sum, saved } = outcome.totals.days;
  const path = outcome.workflow.criticalPath.items.map(name).join(' → ');
  const count = (n: number) => countOf(n, 'working-day', g.lang);
  // A figure of 0 days reads wrong: a case whose steps take no days is done on the spot, and a sum that
  // parallel work does not shorten is no saving to report.
  const time = critical === 0 ? itemDaysText(0, g.lang) : w.inAll(count(critical));
  lines.push(`- ${w.criticalPath}${w.colon}${path}${w.comma}${time}`);
  if (saved > 0) lines.push(`- ${w.sum}${w.colon}${count(sum)}`, `- ${w.saved}${w.colon}${count(saved)}`);
  const open = outcome.items.filter((item) => item.days === undefined).map((item) => item.name);
  if (open.length > 0) lines.push(`- ${w.uncounted}${w.colon}${open.join(w.list)}`);
  return [...lines, ''];
}

function fees(g: Guide): string[] {
  const { outcome, w, name } = g;
  const lines = [`## ${w.fees}`, ''];
  const { total, breakdown } = outcome.totals.fee;
  if (breakdown.length === 0) return [...lines, w.free, ''];
  const rows = breakdown.map((line) => [name(line.item), formatNumber(line.amount), line.note ?? '']);
  lines.push(...table(w.feeHeader, [...rows, [w.total, formatNumber(total), '']]), '');
  return lines;
}

function visits(g: Guide): string[] {
  const { outcome, w, name } = g;
  const lines = [`## ${w.visits}`, ''];
  const { count, list } = outcome.totals.visits;
  if (count === 0) return [...lines, w.online, ''];
  lines.push(w.visitCount(count), '');
  list.forEach((visit, i) => {
    const address = visit.venue.address === undefined ? '' : w.bracket(visit.venue.address);
    // A visit to collect results says so in the reader's language (its purpose is no theme text).
    const said = visit.collect === true ? [w.collect] : visit.purposes;
    const purposes = said.length === 0 ? '' : `${w.clause}${w.purposes}${w.colon}${said.join(w.list)}`;
    lines.push(
      `${i + 1}. ${visit.venue.name}${address}${w.colon}${visit.items.map(name).join(w.list)}${purposes}`,
      ...visitDetails(visit.venue, g),
    );
  });
  return [...lines, ''];
}

/** 送达方式: the chosen method with what it costs and saves, or before a choice every method offered. */
function delivery({ outcome, w, lang }: Guide): string[] {
  const lines = deliveryLines(outcome, lang);
  const chosen = outcome.totals.chosenDelivery !== undefined;
  return [
    `## ${w.delivery}`,
    '',
    ...(lines.length === 0
      ? ['—']
      : chosen || lines.length === 1
        ? lines
        : [w.deliveryOptions, '', ...lines.map((l) => `- ${l}`)]),
    '',
  ];
}

function basis({ outcome, w }: Guide): string[] {
  const lines = [`## ${w.basis}`, ''];
  const withBasis = outcome.items.filter((item) => item.basis.length > 0);
  if (withBasis.length === 0) return [...lines, '—', ''];
  for (const item of withBasis) lines.push(`- ${item.name}${w.colon}${joinClauses(item.basis, w.clause)}`);
  return [...lines, ''];
}

/** A visit's opening hours and booking, each on a line of its own under the visit (none: nothing). */
function visitDetails(venue: Outcome['totals']['visits']['list'][number]['venue'], g: Guide): string[] {
  const { w, lang } = g;
  const hours = venue.hours === undefined ? [] : [`   - ${w.hours}${w.colon}${venue.hours}`];
  const booking = appointmentText(venue, lang);
  return [...hours, ...(booking === '' ? [] : [`   - ${booking}`])];
}
