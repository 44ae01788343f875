import { readdirSync } from 'node:fs';

/**
 * The bundled theme files (`themes/*.yaml`, relative to the repository root), read from the folder so that
 * a differential test over "every bundled theme" covers a theme added later without being edited.
 */
export const BUNDLED_THEME_FILES: readonly string[] = readdirSync('themes')
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => `themes/${name}`);
