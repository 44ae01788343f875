/**
 * The catalogs `tongban dev` holds, one state per catalog (its folders, what loading it gave, its findings),
 * shared by the themes that name it; and how its checks are run again after a save.
 */
import { sep } from 'node:path';
import { ANALYSIS_CHECKS, analyzeLibrary } from '../../analyze/runtime.js';
import type { CatalogResult } from '../../load/catalog.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { CompiledTheme } from '../../model/theme.js';
import { CatalogCache } from '../../node/load.js';

export interface CatalogState {
  readonly key: string;
  readonly paths: readonly string[];
  readonly root: string | undefined;
  result: CatalogResult;
  /** The catalog checks: run when the catalog is reloaded. */
  checks: readonly Diagnostic[];
  /**
   * The library checks (unused entries), when the catalog lives in the themes folder: run when the catalog
   * is reloaded, or a theme that uses it comes, goes, or uses other entries.
   */
  library: readonly Diagnostic[];
}

const CATALOG_CODES = ANALYSIS_CHECKS.filter((c) => c.scope === 'catalog').map((c) => c.code);
const LIBRARY_CODES = ANALYSIS_CHECKS.filter((c) => c.scope === 'library').map((c) => c.code);

/** Whether `file` is `path` or lies under it. */
export function covers(path: string, file: string): boolean {
  return file === path || file.startsWith(path.endsWith(sep) ? path : path + sep);
}

/**
 * Runs a catalog's checks again as `validate` runs them: the catalog checks when it was `reloaded`, and the
 * library checks over `themes`, the themes of the catalog as served — a theme file that fails counts with its
 * last good theme, so that a typo in one theme does not make the entries it uses look unused.
 */
export function checkCatalog(
  catalog: CatalogState,
  themes: readonly CompiledTheme[],
  options: { readonly today: string; readonly themesDir: string; readonly reloaded: boolean },
): void {
  if (!catalog.result.ok) {
    catalog.checks = [];
    catalog.library = [];
    return;
  }
  const today = { today: options.today };
  if (options.reloaded)
    catalog.checks = analyzeLibrary(catalog.result.catalog, [], { ...today, only: CATALOG_CODES });
  // Unused entries only make sense when every theme of the catalog is watched: a catalog inside the folder.
  const inside = catalog.paths.every((p) => covers(options.themesDir, p));
  catalog.library =
    inside && themes.length > 0
      ? analyzeLibrary(catalog.result.catalog, themes, { ...today, only: LIBRARY_CODES })
      : [];
}

/** A catalog cache that asks the workspace, so that themes share its per-file catalog state. */
export class CatalogLookup extends CatalogCache {
  constructor(
    private readonly lookup: (paths: readonly string[], root: string | undefined) => Promise<CatalogResult>,
  ) {
    super();
  }

  override get(paths: readonly string[], root?: string): Promise<CatalogResult> {
    return this.lookup(paths, root);
  }
}
