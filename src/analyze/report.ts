import { hintOf, messageOf } from '../messages/index.js';
import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity } from '../model/diagnostic.js';
import type { SourceLocation } from '../model/theme.js';
import { own } from '../util/own.js';

/** Where nothing better is known: the top of a file. */
export function fileStart(file: string): SourceLocation {
  return { file, line: 1, column: 1, pointer: '' };
}

/** A diagnostic built as the loader's `Reporter` builds them: message and hint rendered from the params. */
export function diagnosticAt(
  severity: Severity,
  code: DiagnosticCode,
  at: SourceLocation,
  params: DiagnosticParams,
): Diagnostic {
  const hint = hintOf(params);
  return {
    severity,
    code,
    message: messageOf(code, params),
    file: at.file,
    line: at.line,
    column: at.column,
    pointer: at.pointer,
    params,
    ...(hint === undefined ? {} : { hint }),
  };
}

/** The location of an element, or the fallback when it was not recorded. */
export function locate(
  locations: Readonly<Record<string, SourceLocation>>,
  element: string,
  fallback: SourceLocation,
): SourceLocation {
  return own(locations, element) ?? fallback;
}
