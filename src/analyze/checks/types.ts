import type { Catalog } from '../../model/catalog.js';
import type { DiagnosticCode, DiagnosticParamsOf, Severity } from '../../model/diagnostic.js';
import type { OutcomeRules } from '../../model/outcome-rules.js';
import type { CompiledTheme, SourceLocation, ThemeCatalog } from '../../model/theme.js';
import type { OperatorSet } from '../../rules/registry.js';
import type { EnumerationResults } from '../explore.js';
import type { OptionOffers } from '../option-offers.js';
import type { ThemePlan } from '../plan.js';

/** Options of the analysis: how far to enumerate, on which day, with which operators and rules, which checks. */
export interface AnalyzeOptions {
  /** Stop enumerating a theme after this many cases (default 100,000; `case-limit` warns). */
  readonly maxCases?: number;
  /** `YYYY-MM-DD`: resolves `today±N` date bounds while enumerating. */
  readonly today?: string;
  readonly operators?: OperatorSet;
  /** Outcome rules that replace the defaults, as `start(theme, { rules })` takes them. */
  readonly rules?: Partial<OutcomeRules>;
  /** Run only these checks (default: all). */
  readonly only?: readonly DiagnosticCode[];
}

/**
 * Reports a finding at an element (`question:purpose`, `option:purpose/tour-group`, `material:id-card`) with
 * the params of the check's code.
 */
export type Report<C extends DiagnosticCode> = (element: string, params: DiagnosticParamsOf<C>) => void;

/** What a check of one theme reads. */
export interface ThemeCheckContext {
  readonly theme: CompiledTheme;
  readonly options: AnalyzeOptions;
  /** Every case of the theme, enumerated on first use and shared by the checks. */
  enumeration(): EnumerationResults;
  /** Which options with conditions each branch offers, walked on first use and shared by the checks. */
  optionOffers(): OptionOffers;
  /** The theme compiled for enumeration (without a profile), on first use, shared by the checks. */
  plan(): ThemePlan;
}

/** What a check of catalog entries reads: a theme's own entries, or a whole catalog. */
export interface CatalogCheckContext {
  readonly entries: ThemeCatalog;
  readonly locations: Readonly<Record<string, SourceLocation>>;
}

/**
 * A check's pass over a library: it sees each theme that uses the catalog once, in turn, and keeps only what
 * it needs of it (a library is analysed theme by theme, without holding every theme), then reports.
 */
export interface LibraryPass<C extends DiagnosticCode> {
  /** Takes note of one theme; the theme itself must not be kept. */
  add(theme: CompiledTheme): void;
  /** Reports what was found across the themes added. */
  finish(report: Report<C>): void;
}

interface CheckBase<C extends DiagnosticCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly description: { readonly zh: string; readonly en: string };
}

/** A check of one theme (`analyzeTheme`, and each theme of `analyzeLibrary`) reporting code `C`. */
export interface ThemeCheckOf<C extends DiagnosticCode> extends CheckBase<C> {
  readonly scope: 'theme';
  run(context: ThemeCheckContext, report: Report<C>): void;
}

/** A check of catalog entries: a theme's in `analyzeTheme`, the whole catalog's once in `analyzeLibrary`. */
export interface CatalogCheckOf<C extends DiagnosticCode> extends CheckBase<C> {
  readonly scope: 'catalog';
  run(context: CatalogCheckContext, report: Report<C>): void;
}

/** A check across a library (`analyzeLibrary` only). */
export interface LibraryCheckOf<C extends DiagnosticCode> extends CheckBase<C> {
  readonly scope: 'library';
  /** Starts a pass over the themes of this catalog. */
  start(catalog: Catalog): LibraryPass<C>;
}

/** A check of one theme, of any code (the code decides the params it reports). */
export type ThemeCheck = { readonly [C in DiagnosticCode]: ThemeCheckOf<C> }[DiagnosticCode];
/** A check of catalog entries, of any code. */
export type CatalogCheck = { readonly [C in DiagnosticCode]: CatalogCheckOf<C> }[DiagnosticCode];
/** A check across a library, of any code. */
export type LibraryCheck = { readonly [C in DiagnosticCode]: LibraryCheckOf<C> }[DiagnosticCode];

/** An analysis check; one per file in this folder, listed in `index.ts`. */
export type AnalysisCheck = ThemeCheck | CatalogCheck | LibraryCheck;
