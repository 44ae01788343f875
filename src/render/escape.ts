/** A Markdown table cell: pipes escaped, line breaks as `<br>`, never empty (an em dash stands in). */
export function cell(text: string | number): string {
  const value = String(text)
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
  return value === '' ? '—' : value;
}

/** A table row of cells. */
export function row(cells: readonly (string | number)[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** A Markdown table: a header row, a separator, and the rows. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [row(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(row)];
}

/**
 * A Mermaid node id that is safe whatever the theme's id is: a prefix, then the id with `-` as `_` and
 * any other character outside [A-Za-z0-9] as `_hex_`, so distinct ids stay distinct and no id is a keyword.
 */
export function mermaidId(prefix: string, id: string): string {
  let safe = '';
  for (const char of id) {
    if (/[A-Za-z0-9]/.test(char)) safe += char;
    else if (char === '-') safe += '_';
    else safe += `_${(char.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return `${prefix}_${safe}`;
}

/**
 * Text for a quoted Mermaid label: `#`, `"`, `<`, `>` as Mermaid entity codes (so user text can neither
 * end the quote nor inject HTML), line breaks as spaces. Join parts with `<br/>` after escaping them.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** A quoted Mermaid label made of lines, each escaped; empty lines are left out. */
export function mermaidLabel(...lines: readonly string[]): string {
  return `"${lines
    .filter((line) => line !== '')
    .map(mermaidText)
    .join('<br/>')}"`;
}
