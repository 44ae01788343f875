import type { CatalogResult } from '../../load/catalog.js';
import { loadProfile } from '../../load/profile.js';
import type { Catalog } from '../../model/catalog.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { ReadAhead, readSource } from '../../node/files.js';
import { CatalogCache, loadThemeFile } from '../../node/load.js';
import { ThemeByThemeAnalysis } from '../analysis.js';
import type { ClassifiedFile } from '../classify.js';
import { DuplicateIds } from '../duplicate-ids.js';
import { scenarioFileDiagnostics } from '../scenarios.js';

/** A step of `validateFiles` on one theme file, for tools and tests that watch the run go theme by theme. */
export type ValidateStep = { readonly step: 'loaded' | 'analysed'; readonly file: string };

/** Options of `validateFiles`. */
export interface ValidateFilesOptions {
  readonly cwd: string;
  /** `YYYY-MM-DD`: the day of the analysis. */
  readonly today: string;
  /** Called before each file is read, with how many were done. */
  readonly progress?: (done: number) => void;
  /** Called as each theme file is loaded and analysed. */
  readonly observe?: (step: ValidateStep) => void;
}

/**
 * Every diagnostic of these files (unsorted, possibly twice: the caller sorts and keeps one of each). The
 * shared catalogs are loaded once; each theme is then loaded, analysed and dropped before the next one is
 * read, so that memory holds the catalogs and one theme however large the library is.
 */
export async function validateFiles(
  files: readonly ClassifiedFile[],
  options: ValidateFilesOptions,
): Promise<Diagnostic[]> {
  const ahead = new ReadAhead(files.filter((entry) => entry.kind === 'theme').map((entry) => entry.file));
  const readFile = (file: string) => ahead.read(file);
  const cache = new CatalogCache();
  const diagnostics: Diagnostic[] = [];
  const themeIds = new DuplicateIds(options.cwd);
  const catalogs = new Set<CatalogResult>();
  const addCatalog = (catalog: CatalogResult | undefined) => {
    if (!catalog || catalogs.has(catalog)) return;
    catalogs.add(catalog);
    diagnostics.push(...catalog.diagnostics);
  };
  // The catalog folders among the paths first: whether a theme is analysed as part of its library (with the
  // checks across the library) must be known when it is loaded, not once every file has been read.
  const whole = new Set<Catalog>();
  for (const entry of files) {
    if (entry.kind !== 'catalog') continue;
    const catalog = await cache.get([entry.catalogRoot as string], entry.root);
    if (catalog.ok) whole.add(catalog.catalog);
  }
  const analysis = new ThemeByThemeAnalysis(whole, options.today);
  let done = 0;
  for (const entry of files) {
    options.progress?.(done);
    done++;
    if (entry.kind === 'catalog') {
      addCatalog(await cache.get([entry.catalogRoot as string], entry.root));
    } else if (entry.kind === 'profile') {
      const read = await readSource(entry.file);
      diagnostics.push(...(read.ok ? loadProfile(read.source).diagnostics : [read.diagnostic]));
    } else if (entry.kind === 'scenario') diagnostics.push(...(await scenarioFileDiagnostics(entry.file)));
    else {
      // Checked and dropped: no session is bound to it, so its content hash is not computed.
      const loaded = await loadThemeFile(entry.file, {
        cache,
        read: readFile,
        root: entry.root,
        checkOnly: true,
      });
      options.observe?.({ step: 'loaded', file: entry.file });
      addCatalog(loaded.catalog);
      // A failed catalog's diagnostics are in the theme's result too: the caller keeps one of each.
      diagnostics.push(...loaded.result.diagnostics);
      diagnostics.push(...themeIds.add(loaded));
      if (loaded.result.ok && loaded.catalog?.ok) {
        diagnostics.push(...analysis.theme(loaded.catalog.catalog, loaded.result.theme));
        options.observe?.({ step: 'analysed', file: entry.file });
      }
    }
  }
  options.progress?.(done);
  diagnostics.push(...analysis.finish());
  return diagnostics;
}
