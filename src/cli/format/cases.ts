import type { CaseSummary } from '../../analyze/runtime.js';
import { countOf, type Lang } from '../../messages/index.js';
import type { CompiledTheme } from '../../model/theme.js';
import { STATUS_LABELS } from '../../render/labels.js';
import { caseLabelOf } from '../../session/case.js';
import { formatNumber } from '../../util/number.js';
import { HEADS, type Head, headsOf } from './columns.js';
import { escapeControls } from './escape.js';
import { NoticeLegend, noticeLine } from './notice-legend.js';
import { BOM, incompleteSuffix, incompleteText } from './situations.js';
import { type Style, t } from './style.js';
import { csvRecord, displayWidth, pad, wrap } from './table.js';

/** A case's label in `lang`: the analysis writes it in Chinese, English reads it again from the key. */
function labelIn(theme: CompiledTheme, c: CaseSummary, lang: Lang): string {
  return lang === 'zh' ? c.label : caseLabelOf(theme, c.key, lang);
}

/**
 * How one format writes a stream of cases: a head, one chunk per case, and a tail (which says so when the walk
 * was capped, except in the JSON array, which holds cases only; the `--envelope` object says so).
 */
export interface CaseWriter {
  head(): string;
  row(index: number, summary: CaseSummary): string;
  tail(count: number, truncated: boolean): string;
}

/** The closing line of the table and Markdown: the paths listed, marked when the walk was capped. */
const pathsLine = (count: number, truncated: boolean, lang: Lang) =>
  t(lang, `共 ${countOf(count, 'path', lang)}`, countOf(count, 'path', lang)) +
  (truncated ? incompleteSuffix(lang) : '');

// Fixed widths, so that rows can be printed as they come without seeing the others first (a head wider than its
// column widens it).
const WIDTHS = [7, 8, 4, 4, 6, 7, 4] as const;
const COLUMNS = ['index', 'status', 'items', 'submit', 'days', 'fee', 'visits'] as const satisfies Head[];

/**
 * A table for people: fixed columns, the case label last, the case key on the line below, then the numbers of
 * its notices, each notice's text once in a legend at the end; the label and notices wrapped within
 * `width` (the terminal's, or `--width`) when given.
 */
export function tableWriter(
  lang: Lang,
  s: Style,
  theme: CompiledTheme,
  width: number | undefined = undefined,
): CaseWriter {
  const header = [...headsOf(COLUMNS, lang), t(lang, '情形 / 情形键', 'case / key')];
  const widths = WIDTHS.map((w, i) => Math.max(w, displayWidth(header[i] ?? '')));
  const indent = ' '.repeat(widths.reduce((sum, w) => sum + w + 2, 0));
  // The wrapped column's width; a few characters at least, however narrow the width.
  const rest = width === undefined ? undefined : Math.max(8, width - indent.length);
  const wrapped = (text: string) => (rest === undefined ? [text] : wrap(text, rest));
  const legend = new NoticeLegend(theme, lang);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i < widths.length ? pad(cell, widths[i] ?? 0, i === 1 ? 'left' : 'right') : cell))
      .join('  ');
  return {
    head: () => `${s.bold(line(header))}\n`,
    row: (index, c) => {
      const status = STATUS_LABELS[c.status][lang];
      const paint = c.status === 'ready' ? s.green : c.status === 'blocked' ? s.red : s.yellow;
      const label = wrapped(
        escapeControls(labelIn(theme, c, lang)) || t(lang, '（无需区分情形）', '(single case)'),
      );
      const cells = [
        String(index),
        paint(status),
        String(c.items.length),
        String(c.materials),
        formatNumber(c.days),
        formatNumber(c.fee),
        String(c.visits),
        label[0] ?? '',
      ];
      const notices = legend.refer(c.notices);
      const below = [
        ...label.slice(1),
        // The key stays whole, to be copied into tongban render --case.
        s.dim(escapeControls(c.key) || '—'),
        ...(notices === ''
          ? []
          : wrapped(`${HEADS.notices[lang]}${t(lang, '：', ': ')}${notices}`).map(s.dim)),
      ];
      return `${line(cells)}\n${below.map((text) => `${indent}${text}\n`).join('')}`;
    },
    tail: (count, truncated) => {
      const notes = legend.textLines(width);
      return `${[...(notes.length > 0 ? ['', ...notes, ''] : []), pathsLine(count, truncated, lang)].join('\n')}\n`;
    },
  };
}

/**
 * CSV (UTF-8 with a BOM for spreadsheets, RFC 4180, CRLF): one record per case; items as ids joined by spaces,
 * notices as lines, in full on every record so that each reads alone in a spreadsheet.
 */
export function csvWriter(theme: CompiledTheme, lang: Lang): CaseWriter {
  return {
    head: () =>
      BOM +
      csvRecord([
        'index',
        'key',
        'label',
        'status',
        'items',
        'materials',
        'days',
        'fee',
        'visits',
        'notices',
      ]),
    row: (index, c) =>
      csvRecord([
        index,
        c.key,
        labelIn(theme, c, lang),
        c.status,
        c.items.join(' '),
        c.materials,
        c.days,
        c.fee,
        c.visits,
        c.notices.map((id) => noticeLine(theme, id, lang)).join('\n'),
      ]),
    // A capped walk ends with a record in the first column, where a spreadsheet shows it.
    tail: (count, truncated) => (truncated ? csvRecord([incompleteText(count, lang)]) : ''),
  };
}

/** Markdown: a table with one row per case, its notices by number, each notice's text once after the table. */
export function markdownWriter(theme: CompiledTheme, lang: Lang): CaseWriter {
  const cell = (text: string) => escapeControls(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const header = [
    HEADS.index[lang],
    t(lang, '情形', 'case'),
    t(lang, '情形键', 'key'),
    ...headsOf(['status', 'items', 'submit', 'days', 'fee', 'visits', 'notices'], lang),
  ];
  const legend = new NoticeLegend(theme, lang);
  return {
    head: () => `| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n`,
    row: (index, c) =>
      `| ${[
        String(index),
        cell(labelIn(theme, c, lang)),
        `\`${cell(c.key)}\``,
        STATUS_LABELS[c.status][lang],
        String(c.items.length),
        String(c.materials),
        formatNumber(c.days),
        formatNumber(c.fee),
        String(c.visits),
        legend.refer(c.notices) || '—',
      ].join(' | ')} |\n`,
    tail: (count, truncated) => {
      const notes = legend.markdownLines();
      return `\n${[...(notes.length > 0 ? [...notes, ''] : []), pathsLine(count, truncated, lang)].join('\n')}\n`;
    },
  };
}

/** A JSON array of case summaries, written element by element; notices with their kind and text. */
export function jsonWriter(theme: CompiledTheme): CaseWriter {
  const byId = new Map(theme.notices.map((n) => [n.id, n]));
  return {
    head: () => '[',
    row: (index, c) => {
      const notices = c.notices.map((id) => ({ id, kind: byId.get(id)?.kind, text: byId.get(id)?.text }));
      return `${index === 1 ? '\n' : ',\n'}  ${JSON.stringify({ ...c, notices })}`;
    },
    tail: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}

/**
 * A JSON object that says whether the list is complete (`--envelope`): `{ theme, cases: [...], paths,
 * truncated, incomplete?, maxCases }`, the cases streamed as in `jsonWriter` and the counts after them (they
 * are known only at the end; a JSON reader does not mind the order). `truncated` and `incomplete` are those of
 * the situations' JSON.
 */
export function jsonEnvelopeWriter(theme: CompiledTheme, maxCases: number): CaseWriter {
  const array = jsonWriter(theme);
  const fields = (record: Record<string, unknown>) =>
    Object.entries(record).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return {
    head: () => `{ ${fields({ theme: theme.id }).join('')},\n"cases": [`,
    row: array.row,
    tail: (count, truncated) => {
      const after = fields({
        paths: count,
        truncated,
        ...(truncated ? { incomplete: incompleteText(count, 'zh') } : {}),
        // No limit (--max-cases all) is null: JSON has no infinity.
        maxCases: Number.isFinite(maxCases) ? maxCases : null,
      });
      return `${count === 0 ? ']' : '\n]'},\n${after.join(',\n')} }\n`;
    },
  };
}
