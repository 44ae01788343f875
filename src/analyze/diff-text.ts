import { DETAIL_NAMES, detailChangeText } from '../messages/service-diff-words.js';
import { countOf, type Lang } from '../messages/words.js';
import type { MaterialStatus, OutcomeStatus } from '../model/outcome.js';
import { MATERIAL_STATUS_LABELS, NOTICE_LABELS } from '../render/labels.js';
import { formatNumber } from '../util/number.js';
import type { DiffCase, GroupChange, PolicyDiff, ShiftedTotal } from './diff.js';
import type { FieldAspect, FormChange } from './diff-forms.js';
import type { ServiceChange } from './diff-service.js';
import { situationLines } from './diff-situations-text.js';
import { deliveryText, ruleTextWith } from './situation-text.js';

export interface FormatDiffOptions {
  /**
   * Rule rows shown per group of changes (example cases for a group without rows), and cases listed as added or
   * removed (default 5); also the rule rows shown per situation, the situations listed per merge or split, and
   * (at least 3) the situation changes listed before they are only counted.
   */
  readonly examples?: number;
}

const STATUS: Record<Lang, Record<OutcomeStatus, string>> = {
  zh: { ready: '可以办理', 'not-needed': '无需办理', blocked: '不予办理' },
  en: { ready: 'ready', 'not-needed': 'not needed', blocked: 'blocked' },
};

/** What an outcome in brief reads from a case or a situation. */
type Brief = Pick<DiffCase, 'status' | 'items' | 'days' | 'fee' | 'visits'>;

const TEXT = {
  zh: {
    title: (d: PolicyDiff) => `政策差异：${d.next.title}（${d.old.version} → ${d.next.version}）`,
    counts: (d: PolicyDiff) =>
      `答题路径：旧版 ${d.old.cases} 条，新版 ${d.next.cases} 条；新增 ${d.added.length}，删除 ${d.removed.length}，` +
      `变化 ${d.changed.length}，不变 ${d.unchanged}`,
    truncated: (side: string, n: number) => `注意：${side}的答题路径超过上限，只比较了前 ${n} 条`,
    old: '旧版',
    next: '新版',
    none: '没有任何路径的结果发生变化。',
    seeBelow: '不影响结果的变化见下。',
    changed: '结果变化的路径（相同的变化合为一组）：',
    group: (n: number, rows: readonly string[], more: number) =>
      rows.length === 0
        ? `${formatNumber(n)} 条路径：`
        : `${formatNumber(n)} 条路径，回答为${rows.map((r) => `「${r}」`).join('或')}${more > 0 ? `等 ${more + rows.length} 种组合` : ''}时：`,
    example: '例：',
    more: (n: number) => `（另有 ${n} 条）`,
    added: '新增的路径：',
    removed: '删除的路径：',
    empty: '（未回答任何问题）',
    brief: (c: Brief, status: string) =>
      `${status}；事项 ${c.items.length} 项，${c.days} 个工作日，${c.fee} 元，到场 ${c.visits} 次`,
    forms: '表单和字段的变化（一表申请）：',
    service: '办事细节的变化（时限、收费、送达、容缺受理、办理地点、提示的文字和依据、主动提醒和免申即享）：',
  },
  en: {
    title: (d: PolicyDiff) => `Policy diff: ${d.next.title} (${d.old.version} → ${d.next.version})`,
    counts: (d: PolicyDiff) =>
      `Paths: ${d.old.cases} before, ${d.next.cases} after; ${d.added.length} added, ${d.removed.length} removed, ` +
      `${d.changed.length} changed, ${d.unchanged} unchanged`,
    truncated: (side: string, n: number) =>
      `Note: the ${side} theme has more paths than the limit; only the first ${n} were compared`,
    old: 'old',
    next: 'new',
    none: 'No path changes its outcome.',
    seeBelow: ' Changes that do not affect outcomes follow.',
    changed: 'Paths whose outcome changes (identical changes grouped):',
    group: (n: number, rows: readonly string[], more: number) =>
      rows.length === 0
        ? `${countOf(n, 'path', 'en')}:`
        : `${countOf(n, 'path', 'en')}, where the answers are ${rows.map((r) => `“${r}”`).join(' or ')}${more > 0 ? ` (and ${more} more)` : ''}:`,
    example: 'e.g. ',
    more: (n: number) => `(and ${n} more)`,
    added: 'Paths added:',
    removed: 'Paths removed:',
    empty: '(no question answered)',
    brief: (c: Brief, status: string) =>
      `${status}; ${countOf(c.items.length, 'item', 'en')}, ${countOf(c.days, 'working-day', 'en')}, ${c.fee} yuan, ${countOf(c.visits, 'visit', 'en')}`,
    forms: 'Forms and fields changed (one application form):',
    service:
      'Service details changed (time limits, fees, delivery, non-key materials, venues, notice wording and basis, triggers and grants):',
  },
} as const;

/** A policy diff as text for people, in Chinese or English (the CLI's `tongban diff`). */
export function formatDiff(diff: PolicyDiff, lang: Lang = 'zh', options: FormatDiffOptions = {}): string {
  const t = TEXT[lang];
  const examples = options.examples ?? 5;
  const labels = new Map(diff.changed.map((c) => [c.key, c.label]));
  // Bands as compared, so that adjacent ones read as one range; a diff read back from JSON may lack them.
  const questionOf = (id: string) =>
    diff.bandedQuestions && Object.hasOwn(diff.bandedQuestions, id) ? diff.bandedQuestions[id] : undefined;
  const lines: string[] = [t.title(diff), t.counts(diff), ...questionLines(diff, lang)];
  if (diff.old.truncated) lines.push(t.truncated(t.old, diff.old.cases));
  if (diff.next.truncated) lines.push(t.truncated(t.next, diff.next.cases));
  const formLines = [
    ...(diff.forms.length === 0
      ? []
      : ['', t.forms, ...diff.forms.map((c) => `  ${formChangeText(c, lang)}`)]),
    ...(diff.service.length === 0
      ? []
      : ['', t.service, ...diff.service.map((c) => `  ${serviceChangeText(c, lang)}`)]),
  ];
  if (diff.changed.length === 0 && diff.added.length === 0 && diff.removed.length === 0) {
    // Outcomes compare notices by id and items by what they need: a reworded notice or a new fee changes no path.
    lines.push('', formLines.length === 0 ? t.none : `${t.none}${t.seeBelow}`, ...formLines);
    return `${lines.join('\n')}\n`;
  }
  if (diff.groups.length > 0) {
    lines.push('', t.changed);
    const titleOf = (id: string) => diff.situations.questions[id] ?? id;
    diff.groups.forEach((group, g) => {
      const shown = group.rows.slice(0, examples).map((row) => ruleTextWith(row, titleOf, lang, questionOf));
      lines.push(`  [${g + 1}] ${t.group(group.cases.length, shown, group.rows.length - shown.length)}`);
      for (const change of group.changes) lines.push(`      ${changeText(change, lang)}`);
      // Without a rule (a path several old ones stand for), examples say where.
      if (group.rows.length > 0) return;
      const cases = group.cases.slice(0, examples);
      for (const key of cases) lines.push(`      ${t.example}${labels.get(key) || key || t.empty}`);
      if (group.cases.length > cases.length) lines.push(`      ${t.more(group.cases.length - cases.length)}`);
    });
  }
  for (const [title, list, sign] of [
    [t.added, diff.added, '+'],
    [t.removed, diff.removed, '-'],
  ] as const) {
    if (list.length === 0) continue;
    lines.push('', title);
    for (const c of list.slice(0, examples))
      lines.push(`  ${sign} ${c.label || c.key || t.empty} — ${t.brief(c, STATUS[lang][c.status])}`);
    if (list.length > examples) lines.push(`  ${t.more(list.length - examples)}`);
  }
  lines.push(
    '',
    ...situationLines(diff.situations, lang, {
      change: (change) => changeText(change, lang),
      brief: (s) => t.brief(s, STATUS[lang][s.status]),
      examples,
      questionOf,
    }),
  );
  lines.push(...formLines);
  return `${lines.join('\n')}\n`;
}

const ASPECT: Record<Lang, Record<FieldAspect, string>> = {
  zh: {
    label: '名称',
    type: '类型',
    section: '分组',
    required: '是否必填',
    pattern: '格式',
    range: '取值范围',
    options: '选项',
    sources: '取值来源',
    answer: '填写它的问卷回答',
  },
  en: {
    label: 'label',
    type: 'type',
    section: 'section',
    required: 'required',
    pattern: 'pattern',
    range: 'range',
    options: 'options',
    sources: 'value sources',
    answer: 'the answer that fills it',
  },
};

/** One change of forms and fields as a line of text. */
export function formChangeText(change: FormChange, lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  switch (change.kind) {
    case 'form-added':
      return zh ? `+ 表单 ${change.name}` : `+ form ${change.name}`;
    case 'form-removed':
      return zh ? `- 表单 ${change.name}` : `- form ${change.name}`;
    case 'form-field-added':
      return zh
        ? `+ 表单 ${change.form} 增加字段 ${change.label}`
        : `+ form ${change.form}: field ${change.label} added`;
    case 'form-field-removed':
      return zh
        ? `- 表单 ${change.form} 删除字段 ${change.label}`
        : `- form ${change.form}: field ${change.label} removed`;
    default: {
      const aspects = change.aspects.map((a) => ASPECT[lang][a]).join(zh ? '、' : ', ');
      return zh ? `~ 字段 ${change.label}：${aspects}有变化` : `~ field ${change.label}: ${aspects} changed`;
    }
  }
}

/** One change of service details as a line of text. */
export function serviceChangeText(change: ServiceChange, lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  if (change.kind === 'trigger-added' || change.kind === 'trigger-removed') {
    const sign = change.kind === 'trigger-added' ? '+' : '-';
    const grant =
      change.grants === undefined ? '' : zh ? `（免申即享：${change.grants}）` : ` (grants ${change.grants})`;
    return zh ? `${sign} 主动提醒 ${change.trigger}${grant}` : `${sign} trigger ${change.trigger}${grant}`;
  }
  if (change.kind === 'notice-changed') return noticeChangeText(change, lang);
  // Items and venues say each value old → new ("承诺时限 10 → 5 个工作日"); triggers name what changed.
  if (change.kind === 'item-service' || change.kind === 'venue-changed') {
    const values = change.values
      .map((v) => detailChangeText(v.aspect, v.from, v.to, lang))
      .join(zh ? '；' : '; ');
    const what = change.kind === 'item-service' ? (zh ? '事项' : 'item') : zh ? '办理地点' : 'venue';
    return `~ ${what} ${change.name}${zh ? '：' : ': '}${values}`;
  }
  const aspects = change.aspects.map((a) => DETAIL_NAMES[lang][a]).join(zh ? '、' : ', ');
  const grants = change.grants;
  const none = zh ? '无' : 'none';
  const grant =
    grants === undefined
      ? ''
      : zh
        ? `（免申即享：${grants.from ?? none} → ${grants.to ?? none}）`
        : ` (grants: ${grants.from ?? none} → ${grants.to ?? none})`;
  return zh
    ? `~ 主动提醒 ${change.trigger}：${aspects}有变化${grant}`
    : `~ trigger ${change.trigger}: ${aspects} changed${grant}`;
}

/**
 * One change as a line of text, in the words of an officer ("现在需要材料：…", "不再显示提示：…"), things named by
 * their names and notices by what they say, never by id.
 */
export function changeText(change: GroupChange, lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  const status = (code: MaterialStatus) => MATERIAL_STATUS_LABELS[code][lang];
  switch (change.kind) {
    case 'status':
      return zh
        ? `状态：${STATUS.zh[change.from]} → ${STATUS.zh[change.to]}`
        : `status: ${STATUS.en[change.from]} → ${STATUS.en[change.to]}`;
    case 'item-added':
      return zh ? `现在需要办理：${change.name}` : `now needs the item ${change.name}`;
    case 'item-removed':
      return zh ? `不再需要办理：${change.name}` : `no longer needs the item ${change.name}`;
    case 'material-added':
      return zh
        ? `现在需要材料：${change.name}（${change.form}，${change.copies} 份，${status(change.status)}）`
        : `now needs the material ${change.name} (${change.form}, ${change.copies} cop${change.copies === 1 ? 'y' : 'ies'}, ${status(change.status)})`;
    case 'material-removed':
      return zh ? `不再需要材料：${change.name}` : `no longer needs the material ${change.name}`;
    case 'material-changed': {
      const parts: string[] = [];
      if (change.form) parts.push(`${zh ? '形式' : 'form'} ${change.form.from} → ${change.form.to}`);
      if (change.copies) parts.push(`${zh ? '份数' : 'copies'} ${change.copies.from} → ${change.copies.to}`);
      if (change.status)
        parts.push(`${zh ? '' : 'status '}${status(change.status.from)} → ${status(change.status.to)}`);
      return zh ? `材料 ${change.name}：${parts.join('，')}` : `material ${change.name}: ${parts.join(', ')}`;
    }
    case 'days':
    case 'fee':
    case 'visits':
      return TOTAL_WORDS[lang](change.kind, change.from, change.to);
    case 'shift':
      return SHIFT_WORDS[lang](change.aspect, change.by, change.from);
    case 'delivery': {
      const none = zh ? '不问' : 'not asked';
      const from = deliveryText({ delivery: change.from }, lang) || none;
      const to = deliveryText({ delivery: change.to }, lang) || none;
      return zh ? `送达方式：${from} → ${to}` : `delivery: ${from} → ${to}`;
    }
    case 'notice-added':
    case 'notice-removed': {
      const said = change.text === undefined ? change.notice : excerpt(change.text);
      if (change.kind === 'notice-added')
        return zh ? `现在显示提示：“${said}”` : `now shows the notice “${said}”`;
      return zh ? `不再显示提示：“${said}”` : `no longer shows the notice “${said}”`;
    }
  }
}

/** The name and unit of each total a group's paths shift alike, in Chinese and English. */
const TOTALS: Record<Lang, Record<ShiftedTotal, readonly [name: string, unit: string]>> = {
  zh: { fee: ['收费', '元'], days: ['时限', '个工作日'], visits: ['到场', '次'] },
  en: { fee: ['fee', 'yuan'], days: ['time limit', 'working days'], visits: ['visits', ''] },
};

/** A total that is one value before and another after, named as the shift groups name it: "收费：60 → 80 元". */
const TOTAL_WORDS: Record<Lang, (aspect: ShiftedTotal, from: number, to: number) => string> = {
  zh: (aspect, from, to) => {
    const [name, unit] = TOTALS.zh[aspect];
    return `${name}：${from} → ${to} ${unit}`;
  },
  en: (aspect, from, to) => {
    const [name, unit] = TOTALS.en[aspect];
    return `${name}: ${from} → ${to}${unit === '' ? '' : ` ${unit}`}`;
  },
};

/** A total moved by the same amount on paths where it was different: "收费增加 20 元（原 75 至 135 元）". */
const SHIFT_WORDS: Record<
  Lang,
  (aspect: ShiftedTotal, by: number, from: { min: number; max: number }) => string
> = {
  zh: (aspect, by, from) => {
    const [name, unit] = TOTALS.zh[aspect];
    return `${name}${by > 0 ? '增加' : '减少'} ${Math.abs(by)} ${unit}（原 ${from.min} 至 ${from.max} ${unit}）`;
  },
  en: (aspect, by, from) => {
    const [name, unit] = TOTALS.en[aspect];
    const u = unit === '' ? '' : ` ${unit}`;
    return `${name} ${by > 0 ? 'up' : 'down'} by ${Math.abs(by)}${u} (was ${from.min} to ${from.max}${u})`;
  },
};

/** How a notice's aspects are named in a report line. */
const NOTICE_ASPECT_NAMES = {
  zh: { text: '文字', en: '英文文字', basis: '依据' },
  en: { text: 'text', en: 'English text', basis: 'legal basis' },
} as const;

/** A notice whose kind, wording or basis changed, named by the start of its old text, each aspect old → new. */
function noticeChangeText(change: Extract<ServiceChange, { kind: 'notice-changed' }>, lang: Lang): string {
  const zh = lang === 'zh';
  const { from, to } = change;
  const parts = change.aspects.map((aspect) => {
    if (aspect === 'kind')
      return `${zh ? '类型：' : 'kind: '}${NOTICE_LABELS[from.kind][lang]} → ${NOTICE_LABELS[to.kind][lang]}`;
    const none = zh ? '无' : 'none';
    const quoted = (s: string | undefined) => (s === undefined ? none : `“${s}”`);
    const name = NOTICE_ASPECT_NAMES[lang][aspect];
    return `${name}${zh ? '有变化：' : ' changed: '}${quoted(from[aspect])} → ${quoted(to[aspect])}`;
  });
  return zh
    ? `~ 提示“${excerpt(from.text)}”：${parts.join('；')}`
    : `~ notice “${excerpt(from.text)}”: ${parts.join('; ')}`;
}

/** The start of a notice's text, to its first full stop and at most 40 characters, for one line of a report. */
function excerpt(text: string): string {
  const stop = text.search(/[。；;]/);
  const first = stop < 0 ? text : text.slice(0, stop);
  return first.length <= 40 ? first : `${first.slice(0, 40)}……`;
}

const QUESTION_WORDS = {
  zh: {
    added: (title: string) => `新问题：“${title}”`,
    removed: (title: string) => `删除的问题：“${title}”`,
    bounds: (title: string, from: string, to: string) =>
      `“${title}”的分界：${from} → ${to}（两版按双方的全部分界比较）`,
    none: '无',
    and: '、',
  },
  en: {
    added: (title: string) => `New question: “${title}”`,
    removed: (title: string) => `Question dropped: “${title}”`,
    bounds: (title: string, from: string, to: string) =>
      `Thresholds of “${title}”: ${from} → ${to} (both versions compared at the thresholds of either)`,
    none: 'none',
    and: ', ',
  },
} as const;

/** Lines for the questions one version adds or drops and the thresholds that moved. */
function questionLines(diff: PolicyDiff, lang: Lang): string[] {
  const w = QUESTION_WORDS[lang];
  const values = (list: readonly (number | string)[], unit: string) =>
    list.length === 0 ? w.none : list.map((v) => `${v}${unit}`).join(w.and);
  return [
    ...diff.questions.added.map((q) => w.added(q.title)),
    ...diff.questions.removed.map((q) => w.removed(q.title)),
    ...diff.boundaries.map((b) =>
      w.bounds(b.title, values(b.from, b.unit ?? ''), values(b.to, b.unit ?? '')),
    ),
  ];
}
