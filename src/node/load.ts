import { dirname, resolve } from 'node:path';
import { type Catalog, type CatalogResult, loadCatalog } from '../load/catalog.js';
import { parseSource, type Source } from '../load/parse.js';
import { loadParsedTheme, type ThemeLoadOptions, type ThemeResult } from '../load/theme.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { type ReadResult, readSource, yamlFiles } from './files.js';

/** How files are read (`readSource` unless given, e.g. a `ReadAhead`'s `read`). */
export type ReadFile = (file: string) => Promise<ReadResult>;

/** Reads and loads the catalog made of these files and folders (folders are read recursively). */
export async function loadCatalogFiles(
  paths: readonly string[],
  read: ReadFile = readSource,
): Promise<CatalogResult> {
  const files = (await Promise.all(paths.map((p) => yamlFiles(p)))).flat();
  const sources: Source[] = [];
  const unreadable: Diagnostic[] = [];
  // Read together, kept in order.
  for (const result of await Promise.all([...new Set(files)].map((file) => read(file)))) {
    if (result.ok) sources.push(result.source);
    else unreadable.push(result.diagnostic);
  }
  const result = loadCatalog(sources);
  if (unreadable.length === 0) return result;
  return { ok: false, diagnostics: [...unreadable, ...result.diagnostics] };
}

/** The catalog paths a theme names (`catalog:`), resolved from its folder; `./catalog` by default. */
export function catalogPathsOf(source: Source): string[] {
  return catalogPathsIn(parseSource(source).value, source.file);
}

/** The catalog paths named by a parsed theme file's value. */
function catalogPathsIn(parsedValue: unknown, file: string): string[] {
  const value = parsedValue as { catalog?: unknown } | undefined;
  const named = value && typeof value === 'object' ? value.catalog : undefined;
  const list =
    named === undefined ? ['catalog'] : ([] as unknown[]).concat(named).filter((p) => typeof p === 'string');
  return list.map((p) => resolve(dirname(file), p as string));
}

/** Loads catalogs once per distinct set of paths, for tools that load many themes. */
export class CatalogCache {
  private readonly results = new Map<string, Promise<CatalogResult>>();

  constructor(private readonly read: ReadFile = readSource) {}

  /** The catalog result for these paths, loaded on first request. */
  get(paths: readonly string[]): Promise<CatalogResult> {
    const key = [...paths].sort().join('\n');
    let result = this.results.get(key);
    if (!result) {
      result = loadCatalogFiles(paths, this.read);
      this.results.set(key, result);
    }
    return result;
  }
}

/** What loading a theme file gives: the theme result, and the catalog's own diagnostics kept apart. */
export interface ThemeFileResult {
  readonly file: string;
  readonly result: ThemeResult;
  readonly catalog: CatalogResult | undefined;
}

/** Reads a theme file and the catalog it names, and loads it; never throws on bad files. */
export async function loadThemeFile(
  file: string,
  options: ThemeLoadOptions & {
    readonly cache?: CatalogCache;
    readonly catalog?: Catalog;
    readonly read?: ReadFile;
  } = {},
): Promise<ThemeFileResult> {
  const read = await (options.read ?? readSource)(file);
  if (!read.ok) return { file, result: { ok: false, diagnostics: [read.diagnostic] }, catalog: undefined };
  // Parsed once: for the catalog it names, and for loading (parsing is most of the cost of loading a theme).
  const parsed = parseSource(read.source, options);
  let catalog = options.catalog;
  let catalogResult: CatalogResult | undefined;
  if (!catalog) {
    // A file that does not parse within the options' limits may still name its catalog within the defaults.
    const paths =
      parsed.value === undefined
        ? catalogPathsOf(read.source)
        : catalogPathsIn(parsed.value, read.source.file);
    catalogResult = await (options.cache ?? new CatalogCache()).get(paths);
    if (!catalogResult.ok) {
      return { file, result: { ok: false, diagnostics: catalogResult.diagnostics }, catalog: catalogResult };
    }
    catalog = catalogResult.catalog;
  }
  return { file, result: loadParsedTheme(read.source, parsed, catalog, options), catalog: catalogResult };
}

/** Every theme file in a folder: YAML files outside `catalog/` folders, scenario files excluded. */
export async function themeFilesIn(dir: string): Promise<string[]> {
  const files = await yamlFiles(dir);
  return files.filter((f) => !f.split(/[\\/]/).includes('catalog'));
}
