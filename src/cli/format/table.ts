import { displayWidth } from './width.js';

export { displayWidth };

/** The text padded with spaces to a display width (left-aligned, or right-aligned for numbers). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const TOKENS =
  /[^\s\u1100-\uffff]+[）」』】》”、，。；：？！]*\s*|\s+|[（「『【《“]*[\u1100-\uffff][）」』】》”、，。；：？！]*/gu;

/**
 * A text broken into lines of at most `width` display columns: between words where there are spaces, between
 * any two characters of Chinese (which has none), and inside a word only when the word alone is too wide.
 * Always at least one line; a width below 1 counts as 1.
 */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const flush = () => {
    lines.push(line.trimEnd());
    line = '';
    used = 0;
  };
  // Tokens: a run of narrow characters with the closing punctuation and spaces after it, or one wide character
  // with the opening brackets before it and the closing punctuation after it (no line starts with "、" or "）").
  for (const token of text.match(TOKENS) ?? []) {
    const w = displayWidth(token.trimEnd());
    if (used > 0 && used + w > max) flush();
    if (w > max) {
      for (const { segment } of GRAPHEMES.segment(token)) {
        const g = displayWidth(segment);
        if (used > 0 && used + g > max) flush();
        if (used === 0 && /^\s$/.test(segment)) continue;
        line += segment;
        used += g;
      }
      continue;
    }
    if (used === 0 && token.trim() === '') continue;
    line += token;
    used += displayWidth(token);
  }
  if (line !== '' || lines.length === 0) flush();
  return lines;
}

/** The narrowest a wrapped column gets: a few characters still read as words. */
const MIN_COLUMN = 8;

/**
 * A plain-text table with columns aligned by display width. Within `width` (the terminal's columns, when
 * known) the widest left-aligned columns are narrowed and their cells wrapped onto more lines, down to a few
 * characters each; without `width`, cells keep to one line.
 */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  options: {
    readonly indent?: string;
    readonly right?: readonly number[];
    readonly width?: number | undefined;
  } = {},
): string[] {
  const oneLine = (cell: string | number) => String(cell).replace(/\s*\r?\n\s*/g, ' ');
  const all = [header.map(oneLine), ...rows.map((r) => r.map(oneLine))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
  const indent = options.indent ?? '';
  const right = options.right ?? [];
  if (options.width !== undefined) {
    // A column of figures is never broken, but its head may wrap down to the figures' width (two characters
    // at least): "需提交材料" over one-digit counts would otherwise take eight columns from the text.
    const figures = header.map((_, i) =>
      Math.max(HEAD_FLOOR, ...all.slice(1).map((r) => displayWidth(r[i] ?? ''))),
    );
    narrowHeads(widths, figures, options.width - displayWidth(indent), right);
    narrowToFit(widths, options.width - displayWidth(indent), right);
  }
  const lines: string[] = [];
  for (const [n, r] of all.entries()) {
    const cells = r.map((cell, i) =>
      right.includes(i) && (n > 0 || displayWidth(cell) <= (widths[i] ?? 0))
        ? [cell]
        : wrap(cell, widths[i] ?? 0),
    );
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const parts = cells.map((c, i) => {
        const text = c[k] ?? '';
        const last = i === cells.length - 1;
        const align = right.includes(i) ? 'right' : 'left';
        return last && align === 'left' ? text : pad(text, widths[i] ?? 0, align);
      });
      lines.push((indent + parts.join('  ')).trimEnd());
    }
  }
  return lines;
}

/** The narrowest a head over figures wraps to: two wide characters. */
const HEAD_FLOOR = 4;

/** Narrows the columns of figures whose heads are wider than their figures, until the row fits in `width`. */
function narrowHeads(
  widths: number[],
  figures: readonly number[],
  width: number,
  right: readonly number[],
): void {
  let total = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  for (const i of right) {
    if (total <= width) return;
    const cut = Math.min(total - width, (widths[i] ?? 0) - (figures[i] ?? 0));
    if (cut <= 0) continue;
    widths[i] = (widths[i] ?? 0) - cut;
    total -= cut;
  }
}

/** Narrows the widest wrappable columns, one column at a time, until the row fits in `width` or none can. */
function narrowToFit(widths: number[], width: number, right: readonly number[]): void {
  const gaps = 2 * (widths.length - 1);
  let total = widths.reduce((sum, w) => sum + w, 0) + gaps;
  while (total > width) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (right.includes(i) || (widths[i] ?? 0) <= MIN_COLUMN) continue;
      if (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0)) widest = i;
    }
    if (widest < 0) return;
    widths[widest] = (widths[widest] ?? 0) - 1;
    total--;
  }
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, ending in CRLF as RFC 4180 asks. */
export function csvRecord(values: readonly (string | number | boolean)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
