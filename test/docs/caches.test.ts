/**
 * docs/architecture.md lists every module-level cache of src/ ("Caches"): a module-level WeakMap, WeakSet or
 * `let` that the table does not name fails here, and so does a row whose cache no longer exists or is not in
 * the file the row gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/** Module-level state in the sources: `name` → the file (relative to src/) that declares it. */
function moduleState(): Map<string, string> {
  const found = new Map<string, string>();
  const files = readdirSync(SRC, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'),
  );
  for (const entry of files) {
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:export )?(?:const|let) (\w+)\b[^=\n]*=\s*new Weak(?:Map|Set)\b/gm))
      found.set(match[1] as string, relative(SRC, file));
    for (const match of text.matchAll(/^(?:export )?let (\w+)/gm))
      found.set(match[1] as string, relative(SRC, file));
  }
  return found;
}

/** The table of the "Caches" section: each row's cache names and the file it gives. */
function documented(): { names: string[]; file: string }[] {
  const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const section = doc.split(/^## Caches$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [names = '', file = ''] = line.split('|').slice(1, 3);
      return {
        names: [...names.matchAll(/`(\w+)`/g)].map((m) => m[1] as string),
        file: file.trim().replace(/`/g, ''),
      };
    });
}

test('every module-level cache is in the Caches table of docs/architecture.md, and only those', () => {
  const state = moduleState();
  const rows = documented();
  expect(rows.length).toBeGreaterThan(5);
  const listed = new Map(rows.flatMap((row) => row.names.map((name) => [name, row.file] as const)));
  const missing = [...state].filter(([name]) => !listed.has(name)).map(([name, file]) => `${name} (${file})`);
  expect(missing, 'module-level caches missing from docs/architecture.md').toEqual([]);
  for (const [name, file] of listed) {
    // The row gives the end of the path (`question-types/types.ts`), which survives moves between layers.
    expect(state.get(name), `docs/architecture.md lists ${name}, which src/ does not declare`).toBeDefined();
    expect(`/${state.get(name)}`.endsWith(`/${file}`), `${name} is in ${state.get(name)}, not ${file}`).toBe(
      true,
    );
  }
});
