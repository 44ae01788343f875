import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../../src/node/index.js';

/**
 * A compiled theme's locations, built from the positions loading kept, point where each
 * element is written: a keyed element (option, condition, item, notice, trigger; a catalog entry) at its key,
 * a question at the start of its entry in the list, the theme where its mapping starts (after the leading
 * comments).
 */
const themesDir = new URL('../../themes/', import.meta.url).pathname;

test('every location of every bundled theme points at what it names', async () => {
  const cache = new CatalogCache();
  let checked = 0;
  for (const file of await themeFilesIn(themesDir)) {
    const loaded = await loadThemeFile(file, { cache });
    if (!loaded.result.ok) throw new Error(`${file} does not load`);
    const theme = loaded.result.theme;
    const lines = new Map<string, string[]>();
    const lineOf = (path: string, line: number) => {
      if (!lines.has(path)) lines.set(path, readFileSync(path, 'utf8').split('\n'));
      return lines.get(path)?.[line - 1] ?? '';
    };
    const root = theme.locations.theme;
    expect(root).toMatchObject({ file, pointer: '' });
    expect(lineOf(file, root?.line ?? 0).slice((root?.column ?? 1) - 1)).toMatch(/^[a-z]/);
    for (const [element, at] of Object.entries(theme.locations)) {
      if (element === 'theme') continue;
      const written = lineOf(at.file, at.line).slice(at.column - 1);
      const [kind, name = ''] = element.split(/:(.*)/s);
      const key = kind === 'option' ? name.slice(name.indexOf('/') + 1) : name;
      if (kind === 'question') expect(written, element).toMatch(/^(\{\s*)?id:/);
      else
        expect(
          written.startsWith(key) || written.startsWith(`'${key}'`) || written.startsWith(`"${key}"`),
          `${element} at ${at.line}:${at.column}: ${written}`,
        ).toBe(true);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(100);
});

test('locations are read when asked, and the same on every read', async () => {
  const [file] = await themeFilesIn(themesDir);
  const loaded = await loadThemeFile(file as string);
  if (!loaded.result.ok) throw new Error('the theme does not load');
  const theme = loaded.result.theme;
  const first = theme.locations;
  expect(theme.locations).toBe(first);
  expect(Object.isFrozen(first)).toBe(true);
  expect(JSON.parse(JSON.stringify(theme)).locations).toEqual(first);
});
