import type {
  ItemMaterial,
  ItemSituation,
  ItemSituationList,
  ItemView,
  NoticeRule,
} from '../../analyze/item-situations.js';
import { cellText, ruleText } from '../../analyze/situation-text.js';
import type { RuleRow } from '../../analyze/situations.js';
import { countOf, type Lang } from '../../messages/index.js';
import type { CompiledTheme } from '../../model/theme.js';
import { STATUS_LABELS } from '../../render/labels.js';
import { materialStatusText } from '../../render/merge-sentence.js';
import { formatNumber } from '../../util/number.js';
import { HEADS, headsOf, questionHead } from './columns.js';
import { escapeControls } from './escape.js';
import { noticeLine } from './notice-legend.js';
import { BOM, incompleteSuffix, incompleteText } from './situations.js';
import { type Style, t } from './style.js';
import { csvRecord, displayWidth, wrap } from './table.js';

/**
 * `tongban cases --by-item`: a theme's situations item by item (`enumerateItemSituations`), one list per item,
 * then the materials several items share, the situations without items, and when each notice shows.
 */

/** One part of the list as the outputs show it: a title and its situations (items and shared materials). */
interface Part {
  readonly title: string;
  readonly situations: readonly ItemSituation[];
  /** Paths where it does not apply; absent for the shared materials. */
  readonly absent?: number;
}

function partsOf(list: ItemSituationList, lang: Lang): Part[] {
  return [
    ...list.items.map((item) => ({ title: item.name, situations: item.situations, absent: item.absent })),
    ...list.shared.map((material) => ({
      title: t(
        lang,
        `${material.name}（共用材料，用于${(material.usedBy ?? []).join('、')}）`,
        `${material.name} (shared by ${(material.usedBy ?? []).join(', ')})`,
      ),
      situations: material.situations,
    })),
  ];
}

/** An item's limit, fee, venue and delivery in a few words; nothing for the shared materials' views. */
export function viewFigures(view: ItemView, lang: Lang): string[] {
  if (view.venue === undefined && view.days === undefined && view.fee === undefined) return [];
  const days =
    view.issuedWith !== undefined
      ? t(lang, `随${view.issuedWith}一并签发`, `issued with ${view.issuedWith}`)
      : view.days === undefined
        ? t(lang, '未规定时限', 'no time limit')
        : view.days === 0
          ? t(lang, '当场办结', 'done on the spot')
          : t(
              lang,
              `承诺 ${countOf(view.days, 'working-day', lang)}`,
              `promised ${countOf(view.days, 'working-day', lang)}`,
            );
  const statutory =
    view.statutoryDays === undefined
      ? ''
      : t(
          lang,
          `（法定 ${countOf(view.statutoryDays, 'working-day', lang)}）`,
          ` (statutory ${countOf(view.statutoryDays, 'working-day', lang)})`,
        );
  const fee =
    view.fee === undefined || view.fee.amount === 0
      ? t(lang, '不收费', 'no fee')
      : t(lang, `收费 ${formatNumber(view.fee.amount)} 元`, `fee ${formatNumber(view.fee.amount)} yuan`) +
        (view.fee.note === undefined ? '' : t(lang, `（${view.fee.note}）`, ` (${view.fee.note})`));
  return [
    days + statutory,
    fee,
    view.venue === undefined
      ? t(lang, '不需到场', 'no visit')
      : t(lang, `到场：${view.venue}`, `visit: ${view.venue}`),
    ...(view.delivery.length === 0
      ? []
      : [t(lang, `送达：${view.delivery.join('、')}`, `delivery: ${view.delivery.join(', ')}`)]),
  ].map(escapeControls);
}

/** The materials of an item's view as a situation lists them. */
export function viewMaterials(view: ItemView, lang: Lang): string[] {
  return view.materials.map((m) => itemMaterialText(m, lang));
}

/** What an item situation whose own material list is empty says: its shared materials are listed apart. */
const noMaterials = (list: ItemSituationList, lang: Lang) =>
  list.shared.length === 0 ? '—' : t(lang, '—（共用材料另列）', '— (shared materials listed apart)');

/** A material as a situation lists it: name, form and copies, and how it is dealt with. */
export function itemMaterialText(m: ItemMaterial, lang: Lang): string {
  const copies = m.copies > 1 ? ` ×${m.copies}` : '';
  const status = materialStatusText(m, lang, (id) => m.producedBy?.name ?? id);
  return escapeControls(`${m.name}（${m.form}${copies}；${status}）`);
}

const rulesText = (theme: CompiledTheme, rows: readonly RuleRow[], lang: Lang): string[] =>
  rows.map((row, i) => {
    const text = escapeControls(ruleText(theme, row, lang));
    return rows.length > 1 ? `(${i + 1}) ${text}` : text;
  });

/** The closing line: situations by kind, and the paths they cover. */
function totalLine(list: ItemSituationList, lang: Lang): string {
  const sum = (lists: ItemSituationList['items']) => lists.reduce((n, x) => n + x.situations.length, 0);
  const [items, shared] = [sum(list.items), sum(list.shared)];
  const n = (count: number) => countOf(count, 'situation', lang);
  const line = t(
    lang,
    `共 ${n(list.total)}（事项情形 ${items} 种，共用材料情形 ${shared} 种，不予办理或无需办理 ${list.others.length} 种），覆盖 ${countOf(list.paths, 'path', lang)}`,
    `${n(list.total)} (${items} of items, ${shared} of shared materials, ${list.others.length} without items) covering ${countOf(list.paths, 'path', lang)}`,
  );
  // A capped walk says so in the output itself, not only on stderr: a saved list must not look complete.
  return list.truncated ? line + incompleteSuffix(lang) : line;
}

/** When each notice shows, as lines: the notice, its path count, then its rule rows. */
function noticeLines(theme: CompiledTheme, list: ItemSituationList, lang: Lang): string[] {
  return list.notices.flatMap((rule) => [
    `  ${noticeLine(theme, rule.id, lang)}（${countOf(rule.count, 'path', lang)}）`,
    ...rulesText(theme, rule.rows, lang).map((row) => `     ${t(lang, '显示：', 'shown: ')}${row}`),
  ]);
}

const otherText = (theme: CompiledTheme, x: ItemSituationList['others'][number], lang: Lang) =>
  x.detail.notices.map((n) => noticeLine(theme, n.id, lang)).join(' ');

/**
 * For people: each part as a numbered list of situations with figures, materials and rule rows; lines wider
 * than `width` (the terminal's, or `--width`) wrapped under their own indent.
 */
export function itemSituationsText(
  theme: CompiledTheme,
  list: ItemSituationList,
  lang: Lang,
  s: Style,
  width?: number,
): string {
  const lines: string[] = [];
  for (const part of partsOf(list, lang)) {
    const absent =
      part.absent === undefined || part.absent === 0
        ? ''
        : t(
            lang,
            `；不适用 ${countOf(part.absent, 'path', lang)}`,
            `; not applicable on ${countOf(part.absent, 'path', lang)}`,
          );
    lines.push(
      s.bold(
        `${escapeControls(part.title)}（${countOf(part.situations.length, 'situation', lang)}${absent}）`,
      ),
    );
    for (const x of part.situations) {
      const figures = viewFigures(x.view, lang);
      lines.push(
        `  ${x.index}. ${[...figures, countOf(x.count, 'path', lang)].join(t(lang, '；', '; '))}`,
        `     ${t(lang, '材料：', 'materials: ')}${viewMaterials(x.view, lang).join(t(lang, '；', '; ')) || noMaterials(list, lang)}`,
        ...rulesText(theme, x.rows, lang).map((rule) => `     ${t(lang, '规则：', 'rule: ')}${rule}`),
      );
    }
    lines.push('');
  }
  if (list.others.length > 0) {
    lines.push(s.bold(t(lang, '没有事项的情形', 'Situations without items')));
    list.others.forEach((x, i) => {
      lines.push(
        `  ${i + 1}. ${STATUS_LABELS[x.detail.status][lang]}${t(lang, '；', '; ')}${countOf(x.count, 'path', lang)}${t(lang, '：', ': ')}${otherText(theme, x, lang)}`,
        ...rulesText(theme, x.rows, lang).map((rule) => `     ${t(lang, '规则：', 'rule: ')}${rule}`),
      );
    });
    lines.push('');
  }
  if (list.notices.length > 0)
    lines.push(
      s.bold(t(lang, '提示何时显示', 'When each notice shows')),
      ...noticeLines(theme, list, lang),
      '',
    );
  lines.push(totalLine(list, lang));
  return `${lines.flatMap((line) => wrapIndented(line, width)).join('\n')}\n`;
}

/**
 * A line of the list within `width`: its continuation lines start two columns in from the line's own indent.
 * A line with colour codes is a short title and stays whole.
 */
function wrapIndented(line: string, width: number | undefined): string[] {
  if (width === undefined || line.includes('\u001b') || displayWidth(line) <= width) return [line];
  const indent = /^ */.exec(line)?.[0] ?? '';
  const [first = '', ...rest] = wrap(line.slice(indent.length), width - indent.length - 2);
  return [`${indent}${first}`, ...rest.map((text) => `${indent}  ${text}`)];
}

/** Markdown cell text: one line, pipes escaped. */
const md = (text: string) => escapeControls(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** Markdown: a table per part, then the situations without items and when each notice shows. */
export function itemSituationsMarkdown(
  theme: CompiledTheme,
  list: ItemSituationList,
  lang: Lang,
  level = 3,
): string {
  const h = '#'.repeat(level);
  const lines: string[] = [];
  const header =
    lang === 'zh'
      ? ['#', '路径', '情形规则（满足任一行）', '时限、费用、到场、送达', '材料']
      : ['#', 'paths', 'rule (any row)', 'days, fee, visit, delivery', 'materials'];
  for (const part of partsOf(list, lang)) {
    lines.push(
      `${h} ${md(part.title)}`,
      '',
      `| ${header.join(' | ')} |`,
      '| ---: | ---: | --- | --- | --- |',
    );
    for (const x of part.situations)
      lines.push(
        `| ${[
          String(x.index),
          formatNumber(x.count),
          rulesText(theme, x.rows, lang).map(md).join('<br>'),
          viewFigures(x.view, lang).map(md).join('<br>') || '—',
          viewMaterials(x.view, lang).map(md).join('<br>') || noMaterials(list, lang),
        ].join(' | ')} |`,
      );
    lines.push('');
  }
  if (list.others.length > 0) {
    lines.push(`${h} ${t(lang, '没有事项的情形', 'Situations without items')}`, '');
    lines.push(
      lang === 'zh'
        ? '| # | 状态 | 路径 | 情形规则（满足任一行） | 提示 |'
        : '| # | status | paths | rule (any row) | notices |',
      '| ---: | --- | ---: | --- | --- |',
    );
    list.others.forEach((x, i) => {
      lines.push(
        `| ${i + 1} | ${STATUS_LABELS[x.detail.status][lang]} | ${formatNumber(x.count)} | ${rulesText(theme, x.rows, lang).map(md).join('<br>')} | ${md(otherText(theme, x, lang))} |`,
      );
    });
    lines.push('');
  }
  lines.push(`${h} ${t(lang, '提示何时显示', 'When each notice shows')}`, '');
  lines.push(
    lang === 'zh' ? '| 提示 | 路径 | 显示规则（满足任一行） |' : '| notice | paths | shown when (any row) |',
    '| --- | ---: | --- |',
  );
  for (const rule of list.notices)
    lines.push(
      `| ${md(noticeLine(theme, rule.id, lang))} | ${formatNumber(rule.count)} | ${rulesText(theme, rule.rows, lang).map(md).join('<br>')} |`,
    );
  lines.push('', totalLine(list, lang));
  return `${lines.join('\n')}\n`;
}

/**
 * CSV for spreadsheets (UTF-8 with a BOM, RFC 4180, CRLF): one record per rule row, one column per question
 * headed by the question as asked ("任意" where the row does not constrain it), then the part, the situation's
 * figures and materials.
 */
export function itemSituationsCsv(theme: CompiledTheme, list: ItemSituationList, lang: Lang): string {
  const questions = theme.questions;
  const head = [
    t(lang, '部分', 'part'),
    ...headsOf(['situation', 'row', 'paths'], lang),
    ...questions.map((q) => questionHead(q, lang)),
    t(lang, '时限、费用、到场、送达', 'days, fee, visit, delivery'),
    t(lang, '材料', 'materials'),
    HEADS.situationPaths[lang],
  ];
  let out = BOM + csvRecord(head);
  const record = (
    part: string,
    index: number,
    rows: readonly RuleRow[],
    figures: string,
    materials: string,
    count: number,
  ): void => {
    rows.forEach((row, r) => {
      const byQuestion = new Map(row.cells.map((cell) => [cell.question, cell]));
      out += csvRecord([
        part,
        index,
        r + 1,
        row.count,
        ...questions.map((q) => cellText(byQuestion.get(q.id), lang, q)),
        figures,
        materials,
        count,
      ]);
    });
  };
  for (const part of partsOf(list, lang))
    for (const x of part.situations)
      record(
        part.title,
        x.index,
        x.rows,
        viewFigures(x.view, lang).join('；'),
        viewMaterials(x.view, lang).join('\n'),
        x.count,
      );
  list.others.forEach((x, i) => {
    record(STATUS_LABELS[x.detail.status][lang], i + 1, x.rows, '', otherText(theme, x, lang), x.count);
  });
  list.notices.forEach((rule, i) => {
    record(t(lang, '提示', 'notice'), i + 1, rule.rows, '', noticeLine(theme, rule.id, lang), rule.count);
  });
  // A capped walk says so in a last record, in the first column where a spreadsheet shows it: a saved list
  // must not look complete.
  if (list.truncated) out += csvRecord([incompleteText(list.paths, lang)]);
  return out;
}

/** JSON: the counts, each item's situations with views, rows and first path, the others and notice rules. */
export function itemSituationsJson(theme: CompiledTheme, list: ItemSituationList): string {
  const notice = (rule: NoticeRule) => ({
    ...rule,
    text: theme.notices.find((n) => n.id === rule.id)?.text ?? '',
  });
  return `${JSON.stringify(
    {
      theme: theme.id,
      paths: list.paths,
      truncated: list.truncated,
      ...(list.truncated ? { incomplete: incompleteText(list.paths, 'zh') } : {}),
      total: list.total,
      items: list.items,
      shared: list.shared,
      others: list.others.map((x) => ({
        paths: x.count,
        status: x.detail.status,
        notices: x.detail.notices,
        rows: x.rows,
        first: x.first,
      })),
      notices: list.notices.map(notice),
    },
    null,
    2,
  )}\n`;
}
