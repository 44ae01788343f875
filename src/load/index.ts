/**
 * `tongban/load`: YAML text → compiled themes, with located diagnostics. Runs in Node and in browsers
 * (no file system here; see `tongban/node` for reading folders).
 */

export {
  diagnosticCounts,
  formatDiagnostic,
  formatHint,
  localizeDiagnostic,
} from '../messages/diagnostics.js';
export type { Lang } from '../messages/words.js';
export type { Catalog, CatalogResult } from './catalog.js';
export { loadCatalog } from './catalog.js';
export type { MappingKind, MappingResult } from './mapping.js';
export { parseMapping } from './mapping.js';
export type { Locate, Parsed, ParseLimits, Source } from './parse.js';
export { parseSource } from './parse.js';
export type { ProfileResult } from './profile.js';
export { loadProfile } from './profile.js';
export type { Position } from './report.js';
export { Reporter, sortDiagnostics } from './report.js';
export type { FileKind } from './schema.js';
export { checkSchema } from './schema.js';
export type { ThemeLoadOptions, ThemeResult } from './theme.js';
export { loadTheme } from './theme.js';
