import type {
  Diagnostic,
  DiagnosticCode,
  DiagnosticParams,
  DiagnosticParamsOf,
  Severity,
} from '../model/diagnostic.js';
import type { SourceLocation } from '../model/theme.js';
import type { DiagnosticCatalog } from './diagnostics-catalog.js';
import { en } from './diagnostics-en.js';
import { zh } from './diagnostics-zh.js';
import { hintOf } from './hints.js';
import { countOf, type Lang } from './words.js';

export type { DiagnosticCatalog } from './diagnostics-catalog.js';

const CATALOGS: Readonly<Record<Lang, DiagnosticCatalog>> = { zh, en };

/** The message of a diagnostic code with its params, in the given language (Chinese by default). */
export function messageOf<C extends DiagnosticCode>(
  code: C,
  params: DiagnosticParamsOf<C>,
  lang: Lang = 'zh',
): string {
  return CATALOGS[lang][code](params);
}

/**
 * A diagnostic of a code at a location, its message and hint rendered in Chinese from the params: the one
 * place diagnostics are made, by the loader's `Reporter` and by the analysis alike.
 */
export function diagnosticOf<C extends DiagnosticCode>(
  severity: Severity,
  code: C,
  at: SourceLocation,
  params: DiagnosticParamsOf<C>,
): Diagnostic {
  const hint = hintOf(params as DiagnosticParams, 'zh');
  // A code and its own params: TypeScript cannot see that they belong together in the union.
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
  } as Diagnostic;
}

/** A diagnostic's message in the given language, rendered from its code and params. */
export function formatDiagnostic(diagnostic: Diagnostic, lang: Lang): string {
  const render = CATALOGS[lang][diagnostic.code] as (params: Diagnostic['params']) => string;
  return render(diagnostic.params);
}

/** A diagnostic's hint (a suggested fix) in the given language, if it has one. */
export function formatHint(diagnostic: Diagnostic, lang: Lang): string | undefined {
  return hintOf(diagnostic.params as DiagnosticParams, lang);
}

/** The same diagnostic with its message and hint in the given language. */
export function localizeDiagnostic(diagnostic: Diagnostic, lang: Lang): Diagnostic {
  const message = formatDiagnostic(diagnostic, lang);
  const hint = formatHint(diagnostic, lang);
  const { hint: _old, ...rest } = diagnostic;
  return (hint === undefined ? { ...rest, message } : { ...rest, message, hint }) as Diagnostic;
}

/** "1 个错误，0 个警告" / "1 error, 0 warnings": how many errors and warnings a list holds. */
export function diagnosticCounts(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${countOf(errors, 'error', lang)}${lang === 'zh' ? '，' : ', '}${countOf(warnings, 'warning', lang)}`;
}
