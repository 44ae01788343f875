/** `tongban/node`: reading themes, catalogs and profiles from the file system (Node only). */

export type { ListOptions, ReadResult, YamlListing } from './files.js';
export { projectRoot, ReadAhead, readSource, yamlFiles } from './files.js';
export type { CatalogReference, ReadFile, ThemeFileOptions, ThemeFileResult } from './load.js';
export {
  CatalogCache,
  catalogPathsOf,
  loadCatalogFiles,
  loadThemeFile,
  themeFilesIn,
  themeListing,
} from './load.js';
export type { ScenarioFileRun } from './scenarios.js';
export { runScenarioFile, scenarioFilesIn } from './scenarios.js';
