import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import {
  type Catalog,
  type CatalogResult,
  loadCatalog,
  loadTheme,
  type Source,
  type ThemeResult,
} from '../../src/load/index.js';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/model/diagnostic.js';

/**
 * Properties of loading that hold for any input: it never throws, every diagnostic is well formed and
 * located, hostile keys never reach Object.prototype, a result is never both ok and in error, and loading
 * is deterministic.
 */

/** Inputs per generator (10,000 by default; `LOAD_PROPERTY_RUNS` changes it, `FC_SEED` replays a failure). */
const RUNS = Number(process.env.LOAD_PROPERTY_RUNS ?? 10_000);
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const read = (name: string): Source => ({
  file: name,
  text: readFileSync(new URL(`../fixtures/broken/${name}`, import.meta.url), 'utf8'),
});
const BASE_CATALOG = read('_base/catalog.yaml');
const BASE_THEME = read('_base/theme.yaml');

function baseCatalog(): Catalog {
  const result = loadCatalog([BASE_CATALOG]);
  if (!result.ok) throw new Error('the base catalog does not load');
  return result.catalog;
}
const catalog = baseCatalog();

const KNOWN_CODES = new Set<string>(DIAGNOSTIC_CODES);
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Lines as yaml's LineCounter counts them (a line feed starts a new line). */
function lineCount(text: string): number {
  return text.split('\n').length;
}

/** What every diagnostic must be: a known code, a message, a position inside the file it names. */
function checkDiagnostics(diagnostics: readonly Diagnostic[], sources: readonly Source[]): void {
  for (const d of diagnostics) {
    expect(KNOWN_CODES.has(d.code), d.code).toBe(true);
    expect(['error', 'warning']).toContain(d.severity);
    expect(typeof d.message).toBe('string');
    expect(d.message.trim().length).toBeGreaterThan(0);
    expect(Number.isInteger(d.line) && d.line >= 1, `line ${d.line}`).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, `column ${d.column}`).toBe(true);
    const source = sources.find((s) => s.file === d.file);
    expect(source, `diagnostic in an unknown file ${d.file}`).toBeDefined();
    if (source) expect(d.line).toBeLessThanOrEqual(lineCount(source.text));
    if (d.hint !== undefined) expect(d.hint.trim().length).toBeGreaterThan(0);
  }
}

/** Nothing that was loaded has touched Object.prototype. */
function checkPrototype(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
}

function checkResult(result: ThemeResult | CatalogResult, sources: readonly Source[]): void {
  checkDiagnostics(result.diagnostics, sources);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  // Never both ok and in error; never refused without saying why.
  expect(result.ok).toBe(errors.length === 0);
  checkPrototype();
}

function checkTheme(text: string): ThemeResult {
  const source = { file: 'theme.yaml', text };
  const result = loadTheme(source, catalog);
  checkResult(result, [source, BASE_CATALOG]);
  return result;
}

function checkCatalog(text: string): void {
  const source = { file: 'extra.yaml', text };
  checkResult(loadCatalog([source]), [source]);
  checkResult(loadCatalog([BASE_CATALOG, source]), [BASE_CATALOG, source]);
}

// ---------------------------------------------------------------------------------------------------------
// Arbitraries

/** Any UTF-16 code unit: lone surrogates, U+FFFD, a BOM, NUL, control characters. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** YAML punctuation, so that random text often looks like YAML. */
const yamlish = fc.constantFrom(
  ':',
  ' ',
  '\n',
  '  ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '"',
  "'",
  '#',
  '---',
  '\t',
  '|',
  '>',
  '!',
  '?',
  '__proto__',
  'questions',
  'items',
  'when',
  'id',
);
const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: codeUnit }),
  fc.string({ unit: yamlish, maxLength: 60 }),
);

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const SHAPE_KEYS = [
  'id',
  'title',
  'version',
  'audience',
  'questions',
  'items',
  'conditions',
  'notices',
  'triggers',
  'catalog',
  'ask',
  'type',
  'options',
  'when',
  'prefill',
  'min',
  'max',
  'unit',
  'label',
  'exclusive',
  'all',
  'any',
  'not',
  'condition',
  'fact',
  'operator',
  'value',
  'path',
  'departments',
  'venues',
  'licences',
  'facts',
  'materials',
  'days',
  'fee',
  'presence',
  'after',
  'produces',
  'derive',
  'fn',
  'from',
  'kind',
  'text',
  'message',
  'polluted',
];
const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS, ...SHAPE_KEYS), fc.string({ maxLength: 8 }));
const scalar = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'always',
    'single',
    'multiple',
    'yes-no',
    'number',
    'date',
    'person',
    'enterprise',
    'today',
  ),
);
/** Mappings are written as Maps, so that `__proto__` is an ordinary key all the way to the YAML text. */
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }).map((pairs) => new Map(pairs)),
  ),
}));

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
/** Absent half of the time. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** Absent most of the time. */
const rarely = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: arb, weight: 1 });
/** A Map without the entries whose value is undefined. */
const record = (entries: Record<string, unknown>, extra?: [string, unknown]) =>
  new Map([...Object.entries(entries).filter(([, v]) => v !== undefined), ...(extra ? [extra] : [])]);

const questionIds = pick(
  'cooking',
  'kind',
  'area',
  'extras',
  'opening',
  'all',
  'today',
  'Bad_Id',
  'constructor',
);
const factNames = pick(
  'cooking',
  'kind',
  'area',
  'extras',
  'opening',
  'enterprise.kind',
  'enterprise.years',
  'enterprise.founded',
  'enterprise.address',
  'today',
  'profile.tags',
  'licence.business-licence.days-left',
  'nope',
  'constructor',
);
const operators = pick(
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'not:equal',
  'someValue:equal',
  'swap:lessThan',
  'greaterThn',
  'toString',
  'constructor',
);
const values = fc.oneof(
  pick<unknown>(
    'company',
    'individual',
    'signboard',
    'none',
    true,
    false,
    0,
    50,
    150,
    '2025-01-01',
    'yes',
    null,
  ),
  fc.integer({ min: -5, max: 500 }),
);
const paths = pick('$.district', "$['city']", '$..x', '$[0]', '$', '$.constructor', 'nope');
const operand = fc.oneof(
  values,
  fc.array(values, { maxLength: 3 }),
  fc.record({ fact: factNames, path: maybe(paths) }).map((r) => record(r)),
);
const conditionNames = pick('wants-sign', 'big', 'busy', 'missing', 'constructor');

const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    // shorthand: { fact: value }, { fact: [a, b] }, { fact: { operator: value } }
    fc
      .array(
        fc.tuple(
          factNames,
          fc.oneof(
            values,
            fc.array(values, { maxLength: 3 }),
            fc.tuple(operators, operand).map(([o, v]) => new Map([[o, v]])),
          ),
        ),
        { minLength: 1, maxLength: 2 },
      )
      .map((pairs) => new Map(pairs)),
    // full form, sometimes missing a member
    fc
      .record({
        fact: maybe(factNames),
        operator: maybe(operators),
        value: maybe(operand),
        path: maybe(paths),
      })
      .map((r) => record(r)),
    fc
      .tuple(
        pick('all', 'any'),
        fc.array(tie('condition'), { maxLength: 3 }),
        maybe(fc.tuple(factNames, values)),
      )
      .map(([k, list, extra]) => record({ [k]: list }, extra)),
    tie('condition').map((c) => new Map([['not', c]])),
    conditionNames.map((name) => new Map([['condition', name]])),
  ),
}));

const option = fc.oneof(
  pick('公司', '个体', ''),
  fc.record({ label: pick('甲', '乙'), exclusive: maybe(fc.boolean()) }).map((r) => record(r)),
);
const question = fc
  .record({
    id: questionIds,
    ask: maybe(pick('问？', '')),
    type: maybe(pick('single', 'multiple', 'yes-no', 'number', 'date', 'other')),
    options: maybe(
      fc
        .array(fc.tuple(pick('company', 'individual', 'signboard', 'none', 'Bad'), option), { maxLength: 3 })
        .map((pairs) => new Map(pairs)),
    ),
    when: maybe(condition),
    prefill: maybe(factNames),
    min: maybe(
      fc.oneof(fc.integer({ min: -10, max: 200 }), pick('today-18y', '2025-01-01', '2025-13-01', '十')),
    ),
    max: maybe(fc.oneof(fc.integer({ min: -10, max: 200 }), pick('today', '2024-01-01', 'x'))),
    unit: maybe(pick('㎡')),
    integer: maybe(fc.boolean()),
  })
  .map((r) => record({ ...r, ask: r.ask ?? '问？' }));

/** Usually the valid value, sometimes anything the other arbitrary gives. */
const mostly = <T>(valid: T, other: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(valid), weight: 4 }, { arbitrary: other, weight: 1 });

/** Conditions that fit the valid questions below (some still read a later question). */
const fittingWhen = pick<unknown>(
  new Map([['kind', 'company']]),
  new Map([['cooking', true]]),
  new Map([['area', new Map([['greaterThan', 100]])]]),
  new Map([['extras', new Map([['contains', 'signboard']])]]),
  new Map([['enterprise.kind', 'individual']]),
  new Map([['opening', new Map([['lessThan', '2025-06-01']])]]),
  new Map([['not', new Map([['condition', 'wants-sign']])]]),
);
const when = fc.oneof({ arbitrary: fittingWhen, weight: 3 }, { arbitrary: condition, weight: 1 });
const validQuestions = [
  {
    id: 'kind',
    ask: '类型？',
    prefill: 'enterprise.kind',
    options: new Map([
      ['company', '公司'],
      ['individual', '个体'],
    ]),
  },
  { id: 'cooking', ask: '现场制作？', type: 'yes-no' },
  { id: 'area', ask: '面积？', type: 'number', min: 1, max: 1000 },
  {
    id: 'extras',
    ask: '还要？',
    type: 'multiple',
    options: new Map<string, unknown>([
      ['signboard', '招牌'],
      [
        'none',
        new Map<string, unknown>([
          ['label', '都不'],
          ['exclusive', true],
        ]),
      ],
    ]),
  },
  { id: 'opening', ask: '开业？', type: 'date', min: 'today', max: 'today+365d' },
];
const validQuestion = fc
  .tuple(pick(...validQuestions), rarely(when))
  .map(([q, w]) => record({ ...q, when: w }));
const questions = fc.oneof(
  {
    arbitrary: fc.uniqueArray(validQuestion, { minLength: 1, maxLength: 5, selector: (q) => q.get('id') }),
    weight: 3,
  },
  { arbitrary: fc.array(question, { minLength: 1, maxLength: 4 }), weight: 1 },
);

const themeShaped = fc
  .record({
    id: mostly<unknown>('shop', pick<unknown>('Bad', 7)),
    title: pick('开店'),
    version: mostly<unknown>('1', pick<unknown>(2025.1, '')),
    audience: mostly<unknown>('enterprise', pick<unknown>('people', new Map([['toString', '']]))),
    questions,
    conditions: maybe(
      fc
        .array(fc.tuple(mostly('wants-sign', conditionNames), when), { minLength: 1, maxLength: 3 })
        .map((p) => new Map(p)),
    ),
    items: mostly<unknown>(
      new Map([['signboard', 'always']]),
      fc
        .array(
          fc.tuple(
            pick('food-licence', 'signboard', 'signbord', 'constructor'),
            fc.oneof(
              pick<unknown>('always', 'sometimes'),
              when.map((c) => new Map([['when', c]])),
            ),
          ),
          { minLength: 1, maxLength: 3 },
        )
        .map((p) => new Map(p)),
    ),
    notices: maybe(
      fc
        .array(
          fc.tuple(
            pick('hot', 'small'),
            fc.record({ kind: mostly('info', pick('block', 'bad')), text: pick('提示'), when: maybe(when) }),
          ),
          { maxLength: 2 },
        )
        .map((p) => new Map(p.map(([k, r]) => [k, record(r)]))),
    ),
    triggers: maybe(
      fc
        .array(
          fc.tuple(
            pick('remind'),
            fc.record({
              when: mostly<unknown>(
                new Map([['enterprise.years', new Map([['greaterThan', 3]])]]),
                condition,
              ),
              message: pick('提醒'),
            }),
          ),
          { maxLength: 1 },
        )
        .map((p) => new Map(p.map(([k, r]) => [k, record(r)]))),
    ),
    extra: rarely(fc.tuple(key, tree)),
  })
  .map(({ extra, ...r }) => record(r, extra));

const itemIds = pick('food-licence', 'signboard', 'fire-check', 'health-check', 'constructor');
const variants = (value: fc.Arbitrary<unknown>, member: string) =>
  fc.oneof(
    value,
    fc.array(
      fc.record({ when: maybe(condition), v: value }).map(({ v, ...r }) => record({ ...r, [member]: v })),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  );
const catalogShaped = fc
  .record({
    departments: maybe(
      fc
        .array(
          fc.tuple(pick('market', 'health'), fc.record({ name: pick('局'), level: pick('区县', '村') })),
          { maxLength: 2 },
        )
        .map((p) => new Map(p.map(([k, r]) => [k, record(r)]))),
    ),
    facts: maybe(
      fc
        .array(
          fc.tuple(
            pick('enterprise.kind', 'enterprise.age', 'person.birth', 'nodot'),
            fc.record({
              label: pick('事实'),
              type: pick('single', 'number', 'date', 'list', 'object', 'bad'),
              derive: maybe(
                fc
                  .record({ fn: pick('years-since', 'ages-on', 'nope'), from: factNames })
                  .map((r) => record(r)),
              ),
            }),
          ),
          { maxLength: 3 },
        )
        .map((p) => new Map(p.map(([k, r]) => [k, record(r)]))),
    ),
    materials: maybe(
      fc
        .array(
          fc.tuple(
            pick('lease', 'floor-plan'),
            fc.record({ name: pick('材料'), licence: maybe(pick('business-licence', 'nope')) }),
          ),
          {
            maxLength: 2,
          },
        )
        .map((p) => new Map(p.map(([k, r]) => [k, record(r)]))),
    ),
    items: maybe(
      fc
        .array(
          fc.tuple(
            itemIds,
            fc.record({
              name: pick('事项'),
              department: maybe(pick('market', 'urban', 'nope')),
              after: maybe(fc.uniqueArray(itemIds, { maxLength: 2 })),
              produces: maybe(fc.uniqueArray(pick('food-permit', 'lease', 'nope'), { maxLength: 2 })),
              materials: maybe(fc.array(pick('business-licence', 'floor-plan', 'nope'), { maxLength: 2 })),
              days: maybe(variants(fc.integer({ min: 0, max: 30 }), 'days')),
              fee: maybe(variants(fc.integer({ min: 0, max: 100 }), 'amount')),
              presence: maybe(
                fc.oneof(
                  pick<unknown>(false),
                  fc.record({ venue: pick('hall', 'nope') }).map((r) => record(r)),
                ),
              ),
            }),
          ),
          { maxLength: 3 },
        )
        .map((p) => new Map(p.map(([k, r]) => [k, record(r)]))),
    ),
    extra: maybe(fc.tuple(key, tree)),
  })
  .map(({ extra, ...r }) => record(r, extra));

/** The base theme with one random edit: a deleted span, an inserted string, or a duplicated line. */
const mutatedTheme = fc
  .tuple(
    fc.nat({ max: BASE_THEME.text.length }),
    fc.nat({ max: 40 }),
    fc.oneof(fc.string({ maxLength: 6 }), yamlish),
    pick('delete', 'insert', 'duplicate'),
  )
  .map(([at, length, inserted, how]) => {
    const text = BASE_THEME.text;
    if (how === 'delete') return text.slice(0, at) + text.slice(at + length);
    if (how === 'insert') return text.slice(0, at) + inserted + text.slice(at);
    const lines = text.split('\n');
    const i = at % lines.length;
    return [...lines.slice(0, i + 1), ...lines.slice(i)].join('\n');
  });

const toYaml = (value: unknown): string => stringify(value);

// ---------------------------------------------------------------------------------------------------------
// Properties

describe('loading never throws and reports well-formed diagnostics', () => {
  test('arbitrary text as a theme', () => {
    fc.assert(
      fc.property(texts, (text) => {
        checkTheme(text);
      }),
      { numRuns: RUNS, ...SEED },
    );
  });

  test('arbitrary text as a catalog file', () => {
    fc.assert(fc.property(texts, checkCatalog), { numRuns: RUNS, ...SEED });
  });

  test('JSON values written as YAML, as a theme and as a catalog', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = toYaml(value);
        checkTheme(text);
        checkCatalog(text);
      }),
      { numRuns: RUNS, ...SEED },
    );
  });

  test('YAML trees with hostile and meaningful keys, as a theme and as a catalog', () => {
    fc.assert(
      fc.property(tree, (value) => {
        const text = toYaml(value);
        checkTheme(text);
        checkCatalog(text);
      }),
      { numRuns: RUNS, ...SEED },
    );
  });

  test('theme-shaped documents that reach the semantic checks', () => {
    let compiled = 0;
    fc.assert(
      fc.property(themeShaped, (value) => {
        // One load, checked and counted (not a second load to count it).
        if (checkTheme(toYaml(value)).ok) compiled++;
      }),
      { numRuns: RUNS, ...SEED },
    );
    // The generator is useful only if a fair share of documents gets all the way through.
    expect(compiled).toBeGreaterThan(RUNS / 20);
  });

  test('catalog-shaped documents', () => {
    fc.assert(fc.property(catalogShaped.map(toYaml), checkCatalog), { numRuns: RUNS, ...SEED });
  });

  test('the base theme with one random edit', () => {
    fc.assert(
      fc.property(mutatedTheme, (text) => {
        checkTheme(text);
      }),
      { numRuns: RUNS, ...SEED },
    );
  });
});

describe('hostile keys never reach Object.prototype', () => {
  const hostile = [
    '__proto__: { polluted: yes }\n',
    'constructor: { prototype: { polluted: yes } }\n',
    '{"__proto__": {"polluted": true}}',
    'a: &x { polluted: yes }\n__proto__: *x\n',
    'questions:\n  - __proto__: { polluted: yes }\n    constructor: { prototype: { polluted: yes } }\n',
    'items:\n  __proto__: { when: { polluted: true } }\n',
    'facts:\n  __proto__:\n    polluted: { label: x, type: single }\n',
    '? __proto__\n: { polluted: yes }\n',
    '"__proto__": { "polluted": yes }\n',
  ];
  test.each(hostile)('%j', (text) => {
    checkTheme(text);
    checkCatalog(text);
    const result = loadTheme({ file: 'theme.yaml', text }, catalog);
    expect(result.ok).toBe(false);
  });

  test('generated documents with hostile keys', () => {
    const hostileTree = fc.tuple(pick('__proto__', 'constructor', 'prototype'), tree).map(
      ([k, v]) =>
        new Map<string, unknown>([
          [
            k,
            new Map<string, unknown>([
              ['polluted', true],
              ['x', v],
            ]),
          ],
        ]),
    );
    fc.assert(
      fc.property(hostileTree, tree, (bad, other) => {
        const text = toYaml(
          new Map<string, unknown>([
            ['questions', [bad]],
            ['items', bad],
            ['other', other],
          ]),
        );
        checkTheme(text);
        checkCatalog(text);
      }),
      { numRuns: RUNS, ...SEED },
    );
  });
});

describe('loading is deterministic', () => {
  const otherCatalog = baseCatalog();
  const sameTheme = (text: string) => {
    const source = { file: 'theme.yaml', text };
    const first = loadTheme(source, catalog);
    // Against a second catalog, loaded once for all runs rather than once per run: a result that depended on
    // the catalog object (or on state left in it) would differ.
    const second = loadTheme(source, otherCatalog);
    expect(second).toEqual(first);
    if (first.ok && second.ok) expect(second.theme.hash).toBe(first.theme.hash);
  };
  const sameCatalog = (text: string) => {
    const sources = [BASE_CATALOG, { file: 'extra.yaml', text }];
    const first = loadCatalog(sources);
    const second = loadCatalog(sources);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.ok).toBe(first.ok);
    if (first.ok && second.ok) {
      const { origins: _o1, locators: _l1, ...a } = first.catalog;
      const { origins: _o2, locators: _l2, ...b } = second.catalog;
      expect(b).toEqual(a);
    }
  };

  test('the same theme text twice gives equal results and the same hash', () => {
    fc.assert(fc.property(fc.oneof(themeShaped.map(toYaml), mutatedTheme), sameTheme), {
      numRuns: RUNS,
      ...SEED,
    });
  });

  test('the same catalog text twice gives equal results', () => {
    fc.assert(fc.property(catalogShaped.map(toYaml), sameCatalog), { numRuns: RUNS, ...SEED });
  });

  test('the base theme compiles to the same hash every time', () => {
    const first = loadTheme(BASE_THEME, catalog);
    const second = loadTheme({ ...BASE_THEME }, baseCatalog());
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) {
      expect(second.theme.hash).toMatch(/^[0-9a-f]{16}$/);
      expect(second.theme.hash).toBe(first.theme.hash);
    }
  });
});

describe('the compiled base theme', () => {
  const result = loadTheme(BASE_THEME, catalog);
  if (!result.ok) throw new Error('the base theme does not load');
  const theme = result.theme;

  test('is deeply frozen', () => {
    const unfrozen: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (value === null || typeof value !== 'object') return;
      if (!Object.isFrozen(value)) unfrozen.push(path || '(root)');
      for (const [k, member] of Object.entries(value)) visit(member, `${path}/${k}`);
    };
    visit(theme, '');
    expect(unfrozen).toEqual([]);
    expect(() => {
      (theme.questions as unknown as unknown[]).push({});
    }).toThrow(TypeError);
  });

  test('round-trips through JSON to an equal value', () => {
    const copy: unknown = JSON.parse(JSON.stringify(theme));
    expect(copy).toStrictEqual(theme);
  });

  test('has the catalog entries it uses and not the others', () => {
    expect(Object.keys(theme.catalog.items)).toEqual(['food-licence', 'signboard']);
    expect(Object.keys(theme.catalog.departments)).toEqual(['market', 'urban']);
    expect(Object.keys(theme.catalog.facts)).toEqual([
      'enterprise.founded',
      'enterprise.kind',
      'enterprise.years',
    ]);
  });
});
