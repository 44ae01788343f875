import { sortDiagnostics } from '../load/report.js';
import { diagnosticOf } from '../messages/diagnostics.js';
import type { Catalog } from '../model/catalog.js';
import type {
  Diagnostic,
  DiagnosticCode,
  DiagnosticParams,
  DiagnosticParamsOf,
} from '../model/diagnostic.js';
import type { CompiledTheme, SourceLocation, ThemeCatalog } from '../model/theme.js';
import { own } from '../util/own.js';
import { ANALYSIS_CHECKS } from './checks/index.js';
import type {
  AnalysisCheck,
  AnalyzeOptions,
  LibraryCheck,
  LibraryPass,
  ThemeCheckContext,
} from './checks/types.js';
import { type EnumerationResults, exploreWith } from './explore.js';
import { type OptionOffers, optionOffers } from './option-offers.js';
import { planTheme, type ThemePlan } from './plan.js';
import { fileStart, locate } from './report.js';

/**
 * Every per-theme check and the catalog checks on the entries the theme carries, as located diagnostics
 * (sorted by file, line, column). Enumerates the theme's cases once (without a profile: every prefillable
 * question is branched on).
 */
export function analyzeTheme(theme: CompiledTheme, options: AnalyzeOptions = {}): Diagnostic[] {
  const found: Diagnostic[] = [];
  runThemeChecks(theme, options, found);
  const entries = theme.catalog;
  for (const check of selected(options, 'catalog')) {
    check.run({ entries, locations: theme.locations }, themeReporter(check, theme, found));
  }
  return sortDiagnostics(found);
}

/**
 * Every per-theme check on each theme, the catalog checks once on the whole catalog, and the checks across
 * the library (`unused-catalog-entry`), as located diagnostics sorted by file, line and column.
 */
export function analyzeLibrary(
  catalog: Catalog,
  themes: readonly CompiledTheme[],
  options: AnalyzeOptions = {},
): Diagnostic[] {
  const analysis = new LibraryAnalysis(catalog, options);
  const found: Diagnostic[] = [];
  for (const theme of themes) found.push(...analysis.add(theme));
  found.push(...analysis.finish());
  return sortDiagnostics(distinct(found));
}

/**
 * `analyzeLibrary` one theme at a time, for tools that load a large library: each theme is checked as it
 * comes and then may be dropped (the checks across the library keep only what they need of it), so that
 * memory holds the catalog and one theme, not every theme.
 */
export class LibraryAnalysis {
  private readonly passes: { readonly check: LibraryCheck; readonly pass: LibraryPass<DiagnosticCode> }[];

  constructor(
    private readonly catalog: Catalog,
    private readonly options: AnalyzeOptions = {},
  ) {
    // The check's `LibraryPass<C>` reports the params of its own code.
    this.passes = selected(options, 'library').map((check) => ({
      check,
      pass: check.start(catalog) as LibraryPass<DiagnosticCode>,
    }));
  }

  /**
   * The per-theme checks of one theme, as located diagnostics (unsorted; a finding in a catalog entry that
   * several themes carry comes once per theme).
   */
  add(theme: CompiledTheme): Diagnostic[] {
    const found: Diagnostic[] = [];
    runThemeChecks(theme, this.options, found);
    for (const { pass } of this.passes) pass.add(theme);
    return found;
  }

  /** The catalog checks on the whole catalog and the checks across the themes added, unsorted. */
  finish(): Diagnostic[] {
    const { catalog, options } = this;
    const found: Diagnostic[] = [];
    const fallback = fileStart(Object.values(catalog.locations)[0]?.file ?? '');
    const entries: ThemeCatalog = {
      departments: catalog.departments,
      venues: catalog.venues,
      licences: catalog.licences,
      materials: catalog.materials,
      items: catalog.items,
      facts: catalog.facts,
      forms: catalog.forms,
      fields: catalog.fields,
    };
    const report = (check: AnalysisCheck) =>
      reporter(
        check,
        () => catalog.locations,
        () => fallback,
        found,
      );
    for (const check of selected(options, 'catalog')) {
      check.run({ entries, locations: catalog.locations }, report(check));
    }
    for (const { check, pass } of this.passes) pass.finish(report(check));
    return found;
  }
}

/**
 * Each diagnostic once: a per-theme check that looks at the catalog entries a theme carries (`basis-url`)
 * finds an entry shared by several themes once per theme, at the same place with the same words.
 */
function distinct(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = [d.code, d.file, d.line, d.column, d.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function runThemeChecks(theme: CompiledTheme, options: AnalyzeOptions, into: Diagnostic[]): void {
  let cases: EnumerationResults | undefined;
  let offers: OptionOffers | undefined;
  let compiled: ThemePlan | undefined;
  const checks = selected(options, 'theme');
  // The no-effect-branch check walks every case: the exploration shares that walk.
  const walk = checks.some((check) => check.code === 'no-effect-branch');
  const context: ThemeCheckContext = {
    theme,
    options,
    plan() {
      compiled ??= planTheme(theme, {
        ...(options.today === undefined ? {} : { today: options.today }),
        ...(options.operators === undefined ? {} : { operators: options.operators }),
        ...(options.rules === undefined ? {} : { rules: options.rules }),
      });
      return compiled;
    },
    enumeration() {
      cases ??= exploreWith(
        theme,
        {
          ...(options.maxCases === undefined ? {} : { maxCases: options.maxCases }),
          ...(options.today === undefined ? {} : { today: options.today }),
          ...(options.operators === undefined ? {} : { operators: options.operators }),
          ...(options.rules === undefined ? {} : { rules: options.rules }),
        },
        context.plan(),
        walk,
      );
      return cases;
    },
    optionOffers() {
      offers ??= optionOffers(theme, options, context.plan());
      return offers;
    },
  };
  for (const check of checks) {
    check.run(context, themeReporter(check, theme, into));
  }
}

function selected<S extends AnalysisCheck['scope']>(
  options: AnalyzeOptions,
  scope: S,
): Extract<AnalysisCheck, { scope: S }>[] {
  return ANALYSIS_CHECKS.filter(
    (check): check is Extract<AnalysisCheck, { scope: S }> =>
      check.scope === scope && (options.only === undefined || options.only.includes(check.code)),
  );
}

/** Reports into `into`; locations are read only when something is reported (a theme computes them then). */
function reporter(
  check: AnalysisCheck,
  locations: () => Readonly<Record<string, SourceLocation>>,
  fallback: () => SourceLocation,
  into: Diagnostic[],
): (element: string, params: DiagnosticParams) => void {
  // The check's `Report<C>` typed the params of its own code.
  return (element, params) =>
    into.push(
      diagnosticOf(
        check.severity,
        check.code,
        locate(locations(), element, fallback()),
        params as DiagnosticParamsOf<DiagnosticCode>,
      ),
    );
}

function themeReporter(
  check: AnalysisCheck,
  theme: CompiledTheme,
  into: Diagnostic[],
): (element: string, params: DiagnosticParams) => void {
  return reporter(
    check,
    () => theme.locations,
    () => own(theme.locations, 'theme') ?? fileStart(''),
    into,
  );
}
