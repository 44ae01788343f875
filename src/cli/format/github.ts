import { relative, sep } from 'node:path';
import { type Lang, localizeDiagnostic } from '../../messages/index.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { escapeControls } from './escape.js';

/** Escapes a workflow command's message (`%`, CR, LF). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (also `:` and `,`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Diagnostics as GitHub Actions workflow commands, one per line:
 * `::error file=themes/a.yaml,line=3,col=5,title=unknown-key::message`, so that they show as annotations on
 * the pull request. Files are relative to the working directory, with `/` separators.
 */
export function formatGithub(diagnostics: readonly Diagnostic[], lang: Lang, cwd: string): string {
  return diagnostics
    .map((raw) => {
      const d = localizeDiagnostic(raw, lang);
      const file = escapeControls((relative(cwd, d.file) || d.file).split(sep).join('/'));
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `title=${escapeProperty(d.code)}`,
      ].join(',');
      // Text from the files escaped first: a CI log is a terminal too (and a raw newline would end the command).
      const message =
        d.hint === undefined
          ? escapeControls(d.message)
          : `${escapeControls(d.message)}\n${escapeControls(d.hint)}`;
      return `::${d.severity} ${properties}::${escapeData(message)}\n`;
    })
    .join('');
}
