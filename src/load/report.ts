import { diagnosticOf } from '../messages/diagnostics.js';
import type { Diagnostic, DiagnosticCode, DiagnosticParamsOf, Severity } from '../model/diagnostic.js';

import type { Position } from '../model/source.js';

export type { Position } from '../model/source.js';

/** Options of one report: point at the key rather than the value. Hints come from `params.hint`. */
export interface ReportOptions {
  readonly key?: boolean;
}

/**
 * Collects the diagnostics of one file. Stages report here instead of throwing, so that every problem of a
 * file comes out of one run.
 */
export class Reporter {
  constructor(
    readonly file: string,
    private readonly locate: (pointer: string, key?: boolean) => Position,
    /** Shared with other files' reporters when one run reads several files. */
    readonly diagnostics: Diagnostic[] = [],
  ) {}

  /** Records an error at a JSON Pointer of this file. */
  error<C extends DiagnosticCode>(
    code: C,
    pointer: string,
    params: DiagnosticParamsOf<C>,
    options: ReportOptions = {},
  ): void {
    this.add('error', code, pointer, params, options);
  }

  /** Records a warning at a JSON Pointer of this file. */
  warn<C extends DiagnosticCode>(
    code: C,
    pointer: string,
    params: DiagnosticParamsOf<C>,
    options: ReportOptions = {},
  ): void {
    this.add('warning', code, pointer, params, options);
  }

  /** Records an error at a known position (syntax errors have no pointer). */
  errorAt<C extends DiagnosticCode>(
    code: C,
    pointer: string,
    at: Position,
    params: DiagnosticParamsOf<C>,
  ): void {
    this.push('error', code, pointer, at, params);
  }

  /** Records a warning at a known position. */
  warnAt<C extends DiagnosticCode>(
    code: C,
    pointer: string,
    at: Position,
    params: DiagnosticParamsOf<C>,
  ): void {
    this.push('warning', code, pointer, at, params);
  }

  /** Whether an error (not a warning) was recorded. */
  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error' && d.file === this.file);
  }

  private add<C extends DiagnosticCode>(
    severity: Severity,
    code: C,
    pointer: string,
    params: DiagnosticParamsOf<C>,
    options: ReportOptions,
  ): void {
    this.push(severity, code, pointer, this.locate(pointer, options.key), params);
  }

  private push<C extends DiagnosticCode>(
    severity: Severity,
    code: C,
    pointer: string,
    at: Position,
    params: DiagnosticParamsOf<C>,
  ): void {
    this.diagnostics.push(diagnosticOf(severity, code, { file: this.file, ...at, pointer }, params));
  }
}

/** Diagnostics in reading order: by file, line, column, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
