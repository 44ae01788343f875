import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importCycles, importGraph, layerViolations, SRC, unitOf } from './imports.js';

/**
 * The layers of `src/`, lowest first: a unit may import its own files and the units below it, never one
 * above. The same order is drawn in docs/architecture.md and listed in the README's Layout section.
 */
const LAYERS = [
  'model',
  'util',
  'messages',
  'errors.ts',
  'rules',
  'derivations',
  'question-types',
  'forms',
  'load',
  'session',
  'profile',
  'outcome',
  'render',
  'scenarios',
  'analyze',
  'node',
  'cli',
  'load-entry.ts',
  'index.ts',
  'dev',
];

/**
 * The `tongban dev` page shows an author what a citizen sees, so it renders with the portal example's views
 * rather than a second copy of them; that is the one import from src/ that leaves src/.
 */
function reusesPortalViews(v: { readonly from: string; readonly to: string }): boolean {
  return unitOf(v.from) === 'dev' && v.to.startsWith('../examples/portal/src/');
}

describe('the layers of src/', () => {
  const graph = importGraph();

  test('every file belongs to a listed layer, and no import points to a layer above', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(layerViolations(graph, LAYERS).filter((v) => !reusesPortalViews(v))).toEqual([]);
  });

  test('model/ imports no other folder', () => {
    const outside = [...graph]
      .filter(([file]) => unitOf(file) === 'model')
      .flatMap(([file, targets]) =>
        targets.filter((t) => unitOf(t) !== 'model').map((t) => `${file} → ${t}`),
      );
    expect(outside).toEqual([]);
  });

  test('no import cycles between files, type-only imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the documented order', () => {
  const read = (file: string) => readFileSync(join(SRC, '..', file), 'utf8');

  test("the README's Layout lists the layers in this order", () => {
    const block = /## Layout[\s\S]*?```\nsrc\/\n([\s\S]*?)\n[a-z]/.exec(read('README.md'))?.[1] ?? '';
    const listed = [...block.matchAll(/^ {2}(\S+)/gm)].map((m) => (m[1] as string).replace(/\/$/, ''));
    expect(listed).toEqual(LAYERS);
  });

  test("docs/architecture.md's table lists the layers in this order", () => {
    const rows = [...read('docs/architecture.md').matchAll(/^\| \d+ \| `([^`]+)` \|/gm)];
    expect(rows.map((m) => (m[1] as string).replace(/\/$/, ''))).toEqual(LAYERS);
  });
});

describe('the checks themselves', () => {
  const graph = new Map<string, string[]>([
    ['model/a.ts', []],
    ['load/b.ts', ['model/a.ts', 'load/c.ts']],
    ['load/c.ts', ['load/b.ts', 'session/d.ts']],
    ['session/d.ts', ['load/b.ts']],
    ['extra/e.ts', []],
  ]);

  test('an import of a higher layer, and a folder missing from the list, are violations', () => {
    expect(layerViolations(graph, ['model', 'load', 'session'])).toEqual([
      { from: 'load/c.ts', to: 'session/d.ts', reason: 'upward' },
      { from: 'extra/e.ts', to: 'extra/e.ts', reason: 'unlisted' },
    ]);
  });

  test('cycles are found, with every file in them', () => {
    expect(importCycles(graph)).toEqual([['load/b.ts', 'load/c.ts', 'session/d.ts']]);
    expect(importCycles(new Map([['x.ts', ['x.ts']]]))).toEqual([['x.ts']]);
    expect(
      importCycles(
        new Map([
          ['x.ts', ['y.ts']],
          ['y.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});
