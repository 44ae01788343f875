import { d as Diagnostic, D as DiagnosticCode, b as DiagnosticParams, H as Department, ax as Venue, a2 as Licence, L as FactDefinition, a4 as Material, Z as Item, c as SourceLocation, P as Profile, O as OperatorSet, a as OutcomeStatus, j as CaseKey, h as Outcome, C as CompiledTheme } from './outcome-DVw96QOC.js';

/** A 1-based line and column. */
interface Position {
    readonly line: number;
    readonly column: number;
}
/** Options of one report: point at the key rather than the value. Hints come from `params.hint`. */
interface ReportOptions {
    readonly key?: boolean;
}
/**
 * Collects the diagnostics of one file. Stages report here instead of throwing, so that every problem of a
 * file comes out of one run.
 */
declare class Reporter {
    readonly file: string;
    private readonly locate;
    /** Shared with other files' reporters when one run reads several files. */
    readonly diagnostics: Diagnostic[];
    constructor(file: string, locate: (pointer: string, key?: boolean) => Position, 
    /** Shared with other files' reporters when one run reads several files. */
    diagnostics?: Diagnostic[]);
    /** Records an error at a JSON Pointer of this file. */
    error(code: DiagnosticCode, pointer: string, params: DiagnosticParams, options?: ReportOptions): void;
    /** Records a warning at a JSON Pointer of this file. */
    warn(code: DiagnosticCode, pointer: string, params: DiagnosticParams, options?: ReportOptions): void;
    /** Records an error at a known position (syntax errors have no pointer). */
    errorAt(code: DiagnosticCode, pointer: string, at: Position, params: DiagnosticParams): void;
    /** Whether an error (not a warning) was recorded. */
    hasErrors(): boolean;
    private add;
    private push;
}
/** Diagnostics in reading order: by file, line, column, then code. */
declare function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[];

/** Where a leaf condition was written: its fact name and its value, as pointers into one file. */
interface LeafOrigin {
    readonly file: string;
    /** Points at the fact name (a key in shorthand, the `fact` member in full form). */
    readonly factAt: string;
    readonly factIsKey: boolean;
    /** Points at the value (or the operator key in shorthand). */
    readonly valueAt: string;
    /** Points at the operator when one is written: a key in shorthand, the `operator` member in full form. */
    readonly operatorAt?: string;
    readonly operatorIsKey?: boolean;
    /** Points at the `path` member of a full-form leaf. */
    readonly pathAt?: string;
}
/** Origins of compiled leaves and named references, so that later checks can point at what was written. */
type LeafOrigins = WeakMap<object, LeafOrigin>;

/** A file's name and text, as the loader receives it. */
interface Source {
    readonly file: string;
    readonly text: string;
}
/** Limits that keep hostile input bounded. */
interface ParseLimits {
    /** Largest accepted text, in UTF-16 code units (default 2 MB). */
    readonly maxBytes?: number;
    /** Most alias expansions (default 100, as yaml's own default). */
    readonly maxAliasCount?: number;
    /** Deepest nesting of mappings and lists (default 64). */
    readonly maxDepth?: number;
    /**
     * Most nodes that aliases may add to the document, each alias counting as the size of what it repeats
     * (default 10,000). `maxAliasCount` bounds how often aliases are used, not how much each one repeats:
     * 99 aliases of a list of 20,000 entries stay under it yet make every later check do 100 times the work.
     */
    readonly maxAliasNodes?: number;
}
/** A parsed file: its plain value (when it is clean enough to go on), where things are, and what went wrong. */
interface Parsed {
    readonly value: unknown;
    readonly locate: Locate;
    readonly reporter: Reporter;
}
/** Maps a JSON Pointer to a line and column: of the key when `key` is set, else of the value. */
type Locate = (pointer: string, key?: boolean) => Position;
/** Parses YAML text with positions; never throws, and returns `value: undefined` if the file has errors. */
declare function parseSource(source: Source, limits?: ParseLimits): Parsed;

/**
 * A loaded catalog: every entry by id across all its files, where each entry was written, and the reporters
 * of its files so that checks made while linking a theme can point into them.
 */
interface Catalog {
    readonly departments: Readonly<Record<string, Department>>;
    readonly venues: Readonly<Record<string, Venue>>;
    readonly licences: Readonly<Record<string, Licence>>;
    readonly facts: Readonly<Record<string, FactDefinition>>;
    readonly materials: Readonly<Record<string, Material>>;
    readonly items: Readonly<Record<string, Item>>;
    readonly locations: Readonly<Record<string, SourceLocation>>;
    readonly origins: LeafOrigins;
    /** How to find a line and column in each catalog file, for diagnostics reported later. */
    readonly locators: ReadonlyMap<string, Locate>;
}
type CatalogResult = {
    readonly ok: true;
    readonly catalog: Catalog;
    readonly diagnostics: readonly Diagnostic[];
} | {
    readonly ok: false;
    readonly diagnostics: readonly Diagnostic[];
};
/** Loads catalog files into one catalog; never throws, and returns no catalog if any file has an error. */
declare function loadCatalog(sources: readonly Source[], limits?: ParseLimits): CatalogResult;

/** A scenario file (`*.test.yaml`) as `loadScenarios` reads it. */
interface ScenarioFile {
    readonly file: string;
    /** The theme file as written, relative to this file. */
    readonly theme: string;
    readonly scenarios: readonly Scenario[];
    /** Where the `theme` value is written. */
    readonly themeAt: SourceLocation;
}
/** One scenario: who answers, what, and what the outcome must contain. */
interface Scenario {
    readonly name: string;
    /** Inline, or the path of a profile file as written (resolved by the caller, see `runScenarios`). */
    readonly profile?: Profile | {
        readonly path: string;
    };
    readonly today?: string;
    /** Answers by question id, as written (each is checked by the session when its question is asked). */
    readonly answers: Readonly<Record<string, unknown>>;
    readonly expect: ScenarioExpect;
    /**
     * Where things are written: `scenario` (the entry), `name`, `profile`, `today`, `answers`, `answer:<id>`,
     * `expect`, `expect:<key>` (the key as written, e.g. `expect:not-items`) and `expect:<key>/<index>`.
     */
    readonly locations: Readonly<Record<string, SourceLocation>>;
}
/** What a scenario expects; lists must be contained, `not…` lists must not be. */
interface ScenarioExpect {
    readonly case?: string;
    readonly key?: string;
    readonly status?: OutcomeStatus;
    readonly items?: readonly string[];
    readonly notItems?: readonly string[];
    readonly materials?: readonly string[];
    readonly notMaterials?: readonly string[];
    readonly waived?: readonly string[];
    readonly passedOn?: readonly string[];
    readonly days?: number;
    readonly fee?: number;
    readonly visits?: number;
    readonly notices?: readonly string[];
    readonly notNotices?: readonly string[];
}
/** The result of one scenario: passed when it has no diagnostic. */
interface ScenarioResult {
    readonly name: string;
    readonly ok: boolean;
    readonly diagnostics: readonly Diagnostic[];
    /** Set when the questionnaire was completed. */
    readonly case?: CaseKey;
    readonly outcome?: Outcome;
}
interface RunScenariosOptions {
    /** Profiles of scenarios that name a profile file, by the path as written. */
    readonly profiles?: Readonly<Record<string, Profile>>;
    readonly operators?: OperatorSet;
}
/**
 * Runs each scenario through a real session: `start` with its profile and day, then each question as it is
 * asked is answered from `answers`. An answer the session rejects, a question asked but not answered, or an
 * answer to a question never asked is `scenario-invalid-answer`; each expectation the outcome does not meet
 * is `scenario-failed`, located at the expectation (at the list entry for lists).
 */
declare function runScenarios(file: ScenarioFile, theme: CompiledTheme, options?: RunScenariosOptions): ScenarioResult[];

export { type Catalog as C, type Locate as L, type ParseLimits as P, type RunScenariosOptions as R, type Scenario as S, type ScenarioExpect as a, type ScenarioFile as b, type ScenarioResult as c, type Source as d, Reporter as e, type CatalogResult as f, type Parsed as g, type Position as h, loadCatalog as l, parseSource as p, runScenarios as r, sortDiagnostics as s };
