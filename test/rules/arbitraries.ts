/** fast-check generators shared by the rules property tests: conditions, fact values, paths. */
import fc from 'fast-check';
import type { Condition, FactReference, LeafCondition } from '../../src/model/condition.js';
import type { Json } from '../../src/model/json.js';

export const FACT_NAMES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export const OPERATORS = [
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
] as const;
export const DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'] as const;

/** Object keys: plain names, an index, a hyphen, Chinese, a dot, and the prototype's own names. */
export const KEYS = ['x', 'y', '0', '1', 'length', 'a-b', '户籍', 'a.b', 'constructor', 'toString'] as const;

const fact = fc.constantFrom(...FACT_NAMES);

/** Scalars chosen to collide: numeric strings, floats, signed zero, empty string, booleans, null. */
export const scalar: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom('12', '3', '1.5', '-2', '0', '', 'abc', 'a', '12abc', ' 7', 'Infinity', '1e1', '1,2'),
  fc.string({ unit: fc.constantFrom('a', 'b', '1', '2', '.'), maxLength: 3 }),
  fc.integer({ min: -3, max: 15 }),
  fc.constantFrom(0, -0, 1.5, 0.1, 12, 3, -1e-7, 1e21),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);

const array = (item: fc.Arbitrary<Json>): fc.Arbitrary<Json> => fc.array(item, { maxLength: 3 });

// Object.fromEntries defines own properties, so a `__proto__` key is an own key, as JSON.parse makes it.
const object = (item: fc.Arbitrary<Json>, keys: readonly string[]): fc.Arbitrary<Json> =>
  fc
    .array(fc.tuple(fc.constantFrom(...keys), item), { maxLength: 4 })
    .map((entries) => Object.fromEntries(entries));

// A literal object, sometimes with an own `__proto__` key. Only a scalar goes there: JRE's clone turns the
// key into the copy's prototype, and an array prototype plus a huge `length` key would make `someValue`
// loop for ever, in JRE and here alike.
const literalObject: fc.Arbitrary<Json> = fc
  .tuple(object(fc.oneof(scalar, array(scalar)), KEYS), fc.option(scalar, { freq: 4, nil: undefined }))
  .map(([o, proto]) =>
    proto === undefined ? o : Object.fromEntries([...Object.entries(o as object), ['__proto__', proto]]),
  );

/** Values a literal may hold (no `fact` key, which would make it a reference). */
export const literal: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: scalar },
  { weight: 4, arbitrary: array(fc.oneof(scalar, array(scalar))) },
  { weight: 1, arbitrary: literalObject },
);

/** Fact values: literals, deeper objects for paths, and `undefined` (settled but absent). */
export const factValue: fc.Arbitrary<unknown> = fc
  .letrec<{ value: Json }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      scalar,
      array(tie('value')),
      object(tie('value'), [...KEYS, '__proto__']),
    ),
  }))
  .value.chain((value) =>
    fc.oneof({ weight: 9, arbitrary: fc.constant<unknown>(value) }, fc.constant(undefined)),
  );

/** Full fact sets over FACT_NAMES; sometimes `f` is the very object `e` is, so identity comparisons occur. */
export const settledFacts: fc.Arbitrary<Map<string, unknown>> = fc
  .tuple(fc.array(factValue, { minLength: 6, maxLength: 6 }), fc.boolean())
  .map(([values, alias]) => {
    const facts = new Map<string, unknown>(FACT_NAMES.map((name, i) => [name, values[i]]));
    if (alias) facts.set('f', facts.get('e'));
    return facts;
  });

const name = fc.constantFrom('x', 'y', 'length', 'a-b', '户籍', 'constructor', '__proto__', '$x', '_');
const key = fc.constantFrom(...KEYS, '__proto__', 'a b', '...');

/** Paths from the supported subset. */
export const path: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      name.map((n) => `.${n}`),
      fc.nat({ max: 3 }).map((n) => `[${n}]`),
      key.map((k) => `['${k}']`),
      key.map((k) => `["${k}"]`),
    ),
    { maxLength: 3 },
  )
  .map((segments) => `$${segments.join('')}`);

const withPath = <T extends { readonly fact: string }>(base: T, p: string | null): T =>
  p === null ? base : { ...base, path: p };

const optionalPath = fc.option(path, { freq: 3 });

const reference: fc.Arbitrary<FactReference> = fc
  .tuple(fact, optionalPath)
  .map(([f, p]) => withPath({ fact: f }, p));

// Operators that index into the value (in, someValue, …) mostly get arrays, so that fewer samples throw.
const wantsArray = (operator: string): boolean =>
  /^(in|notIn)$|someValue|everyValue|swap:(contains|doesNot)/.test(operator);

/** An operator name: 0–2 decorator prefixes on a base operator (custom ones included when given). */
export const operatorName = (custom: readonly string[] = []): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...DECORATORS), { maxLength: 2 }),
      fc.constantFrom(...OPERATORS, ...custom),
    )
    .map(([prefix, base]) => [...prefix, base].join(':'));

/** A leaf condition over FACT_NAMES. */
export const leaf = (custom: readonly string[] = []): fc.Arbitrary<LeafCondition> =>
  fc
    .tuple(fact, operatorName(custom), optionalPath)
    .chain(([f, operator, p]) =>
      fc
        .oneof(
          { weight: 3, arbitrary: wantsArray(operator) ? array(scalar) : literal },
          { weight: 1, arbitrary: literal },
          { weight: 1, arbitrary: reference },
        )
        .map((value) => withPath({ fact: f, operator, value }, p)),
    );

/** Conditions nested up to depth 4, referring to the given named conditions. */
export const condition = (refs: readonly string[], custom: readonly string[] = []): fc.Arbitrary<Condition> =>
  fc.letrec<{ node: Condition }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 4 },
      leaf(custom),
      fc.array(tie('node'), { maxLength: 3 }).map((all) => ({ all })),
      fc.array(tie('node'), { maxLength: 3 }).map((any) => ({ any })),
      tie('node').map((not) => ({ not })),
      ...(refs.length > 0 ? [fc.constantFrom(...refs).map((name) => ({ condition: name }))] : []),
    ),
  })).node;

/** JRE accepts only all/any/not/condition at a rule's or named condition's root. */
export const asRoot = (c: Condition): Condition => ('fact' in c ? { all: [c] } : c);

/** A root condition plus named conditions n0..n2, each referring only to earlier ones (no cycles). */
export interface Sample {
  readonly root: Condition;
  readonly conditions: Readonly<Record<string, Condition>>;
}

export const sample = (custom: readonly string[] = []): fc.Arbitrary<Sample> =>
  fc
    .tuple(
      condition([], custom),
      condition(['n0'], custom),
      condition(['n0', 'n1'], custom),
      condition(['n0', 'n1', 'n2'], custom),
    )
    .map(([n0, n1, n2, root]) => ({ root, conditions: { n0: asRoot(n0), n1: asRoot(n1), n2: asRoot(n2) } }));
