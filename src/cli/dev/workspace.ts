/**
 * The state of every file `tongban dev` watches, kept per file and updated incrementally: a changed theme is
 * reloaded and re-analysed alone, a changed catalog file reloads its catalog (the other files' texts are kept)
 * and the themes that use it, a changed profile or scenario file is read again, and the scenario files of every
 * reloaded theme run again. Reads only; never writes a file.
 */
import { relative, resolve, sep } from 'node:path';
import { catalogUses } from '../../analyze/checks/unused-catalog-entry.js';
import { ANALYSIS_CHECKS, analyzeTheme, diffThemes, formatDiff } from '../../analyze/runtime.js';
import { sortDiagnostics } from '../../load/report.js';
import { type Lang, localizeDiagnostic } from '../../messages/index.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { FileKind } from '../../model/source.js';
import type { CompiledTheme } from '../../model/theme.js';
import { projectRoot, type ReadResult, readSource } from '../../node/files.js';
import { loadCatalogFiles, loadThemeFile } from '../../node/load.js';
import { classifyPaths } from '../classify.js';
import { portable } from '../themes-dir.js';
import { CatalogLookup, type CatalogState, checkCatalog, covers } from './catalog-state.js';
import type { DevState, SaveNote, ThemeChange, ThemeDetail, ThemeSummary } from './protocol.js';
import { SideFiles } from './side-files.js';

export interface WorkspaceOptions {
  /** The themes folder (absolute). */
  readonly themesDir: string;
  /** A folder of example profiles (absolute), when there is one. */
  readonly profilesDir?: string;
  readonly today: string;
  /** Paths are shown relative to it. */
  readonly cwd: string;
  /** The language of diagnostics (their messages and hints) and diffs. */
  readonly lang: Lang;
  /** `--root`: the folder paths named in files must stay in (default: each file's project root). */
  readonly root?: string;
}

/** A file the watcher saw appear, change or disappear. */
export interface FileEvent {
  readonly path: string;
  readonly type: 'add' | 'change' | 'unlink';
}

/** What one `update` did: the files it read and the theme files whose served theme or status changed. */
export interface WorkspaceUpdate {
  readonly revision: number;
  readonly files: readonly string[];
  readonly themes: readonly string[];
  /** Milliseconds from the first event of the batch to the state being ready. */
  readonly ms: number;
}

interface ThemeState {
  readonly file: string;
  /** The catalog the theme names (key of `catalogs`), once known. */
  catalogKey: string | undefined;
  ok: boolean;
  /** The last good theme, served while the file fails. */
  theme: CompiledTheme | undefined;
  /** The theme before the last change, for the diff. */
  previous: CompiledTheme | undefined;
  changedAt: number;
  change: ThemeChange | undefined;
  /** Loading's diagnostics (a failed catalog's are the catalog's own) and the theme checks' of `theme`. */
  diagnostics: readonly Diagnostic[];
  /** The theme checks' findings on `theme` (kept while a reload gives the same theme). */
  analysis: readonly Diagnostic[];
  /** The catalog entries `theme` uses, as the library check counts them (a sorted list as one string). */
  uses: string;
}

const THEME_CODES = ANALYSIS_CHECKS.filter((c) => c.scope === 'theme').map((c) => c.code);
const MAX_SAVES = 20;

export class Workspace {
  private readonly themes = new Map<string, ThemeState>();
  private readonly catalogs = new Map<string, CatalogState>();
  private readonly reads = new Map<string, Promise<ReadResult>>();
  private readonly side: SideFiles;
  private readonly saves: SaveNote[] = [];
  /** Folders that could not be listed, links out of the root (found when the folders were listed). */
  private listing: readonly Diagnostic[] = [];
  /** `--root`, else the themes folder's project root (as `validate` takes it for the folder given). */
  private root: string | undefined;
  private revision = 0;

  constructor(private readonly options: WorkspaceOptions) {
    this.side = new SideFiles((file) => this.read(file));
  }

  /** The folders to watch: the themes, the profiles, and catalogs named from outside the themes folder. */
  watched(): string[] {
    const paths = [this.options.themesDir, ...(this.options.profilesDir ? [this.options.profilesDir] : [])];
    for (const catalog of this.catalogs.values())
      for (const path of catalog.paths) if (!paths.some((p) => covers(p, path))) paths.push(path);
    return paths;
  }

  /** Reads every file of the themes and profiles folders. */
  async load(): Promise<void> {
    const dirs = [this.options.themesDir, ...(this.options.profilesDir ? [this.options.profilesDir] : [])];
    this.root = this.options.root ?? (await projectRoot(this.options.themesDir));
    this.side.root = this.root;
    const { files, problems } = await classifyPaths(dirs, this.options.cwd, this.root);
    this.listing = problems;
    // Read together ahead of loading, in order: the disk works while themes compile.
    for (const entry of files) void this.read(entry.file);
    const catalogRoots = new Set<string>();
    for (const entry of files) {
      const inProfiles = this.options.profilesDir && covers(this.options.profilesDir, entry.file);
      const kind = inProfiles ? 'profile' : entry.kind;
      if (kind === 'theme') await this.loadTheme(entry.file);
      else if (kind === 'catalog' && entry.catalogRoot) catalogRoots.add(entry.catalogRoot);
      else if (kind === 'profile') await this.side.loadProfile(entry.file);
      else if (kind === 'scenario') this.side.addScenario(entry.file);
    }
    // A catalog folder no theme names is still checked, as `validate` does.
    const root = this.root;
    for (const folder of catalogRoots)
      if (![...this.catalogs.values()].some((c) => c.paths.length === 1 && c.paths[0] === folder))
        await this.catalog([folder], root);
    for (const catalog of this.catalogs.values()) this.analyseCatalog(catalog, true);
    await this.side.runScenarios(this.side.scenarioFiles(), (file) => this.themes.get(file));
  }

  /** Applies the watcher's events; resolves to what changed (undefined when no watched file did). */
  async update(events: readonly FileEvent[], startedAt = performance.now()): Promise<WorkspaceUpdate> {
    const touched = new Map<string, FileEvent['type']>();
    for (const event of events) touched.set(event.path, event.type);
    const themeFiles = new Set<string>();
    const catalogKeys = new Set<string>();
    const scenarios = new Set<string>();
    let profiles = false;
    for (const [path, type] of touched) {
      this.reads.delete(path);
      const kind =
        this.kindIn(path) ??
        (type === 'unlink' ? undefined : await classifyOne(path, this.options, this.root));
      if (kind === 'catalog') {
        const known = [...this.catalogs.values()].filter((c) => c.paths.some((p) => covers(p, path)));
        for (const catalog of known) catalogKeys.add(catalog.key);
        // A file of a catalog no theme could load yet (a new folder): the failing themes may load now.
        if (known.length === 0)
          for (const state of this.themes.values()) if (!state.ok) themeFiles.add(state.file);
      } else if (kind === 'theme') {
        if (type === 'unlink') this.removeTheme(path);
        else themeFiles.add(path);
      } else if (kind === 'profile') {
        profiles = true;
        if (type === 'unlink') this.side.removeProfile(path);
        else await this.side.loadProfile(path);
      } else if (kind === 'scenario') {
        if (type === 'unlink') this.side.removeScenario(path);
        else scenarios.add(this.side.addScenario(path));
      }
    }
    for (const key of catalogKeys) {
      const catalog = this.catalogs.get(key) as CatalogState;
      catalog.result = await loadCatalogFiles(catalog.paths, (file) => this.read(file), catalog.root);
      for (const state of this.themes.values()) if (state.catalogKey === key) themeFiles.add(state.file);
    }
    const changedThemes: string[] = [];
    const usesChanged = new Set<string>();
    for (const file of themeFiles) {
      const before = this.themes.get(file);
      // What the served theme uses: while a file fails, its last good theme's (see `analyseCatalog`).
      const uses = before?.theme ? before.uses : undefined;
      if (await this.loadTheme(file)) changedThemes.push(file);
      const after = this.themes.get(file);
      if (after?.catalogKey !== undefined && (after.theme ? after.uses : undefined) !== uses)
        usesChanged.add(after.catalogKey);
    }
    // The library checks (unused catalog entries) count what every theme of the catalog uses.
    for (const key of new Set([...catalogKeys, ...usesChanged])) {
      const catalog = this.catalogs.get(key);
      if (catalog) this.analyseCatalog(catalog, catalogKeys.has(key));
    }
    const rerun = profiles
      ? this.side.scenarioFiles()
      : [...scenarios, ...this.side.scenariosOf(new Set(themeFiles))];
    await this.side.runScenarios(rerun, (file) => this.themes.get(file));
    this.revision++;
    const files = [...touched.keys()].map((f) => this.display(f));
    const themes = changedThemes.map((f) => this.display(f));
    const errors = this.diagnostics().filter((d) => d.severity === 'error').length;
    const ms = performance.now() - startedAt;
    this.saves.unshift({ revision: this.revision, files, themes, errors, ms });
    this.saves.length = Math.min(this.saves.length, MAX_SAVES);
    return { revision: this.revision, files, themes, ms };
  }

  /** The page's snapshot: every theme, every diagnostic, profiles, scenario results, the latest saves. */
  state(): DevState {
    const diagnostics = this.diagnostics();
    const themes: ThemeSummary[] = [...this.themes.values()]
      .sort((a, b) => a.file.localeCompare(b.file))
      .map((state) => {
        const own = diagnostics.filter((d) => d.file === this.display(state.file));
        return {
          file: this.display(state.file),
          ...(state.theme ? { id: state.theme.id, title: state.theme.title, hash: state.theme.hash } : {}),
          ok: state.ok,
          errors: own.filter((d) => d.severity === 'error').length,
          warnings: own.filter((d) => d.severity === 'warning').length,
          changedAt: state.changedAt,
        };
      });
    return {
      revision: this.revision,
      root: this.display(this.options.themesDir),
      today: this.options.today,
      themes,
      diagnostics,
      profiles: this.side.profileEntries((f) => this.display(f)),
      scenarios: this.side.scenarioSummaries(
        (f) => this.display(f),
        (list) => this.shown(list),
      ),
      saves: [...this.saves],
    };
  }

  /** The theme served for a file (shown path or absolute): its last good load. */
  detail(file: string): ThemeDetail | undefined {
    const state = this.themes.get(resolve(this.options.cwd, file));
    if (!state?.theme) return undefined;
    return { file: this.display(state.file), ok: state.ok, theme: portable(state.theme, this.options.cwd) };
  }

  /**
   * What the last change of a file's theme did to its cases (`diffThemes`, in the words of `tongban diff`),
   * computed when first asked; undefined before the theme has changed.
   */
  change(file: string): ThemeChange | undefined {
    const state = this.themes.get(resolve(this.options.cwd, file));
    if (!state?.theme || !state.previous) return undefined;
    if (state.change?.revision !== state.changedAt) {
      const diff = diffThemes(state.previous, state.theme, { today: this.options.today });
      state.change = {
        revision: state.changedAt,
        added: diff.added.length,
        removed: diff.removed.length,
        changed: diff.changed.length,
        unchanged: diff.unchanged,
        text: formatDiff(diff, this.options.lang),
      };
    }
    return state.change;
  }

  /** Every diagnostic of every file, located relative to the working directory, without repeats, sorted. */
  diagnostics(): Diagnostic[] {
    const all: Diagnostic[] = [...this.listing];
    for (const state of this.themes.values()) all.push(...state.diagnostics);
    for (const catalog of this.catalogs.values())
      all.push(...catalog.result.diagnostics, ...catalog.checks, ...catalog.library);
    all.push(...this.side.diagnostics());
    return this.shown(all);
  }

  /**
   * Diagnostics with shown paths and messages in the workspace's language, without repeats (a catalog's
   * problems reach several themes), sorted.
   */
  private shown(list: readonly Diagnostic[]): Diagnostic[] {
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    for (const d of list) {
      const key = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(localizeDiagnostic({ ...d, file: this.display(d.file) }, this.options.lang));
    }
    return sortDiagnostics(out);
  }

  private display(file: string): string {
    return (relative(this.options.cwd, file) || file).split(sep).join('/');
  }

  /** Reads a file once until it changes. */
  private read(file: string): Promise<ReadResult> {
    let read = this.reads.get(file);
    if (!read) {
      read = readSource(file);
      this.reads.set(file, read);
    }
    return read;
  }

  /** What a known file is: under a catalog's paths, a theme, a profile or a scenario file. */
  private kindIn(path: string): FileKind | undefined {
    for (const catalog of this.catalogs.values())
      if (catalog.paths.some((p) => covers(p, path))) return 'catalog';
    if (this.themes.has(path)) return 'theme';
    return this.side.kindOf(path);
  }

  /** The catalog made of these paths (linked folders inside `root`), loaded on first use. */
  private async catalog(paths: readonly string[], root: string | undefined): Promise<CatalogState> {
    const key = `${root ?? ''}\n${[...paths].sort().join('\n')}`;
    let catalog = this.catalogs.get(key);
    if (!catalog) {
      const result = await loadCatalogFiles(paths, (file) => this.read(file), root);
      catalog = { key, paths: [...paths], root, result, checks: [], library: [] };
      this.catalogs.set(key, catalog);
    }
    return catalog;
  }

  /** Loads (or reloads) a theme file; true when the theme served or its status changed. */
  private async loadTheme(file: string): Promise<boolean> {
    let catalogKey: string | undefined;
    const catalogs = new CatalogLookup(async (paths, root) => {
      const catalog = await this.catalog(paths, root);
      catalogKey = catalog.key;
      return catalog.result;
    });
    const root = this.root;
    const loaded = await loadThemeFile(file, {
      cache: catalogs,
      read: (f) => this.read(f),
      ...(root === undefined ? {} : { root }),
    });
    const state: ThemeState = this.themes.get(file) ?? {
      file,
      catalogKey: undefined,
      ok: false,
      theme: undefined,
      previous: undefined,
      changedAt: this.revision,
      change: undefined,
      diagnostics: [],
      analysis: [],
      uses: '',
    };
    this.themes.set(file, state);
    state.catalogKey = catalogKey ?? state.catalogKey;
    const result = loaded.result;
    // A failed catalog's diagnostics are the catalog's own: listed once, with the catalog.
    const catalogFailed = loaded.catalog !== undefined && !loaded.catalog.ok;
    const own = catalogFailed ? [] : result.diagnostics;
    const wasOk = state.ok;
    state.ok = result.ok;
    if (!result.ok) {
      state.diagnostics = own;
      if (wasOk) state.changedAt = this.revision + 1;
      return wasOk;
    }
    const same = state.theme?.hash === result.theme.hash;
    // The analysis is a function of the compiled theme: the same theme (a catalog edit elsewhere, a comment)
    // keeps its findings.
    if (!same || !wasOk) {
      state.analysis = analyzeTheme(result.theme, { today: this.options.today, only: THEME_CODES });
      state.uses = [...catalogUses(result.theme)].sort().join('\n');
    }
    state.diagnostics = [...own, ...state.analysis];
    if (!same) {
      state.previous = state.theme;
      state.theme = result.theme;
    }
    if (!same || !wasOk) state.changedAt = this.revision + 1;
    return !same || !wasOk;
  }

  private removeTheme(file: string): void {
    const state = this.themes.get(file);
    this.themes.delete(file);
    const catalog = state?.catalogKey === undefined ? undefined : this.catalogs.get(state.catalogKey);
    if (catalog && state?.theme) this.analyseCatalog(catalog, false);
  }

  /** The catalog's checks again (see `checkCatalog`), with the themes of the catalog served now. */
  private analyseCatalog(catalog: CatalogState, reloaded: boolean): void {
    const themes = [...this.themes.values()]
      .filter((s) => s.catalogKey === catalog.key && s.theme)
      .map((s) => s.theme as CompiledTheme);
    checkCatalog(catalog, themes, { today: this.options.today, themesDir: this.options.themesDir, reloaded });
  }
}

/** How a new file under the watched folders is classified (as `validate` does), or nothing if it is gone. */
async function classifyOne(
  path: string,
  options: WorkspaceOptions,
  root: string | undefined,
): Promise<FileKind | undefined> {
  if (options.profilesDir && covers(options.profilesDir, path)) return 'profile';
  const [entry] = (await classifyPaths([path], options.cwd, root)).files;
  return entry?.kind;
}
