import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CompiledTheme } from '../model/theme.js';
import { CatalogCache, loadThemeFile } from '../node/load.js';
import { classifyPaths } from './classify.js';

/**
 * The themes folder to use when none is given: `themes/` in the working directory, else the themes bundled
 * with the package (next to `dist/`, or to `src/` when running from source).
 */
export function defaultThemesDir(cwd: string): string {
  const local = resolve(cwd, 'themes');
  if (existsSync(local)) return local;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'themes');
    if (existsSync(join(candidate, 'catalog'))) return candidate;
    dir = dirname(dir);
  }
  return local;
}

/**
 * Every theme of a folder that loads, with its file, and the diagnostics of those that do not. Catalogs,
 * profiles and scenario files in the folder are left out (see `classifyPaths`).
 */
export async function loadThemesIn(
  dir: string,
): Promise<{ themes: { file: string; theme: CompiledTheme }[]; errors: Diagnostic[]; files: number }> {
  const files = (await classifyPaths([dir], dir)).filter((f) => f.kind === 'theme').map((f) => f.file);
  const cache = new CatalogCache();
  const themes: { file: string; theme: CompiledTheme }[] = [];
  const errors: Diagnostic[] = [];
  for (const file of files) {
    const loaded = await loadThemeFile(file, { cache });
    if (loaded.result.ok) themes.push({ file, theme: loaded.result.theme });
    else errors.push(...loaded.result.diagnostics.filter((d) => d.severity === 'error'));
  }
  return { themes, errors, files: files.length };
}

/** The theme with its source locations relative to the working directory: no build machine paths shipped. */
export function portable(theme: CompiledTheme, cwd: string): CompiledTheme {
  const locations = Object.fromEntries(
    Object.entries(theme.locations).map(([key, at]) => [
      key,
      { ...at, file: (relative(cwd, at.file) || at.file).split(sep).join('/') },
    ]),
  );
  return { ...theme, locations };
}
