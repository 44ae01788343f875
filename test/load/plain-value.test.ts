import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { carefulValue, parseSource } from '../../src/load/parse.js';
import { plainValue } from '../../src/load/plain-value.js';
import { Reporter } from '../../src/load/report.js';

/**
 * The one-walk conversion of clean documents (`plainValue`) against the careful path it stands in for
 * (yaml's `toJS`, then each check): whenever it gives a value, the careful path gives the same value with the
 * same key order and reports nothing. Whenever the careful path reports a problem, it gives up.
 */

/** Keys that collide as object members (`1`, `"1"`), reach prototypes, merge, or are null. */
const KEYS = [
  'a',
  'b',
  'id',
  '"a"',
  '1',
  '"1"',
  'true',
  '~',
  '""',
  '__proto__',
  'constructor',
  '<<',
  "'x y'",
];
const SCALARS = [
  '1',
  '-2.5',
  '.inf',
  '.nan',
  '0x1f',
  'true',
  'null',
  '~',
  'text',
  '"quoted\\n"',
  "'it''s'",
  '2026-11-27',
  '!!str 12',
  '!!binary aGk=',
  '>-\n  folded',
];

type Tree =
  | { readonly kind: 'scalar'; readonly text: string }
  | { readonly kind: 'map'; readonly flow: boolean; readonly pairs: readonly (readonly [string, Tree])[] }
  | { readonly kind: 'seq'; readonly flow: boolean; readonly items: readonly Tree[] }
  | { readonly kind: 'alias' }
  | { readonly kind: 'anchor'; readonly tree: Tree }
  | { readonly kind: 'tag'; readonly tag: string; readonly tree: Tree };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS).map((text): Tree => ({ kind: 'scalar', text })),
    fc
      .record({
        flow: fc.boolean(),
        pairs: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('tree')), { maxLength: 4 }),
      })
      .map((m): Tree => ({ kind: 'map', ...m })),
    fc
      .record({ flow: fc.boolean(), items: fc.array(tie('tree'), { maxLength: 4 }) })
      .map((s): Tree => ({ kind: 'seq', ...s })),
    fc.constant<Tree>({ kind: 'alias' }),
    tie('tree').map((t): Tree => ({ kind: 'anchor', tree: t })),
    fc
      .tuple(fc.constantFrom('!!set', '!!omap', '!!map', '!!seq', '!custom'), tie('tree'))
      .map(([tag, t]): Tree => ({ kind: 'tag', tag, tree: t })),
  ),
})).tree;

/** The tree as YAML: flow collections inline, block collections indented under their parent. */
function render(t: Tree, indent: string): string {
  switch (t.kind) {
    case 'scalar':
      return t.text.includes('\n') ? t.text.replace(/\n/g, `\n${indent}`) : t.text;
    case 'alias':
      return '*a';
    case 'anchor':
      return `&a ${render(t.tree, indent)}`;
    case 'tag':
      return `${t.tag} ${render(t.tree, indent)}`;
    case 'map':
      if (t.flow || t.pairs.length === 0)
        return `{ ${t.pairs.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
      return t.pairs.map(([k, v]) => `\n${indent}${k}: ${render(v, `${indent}  `)}`).join('');
    case 'seq':
      if (t.flow || t.items.length === 0) return `[ ${t.items.map(flow).join(', ')} ]`;
      return t.items.map((v) => `\n${indent}- ${render(v, `${indent}  `)}`).join('');
  }
}

function flow(t: Tree): string {
  switch (t.kind) {
    case 'scalar':
      return t.text.includes('\n') ? '"folded"' : t.text;
    case 'alias':
      return '*a';
    case 'anchor':
      return `&a ${flow(t.tree)}`;
    case 'tag':
      return `${t.tag} ${flow(t.tree)}`;
    case 'map':
      return `{ ${t.pairs.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
    case 'seq':
      // A single pair in a flow list (`[a: 1]`) is a one-key mapping.
      return `[ ${t.items.map((v, i) => (i === 0 && v.kind === 'scalar' ? `k: ${v.text}` : flow(v))).join(', ')} ]`;
  }
}

/** Every key of every object in reading order, with its path: what a deep equality leaves out. */
function keyOrder(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((k) => [
    `${path}/${k}`,
    ...keyOrder((value as Record<string, unknown>)[k], `${path}/${k}`),
  ]);
}

function careful(text: string, maxDepth: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const reporter = new Reporter('x.yaml', () => ({ line: 1, column: 1 }));
  const value =
    doc.errors.length > 0 ? undefined : carefulValue(doc, text, lineCounter, { maxDepth }, reporter);
  return { doc, value, diagnostics: reporter.diagnostics };
}

describe('plainValue', () => {
  test('gives what the careful path gives, or gives up; never gives a value the careful path rejects', () => {
    let converted = 0;
    let declined = 0;
    fc.assert(
      fc.property(tree, fc.boolean(), fc.integer({ min: 1, max: 6 }), (t, yaml11, maxDepth) => {
        const text = `${yaml11 ? '%YAML 1.1\n---\n' : ''}${render(t, '').replace(/^\n/, '')}\n`;
        const { doc, value, diagnostics } = careful(text, maxDepth);
        if (doc.errors.length > 0) return;
        const plain = plainValue(doc.contents, maxDepth);
        if (plain === undefined) {
          declined++;
          return;
        }
        converted++;
        expect(diagnostics).toEqual([]);
        expect(plain.value).toStrictEqual(value);
        expect(keyOrder(plain.value)).toEqual(keyOrder(value));
      }),
      { numRuns: 3000 },
    );
    // Both sides are exercised: clean documents are converted, the others declined.
    expect(converted).toBeGreaterThan(300);
    expect(declined).toBeGreaterThan(300);
  });

  test('declines each kind of document the careful path must see', () => {
    const declines = (text: string, maxDepth = 64) =>
      plainValue(parseDocument(text, { uniqueKeys: false, logLevel: 'error' }).contents, maxDepth) ===
      undefined;
    // Aliases: of a plain scalar, up to yaml's limit of uses (100 by default), converted; of anything else, or
    // past the limit, declined.
    expect(declines('a: &x 1\nb: *x\n')).toBe(false);
    expect(declines('a: &x [1]\nb: *x\n')).toBe(true);
    expect(declines('a: &x { k: 1 }\nb: *x\n')).toBe(true);
    expect(declines('&x a: 1\nb: *x\n')).toBe(true);
    expect(declines('a: &x 1\nb: &x [2]\nc: *x\n')).toBe(true);
    expect(declines('a: &x !!binary aGk=\nb: *x\n')).toBe(true);
    const uses = (n: number) => `a: &x 1\n${Array.from({ length: n }, (_, i) => `b${i}: *x\n`).join('')}`;
    expect(declines(uses(100))).toBe(false);
    expect(declines(uses(101))).toBe(true);
    expect(declines('a: 1\na: 2\n')).toBe(true);
    expect(declines('1: a\n"1": b\n')).toBe(true);
    expect(declines('__proto__: 1\n')).toBe(true);
    expect(declines('x: { constructor: 1 }\n')).toBe(true);
    // A plain `<<` may be a merge key: the careful path refuses it (a quoted one is an ordinary key).
    expect(declines('%YAML 1.1\n---\n<<: { a: 1 }\n')).toBe(true);
    expect(declines('<<: { a: 1 }\n')).toBe(true);
    // Tags other than the plain ones, and numbers that are not finite or not the number written.
    expect(declines('a: !foo x\n')).toBe(true);
    expect(declines('a: !!timestamp 2025-01-01\n')).toBe(true);
    expect(declines('? !!binary aGk=\n: 1\n')).toBe(true);
    expect(declines('a: .inf\n')).toBe(true);
    expect(declines('a: 9007199254740993\n')).toBe(true);
    expect(declines('a: !!str 1\nb: 9007199254740991\nc: 0.1\n')).toBe(false);
    expect(declines('? [a]\n: 1\n')).toBe(true);
    expect(declines('~: 1\n')).toBe(true);
    expect(declines('a: [[[1]]]\n', 3)).toBe(true);
    expect(declines('a: [[1]]\n', 3)).toBe(false);
    expect(declines('%YAML 1.1\n---\na: !!binary aGk=\n')).toBe(true);
    expect(declines('%YAML 1.1\n---\na: !!set { x }\n')).toBe(true);
    expect(declines('a: [b: 1]\nc: "d"\n')).toBe(false);
  });

  test('parseSource takes the one walk for clean files and the careful path for the rest, with the same values', () => {
    const clean = parseSource({
      file: 't.yaml',
      text: 'id: t\nquestions:\n  - { id: q, ask: "?", options: [a, b] }\n',
    });
    expect(clean.value).toEqual({ id: 't', questions: [{ id: 'q', ask: '?', options: ['a', 'b'] }] });
    const aliased = parseSource({ file: 't.yaml', text: 'a: &x [1, 2]\nb: *x\n' });
    expect(aliased.value).toEqual({ a: [1, 2], b: [1, 2] });
    const scalars = parseSource({ file: 't.yaml', text: 'a: &x 法规\nb: [*x, *x]\n' });
    expect(scalars.value).toEqual({ a: '法规', b: ['法规', '法规'] });
    // One use past the limit: the careful path reports it, as yaml counts it.
    const many = `a: &x 1\n${Array.from({ length: 3 }, (_, i) => `b${i}: *x\n`).join('')}`;
    const limited = parseSource({ file: 't.yaml', text: many }, { maxAliasCount: 2 });
    expect(limited.value).toBeUndefined();
    expect(limited.reporter.diagnostics.map((d) => d.code)).toEqual(['yaml-alias-limit']);
    expect(parseSource({ file: 't.yaml', text: many }, { maxAliasCount: 3 }).value).toMatchObject({ b2: 1 });
    const hostile = parseSource({ file: 't.yaml', text: 'a: 1\n__proto__: 2\n' });
    expect(hostile.value).toBeUndefined();
    expect(hostile.reporter.diagnostics.map((d) => d.code)).toEqual(['forbidden-key']);
  });
});
