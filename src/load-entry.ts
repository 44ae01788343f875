/**
 * `tongban/load`: YAML text → compiled themes, profiles and scenario files, with located diagnostics. Runs in
 * Node and in browsers (no file system here; see `tongban/node` for reading folders). The loader lives in
 * `load/`; scenario files are read in `scenarios/`, a layer above it, so this entry sits above both.
 */

export * from './load/index.js';
export { DIAGNOSTIC_CODES, DIAGNOSTIC_PARAM_SPECS } from './model/diagnostic.js';
export type { ScenarioLoadResult } from './scenarios/read.js';
export { loadScenarios } from './scenarios/read.js';
