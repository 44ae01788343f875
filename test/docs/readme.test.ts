/**
 * The README's library example, run as written (imports mapped to the sources): if the example stops working,
 * this fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

test('the README library example runs and reaches a case', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(code, 'README has a ts example').toBeDefined();
  const source = (code ?? '')
    .replace("from 'tongban/node'", `from ${JSON.stringify(join(ROOT, 'src/node/index.ts'))}`)
    .replace("from 'tongban'", `from ${JSON.stringify(join(ROOT, 'src/index.ts'))}`)
    .replace('console.log(', '__log(');
  const built = await esbuild.build({
    stdin: {
      contents: `const __log = (...shown) => { globalThis.__readme = shown; };\n${source}`,
      loader: 'ts',
      resolveDir: ROOT,
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    packages: 'external',
  });
  // Written inside the repository so that the example's bare imports (yaml, immer) resolve.
  const file = join(ROOT, 'test', '.output', 'readme-example.mjs');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, built.outputFiles[0]?.text ?? '');
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    process.chdir(previous);
  }
  const shown = (globalThis as { __readme?: unknown[] }).__readme ?? [];
  expect(String(shown[0])).toContain('首次申领');
  expect(shown[1]).toMatchObject({ itemByItem: expect.any(Number), toSubmit: expect.any(Number) });
});
