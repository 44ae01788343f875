import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position } from '../load/report.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CompiledTheme } from '../model/theme.js';
import { CatalogCache, loadThemeFile } from '../node/load.js';
import { classifyPaths } from './classify.js';
import { DuplicateIds } from './duplicate-ids.js';

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

/** A theme of a folder that loaded, with its file and where its `id` is. */
export interface FolderTheme {
  readonly file: string;
  readonly theme: CompiledTheme;
  readonly idAt: Position;
}

/**
 * Every theme of a folder that loads, and the errors of those that do not, of entries that could not be
 * listed and of ids used twice. Catalogs, profiles and scenario files in the folder are left out (see
 * `classifyPaths`). `root` (`--root`) replaces the folder's project root.
 */
export async function loadThemesIn(
  dir: string,
  cwd: string,
  root?: string,
): Promise<{ themes: FolderTheme[]; errors: Diagnostic[]; files: number }> {
  const classified = await classifyPaths([dir], dir, root);
  const entries = classified.files.filter((f) => f.kind === 'theme');
  const cache = new CatalogCache();
  const ids = new DuplicateIds(cwd);
  const themes: FolderTheme[] = [];
  const errors: Diagnostic[] = [...classified.problems];
  for (const { file, root: within } of entries) {
    const loaded = await loadThemeFile(file, { cache, root: within });
    const duplicate = ids.add(loaded);
    errors.push(...duplicate);
    if (loaded.result.ok)
      themes.push({ file, theme: loaded.result.theme, idAt: loaded.id?.at ?? { line: 1, column: 1 } });
    else errors.push(...loaded.result.diagnostics.filter((d) => d.severity === 'error'));
  }
  return { themes, errors: unique(errors), files: entries.length };
}

/** Diagnostics without repeats (a catalog shared by several themes reports once). */
export function unique(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
