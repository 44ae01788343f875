import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type Catalog, type CatalogResult, loadCatalog } from '../load/catalog.js';
import { type Parsed, parseSource, type Source } from '../load/parse.js';
import type { Position } from '../load/report.js';
import { Reporter, sortDiagnostics } from '../load/report.js';
import {
  loadParsedTheme,
  type ThemeLoadOptions,
  type ThemeResult,
  themeShapeDiagnostics,
} from '../load/theme.js';
import type { Diagnostic, FileReason } from '../model/diagnostic.js';
import {
  fileReason,
  MAX_OPEN_FILES,
  mapLimited,
  projectRoot,
  type ReadResult,
  readSource,
  staysWithin,
  type YamlListing,
  yamlFiles,
} from './files.js';

/** How files are read (`readSource` unless given, e.g. a `ReadAhead`'s `read`). */
export type ReadFile = (file: string) => Promise<ReadResult>;

/**
 * Reads and loads the catalog made of these files and folders (folders are read recursively, a few files at a
 * time; linked folders must stay inside `root` when one is given).
 */
export async function loadCatalogFiles(
  paths: readonly string[],
  read: ReadFile = readSource,
  root?: string,
): Promise<CatalogResult> {
  const listings = [];
  for (const path of paths) listings.push(await yamlFiles(path, root === undefined ? {} : { root }));
  const files = [...new Set(listings.flatMap((l) => l.files))];
  const sources: Source[] = [];
  const unreadable: Diagnostic[] = listings.flatMap((l) => l.problems);
  // Read a few at a time (a catalog folder may hold thousands of files), kept in order.
  for (const result of await mapLimited(files, MAX_OPEN_FILES, read)) {
    if (result.ok) sources.push(result.source);
    else unreadable.push(result.diagnostic);
  }
  const result = loadCatalog(sources);
  if (unreadable.length === 0) return result;
  return { ok: false, diagnostics: [...unreadable, ...result.diagnostics] };
}

/** A catalog path a theme names (`catalog:`), or the default `./catalog`, with where the theme says so. */
export interface CatalogReference {
  /** Resolved from the theme's folder. */
  readonly path: string;
  /** As written in the theme (`catalog` for the default). */
  readonly written: string;
  /** JSON Pointer of the value in the theme ('' for the default). */
  readonly pointer: string;
  readonly named: 'key' | 'default';
}

/** The catalog paths a theme names (`catalog:`), resolved from its folder; `./catalog` by default. */
export function catalogPathsOf(source: Source): string[] {
  return catalogReferencesIn(parseSource(source).value, source.file).map((r) => r.path);
}

/** The catalog references of a parsed theme file's value. */
function catalogReferencesIn(parsedValue: unknown, file: string): CatalogReference[] {
  const value = parsedValue as { catalog?: unknown } | undefined;
  const named = value && typeof value === 'object' ? value.catalog : undefined;
  if (named === undefined)
    return [{ path: resolve(dirname(file), 'catalog'), written: 'catalog', pointer: '', named: 'default' }];
  const list = Array.isArray(named) ? named : [named];
  return list.flatMap((p, i) =>
    typeof p === 'string' && p !== ''
      ? [
          {
            path: resolve(dirname(file), p),
            written: p,
            pointer: Array.isArray(named) ? `/catalog/${i}` : '/catalog',
            named: 'key' as const,
          },
        ]
      : [],
  );
}

/** Whether a catalog path a theme names can be read: `outside` the root, missing (why), or usable. */
type CatalogReach = 'outside' | { readonly reason: FileReason; readonly errno?: string } | undefined;

/** Where a catalog path leads, from the file system (`staysWithin`, then `stat`). */
async function reachOf(root: string, path: string): Promise<CatalogReach> {
  if (!(await staysWithin(root, path))) return 'outside';
  return stat(path).then(
    () => undefined,
    (error: unknown) => fileReason(error),
  );
}

/** Loads catalogs once per distinct set of paths (and root), for tools that load many themes. */
export class CatalogCache {
  private readonly results = new Map<string, Promise<CatalogResult>>();
  private readonly reaches = new Map<string, Promise<CatalogReach>>();

  constructor(private readonly read: ReadFile = readSource) {}

  /**
   * Where a catalog path leads, asked of the file system once per root and path: the themes of a library
   * all name the same catalog, and three system calls per theme were a tenth of loading a small one.
   */
  reach(root: string, path: string): Promise<CatalogReach> {
    const key = `${root}\n${path}`;
    let reach = this.reaches.get(key);
    if (!reach) {
      reach = reachOf(root, path);
      this.reaches.set(key, reach);
    }
    return reach;
  }

  /** The catalog result for these paths, loaded on first request; linked folders stay inside `root`. */
  get(paths: readonly string[], root?: string): Promise<CatalogResult> {
    const key = `${root ?? ''}\n${[...paths].sort().join('\n')}`;
    let result = this.results.get(key);
    if (!result) {
      result = loadCatalogFiles(paths, this.read, root);
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
  /** The theme's `id` and where it is, when it has one (duplicate ids across files are reported there). */
  readonly id?: { readonly value: string; readonly at: Position };
}

/** Options of `loadThemeFile`. */
export interface ThemeFileOptions extends ThemeLoadOptions {
  readonly cache?: CatalogCache;
  /** A catalog already loaded: the theme's `catalog:` is not read. */
  readonly catalog?: Catalog;
  readonly read?: ReadFile;
  /**
   * The folder the theme's `catalog:` must stay in (default: the nearest folder above the theme with a
   * `package.json`, else the theme's own folder).
   */
  readonly root?: string;
}

/**
 * Reads a theme file and the catalog it names, and loads it; never throws on bad files. A catalog that is
 * outside the root, missing or broken is reported in the theme, at its `catalog:`, together with the theme's
 * own syntax and schema errors.
 */
export async function loadThemeFile(file: string, options: ThemeFileOptions = {}): Promise<ThemeFileResult> {
  const read = await (options.read ?? readSource)(file);
  if (!read.ok) return { file, result: { ok: false, diagnostics: [read.diagnostic] }, catalog: undefined };
  // Parsed once: for the catalog it names, and for loading (parsing is most of the cost of loading a theme).
  const parsed = parseSource(read.source, options);
  const idValue = (parsed.value as { id?: unknown } | undefined)?.id;
  const id = typeof idValue === 'string' ? { value: idValue, at: parsed.locate('/id') } : undefined;
  const done = (result: ThemeResult, catalog: CatalogResult | undefined): ThemeFileResult =>
    id === undefined ? { file, result, catalog } : { file, result, catalog, id };
  let catalog = options.catalog;
  let catalogResult: CatalogResult | undefined;
  if (!catalog) {
    // A file that does not parse within the options' limits may still name its catalog within the defaults.
    const named = parsed.value === undefined ? parseSource(read.source) : parsed;
    const references = catalogReferencesIn(named.value, read.source.file);
    const root = options.root ?? (await projectRoot(file));
    const reach = options.cache ? options.cache.reach.bind(options.cache) : reachOf;
    const problems = await referenceProblems(references, root, read.source.file, named, reach);
    if (problems.length > 0) {
      const diagnostics = sortDiagnostics([...themeShapeDiagnostics(parsed), ...problems]);
      return done({ ok: false, diagnostics }, undefined);
    }
    catalogResult = await (options.cache ?? new CatalogCache()).get(
      references.map((r) => r.path),
      root,
    );
    if (!catalogResult.ok) {
      const broken = references.map((r) =>
        referenceDiagnostic(read.source.file, named, r, { reason: 'has-errors' }),
      );
      const own = sortDiagnostics([...themeShapeDiagnostics(parsed), ...broken]);
      return done({ ok: false, diagnostics: [...catalogResult.diagnostics, ...own] }, catalogResult);
    }
    catalog = catalogResult.catalog;
  }
  return done(loadParsedTheme(read.source, parsed, catalog, options), catalogResult);
}

/** Catalog references that lead out of the root, or to nothing: located at the theme's `catalog:`. */
async function referenceProblems(
  references: readonly CatalogReference[],
  root: string,
  file: string,
  parsed: Parsed,
  reachOf: (root: string, path: string) => Promise<CatalogReach>,
): Promise<Diagnostic[]> {
  const problems: Diagnostic[] = [];
  for (const reference of references) {
    const reach = await reachOf(root, reference.path);
    if (reach === 'outside') {
      // Never read, so nothing of it can be echoed.
      const reporter = new Reporter(file, parsed.locate);
      reporter.error('path-outside-root', reference.pointer, { path: reference.written, root });
      problems.push(...reporter.diagnostics);
    } else if (reach) problems.push(referenceDiagnostic(file, parsed, reference, reach));
  }
  return problems;
}

function referenceDiagnostic(
  file: string,
  parsed: Parsed,
  reference: CatalogReference,
  reason: { readonly reason: FileReason; readonly errno?: string },
): Diagnostic {
  const reporter = new Reporter(file, parsed.locate);
  reporter.error('catalog-unavailable', reference.pointer, {
    ...reason,
    catalog: reference.written,
    named: reference.named,
  });
  return reporter.diagnostics[0] as Diagnostic;
}

/**
 * Every theme file in a folder (YAML files outside `catalog/` folders, scenario files excluded), with the
 * entries that could not be listed (unreadable folders, link loops, links out of `root`, bad names).
 */
export async function themeListing(dir: string, root?: string): Promise<YamlListing> {
  const listing = await yamlFiles(dir, root === undefined ? {} : { root });
  return { ...listing, files: listing.files.filter((f) => !f.split(/[\\/]/).includes('catalog')) };
}

/** The theme files of `themeListing`, for folders known to be sound (entries it could not list are left out). */
export async function themeFilesIn(dir: string): Promise<string[]> {
  return [...(await themeListing(dir)).files];
}
