/** `tongban/node`: reading themes, catalogs and profiles from the file system (Node only). */

export type { ScenarioFileRun } from '../analyze/node.js';
export { runScenarioFile, scenarioFilesIn } from '../analyze/node.js';
export type { ReadResult } from './files.js';
export { ReadAhead, readSource, yamlFiles } from './files.js';
export type { ReadFile, ThemeFileResult } from './load.js';
export { CatalogCache, catalogPathsOf, loadCatalogFiles, loadThemeFile, themeFilesIn } from './load.js';
