/**
 * Generators for the shapes random mutation misses: long chains of every kind of reference the format has —
 * named conditions (plain, under `not`, `all`, `any`), items `after` items, items using what other items
 * produce (with conditions on the uses), questions asked when earlier ones are answered — open or closed into a
 * cycle at a random link; and YAML tags and merge keys at a random place of a valid theme. Each property runs
 * `GENERATOR_RUNS` inputs (10,000 by default; `FC_SEED` replays a failure): loading never throws, and reports
 * exactly what the input has — a cycle, a chain too deep, a tag, a merge key — or loads and runs as its plain
 * equivalent would. Option and form-field conditions and produced field sources have their generators in
 * generators-options-forms.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { type Catalog, loadCatalog, loadTheme } from '../../src/load/index.js';
import { outcome } from '../../src/outcome/index.js';
import { MAX_CONDITION_DEPTH } from '../../src/rules/named-graph.js';
import { answer, next, start } from '../../src/session/index.js';

const RUNS = Number(process.env.GENERATOR_RUNS ?? 10_000);
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const params = { numRuns: RUNS, ...SEED };

let catalog: Catalog;
beforeAll(() => {
  const file = fileURLToPath(new URL('../fixtures/hostile/catalog/base.yaml', import.meta.url));
  const loaded = loadCatalog([{ file: 'catalog/base.yaml', text: readFileSync(file, 'utf8') }]);
  if (!loaded.ok) throw new Error('the base catalog does not load');
  catalog = loaded.catalog;
});

const HEAD = 'id: shop\ntitle: 开店\nversion: "1"\naudience: enterprise\n';
const codesOf = (result: { diagnostics: readonly { code: string; severity: string }[] }) => [
  ...new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)),
];

/** Chain lengths: mostly short, sometimes past the limits (a few hundred links). */
const length = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 13, max: 300 }) },
);
/** Where a chain closes into a cycle (an index into it), or not at all. */
const closing = (n: number) => fc.option(fc.integer({ min: 0, max: n }), { nil: undefined });

describe('chains of references', () => {
  const LINKS = {
    plain: { text: (to: string) => `{ condition: ${to} }`, levels: 1 },
    not: { text: (to: string) => `{ not: { condition: ${to} } }`, levels: 2 },
    all: { text: (to: string) => `{ all: [{ cooking: true }, { condition: ${to} }] }`, levels: 2 },
    any: { text: (to: string) => `{ any: [{ condition: ${to} }] }`, levels: 2 },
  } as const;
  type Link = keyof typeof LINKS;

  test(`named conditions: a cycle, a chain too deep, or a theme that runs (${RUNS} runs)`, () => {
    const input = length.chain((n) =>
      fc.record({
        links: fc.array(fc.constantFrom<Link>('plain', 'not', 'all', 'any'), { minLength: n, maxLength: n }),
        back: closing(n - 1),
      }),
    );
    fc.assert(
      fc.property(input, ({ links, back }) => {
        const n = links.length;
        const lines = links.map((link, i) => `  c${i}: ${LINKS[link].text(`c${i + 1}`)}`);
        lines.push(`  c${n}: ${back === undefined ? '{ cooking: true }' : `{ condition: c${back} }`}`);
        const text = `${HEAD}conditions:\n${lines.join('\n')}\nquestions:\n  - { id: cooking, ask: 问？, type: yes-no }\nitems:\n  signboard: { when: { condition: c0 } }\n`;
        const result = loadTheme({ file: 't.yaml', text }, catalog);
        const depth = links.reduce((sum, link) => sum + LINKS[link].levels, 0) + 1;
        if (back !== undefined) expect(codesOf(result)).toEqual(['condition-cycle']);
        else if (depth > MAX_CONDITION_DEPTH) expect(codesOf(result)).toEqual(['condition-too-deep']);
        else {
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          // The chain ends in `cooking: true`; each `not` turns it over, `all` and `any` keep it.
          const holds = links.filter((link) => link === 'not').length % 2 === 0;
          const done = answer(start(result.theme), 'cooking', true);
          expect(done.ok && outcome(done.session).items.map((i) => i.id)).toEqual(holds ? ['signboard'] : []);
        }
      }),
      params,
    );
  });

  test(`items after items, and items using what others produce under conditions: a cycle iff some case has one (${RUNS} runs)`, () => {
    const edge = fc.record({
      kind: fc.constantFrom('after', 'material'),
      when: fc.constantFrom(undefined, true, false),
    });
    const input = length.chain((n) =>
      fc.record({
        edges: fc.array(edge, { minLength: n, maxLength: n }),
        back: closing(n - 1),
        backWhen: edge,
      }),
    );
    fc.assert(
      fc.property(input, ({ edges, back, backWhen }) => {
        // Item i waits for item i+1 through `after` or the material m<i+1> that i+1 produces; a closing edge
        // makes the last item wait for item `back`.
        const n = edges.length;
        const waits = (e: { kind: string; when: boolean | undefined }, on: number) =>
          e.kind === 'after'
            ? { after: `i${on}` }
            : {
                material:
                  e.when === undefined ? `m${on}` : `{ material: m${on}, when: { cooking: ${e.when} } }`,
              };
        const items = Array.from({ length: n + 1 }, (_, i) => {
          const parts = [`name: 事项${i}`, `produces: [m${i}]`];
          const link =
            i < n
              ? waits(edges[i] as (typeof edges)[number], i + 1)
              : back === undefined
                ? undefined
                : waits(backWhen, back);
          if (link && 'after' in link) parts.push(`after: [${link.after}]`);
          if (link && 'material' in link) parts.push(`materials: [${link.material}]`);
          return `  i${i}: { ${parts.join(', ')} }`;
        });
        const materials = Array.from({ length: n + 1 }, (_, i) => `  m${i}: { name: 材料${i} }`);
        const text = `materials:\n${materials.join('\n')}\nitems:\n${items.join('\n')}\n`;
        const result = loadCatalog([{ file: 'c.yaml', text }]);
        // The cycle i<back> → … → i<n> → i<back> holds in some case unless two of its uses need opposite answers.
        const onCycle = back === undefined ? [] : [...edges.slice(back), backWhen];
        const answers = new Set(
          onCycle.filter((e) => e.kind === 'material' && e.when !== undefined).map((e) => e.when),
        );
        const cycle = back !== undefined && answers.size < 2;
        expect(codesOf(result)).toEqual(cycle ? ['item-cycle'] : []);
      }),
      params,
    );
  });

  test(`questions asked when the one before is answered yes: loads, and a session walks the whole chain (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 24 }), (n, stopAt) => {
        const questions = Array.from({ length: n }, (_, i) =>
          i === 0
            ? '  - { id: q0, ask: 问0？, type: yes-no }'
            : `  - { id: q${i}, ask: 问${i}？, type: yes-no, when: { q${i - 1}: true } }`,
        );
        const text = `${HEAD}questions:\n${questions.join('\n')}\nitems:\n  signboard: always\n`;
        const result = loadTheme({ file: 't.yaml', text }, catalog);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // Yes until `stopAt`, then no: the questions after the first no are never asked.
        let session = start(result.theme);
        let asked = 0;
        for (let step = next(session); !step.done; step = next(session)) {
          const moved = answer(session, step.question.id, asked < stopAt);
          if (!moved.ok) throw new Error(moved.error.message);
          session = moved.session;
          asked++;
        }
        expect(asked).toBe(Math.min(n, stopAt + 1));
      }),
      params,
    );
  });
});

describe('YAML tags and merge keys', () => {
  /** A valid theme, with `⟨v⟩` standing for one value and `⟨k⟩` for one extra mapping entry of a question. */
  const TEMPLATE = `${HEAD}questions:\n  - id: cooking\n    ask: ⟨ask⟩\n    type: ⟨type⟩\n⟨k⟩  - id: area\n    ask: 面积？\n    type: number\n    min: ⟨min⟩\nitems:\n  signboard: ⟨item⟩\n`;
  const PLAIN = { ask: '问？', type: 'yes-no', min: '0', item: 'always' } as const;
  type Slot = keyof typeof PLAIN;
  const fill = (values: Record<Slot, string>, extra = '') =>
    Object.entries(values)
      .reduce((text, [slot, value]) => text.replace(`⟨${slot}⟩`, value), TEMPLATE)
      .replace('⟨k⟩', extra);

  const REFUSED = [
    '!!binary aGVsbG8=',
    '!!timestamp 2025-01-01',
    '!!set { a, b }',
    '!!omap [ a: 1 ]',
    '!!pairs [ a: 1 ]',
    '!foo',
    '!',
    '!!js/function',
    '!<tag:example.com,2026:x>',
  ];
  const PLAIN_TAGS = ['!!str', '!<tag:yaml.org,2002:str>'];

  test(`a tag anywhere: refused unless it is a plain one, which loads as the plain value (${RUNS} runs)`, () => {
    const slot = fc.constantFrom<Slot>('ask', 'type', 'min', 'item');
    const tag = fc.oneof(fc.constantFrom(...REFUSED), fc.constantFrom(...PLAIN_TAGS), fc.constant('!!int'));
    fc.assert(
      fc.property(slot, tag, fc.boolean(), (where, written, asKey) => {
        const values: Record<Slot, string> = { ...PLAIN };
        // A tag that carries its own value (`!!binary aGVs…`) replaces the value; others are put before it.
        const carries = written.includes(' ');
        const value = carries ? written : `${written} ${PLAIN[where]}`;
        const extra = asKey ? `    ? ${written.split(' ')[0]} note\n    : 1\n` : '';
        values[where] = asKey ? PLAIN[where] : value;
        const result = loadTheme({ file: 't.yaml', text: fill(values, extra) }, catalog);
        const tagName = written.split(' ')[0] as string;
        const refused = REFUSED.some((r) => r.split(' ')[0] === tagName);
        if (refused) {
          // As a key, a tag that needs a value of its own (`!!binary`) may also be a syntax error there.
          if (asKey) expect(codesOf(result)).toContain('yaml-unsupported');
          else expect(codesOf(result)).toEqual(['yaml-unsupported']);
          return;
        }
        // A plain tag is its plain value: the result is that of the text without it.
        const plainValues: Record<Slot, string> = { ...PLAIN };
        if (!asKey) plainValues[where] = tagName === '!!int' ? PLAIN[where] : JSON.stringify(PLAIN[where]);
        const untagged = loadTheme(
          { file: 't.yaml', text: fill(plainValues, asKey ? '    "note": 1\n' : '') },
          catalog,
        );
        expect(codesOf(result)).toEqual(codesOf(untagged));
        expect(result.ok && untagged.ok && result.theme.hash === untagged.theme.hash).toBe(result.ok);
      }),
      params,
    );
  });

  test(`a merge key anywhere is refused; the same keys written out load (${RUNS} runs)`, () => {
    const input = fc.record({
      keys: fc.subarray(['type: yes-no', 'short: 现场'], { minLength: 1 }),
      quoted: fc.boolean(),
      flow: fc.boolean(),
    });
    fc.assert(
      fc.property(input, ({ keys, quoted, flow }) => {
        const anchor = flow ? `{ ${keys.join(', ')} }` : `\n${keys.map((k) => `    ${k}`).join('\n')}`;
        const rest = keys.includes('type: yes-no') ? '' : '    type: yes-no\n';
        const mergeKey = quoted ? '"<<"' : '<<';
        const text = `${HEAD}base: &base ${anchor}\nquestions:\n  - id: cooking\n    ask: 问？\n    ${mergeKey}: *base\n${rest}items:\n  signboard: always\n`;
        const result = loadTheme({ file: 't.yaml', text }, catalog);
        // Quoted, `<<` is an ordinary key, unknown to a question (and `base` is unknown at the top).
        expect(codesOf(result)).toEqual(quoted ? ['unknown-key'] : ['yaml-unsupported']);
        const written = `${HEAD}questions:\n  - id: cooking\n    ask: 问？\n${keys.map((k) => `    ${k}`).join('\n')}\n${rest}items:\n  signboard: always\n`;
        expect(loadTheme({ file: 't.yaml', text: written }, catalog).ok).toBe(true);
      }),
      params,
    );
  });
});
