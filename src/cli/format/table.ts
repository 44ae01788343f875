/** Terminal columns a character takes: 2 for East Asian wide and fullwidth characters, 0 for combining marks. */
function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code >= 0x300 && code <= 0x36f) return 0;
  if (code === 0x200b || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** How many terminal columns a text takes (ANSI colour codes take none). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += charWidth(char.codePointAt(0) ?? 0);
  return width;
}

/** The text padded with spaces to a display width (left-aligned, or right-aligned for numbers). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** A plain-text table with columns aligned by display width; cells keep to one line. */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  options: { readonly indent?: string; readonly right?: readonly number[] } = {},
): string[] {
  const oneLine = (cell: string | number) => String(cell).replace(/\s*\r?\n\s*/g, ' ');
  const all = [header.map(oneLine), ...rows.map((r) => r.map(oneLine))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
  const indent = options.indent ?? '';
  return all.map(
    (r) =>
      indent +
      r
        .map((cell, i) => {
          const last = i === r.length - 1;
          const align = options.right?.includes(i) ? 'right' : 'left';
          return last && align === 'left' ? cell : pad(cell, widths[i] ?? 0, align);
        })
        .join('  '),
  );
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
