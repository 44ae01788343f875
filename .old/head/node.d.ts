import { d as Diagnostic, C as CompiledTheme, O as OperatorSet } from './outcome-DVw96QOC.js';
import { d as Source, f as CatalogResult, C as Catalog, b as ScenarioFile, c as ScenarioResult } from './scenario-run-CefgF-ec.js';
import { a as ThemeResult, T as ThemeLoadOptions } from './theme-BNI5rPPc.js';

/** A file read as text, or the diagnostic that says why it could not be. */
type ReadResult = {
    readonly ok: true;
    readonly source: Source;
} | {
    readonly ok: false;
    readonly diagnostic: Diagnostic;
};
/** Reads a file as strict UTF-8; missing, unreadable, binary, oversized or badly encoded files become diagnostics. */
declare function readSource(file: string, maxBytes?: number): Promise<ReadResult>;
/**
 * Reads files ahead of their use, a window at a time, for tools that load many files in a known order: the
 * reads of the next files overlap the work on this one instead of waiting on the disk one after another.
 */
declare class ReadAhead {
    private readonly files;
    private readonly window;
    private readonly pending;
    private next;
    constructor(files: readonly string[], window?: number);
    /** The file's read result (`readSource`): read ahead when it was announced, else read now. */
    read(file: string): Promise<ReadResult>;
    private fill;
}
/** YAML files under a path (the path itself if it is a file), sorted, skipping scenario files unless asked. */
declare function yamlFiles(path: string, options?: {
    scenarios?: boolean;
}): Promise<string[]>;

/** How files are read (`readSource` unless given, e.g. a `ReadAhead`'s `read`). */
type ReadFile = (file: string) => Promise<ReadResult>;
/** Reads and loads the catalog made of these files and folders (folders are read recursively). */
declare function loadCatalogFiles(paths: readonly string[], read?: ReadFile): Promise<CatalogResult>;
/** The catalog paths a theme names (`catalog:`), resolved from its folder; `./catalog` by default. */
declare function catalogPathsOf(source: Source): string[];
/** Loads catalogs once per distinct set of paths, for tools that load many themes. */
declare class CatalogCache {
    private readonly read;
    private readonly results;
    constructor(read?: ReadFile);
    /** The catalog result for these paths, loaded on first request. */
    get(paths: readonly string[]): Promise<CatalogResult>;
}
/** What loading a theme file gives: the theme result, and the catalog's own diagnostics kept apart. */
interface ThemeFileResult {
    readonly file: string;
    readonly result: ThemeResult;
    readonly catalog: CatalogResult | undefined;
}
/** Reads a theme file and the catalog it names, and loads it; never throws on bad files. */
declare function loadThemeFile(file: string, options?: ThemeLoadOptions & {
    readonly cache?: CatalogCache;
    readonly catalog?: Catalog;
    readonly read?: ReadFile;
}): Promise<ThemeFileResult>;
/** Every theme file in a folder: YAML files outside `catalog/` folders, scenario files excluded. */
declare function themeFilesIn(dir: string): Promise<string[]>;

/** What running a scenario file gives: the results, and every diagnostic (loading included). */
interface ScenarioFileRun {
    readonly file: string;
    /** The theme file, resolved from the scenario file's folder. */
    readonly theme: string;
    readonly loaded?: {
        readonly scenarios: ScenarioFile;
        readonly theme: CompiledTheme;
    };
    readonly results: readonly ScenarioResult[];
    /** Problems reading the scenario file, its theme and profiles, then each failed scenario's. */
    readonly diagnostics: readonly Diagnostic[];
}
/** Scenario files (`*.test.yaml`) under a path (the path itself if it is one). */
declare function scenarioFilesIn(path: string): Promise<string[]>;
/**
 * Reads a scenario file, the theme it names and the profile files its scenarios name (paths relative to
 * the scenario file), and runs every scenario. Never throws on bad files.
 */
declare function runScenarioFile(path: string, options?: {
    readonly cache?: CatalogCache;
    readonly operators?: OperatorSet;
}): Promise<ScenarioFileRun>;

export { CatalogCache, ReadAhead, type ReadFile, type ReadResult, type ScenarioFileRun, type ThemeFileResult, catalogPathsOf, loadCatalogFiles, loadThemeFile, readSource, runScenarioFile, scenarioFilesIn, themeFilesIn, yamlFiles };
