import type { Catalog } from '../model/catalog.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CompiledTheme, SourceLocation } from '../model/theme.js';
import { defaultOperatorSet, type OperatorSet } from '../rules/registry.js';
import { THEME_CHECKS } from './checks/theme.js';
import { themeContext } from './checks/theme-context.js';
import { compileTheme } from './compile.js';
import type { LeafOrigins } from './condition.js';
import { factTable } from './facts.js';
import { checkMapping } from './mapping.js';
import { type Parsed, type ParseLimits, parseSource, type Source } from './parse.js';
import { Reporter, sortDiagnostics } from './report.js';
import { draftTheme } from './theme-draft.js';
import { elementPositions, locationsAt } from './theme-locations.js';

/** Options of `loadTheme`: input limits and the operators a portal registers. */
export interface ThemeLoadOptions extends ParseLimits {
  readonly operators?: OperatorSet;
  /**
   * The theme is only checked, then dropped (as `tongban validate` does): its content hash, which binds
   * sessions to it, is left empty (`hash: ''`) instead of computed, a fifth of loading a parsed theme.
   */
  readonly checkOnly?: boolean;
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

/**
 * The problems of a parsed theme file that need no catalog: syntax, the top level, the schema (ids, keys,
 * types). What is reported of a theme whose catalog cannot be used, so that its own errors are not hidden.
 */
export function themeShapeDiagnostics(parsed: Parsed): Diagnostic[] {
  // A reporter of its own: the parsed file's diagnostics stay as they were.
  const reporter = new Reporter(parsed.reporter.file, parsed.locate, [...parsed.reporter.diagnostics]);
  checkMapping('theme', { ...parsed, reporter });
  return sortDiagnostics(reporter.diagnostics);
}

/** `loadTheme` of a file already parsed by `parseSource(source, options)`, for callers that read it first. */
export function loadParsedTheme(
  source: Source,
  parsed: Parsed,
  catalog: Catalog,
  options: ThemeLoadOptions = {},
): ThemeResult {
  const reporter = parsed.reporter;
  const mapping = checkMapping('theme', parsed);
  if (!mapping.ok) return { ok: false, diagnostics: mapping.diagnostics };
  const raw = mapping.value;
  const origins: LeafOrigins = new WeakMap();
  const draft = draftTheme(raw, reporter, origins);
  // Positions now, while the syntax tree is at hand; location objects when a diagnostic or the theme needs them.
  const positions = elementPositions(draft, parsed.locate);
  let locations: Readonly<Record<string, SourceLocation>> | undefined;
  const ownLocations = () => {
    locations ??= locationsAt(draft, source.file, positions);
    return locations;
  };
  const facts = factTable(draft.questions, catalog);
  const context = themeContext({
    draft,
    locations: ownLocations,
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
  return {
    ok: true,
    theme: compileTheme(draft, catalog, facts, context.sites, ownLocations(), options.checkOnly !== true),
    diagnostics,
  };
}
