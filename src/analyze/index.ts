/**
 * Static analysis of themes: every case (`enumerateCases`), every check (`analyzeTheme`, `analyzeLibrary`),
 * author tests (`loadScenarios`, `runScenarios`) and policy diffs (`diffThemes`, `formatDiff`).
 * `./runtime.ts` is the same without `loadScenarios` (which needs yaml and the schema validators);
 * `./node.ts` runs scenario files from disk.
 */
export * from './runtime.js';
export type { ScenarioLoadResult } from './scenarios.js';
export { loadScenarios } from './scenarios.js';
