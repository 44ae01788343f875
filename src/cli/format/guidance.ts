import type { CaseSummary } from '../../analyze/runtime.js';
import { cellText, ruleText } from '../../analyze/situation-text.js';
import type { Situation, SituationList } from '../../analyze/situations.js';
import { countOf, type Lang } from '../../messages/index.js';
import type { CompiledTheme } from '../../model/theme.js';
import { guidanceNoticeText } from '../../render/guidance.js';
import { caseLabelOf } from '../../session/case.js';
import { formatNumber } from '../../util/number.js';
import type { CaseWriter } from './cases.js';
import { questionHead } from './columns.js';
import { escapeControls } from './escape.js';
import { BOM, incompleteSuffix, incompleteText, totalLine } from './situations.js';
import { type Style, t } from './style.js';
import { csvRecord, textTable } from './table.js';

// The situations and paths of a guidance theme (`isGuidance`: no items). Its outcomes are its notices, the
// answer: a status (可以办理 / 无需办理) and columns of items, materials, days, fee and visits, all empty, would
// only make an officer wonder what is to be done. The JSON outputs are the same for every theme.

/** A notice as a guidance outcome says it: its text, after its kind only for a warning or a refusal. */
export function guidanceNoticeLine(theme: CompiledTheme, id: string, lang: Lang): string {
  const notice = theme.notices.find((n) => n.id === id);
  return notice === undefined ? id : escapeControls(guidanceNoticeText(notice, lang));
}

const noticesOf = (theme: CompiledTheme, x: Situation, lang: Lang) =>
  x.detail.notices.map((n) => guidanceNoticeLine(theme, n.id, lang));
const rulesOf = (theme: CompiledTheme, x: Situation, lang: Lang) =>
  x.rows.map((row) => escapeControls(ruleText(theme, row, lang)));
const resultHead = (lang: Lang) => t(lang, '结果', 'result');
const ruleHead = (lang: Lang) => t(lang, '情形规则（满足任一行）', 'rule (any row)');

/** The situations of a guidance theme as a table for people: number, paths, rule rows, result. */
export function guidanceSituationsTable(
  theme: CompiledTheme,
  list: SituationList,
  lang: Lang,
  s: Style,
  width: number | undefined,
): string {
  const header = ['#', t(lang, '路径', 'paths'), ruleHead(lang), resultHead(lang)];
  const rows = list.situations.map((x) => [
    String(x.index),
    formatNumber(x.count),
    rulesOf(theme, x, lang)
      .map((rule, i) => (x.rows.length > 1 ? `(${i + 1}) ${rule}` : rule))
      .join(' '),
    noticesOf(theme, x, lang).join(' ') || '—',
  ]);
  const [head = '', ...body] = textTable(header, rows, { right: [0, 1], width });
  return `${[s.bold(head), ...body, totalLine(list, lang)].join('\n')}\n`;
}

/** Markdown cell text: one line, pipes escaped. */
const md = (text: string) => escapeControls(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** The situations of a guidance theme as a Markdown table; rule rows and notices split by `<br>`. */
export function guidanceSituationsMarkdown(theme: CompiledTheme, list: SituationList, lang: Lang): string {
  const lines = [
    `| # | ${t(lang, '路径', 'paths')} | ${ruleHead(lang)} | ${resultHead(lang)} |`,
    '| ---: | ---: | --- | --- |',
  ];
  for (const x of list.situations) {
    const rules = rulesOf(theme, x, lang).map(md).join('<br>');
    const notices = noticesOf(theme, x, lang).map(md).join('<br>');
    lines.push(`| ${x.index} | ${formatNumber(x.count)} | ${rules} | ${notices} |`);
  }
  return `${lines.join('\n')}\n\n${totalLine(list, lang)}\n`;
}

/**
 * The situations of a guidance theme as CSV for spreadsheets (UTF-8 with a BOM, RFC 4180, CRLF): one record per
 * rule row, one column per question, then the result and the situation's paths.
 */
export function guidanceSituationsCsv(theme: CompiledTheme, list: SituationList, lang: Lang): string {
  const questions = theme.questions;
  const head = [
    t(lang, '情形', 'situation'),
    t(lang, '行', 'row'),
    t(lang, '路径', 'paths'),
    ...questions.map((q) => questionHead(q, lang)),
    resultHead(lang),
    t(lang, '情形路径', 'situation paths'),
  ];
  let out = BOM + csvRecord(head);
  for (const x of list.situations)
    x.rows.forEach((row, r) => {
      const byQuestion = new Map(row.cells.map((cell) => [cell.question, cell]));
      out += csvRecord([
        x.index,
        r + 1,
        row.count,
        ...questions.map((q) => cellText(byQuestion.get(q.id), lang, q)),
        noticesOf(theme, x, lang).join('\n'),
        x.count,
      ]);
    });
  if (list.truncated) out += csvRecord([incompleteText(list.paths, lang)]);
  return out;
}

/** A case's label in `lang`: the analysis writes it in Chinese, English reads it again from the key. */
const labelIn = (theme: CompiledTheme, c: CaseSummary, lang: Lang) =>
  (lang === 'zh' ? c.label : caseLabelOf(theme, c.key, lang)) || t(lang, '（无需区分情形）', '(single case)');

const pathsLine = (count: number, truncated: boolean, lang: Lang) =>
  t(lang, `共 ${countOf(count, 'path', lang)}`, countOf(count, 'path', lang)) +
  (truncated ? incompleteSuffix(lang) : '');

/** Every path of a guidance theme for people: its number and case, the case key below, then its result. */
export function guidanceTableWriter(lang: Lang, s: Style, theme: CompiledTheme): CaseWriter {
  const indent = ' '.repeat(8);
  return {
    head: () => `${s.bold(`${'#'.padStart(6)}  ${t(lang, '情形 / 情形键', 'case / key')}`)}\n`,
    row: (index, c) => {
      const notices = c.notices.map((id) => `${indent}${guidanceNoticeLine(theme, id, lang)}\n`).join('');
      const key = `${indent}${s.dim(escapeControls(c.key) || '—')}\n`;
      return `${String(index).padStart(6)}  ${escapeControls(labelIn(theme, c, lang))}\n${key}${notices}`;
    },
    tail: (count, truncated) => `${pathsLine(count, truncated, lang)}\n`,
  };
}

/** Every path of a guidance theme as a Markdown table: number, case, case key, result. */
export function guidanceMarkdownWriter(theme: CompiledTheme, lang: Lang): CaseWriter {
  const header = ['#', t(lang, '情形', 'case'), t(lang, '情形键', 'key'), resultHead(lang)];
  return {
    head: () => `| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n`,
    row: (index, c) => {
      const notices = c.notices.map((id) => md(guidanceNoticeLine(theme, id, lang))).join('<br>');
      return `| ${index} | ${md(labelIn(theme, c, lang))} | \`${md(c.key)}\` | ${notices} |\n`;
    },
    tail: (count, truncated) => `\n${pathsLine(count, truncated, lang)}\n`,
  };
}
