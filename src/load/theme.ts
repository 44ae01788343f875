import type { Diagnostic } from '../model/diagnostic.js';
import type { CompiledTheme } from '../model/theme.js';
import { defaultOperatorSet, type OperatorSet } from '../rules/registry.js';
import type { Catalog } from './catalog.js';
import { THEME_CHECKS } from './checks/theme.js';
import { themeContext } from './checks/theme-context.js';
import { compileTheme } from './compile.js';
import type { LeafOrigins } from './condition.js';
import { factTable } from './facts.js';
import { type Parsed, type ParseLimits, parseSource, type Source } from './parse.js';
import { sortDiagnostics } from './report.js';
import { checkSchema } from './schema.js';
import { draftTheme, themeLocations } from './theme-draft.js';

/** Options of `loadTheme`: input limits and the operators a portal registers. */
export interface ThemeLoadOptions extends ParseLimits {
  readonly operators?: OperatorSet;
}

/** A compiled theme with its warnings, or the errors that prevented it: never half a theme. */
export type ThemeResult =
  | { readonly ok: true; readonly theme: CompiledTheme; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Loads one theme file against a loaded catalog: parse with positions, schema, link, compile conditions,
 * check. Never throws on bad input; every problem of the file comes back in one run.
 */
export function loadTheme(source: Source, catalog: Catalog, options: ThemeLoadOptions = {}): ThemeResult {
  return loadParsedTheme(source, parseSource(source, options), catalog, options);
}

/** `loadTheme` of a file already parsed by `parseSource(source, options)`, for callers that read it first. */
export function loadParsedTheme(
  source: Source,
  parsed: Parsed,
  catalog: Catalog,
  options: ThemeLoadOptions = {},
): ThemeResult {
  const reporter = parsed.reporter;
  const value = parsed.value;
  if (value === undefined) return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    reporter.error('not-a-mapping', '', { actual: Array.isArray(value) ? '列表' : '标量或空文件' });
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  const raw = value as Record<string, unknown>;
  if (!checkSchema('theme', raw, reporter))
    return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  const origins: LeafOrigins = new WeakMap();
  const draft = draftTheme(raw, source.file, parsed.locate, reporter, origins);
  const facts = factTable(draft.questions, catalog);
  const context = themeContext({
    draft,
    raw,
    catalog,
    facts,
    operators: options.operators ?? defaultOperatorSet,
    themeFile: source.file,
    themeLocate: parsed.locate,
    origins,
    into: reporter.diagnostics,
  });
  if (!reporter.hasErrors()) {
    for (const check of THEME_CHECKS) check.run(context);
  }
  const diagnostics = sortDiagnostics(reporter.diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  // The compiled theme finds its locations again from the source when first asked (when a diagnostic points
  // into it): building and keeping them for every theme of a library costs time and memory that a library
  // without problems never uses. The source text is kept instead.
  const later = () => {
    const again = parseSource(source, options);
    return themeLocations(again.value as Record<string, unknown>, source.file, again.locate);
  };
  return { ok: true, theme: compileTheme(draft, catalog, facts, context.sites, later), diagnostics };
}
