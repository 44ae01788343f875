/**
 * Generators for the references of options and forms, beside those of test/hardening/generators.test.ts:
 * chains of options offered when the answer before allows them (option `when`), closed at a random link by an
 * option that reads a later question; merged-form fields listed when a condition holds (form-field `when`),
 * written in every shape of condition; and field values taken from what items produce (`produced` sources),
 * from materials some item produces or none, with data their licence carries or not. Each property runs
 * `GENERATOR_RUNS` inputs (10,000 by default; `FC_SEED` replays a failure): loading never throws and reports
 * exactly what the input has, or loads and runs as the references say.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import { caseForm } from '../../src/outcome/index.js';
import { answer, next, start } from '../../src/session/index.js';

const RUNS = Number(process.env.GENERATOR_RUNS ?? 10_000);
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const params = { numRuns: RUNS, ...SEED };

const HEAD = 'id: shop\ntitle: 开店\nversion: "1"\naudience: enterprise\n';
const codesOf = (result: { diagnostics: readonly { code: string; severity: string }[] }) => [
  ...new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)),
];

/** Chain lengths: mostly short, sometimes long. */
const length = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 2, max: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 13, max: 120 }) },
);

/** A catalog of one item whose application form lists the given field entries, with these extra parts. */
function formCatalog(
  fields: string[],
  entries: string[],
  more: { materials?: string[]; items?: string[] } = {},
) {
  return [
    'licences:\n  permit: { name: 许可证, data: { number: 证号 } }',
    `fields:\n${fields.join('\n')}`,
    `forms:\n  application: { name: 申请表, fields: [${entries.join(', ')}] }`,
    `materials:\n  application: { name: 申请书, form: 表格, fill: application }\n${(more.materials ?? []).join('\n')}`,
    `items:\n  apply: { name: 申请, materials: [application] }\n${(more.items ?? []).join('\n')}`,
  ].join('\n');
}

describe('option conditions', () => {
  /** Ways of writing "the question before was answered b": each is true exactly then. */
  const LINKS = {
    shorthand: (q: string) => `{ ${q}: b }`,
    in: (q: string) => `{ ${q}: [b] }`,
    not: (q: string) => `{ not: { ${q}: a } }`,
    any: (q: string) => `{ any: [{ ${q}: b }] }`,
    full: (q: string) => `{ fact: ${q}, operator: equal, value: b }`,
  } as const;
  type Link = keyof typeof LINKS;
  const CATALOG = loadCatalog([{ file: 'c.yaml', text: 'items:\n  signboard: { name: 招牌 }\n' }]);

  test(`options offered when the answer before allows them: offered exactly then, or a forward reference (${RUNS} runs)`, () => {
    if (!CATALOG.ok) throw new Error('the catalog does not load');
    const catalog = CATALOG.catalog;
    const input = length.chain((n) =>
      fc.record({
        links: fc.array(fc.constantFrom<Link>(...(Object.keys(LINKS) as Link[])), {
          minLength: n,
          maxLength: n,
        }),
        wants: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        back: fc.option(fc.integer({ min: 0, max: n - 2 }), { nil: undefined, freq: 4 }),
      }),
    );
    fc.assert(
      fc.property(input, ({ links, wants, back }) => {
        // Option b of q<i> is offered when q<i-1> was answered b; a closing link makes option a of q<back>
        // read the last question, asked later.
        const n = links.length;
        const questions = links.map((link, i) => {
          const b = i === 0 ? '{ label: 乙 }' : `{ label: 乙, when: ${LINKS[link](`q${i - 1}`)} }`;
          const a = i === back ? `{ label: 甲, when: { q${n - 1}: a } }` : '{ label: 甲 }';
          return `  - { id: q${i}, ask: 问${i}？, options: { a: ${a}, b: ${b} } }`;
        });
        const text = `${HEAD}questions:\n${questions.join('\n')}\nitems:\n  signboard: always\n`;
        const result = loadTheme({ file: 't.yaml', text }, catalog);
        if (back !== undefined) {
          expect(codesOf(result)).toEqual(['forward-reference']);
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        let session = start(result.theme);
        let previous: string | undefined;
        for (let i = 0; i < n; i++) {
          const step = next(session);
          if (step.done) throw new Error(`q${i} was not asked`);
          const offered = step.options.map((o) => o.id);
          expect(offered).toEqual(i === 0 || previous === 'b' ? ['a', 'b'] : ['a']);
          const chosen = wants[i] && offered.includes('b') ? 'b' : 'a';
          const moved = answer(session, `q${i}`, chosen);
          if (!moved.ok) throw new Error(moved.error.message);
          session = moved.session;
          previous = chosen;
        }
        expect(next(session).done).toBe(true);
      }),
      params,
    );
  });
});

describe('form fields', () => {
  /** Conditions on yes-no question y<j>, each with the answer that makes it true. */
  const SHAPES = {
    shorthand: (q: string, yes: boolean) => `{ ${q}: ${yes} }`,
    not: (q: string, yes: boolean) => `{ not: { ${q}: ${!yes} } }`,
    all: (q: string, yes: boolean) => `{ all: [{ ${q}: ${yes} }] }`,
    any: (q: string, yes: boolean) => `{ any: [{ ${q}: ${yes} }, { ${q}: ${yes} }] }`,
    full: (q: string, yes: boolean) => `{ fact: ${q}, operator: notEqual, value: ${!yes} }`,
  } as const;
  type Shape = keyof typeof SHAPES;

  test(`merged-form fields listed when their condition holds: exactly those (${RUNS} runs)`, () => {
    const questions = fc.integer({ min: 1, max: 6 });
    const input = fc.tuple(questions, length).chain(([k, n]) =>
      fc.record({
        answers: fc.array(fc.boolean(), { minLength: k, maxLength: k }),
        fields: fc.array(
          fc.option(
            fc.record({
              shape: fc.constantFrom<Shape>(...(Object.keys(SHAPES) as Shape[])),
              on: fc.nat({ max: k - 1 }),
              yes: fc.boolean(),
            }),
            { nil: undefined, freq: 4 },
          ),
          { minLength: n, maxLength: n },
        ),
      }),
    );
    fc.assert(
      fc.property(input, ({ answers, fields }) => {
        const declared = fields.map((_, i) => `  f${i}: { label: 字段${i}, type: text }`);
        const entries = fields.map((f, i) =>
          f === undefined ? `f${i}` : `{ field: f${i}, when: ${SHAPES[f.shape](`y${f.on}`, f.yes)} }`,
        );
        const catalog = loadCatalog([{ file: 'c.yaml', text: formCatalog(declared, entries) }]);
        expect(codesOf(catalog)).toEqual([]);
        if (!catalog.ok) return;
        const asked = answers.map((_, j) => `  - { id: y${j}, ask: 问${j}？, type: yes-no }`);
        const text = `${HEAD}questions:\n${asked.join('\n')}\nitems:\n  apply: always\n`;
        const result = loadTheme({ file: 't.yaml', text }, catalog.catalog);
        expect(codesOf(result)).toEqual([]);
        if (!result.ok) return;
        let session = start(result.theme);
        answers.forEach((value, j) => {
          const moved = answer(session, `y${j}`, value);
          if (!moved.ok) throw new Error(moved.error.message);
          session = moved.session;
        });
        const listed = caseForm(session).sections.flatMap((s) => s.fields.map((f) => f.id));
        const expected = fields.flatMap((f, i) =>
          f === undefined || answers[f.on] === f.yes ? [`f${i}`] : [],
        );
        expect([...listed].sort()).toEqual([...expected].sort());
      }),
      params,
    );
  });

  test(`fields filled from what items produce: unresolved exactly when no item produces it or its licence lacks the data (${RUNS} runs)`, () => {
    const source = fc.record({
      produced: fc.boolean(),
      licence: fc.boolean(),
      data: fc.constantFrom(undefined, 'number', 'colour'),
    });
    const input = length.chain((n) => fc.array(source, { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(input, (sources) => {
        // Field f<i> is filled from material m<i>, which item make<i> produces (or no item does), backed by the
        // permit licence (or none), read for a data key the permit carries (`number`), one it lacks, or none.
        const declared = sources.map((s, i) => {
          const data = s.data === undefined ? '' : `, data: ${s.data}`;
          return `  f${i}: { label: 字段${i}, type: text, from: [{ produced: m${i}${data} }] }`;
        });
        const materials = sources.map(
          (s, i) => `  m${i}: { name: 证照${i}${s.licence ? ', licence: permit' : ''} }`,
        );
        const items = sources.flatMap((s, i) =>
          s.produced ? [`  make${i}: { name: 办证${i}, produces: [m${i}] }`] : [],
        );
        const text = formCatalog(
          declared,
          sources.map((_, i) => `f${i}`),
          { materials, items },
        );
        const result = loadCatalog([{ file: 'c.yaml', text }]);
        const problems = result.diagnostics
          .filter((d) => d.code === 'unresolved-field-source')
          .map(
            (d) => `${(d.params as { field: string }).field}:${(d.params as { problem: string }).problem}`,
          );
        const expected = sources.flatMap((s, i) =>
          !s.produced
            ? [`f${i}:not-produced`]
            : s.data !== undefined && !(s.licence && s.data === 'number')
              ? [`f${i}:produced-data`]
              : [],
        );
        expect(problems.sort()).toEqual(expected.sort());
        expect(codesOf(result)).toEqual(expected.length === 0 ? [] : ['unresolved-field-source']);
      }),
      params,
    );
  });
});
