import type { CaseSummary } from '../../analyze/runtime.js';
import { countOf, type Lang } from '../../messages/index.js';
import { STATUS_LABELS } from '../../render/labels.js';
import { formatNumber } from '../../util/number.js';
import { escapeControls } from './escape.js';
import { type Style, t } from './style.js';
import { csvRecord, pad } from './table.js';

/** How one format writes a stream of cases: a head, one chunk per case, and a tail. */
export interface CaseWriter {
  head(): string;
  row(index: number, summary: CaseSummary): string;
  tail(count: number): string;
}

// Fixed widths, so that rows can be printed as they come without seeing the others first.
const WIDTHS = [7, 8, 4, 4, 6, 7, 4] as const;

/** A table for people: fixed columns, the case label last, and the case key on the line below. */
export function tableWriter(lang: Lang, s: Style): CaseWriter {
  const header =
    lang === 'zh'
      ? ['#', '状态', '事项', '材料', '时限', '费用', '到场', '情形 / 情形键']
      : ['#', 'status', 'items', 'docs', 'days', 'fee', 'trips', 'case / key'];
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i < WIDTHS.length ? pad(cell, WIDTHS[i] ?? 0, i === 1 ? 'left' : 'right') : cell))
      .join('  ');
  return {
    head: () => `${s.bold(line(header))}\n`,
    row: (index, c) => {
      const status = STATUS_LABELS[c.status][lang];
      const paint = c.status === 'ready' ? s.green : c.status === 'blocked' ? s.red : s.yellow;
      const cells = [
        String(index),
        paint(status),
        String(c.items.length),
        String(c.materials),
        formatNumber(c.days),
        formatNumber(c.fee),
        String(c.visits),
        escapeControls(c.label) || t(lang, '（无需区分情形）', '(single case)'),
      ];
      const indent = ' '.repeat(WIDTHS.reduce((sum, w) => sum + w + 2, 0));
      return `${line(cells)}\n${indent}${s.dim(escapeControls(c.key) || '—')}\n`;
    },
    tail: (count) => t(lang, `共 ${countOf(count, 'case', lang)}\n`, `${countOf(count, 'case', lang)}\n`),
  };
}

/** CSV (RFC 4180, CRLF): one record per case; items as ids joined by spaces. */
export function csvWriter(): CaseWriter {
  return {
    head: () => csvRecord(['index', 'key', 'label', 'status', 'items', 'materials', 'days', 'fee', 'visits']),
    row: (index, c) =>
      csvRecord([index, c.key, c.label, c.status, c.items.join(' '), c.materials, c.days, c.fee, c.visits]),
    tail: () => '',
  };
}

/** A JSON array of case summaries, written element by element. */
export function jsonWriter(): CaseWriter {
  return {
    head: () => '[',
    row: (index, c) => `${index === 1 ? '\n' : ',\n'}  ${JSON.stringify(c)}`,
    tail: (count) => (count === 0 ? ']\n' : '\n]\n'),
  };
}
