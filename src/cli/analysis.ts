import { ANALYSIS_CHECKS, analyzeLibrary, analyzeTheme, LibraryAnalysis } from '../analyze/runtime.js';
import type { Lang } from '../messages/index.js';
import type { Catalog } from '../model/catalog.js';
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { CompiledTheme } from '../model/theme.js';

const CATALOG_CODES: readonly DiagnosticCode[] = ANALYSIS_CHECKS.filter((c) => c.scope === 'catalog').map(
  (c) => c.code,
);

/**
 * The analysis checks of `src/analyze` over what `validate` loads, theme by theme as each is loaded (nothing
 * keeps a theme once it is checked). A theme whose catalog folder is validated too (a "whole" catalog) is
 * checked as part of that library (`LibraryAnalysis`: per-theme checks now, catalog checks once and unused
 * entries at the end); a theme validated on its own by `analyzeTheme` (the catalog checks then look at the
 * entries it carries); a whole catalog without themes by its catalog checks only.
 */
export class ThemeByThemeAnalysis {
  private readonly libraries = new Map<Catalog, LibraryAnalysis>();

  /** `whole`: the catalogs whose own folder is among the validated paths. */
  constructor(
    private readonly whole: ReadonlySet<Catalog>,
    private readonly today: string,
  ) {}

  /** The analysis diagnostics of one theme loaded with `catalog`. */
  theme(catalog: Catalog, theme: CompiledTheme): Diagnostic[] {
    if (!this.whole.has(catalog)) return analyzeTheme(theme, { today: this.today });
    let library = this.libraries.get(catalog);
    if (library === undefined) {
      library = new LibraryAnalysis(catalog, { today: this.today });
      this.libraries.set(catalog, library);
    }
    return library.add(theme);
  }

  /** What is checked once all themes are in: each whole catalog's checks, and those across its themes. */
  finish(): Diagnostic[] {
    const found: Diagnostic[] = [];
    for (const catalog of this.whole) {
      const library = this.libraries.get(catalog);
      if (library !== undefined) found.push(...library.finish());
      else found.push(...analyzeLibrary(catalog, [], { today: this.today, only: CATALOG_CODES }));
    }
    return found;
  }
}

/** What an analysis code checks, for SARIF rules; undefined for the loader's codes. */
export function describeCode(code: DiagnosticCode, lang: Lang): string | undefined {
  return ANALYSIS_CHECKS.find((c) => c.code === code)?.description[lang];
}
