import { cellText, deliveryText, ruleText } from '../../analyze/situation-text.js';
import type { Situation, SituationList } from '../../analyze/situations.js';
import { countOf, itemDaysText, type Lang } from '../../messages/index.js';
import type { CompiledTheme } from '../../model/theme.js';
import { MATERIAL_STATUS_LABELS, STATUS_LABELS } from '../../render/labels.js';
import { formatNumber } from '../../util/number.js';
import { own } from '../../util/own.js';
import { type Head, headsOf, questionHead } from './columns.js';
import { escapeControls } from './escape.js';
import { NoticeLegend, noticeLine } from './notice-legend.js';
import { type Style, t } from './style.js';
import { csvRecord, textTable } from './table.js';

/** The byte order mark Excel needs to read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

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
export function totalLine(list: SituationList, lang: Lang): string {
  const line = t(
    lang,
    `共 ${countOf(list.situations.length, 'situation', lang)}，覆盖 ${countOf(list.paths, 'path', lang)}`,
    `${countOf(list.situations.length, 'situation', lang)} covering ${countOf(list.paths, 'path', lang)}`,
  );
  return list.truncated ? line + incompleteSuffix(lang) : line;
}

/**
 * A table for people: one row per situation with its figures, the rows of its rule ("(1) … (2) …": any of
 * them) and its notices by number, each notice's text once in a legend after the table; wrapped within `width`
 * (the terminal's, or `--width`) when given.
 */
export function situationsTable(
  theme: CompiledTheme,
  list: SituationList,
  lang: Lang,
  s: Style,
  width: number | undefined,
): string {
  const delivery = asksDelivery(list);
  const legend = new NoticeLegend(theme, lang).number(
    list.situations.map((x) => x.detail.notices.map((n) => n.id)),
  );
  const columns: Head[] = [
    'index',
    'status',
    'paths',
    'items',
    'submit',
    'days',
    'fee',
    'visits',
    ...(delivery ? (['delivery'] as const) : []),
    'rule',
    'notices',
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
    legend.refer(x.detail.notices.map((n) => n.id)) || '—',
  ]);
  const [head = '', ...body] = textTable(headsOf(columns, lang), rows, {
    right: [0, 2, 3, 4, 5, 6, 7],
    width,
  });
  const notes = legend.textLines(width);
  return `${[s.bold(head), ...body, ...(notes.length > 0 ? ['', ...notes, ''] : []), totalLine(list, lang)].join('\n')}\n`;
}

/** Markdown cell text: one line, pipes escaped. */
const md = (text: string) => escapeControls(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/**
 * A Markdown table, one row per situation; rule rows and materials split by `<br>`, notices by number with
 * each notice's text once in a numbered list after the table.
 */
export function situationsMarkdown(theme: CompiledTheme, list: SituationList, lang: Lang): string {
  const delivery = asksDelivery(list);
  const legend = new NoticeLegend(theme, lang).number(
    list.situations.map((x) => x.detail.notices.map((n) => n.id)),
  );
  const columns: Head[] = [
    'index',
    'status',
    'paths',
    'rule',
    'items',
    'submit',
    'days',
    'fee',
    'visits',
    ...(delivery ? (['delivery'] as const) : []),
    'notices',
  ];
  const right = new Set<Head>(['index', 'paths', 'days', 'fee', 'visits']);
  const lines = [
    `| ${headsOf(columns, lang).join(' | ')} |`,
    `| ${columns.map((c) => (right.has(c) ? '---:' : '---')).join(' | ')} |`,
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
      legend.refer(x.detail.notices.map((n) => n.id)) || '—',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const notes = legend.markdownLines();
  return `${[...lines, '', ...(notes.length > 0 ? [...notes, ''] : []), totalLine(list, lang)].join('\n')}\n`;
}

/**
 * CSV for spreadsheets (UTF-8 with a BOM, RFC 4180, CRLF): a decision table with one record per rule row and
 * one column per question, headed by the question as asked ("任意" where the row does not constrain it), then
 * the situation's outcome. Each record carries its notices' full text: a spreadsheet row must read alone,
 * sorted or filtered, without a legend.
 */
export function situationsCsv(theme: CompiledTheme, list: SituationList, lang: Lang): string {
  const questions = theme.questions;
  const delivery = asksDelivery(list);
  const head = [
    ...headsOf(['situation', 'row', 'paths'], lang),
    ...questions.map((q) => questionHead(q, lang)),
    ...headsOf(
      [
        'status',
        'items',
        'submit',
        'materials',
        'days',
        'fee',
        'visits',
        ...(delivery ? (['delivery'] as const) : []),
        'notices',
        'situationPaths',
      ],
      lang,
    ),
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
