import { relative } from 'node:path';
import { type Lang, localizeDiagnostic } from '../messages/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { escapeControls } from './format/escape.js';

/**
 * One diagnostic per line as `file:line:column  severity  code  message`, the hint indented below; control,
 * bidirectional and invisible characters from the files escaped (`\u001b`, `\u202e`).
 */
export function formatDiagnosticsText(
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  cwd: string,
  color: boolean,
): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return diagnostics
    .map((raw) => {
      const d = localizeDiagnostic(raw, lang);
      // File names and messages carry text from the files: escaped, so that it cannot move the cursor,
      // erase lines or reorder them.
      const where = `${escapeControls(relative(cwd, d.file) || d.file)}:${d.line}:${d.column}`;
      const severity = d.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
      const head = `${where}  ${severity}  ${paint('2', d.code)}  ${escapeControls(d.message)}`;
      return d.hint ? `${head}\n    ${paint('36', escapeControls(d.hint))}` : head;
    })
    .map((line) => `${line}\n`)
    .join('');
}
