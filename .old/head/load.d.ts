import { b as ScenarioFile, d as Source, P as ParseLimits, e as Reporter } from './scenario-run-CefgF-ec.js';
export { C as Catalog, f as CatalogResult, L as Locate, g as Parsed, h as Position, l as loadCatalog, p as parseSource, s as sortDiagnostics } from './scenario-run-CefgF-ec.js';
import { d as Diagnostic, P as Profile } from './outcome-DVw96QOC.js';
export { T as ThemeLoadOptions, a as ThemeResult, l as loadTheme } from './theme-BNI5rPPc.js';

/** A scenario file read from YAML, or the located problems that prevented it. */
type ScenarioLoadResult = {
    readonly ok: true;
    readonly file: ScenarioFile;
    readonly diagnostics: readonly Diagnostic[];
} | {
    readonly ok: false;
    readonly diagnostics: readonly Diagnostic[];
};
/**
 * Loads a scenario file (`*.test.yaml`) against `schemas/scenario.schema.json`, remembering where each
 * scenario, answer and expectation is written; never throws. Profiles given as paths and the theme are
 * left to the caller to load (see `runScenarioFile` in `./node.ts`).
 */
declare function loadScenarios(source: Source, limits?: ParseLimits): ScenarioLoadResult;

/** A profile read from YAML or JSON, or the located problems that prevented it. */
type ProfileResult = {
    readonly ok: true;
    readonly profile: Profile;
    readonly diagnostics: readonly Diagnostic[];
} | {
    readonly ok: false;
    readonly diagnostics: readonly Diagnostic[];
};
/** Loads a profile file (一人一档 / 一企一档) against `schemas/profile.schema.json`; never throws. */
declare function loadProfile(source: Source, limits?: ParseLimits): ProfileResult;

/** The kinds of file tongban reads, each with its JSON Schema in `schemas/`. */
type FileKind = 'theme' | 'catalog' | 'profile' | 'scenario';
/** Checks a parsed file against its schema, reporting every problem located; true when it conforms. */
declare function checkSchema(kind: FileKind, value: unknown, reporter: Reporter): boolean;

export { type FileKind, ParseLimits, type ProfileResult, Reporter, type ScenarioLoadResult, Source, checkSchema, loadProfile, loadScenarios };
