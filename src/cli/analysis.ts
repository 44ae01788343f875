import { ANALYSIS_CHECKS, analyzeLibrary, analyzeTheme } from '../analyze/runtime.js';
import type { Lang } from '../messages/index.js';
import type { Catalog } from '../model/catalog.js';
import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { CompiledTheme } from '../model/theme.js';

/** The themes validated together with one catalog, and whether the whole catalog folder was validated. */
export interface CatalogGroup {
  readonly catalog: Catalog;
  readonly themes: readonly CompiledTheme[];
  /**
   * True when the catalog's own files were among the validated paths: then the checks across the library
   * (`unused-catalog-entry`) run, which only make sense when every theme of the catalog is there too.
   */
  readonly whole: boolean;
}

const CATALOG_CODES: readonly DiagnosticCode[] = ANALYSIS_CHECKS.filter((c) => c.scope === 'catalog').map(
  (c) => c.code,
);

/**
 * The analysis checks of `src/analyze` over what `validate` loaded: for a whole catalog folder with its themes,
 * `analyzeLibrary` (per-theme checks, catalog checks once, unused entries); for themes validated on their own,
 * `analyzeTheme` each (the catalog checks then look at the entries each theme carries); for a catalog folder
 * without themes, its catalog checks only.
 */
export function analysisDiagnostics(groups: readonly CatalogGroup[], today: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const group of groups) {
    if (group.whole && group.themes.length > 0)
      found.push(...analyzeLibrary(group.catalog, group.themes, { today }));
    else if (group.whole) found.push(...analyzeLibrary(group.catalog, [], { today, only: CATALOG_CODES }));
    else for (const theme of group.themes) found.push(...analyzeTheme(theme, { today }));
  }
  return found;
}

/** What an analysis code checks, for SARIF rules; undefined for the loader's codes. */
export function describeCode(code: DiagnosticCode, lang: Lang): string | undefined {
  return ANALYSIS_CHECKS.find((c) => c.code === code)?.description[lang];
}
