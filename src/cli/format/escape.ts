/**
 * Characters that a terminal or a CI log acts on instead of showing (C0 and C1 controls: ESC starts cursor
 * moves, line erasures and OSC sequences such as the clipboard's), that reorder a line (bidirectional
 * overrides and isolates), or that cannot be seen (zero-width characters, line separators). Tab is kept.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Text from a file (ids, keys, values, file names) made safe to print: each unsafe character as `\uXXXX`. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** A copy of plain data (an outcome, a case summary) with every string made safe to print. */
export function safeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map((v) => safeStrings(v)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) copy[key] = safeStrings(v);
    return copy as T;
  }
  return value;
}
