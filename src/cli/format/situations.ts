import { cellText, deliveryText, questionTitle, ruleText } from '../../analyze/situation-text.js';
import type { Situation, SituationList } from '../../analyze/situations.js';
import { countOf, itemDaysText, type Lang } from '../../messages/index.js';
import type { CompiledTheme } from '../../model/theme.js';
import { MATERIAL_STATUS_LABELS, NOTICE_LABELS, STATUS_LABELS } from '../../render/labels.js';
import { formatNumber } from '../../util/number.js';
import { own } from '../../util/own.js';
import { escapeControls } from './escape.js';
import { type Style, t } from './style.js';
import { csvRecord, textTable } from './table.js';

/** The byte order mark Excel needs to read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

/** A notice of a theme as a line: its kind, then its text (English when asked and written). */
export function noticeLine(theme: CompiledTheme, id: string, lang: Lang): string {
  const notice = theme.notices.find((n) => n.id === id);
  if (notice === undefined) return id;
  const text = lang === 'en' && notice.en !== undefined ? notice.en : notice.text;
  return `[${NOTICE_LABELS[notice.kind][lang]}] ${escapeControls(text)}`;
}

const noticesOf = (theme: CompiledTheme, s: Situation, lang: Lang) =>
  s.detail.notices.map((n) => noticeLine(theme, n.id, lang));
const submitted = (s: Situation) => s.detail.materials.filter((m) => m.status === 'submit');
const rulesOf = (theme: CompiledTheme, s: Situation, lang: Lang) =>
  s.rows.map((row) => escapeControls(ruleText(theme, row, lang)));

/** A situation's items with the statutory limit (法定时限) the theme gives, and whether each comes with a certificate. */
function itemsOf(theme: CompiledTheme, x: Situation) {
  const ids = new Set(x.detail.items.map((i) => i.id));
  return x.detail.items.map((item) => {
    const { statutoryDays, issuedWith } = own(theme.catalog.items, item.id) ?? {};
    return {
      ...item,
      ...(statutoryDays === undefined ? {} : { statutoryDays }),
      issued: issuedWith !== undefined && ids.has(issuedWith),
    };
  });
}

/**
 * An item as a situation lists it: its name, and where the theme gives a statutory limit, the promised limit
 * the situation counts with the statutory one for reference: "食品经营许可（承诺 5 个工作日，法定 10 个工作日）".
 */
function itemText(item: ReturnType<typeof itemsOf>[number], lang: Lang): string {
  if (item.statutoryDays === undefined) return item.name;
  const statutory = countOf(item.statutoryDays, 'working-day', lang);
  const promised = item.issued
    ? t(lang, '随证件一并签发', 'issued with the certificate')
    : item.days === undefined || item.days === 0
      ? itemDaysText(item.days, lang)
      : t(
          lang,
          `承诺 ${countOf(item.days, 'working-day', lang)}`,
          `promised ${countOf(item.days, 'working-day', lang)}`,
        );
  return t(
    lang,
    `${item.name}（${promised}，法定 ${statutory}）`,
    `${item.name} (${promised}; statutory ${statutory})`,
  );
}

/** Whether some situation asks the applicant's choice of delivery: only then do the outputs have its column. */
const asksDelivery = (list: SituationList) =>
  list.situations.some((x) => (x.detail.delivery ?? []).length > 0);
const deliveryCell = (x: Situation, lang: Lang) => escapeControls(deliveryText(x.detail, lang)) || '—';

/** What a closing line adds when --max-cases stopped the walk: a saved list must not look complete. */
export const incompleteSuffix = (lang: Lang): string =>
  t(lang, '（已达到路径上限，清单不完整）', ' (the path limit was reached: the list is incomplete)');

/** What a capped list says of itself in a last CSV record and in JSON, with the paths walked. */
export const incompleteText = (paths: number, lang: Lang): string =>
  t(
    lang,
    `清单不完整：已达到路径上限，只走了前 ${countOf(paths, 'path', lang)}`,
    `incomplete list: the path limit was reached after ${countOf(paths, 'path', lang)}`,
  );

/** The closing line: situations and the paths they cover, marked when the walk was capped. */
function totalLine(list: SituationList, lang: Lang): string {
  const line = t(
    lang,
    `共 ${countOf(list.situations.length, 'situation', lang)}，覆盖 ${countOf(list.paths, 'path', lang)}`,
    `${countOf(list.situations.length, 'situation', lang)} covering ${countOf(list.paths, 'path', lang)}`,
  );
  return list.truncated ? line + incompleteSuffix(lang) : line;
}

/**
 * A table for people: one row per situation with its figures, the rows of its rule ("(1) … (2) …": any of
 * them) and its notices; wrapped to the terminal's width when known.
 */
export function situationsTable(
  theme: CompiledTheme,
  list: SituationList,
  lang: Lang,
  s: Style,
  width: number | undefined,
): string {
  const delivery = asksDelivery(list);
  const header = [
    ...(lang === 'zh'
      ? ['#', '状态', '路径', '事项', '材料', '时限', '费用', '到场']
      : ['#', 'status', 'paths', 'items', 'docs', 'days', 'fee', 'trips']),
    ...(delivery ? [lang === 'zh' ? '送达方式' : 'delivery'] : []),
    ...(lang === 'zh' ? ['情形规则（满足任一行）', '提示'] : ['rule (any row)', 'notices']),
  ];
  const rows = list.situations.map((x) => [
    String(x.index),
    STATUS_LABELS[x.detail.status][lang],
    formatNumber(x.count),
    String(x.detail.items.length),
    String(submitted(x).length),
    formatNumber(x.detail.days),
    formatNumber(x.detail.fee),
    String(x.detail.visits),
    ...(delivery ? [deliveryCell(x, lang)] : []),
    rulesOf(theme, x, lang)
      .map((rule, i) => (x.rows.length > 1 ? `(${i + 1}) ${rule}` : rule))
      .join(' '),
    noticesOf(theme, x, lang).join(' ') || '—',
  ]);
  const [head = '', ...body] = textTable(header, rows, { right: [0, 2, 3, 4, 5, 6, 7], width });
  return `${[s.bold(head), ...body, totalLine(list, lang)].join('\n')}\n`;
}

/** Markdown cell text: one line, pipes escaped. */
const md = (text: string) => escapeControls(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** A Markdown table, one row per situation; rule rows, materials and notices split by `<br>`. */
export function situationsMarkdown(theme: CompiledTheme, list: SituationList, lang: Lang): string {
  const header =
    lang === 'zh'
      ? ['#', '状态', '路径', '情形规则（满足任一行）', '事项', '需提交材料', '时限', '费用', '到场', '提示']
      : [
          '#',
          'status',
          'paths',
          'rule (any row)',
          'items',
          'materials to submit',
          'days',
          'fee',
          'trips',
          'notices',
        ];
  const delivery = asksDelivery(list);
  if (delivery) header.splice(9, 0, lang === 'zh' ? '送达方式' : 'delivery');
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 || i === 2 || (i >= 6 && i <= 8) ? '---:' : '---')).join(' | ')} |`,
  ];
  for (const x of list.situations) {
    const cells = [
      String(x.index),
      STATUS_LABELS[x.detail.status][lang],
      formatNumber(x.count),
      rulesOf(theme, x, lang).map(md).join('<br>'),
      itemsOf(theme, x)
        .map((i) => md(itemText(i, lang)))
        .join('、'),
      submitted(x)
        .map((m) => md(m.name))
        .join('、'),
      formatNumber(x.detail.days),
      formatNumber(x.detail.fee),
      String(x.detail.visits),
      ...(delivery ? [md(deliveryCell(x, lang))] : []),
      noticesOf(theme, x, lang).map(md).join('<br>'),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n\n${totalLine(list, lang)}\n`;
}

/**
 * CSV for spreadsheets (UTF-8 with a BOM, RFC 4180, CRLF): a decision table with one record per rule row and
 * one column per question ("任意" where the row does not constrain it), then the situation's outcome.
 */
export function situationsCsv(theme: CompiledTheme, list: SituationList, lang: Lang): string {
  const questions = theme.questions;
  const delivery = asksDelivery(list);
  const head =
    lang === 'zh'
      ? [
          '情形',
          '行',
          '路径',
          ...questions.map((q) => questionTitle(q)),
          '状态',
          '事项',
          '需提交材料',
          '材料状态',
          '时限',
          '费用',
          '到场',
          ...(delivery ? ['送达方式'] : []),
          '提示',
          '情形路径',
        ]
      : [
          'situation',
          'row',
          'paths',
          ...questions.map((q) => questionTitle(q, 'en')),
          'status',
          'items',
          'materials to submit',
          'materials',
          'days',
          'fee',
          'trips',
          ...(delivery ? ['delivery'] : []),
          'notices',
          'situation paths',
        ];
  let out = BOM + csvRecord(head);
  for (const x of list.situations) {
    x.rows.forEach((row, r) => {
      const byQuestion = new Map(row.cells.map((cell) => [cell.question, cell]));
      out += csvRecord([
        x.index,
        r + 1,
        row.count,
        ...questions.map((q) => cellText(byQuestion.get(q.id), lang, q)),
        STATUS_LABELS[x.detail.status][lang],
        itemsOf(theme, x)
          .map((i) => itemText(i, lang))
          .join('、'),
        submitted(x)
          .map((m) => m.name)
          .join('、'),
        x.detail.materials
          .map((m) =>
            t(
              lang,
              `${m.name}（${MATERIAL_STATUS_LABELS[m.status].zh}）`,
              `${m.name} (${MATERIAL_STATUS_LABELS[m.status].en})`,
            ),
          )
          .join(t(lang, '、', '; ')),
        x.detail.days,
        x.detail.fee,
        x.detail.visits,
        ...(delivery ? [deliveryText(x.detail, lang)] : []),
        noticesOf(theme, x, lang).join('\n'),
        x.count,
      ]);
    });
  }
  // In the first column, where a spreadsheet shows it.
  if (list.truncated) out += csvRecord([incompleteText(list.paths, lang)]);
  return out;
}

/** JSON: the path count and each situation with its outcome, notices (ids and texts), rule rows and first path. */
export function situationsJson(theme: CompiledTheme, list: SituationList): string {
  const notices = new Map(theme.notices.map((n) => [n.id, n]));
  return `${JSON.stringify(
    {
      theme: theme.id,
      paths: list.paths,
      truncated: list.truncated,
      ...(list.truncated ? { incomplete: incompleteText(list.paths, 'zh') } : {}),
      situations: list.situations.map((x) => ({
        index: x.index,
        paths: x.count,
        status: x.detail.status,
        items: itemsOf(theme, x).map(({ issued: _, ...item }) => item),
        materials: x.detail.materials,
        days: x.detail.days,
        fee: x.detail.fee,
        visits: x.detail.visits,
        ...(x.detail.delivery === undefined ? {} : { delivery: x.detail.delivery }),
        notices: x.detail.notices.map((n) => ({ ...n, text: notices.get(n.id)?.text ?? '' })),
        rows: x.rows,
        first: x.first,
      })),
    },
    null,
    2,
  )}\n`;
}
