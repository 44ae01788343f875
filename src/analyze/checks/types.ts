import type { Catalog } from '../../load/catalog.js';
import type { DiagnosticCode, DiagnosticParams, Severity } from '../../model/diagnostic.js';
import type { CompiledTheme, SourceLocation, ThemeCatalog } from '../../model/theme.js';
import type { OperatorSet } from '../../rules/registry.js';
import type { EnumerationResults } from '../explore.js';

/** Options of the analysis: how far to enumerate, on which day, with which operators, which checks. */
export interface AnalyzeOptions {
  /** Stop enumerating a theme after this many cases (default 100,000; `case-limit` warns). */
  readonly maxCases?: number;
  /** `YYYY-MM-DD`: resolves `today±N` date bounds while enumerating. */
  readonly today?: string;
  readonly operators?: OperatorSet;
  /** Run only these checks (default: all). */
  readonly only?: readonly DiagnosticCode[];
}

/** Reports a finding at an element (`question:purpose`, `option:purpose/tour-group`, `material:id-card`). */
export type Report = (element: string, params: DiagnosticParams) => void;

/** What a check of one theme reads. */
export interface ThemeCheckContext {
  readonly theme: CompiledTheme;
  readonly options: AnalyzeOptions;
  /** Every case of the theme, enumerated on first use and shared by the checks. */
  enumeration(): EnumerationResults;
}

/** What a check of catalog entries reads: a theme's own entries, or a whole catalog. */
export interface CatalogCheckContext {
  readonly entries: ThemeCatalog;
  readonly locations: Readonly<Record<string, SourceLocation>>;
}

/** What a check across a library reads: the catalog and every theme that uses it. */
export interface LibraryCheckContext {
  readonly catalog: Catalog;
  readonly themes: readonly CompiledTheme[];
}

interface CheckBase {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly description: { readonly zh: string; readonly en: string };
}

/** A check of one theme (`analyzeTheme`, and each theme of `analyzeLibrary`). */
export interface ThemeCheck extends CheckBase {
  readonly scope: 'theme';
  run(context: ThemeCheckContext, report: Report): void;
}

/** A check of catalog entries: a theme's in `analyzeTheme`, the whole catalog's once in `analyzeLibrary`. */
export interface CatalogCheck extends CheckBase {
  readonly scope: 'catalog';
  run(context: CatalogCheckContext, report: Report): void;
}

/** A check across a library (`analyzeLibrary` only). */
export interface LibraryCheck extends CheckBase {
  readonly scope: 'library';
  run(context: LibraryCheckContext, report: Report): void;
}

/** An analysis check; one per file in this folder, listed in `index.ts`. */
export type AnalysisCheck = ThemeCheck | CatalogCheck | LibraryCheck;
