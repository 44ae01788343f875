/**
 * The `exports` map as Node resolves it: every entry for `import` and for `require`, the same names from both,
 * the subpaths that are not code, and the README's library example run as written against the build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, test } from 'vitest';
import { at, ROOT, TODAY } from './support.js';

const require = createRequire(import.meta.url);
const ENTRIES = [
  'tongban',
  'tongban/messages',
  'tongban/render',
  'tongban/load',
  'tongban/analyze',
  'tongban/node',
] as const;

describe('the exports map', () => {
  test.each(ENTRIES)(
    '%s resolves to dist/ for import and for require, with the same names',
    async (entry) => {
      const file = entry === 'tongban' ? 'index' : entry.slice('tongban/'.length);
      expect(import.meta.resolve(entry)).toBe(pathToFileURL(at(`dist/${file}.js`)).href);
      expect(require.resolve(entry)).toBe(at(`dist/${file}.cjs`));
      const esm = (await import(entry)) as Record<string, unknown>;
      const cjs = require(entry) as Record<string, unknown>;
      const names = Object.keys(esm).sort();
      expect(names.length).toBeGreaterThanOrEqual(5);
      expect(Object.keys(cjs).sort()).toEqual(names);
    },
  );

  test('the CommonJS build runs a session and loads a theme', () => {
    const runtime = require('tongban') as typeof import('tongban');
    const load = require('tongban/load') as typeof import('tongban/load');
    const text = `id: tiny\ntitle: 小\nversion: "1"\naudience: person\nquestions:\n  - { id: ok, ask: 好吗？, type: yes-no }\nitems:\n  thing: { when: { ok: true } }\n`;
    const catalog = load.loadCatalog([
      {
        file: 'c.yaml',
        text: 'departments:\n  d: { name: 办公室, level: 区县 }\nitems:\n  thing: { name: 事项, department: d, days: 1, fee: 0 }\n',
      },
    ]);
    if (!catalog.ok) throw new Error(JSON.stringify(catalog.diagnostics));
    const loaded = load.loadTheme({ file: 't.yaml', text }, catalog.catalog);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const answered = runtime.answer(runtime.start(loaded.theme, { today: TODAY }), 'ok', true);
    expect(answered.ok && runtime.outcome(answered.session).items.map((i) => i.id)).toEqual(['thing']);
  });

  test('package.json and the JSON Schemas are exported', () => {
    expect(require.resolve('tongban/package.json')).toBe(at('package.json'));
    expect(require.resolve('tongban/schemas/theme.schema.json')).toBe(at('schemas/theme.schema.json'));
  });
});

test('the README library example runs as written against the build', async () => {
  const readme = (await import('node:fs')).readFileSync(at('README.md'), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  expect(code).toContain("from 'tongban'");
  // Only TypeScript is removed: the imports stay `tongban` and `tongban/node`, resolved by Node.
  const { code: js } = await esbuild.transform(code.replace('console.log(', 'globalThis.__readme = ('), {
    loader: 'ts',
    format: 'esm',
  });
  const file = join(ROOT, 'test', '.output', 'readme-dist.mjs');
  mkdirSync(join(ROOT, 'test', '.output'), { recursive: true });
  writeFileSync(file, js);
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    process.chdir(previous);
  }
  const shown = (globalThis as { __readme?: unknown }).__readme;
  expect(shown).toMatchObject({ itemByItem: expect.any(Number), toSubmit: expect.any(Number) });
});
