/**
 * fast-check generators of valid tongban themes, for property tests of sessions, outcomes and enumeration.
 *
 * Valid by construction: `arbitraryThemeYaml()` writes a catalog and a theme as YAML text that the real loader
 * (`loadCatalog` + `loadTheme`) accepts without errors (`test/session/arbitrary-theme.test.ts` checks it).
 *
 * - 1–12 questions of all five types (single, multiple with an optional exclusive "none" option, yes-no,
 *   number with optional min/max/integer/unit, date with fixed or `today±N[dmy]` bounds), some prefilled from a
 *   profile fact of the same type (`person.<question>`).
 * - Each question's `when` reads EARLIER questions only: shorthand (`{q: v}`, `{q: [a, b]}`, `{q: {op: v}}`,
 *   several keys) and full json-rules-engine leaves (`{fact, operator, value}`), nested in all/any/not, with
 *   equal/notEqual/in/notIn on single, yes-no, number and date facts, contains/doesNotContain on multiple
 *   choices, lessThan…/greaterThan… on numbers and dates, any of them behind a `not:` decorator, values drawn
 *   from the fact's domain (option ids, booleans, numbers, dates), and references to named conditions
 *   (`conditions:`) that read only questions before the referring one.
 * - Catalog items with departments, materials (plain or conditional uses), `produces`/`after` pointing only
 *   at earlier items (no cycles), days/fee/presence as plain values or variants; all included in the theme
 *   (`always` or a condition over any question); notices of every kind (info, warning, block, not-needed),
 *   blocking ones always with a condition (a blocking notice that applies ends the questionnaire).
 *
 * API:
 * - `arbitraryThemeYaml(options?)` → `fc.Arbitrary<{ catalog, theme }>` (YAML texts; `ThemeArbitraryOptions`
 *   bounds the number of questions, the nesting depth and turns prefill and named conditions on or off).
 * - `arbitraryLoadedTheme(options?)` → `fc.Arbitrary<CompiledTheme>`, loaded with the real loader.
 * - `loadThemeYaml({ catalog, theme })` → the compiled theme (throws with the diagnostics if it does not load).
 * - `arbitraryAnswerFor(question, today?)` → values `answer` accepts for that question (choices in random
 *   order, numbers and dates biased to the question's cuts so that both sides of every band occur).
 * - `arbitraryAnyValue()` → anything, mostly invalid answers (wrong types, unknown/duplicate options, NaN,
 *   2025-02-30 …); a value may happen to be valid, so callers must accept both outcomes.
 * - `arbitraryProfileFor(theme, today?)` → profiles for the prefilled questions, with fitting, unfitting and
 *   missing values.
 * - `answerBuilderFor(question, today?)`, `profileBuilderFor(theme, today?)`: the same as stable builders for
 *   `fc.gen()` (`g(answerBuilderFor(q, today))`). fast-check caches a `g` arbitrary per builder and deeply
 *   compared arguments for the whole property and shrinks by matching builders, so pass neither inline
 *   lambdas (shrinking never ends) nor questions or themes as arguments (slow).
 * - `GENERATED_TODAY`: a `today` every generated date range is non-empty on (any date 1970–2060 works);
 *   `GENERATED_THEME_ID`: the id of every generated theme.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import type { Profile } from '../../src/model/profile.js';
import type { AnswerValue } from '../../src/model/session.js';
import type { CompiledTheme, Question } from '../../src/model/theme.js';
import { resolveBound } from '../../src/question-types/date.js';
import { formatDate, parseDate } from '../../src/util/dates.js';

/** The two YAML files of a generated theme. */
export interface ThemeYaml {
  readonly catalog: string;
  readonly theme: string;
}

export interface ThemeArbitraryOptions {
  /** Fewest questions (default 1). */
  readonly minQuestions?: number;
  /** Most questions (default 12). */
  readonly maxQuestions?: number;
  /** Deepest all/any/not nesting of a condition (default 3). */
  readonly maxDepth?: number;
  /** Whether some questions are prefilled from profile facts (default true). */
  readonly prefill?: boolean;
  /** Whether the theme has named conditions that questions, items and notices refer to (default true). */
  readonly namedConditions?: boolean;
  /** Most catalog items (default 5, at least 1). */
  readonly maxItems?: number;
  /** Whether options of choice questions may have conditions over earlier questions (default false). */
  readonly optionConditions?: boolean;
}

/** A `today` on which every generated date range is non-empty. */
export const GENERATED_TODAY = '2026-06-15';

/** The id of every generated theme. */
export const GENERATED_THEME_ID = 'generated';

// ---------------------------------------------------------------------------------------------------------
// Question shapes: what a question is, before conditions.

type Shape =
  | { readonly type: 'single' | 'multiple'; readonly options: readonly string[]; readonly exclusive?: string }
  | { readonly type: 'yes-no' }
  | { readonly type: 'number'; readonly min?: number; readonly max?: number; readonly integer: boolean }
  | { readonly type: 'date'; readonly min?: string; readonly max?: string };

/** A question's fact as conditions see it. */
interface Fact {
  readonly id: string;
  readonly shape: Shape;
}

const OPTION_IDS = ['a', 'b', 'c', 'd', 'e'] as const;

const choiceShape: fc.Arbitrary<Shape> = fc
  .record({
    type: fc.constantFrom('single' as const, 'multiple' as const),
    count: fc.integer({ min: 2, max: 4 }),
    none: fc.boolean(),
  })
  .map(({ type, count, none }) => {
    const options = OPTION_IDS.slice(0, count);
    if (type === 'multiple' && none) return { type, options: [...options, 'none'], exclusive: 'none' };
    return { type, options };
  });

// Ranges that are never empty: min ≤ max for numbers; for dates, on any `today` from 1970 to 2060.
const numberShape: fc.Arbitrary<Shape> = fc
  .record({
    min: fc.option(fc.constantFrom(0, 1, -50), { nil: undefined }),
    max: fc.option(fc.constantFrom(10, 100, 1000), { nil: undefined }),
    integer: fc.boolean(),
  })
  .map(({ min, max, integer }) => ({
    type: 'number' as const,
    integer,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  }));

const dateShape: fc.Arbitrary<Shape> = fc
  .record({
    min: fc.option(fc.constantFrom('1950-01-01', 'today-100y', 'today-30y'), { nil: undefined }),
    max: fc.option(fc.constantFrom('today', 'today-18y', '2030-12-31', 'today+1y', 'today+30d'), {
      nil: undefined,
    }),
  })
  .map(({ min, max }) => ({
    type: 'date' as const,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  }));

const shapeArb: fc.Arbitrary<Shape> = fc.oneof(
  { weight: 3, arbitrary: choiceShape },
  { weight: 2, arbitrary: fc.constant<Shape>({ type: 'yes-no' }) },
  { weight: 2, arbitrary: numberShape },
  { weight: 2, arbitrary: dateShape },
);

// ---------------------------------------------------------------------------------------------------------
// Values of a fact's domain, for conditions.

function numberRange(shape: { readonly min?: number; readonly max?: number }): [number, number] {
  return [shape.min ?? -20, shape.max ?? 200];
}

const conditionDate: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 1940, max: 2035 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => formatDate([y, m, d])),
  // Near the generated today and its usual offsets, so that date bounds and conditions interact.
  fc.constantFrom(
    '2008-06-15',
    '2008-06-14',
    '1996-06-15',
    '2026-06-15',
    '2026-07-15',
    '2000-02-29',
    '1950-01-01',
  ),
);

/** One value of a fact's domain: an option id, a boolean, a number or a date. */
function domainValue(shape: Shape): fc.Arbitrary<string | number | boolean> {
  switch (shape.type) {
    case 'single':
    case 'multiple':
      return fc.constantFrom(...shape.options);
    case 'yes-no':
      return fc.boolean();
    case 'number': {
      const [lo, hi] = numberRange(shape);
      const whole = fc.integer({ min: lo, max: hi });
      return shape.integer
        ? whole
        : fc.oneof(
            whole,
            whole.map((n) => n + 0.5),
          );
    }
    case 'date':
      return conditionDate;
  }
}

const EQUALITY = ['equal', 'notEqual'] as const;
const MEMBERSHIP = ['in', 'notIn'] as const;
const ORDER = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;
const CONTAINS = ['contains', 'doesNotContain'] as const;

/** A test of one fact: an operator (maybe `not:`-decorated) and its right-hand side. */
interface Test {
  readonly operator: string;
  readonly value: unknown;
}

function testArb(shape: Shape): fc.Arbitrary<Test> {
  const value = domainValue(shape);
  const list = fc.uniqueArray(value, { minLength: 1, maxLength: 3 });
  const bases: fc.Arbitrary<{ base: string; value: unknown }>[] = [];
  if (shape.type === 'multiple') {
    bases.push(fc.record({ base: fc.constantFrom(...CONTAINS), value }));
  } else {
    bases.push(fc.record({ base: fc.constantFrom(...EQUALITY), value }));
    bases.push(fc.record({ base: fc.constantFrom(...MEMBERSHIP), value: list }));
    if (shape.type === 'number' || shape.type === 'date') {
      bases.push(fc.record({ base: fc.constantFrom(...ORDER), value }));
    }
  }
  return fc
    .tuple(fc.oneof(...bases), fc.boolean(), fc.integer({ min: 0, max: 4 }))
    .map(([{ base, value }, negate, r]) => ({ operator: negate && r === 0 ? `not:${base}` : base, value }));
}

/** Shorthand test: a scalar for `equal`, a list for `in`, else `{ operator: value }`. */
function shorthandTest(test: Test, plain: boolean): unknown {
  if (plain && test.operator === 'equal') return test.value;
  if (plain && test.operator === 'in') return test.value;
  return { [test.operator]: test.value };
}

// ---------------------------------------------------------------------------------------------------------
// Conditions over a set of readable facts and named conditions.

interface Named {
  readonly name: string;
  /** How many leading questions it reads: usable by question `reads` and later, and by items and notices. */
  readonly reads: number;
}

function conditionArb(facts: readonly Fact[], named: readonly Named[], depth: number): fc.Arbitrary<unknown> {
  const fact = fc.constantFrom(...facts);
  const full = fact.chain((f) =>
    testArb(f.shape).map((t) => ({ fact: f.id, operator: t.operator, value: t.value })),
  );
  const single = fc
    .tuple(fact, fc.boolean())
    .chain(([f, plain]) => testArb(f.shape).map((t) => ({ [f.id]: shorthandTest(t, plain) })));
  // Several operators on one fact: `{ q: { greaterThan: 1, lessThan: 9 } }`.
  const multiOperator = fact.chain((f) =>
    fc
      .uniqueArray(testArb(f.shape), { minLength: 2, maxLength: 3, selector: (t) => t.operator })
      .map((tests) => ({ [f.id]: Object.fromEntries(tests.map((t) => [t.operator, t.value])) })),
  );
  // Several facts in one mapping: all of them must hold.
  const multiFact = fc
    .uniqueArray(fact, { minLength: 2, maxLength: 3, selector: (f) => f.id })
    .chain((fs) =>
      fc
        .tuple(...fs.map((f) => fc.tuple(testArb(f.shape), fc.boolean())))
        .map((tests) =>
          Object.fromEntries(tests.map(([test, plain], i) => [fs[i]?.id, shorthandTest(test, plain)])),
        ),
    );
  const leaves: fc.WeightedArbitrary<unknown>[] = [
    { weight: 4, arbitrary: single },
    { weight: 3, arbitrary: full },
    { weight: 1, arbitrary: multiOperator },
  ];
  if (facts.length > 1) leaves.push({ weight: 1, arbitrary: multiFact });
  const usable = named.filter((n) => n.reads <= facts.length);
  if (usable.length > 0) {
    leaves.push({ weight: 1, arbitrary: fc.constantFrom(...usable).map((n) => ({ condition: n.name })) });
  }
  const leaf = fc.oneof(...leaves);
  if (depth <= 0) return leaf;
  const inner = conditionArb(facts, named, depth - 1);
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(inner, { minLength: 1, maxLength: 3 }).map((all) => ({ all })) },
    { weight: 1, arbitrary: fc.array(inner, { minLength: 1, maxLength: 3 }).map((any) => ({ any })) },
    { weight: 1, arbitrary: inner.map((not) => ({ not })) },
  );
}

/** A condition or none (`undefined`), none more often when there is little to read. */
function maybeCondition(
  facts: readonly Fact[],
  named: readonly Named[],
  depth: number,
): fc.Arbitrary<unknown> {
  if (facts.length === 0) return fc.constant(undefined);
  return fc.option(conditionArb(facts, named, depth), { nil: undefined, freq: 3 });
}

// ---------------------------------------------------------------------------------------------------------
// Questions as written.

const LEVELS = ['国家', '省级', '市级', '区县', '街镇'] as const;
const FORMS = ['原件', '复印件', '电子', '表格'] as const;
const DELIVERIES = ['窗口领取', '邮寄送达', '电子证照', '立等可取'] as const;
const NOTICE_KINDS = ['info', 'warning', 'block', 'not-needed'] as const;

interface QuestionExtras {
  readonly implicitSingle: boolean;
  readonly short: boolean;
  readonly help: boolean;
  readonly en: boolean;
  readonly unit: boolean;
  readonly richOptions: boolean;
  readonly prefill: boolean;
}

const extrasArb: fc.Arbitrary<QuestionExtras> = fc.record({
  implicitSingle: fc.boolean(),
  short: fc.boolean(),
  help: fc.boolean(),
  en: fc.boolean(),
  unit: fc.boolean(),
  richOptions: fc.boolean(),
  prefill: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
});

function optionsYaml(options: readonly string[], exclusive: string | undefined, rich: boolean): unknown {
  return Object.fromEntries(
    options.map((id) => {
      if (id === exclusive) return [id, { label: '以上都没有', short: '无', exclusive: true }];
      const label = `选项${id.toUpperCase()}`;
      return [id, rich ? { label, short: id.toUpperCase(), help: `说明${id}`, en: `Option ${id}` } : label];
    }),
  );
}

/** The question with a condition on each option given one (options in their written order). */
function withOptionWhens(q: Record<string, unknown>, whens: readonly unknown[]): Record<string, unknown> {
  if (!whens.some((w) => w !== undefined) || q.options === undefined) return q;
  const options = Object.entries(q.options as Record<string, unknown>).map(([id, option], o) => {
    const when = whens[o];
    if (when === undefined) return [id, option];
    const written = typeof option === 'string' ? { label: option } : (option as Record<string, unknown>);
    return [id, { ...written, when }];
  });
  return { ...q, options: Object.fromEntries(options) };
}

function questionYaml(
  fact: Fact,
  when: unknown,
  extras: QuestionExtras,
  prefill: boolean,
): Record<string, unknown> {
  const { shape } = fact;
  const q: Record<string, unknown> = { id: fact.id, ask: `问题${fact.id}？` };
  if (!(shape.type === 'single' && extras.implicitSingle)) q.type = shape.type;
  if (extras.en) q.en = `Question ${fact.id}?`;
  if (extras.help) q.help = '请如实填写';
  if (extras.short) q.short = `简称${fact.id}`;
  if (when !== undefined) q.when = when;
  if (prefill) q.prefill = `person.${fact.id}`;
  switch (shape.type) {
    case 'single':
    case 'multiple':
      q.options = optionsYaml(shape.options, shape.exclusive, extras.richOptions);
      break;
    case 'yes-no':
      if (extras.richOptions) {
        q.yes = `有${fact.id}`;
        q.no = `无${fact.id}`;
      }
      break;
    case 'number':
      if (extras.unit) q.unit = '㎡';
      if (shape.min !== undefined) q.min = shape.min;
      if (shape.max !== undefined) q.max = shape.max;
      if (shape.integer) q.integer = true;
      break;
    case 'date':
      if (shape.min !== undefined) q.min = shape.min;
      if (shape.max !== undefined) q.max = shape.max;
      break;
  }
  return q;
}

/** The catalog declaration of the profile fact that prefills a question: same type, same options. */
function prefillFactYaml(fact: Fact): Record<string, unknown> {
  const { shape } = fact;
  const declared: Record<string, unknown> = { label: `档案${fact.id}`, type: shape.type };
  if (shape.type === 'single' || shape.type === 'multiple') {
    declared.options = optionsYaml(shape.options, shape.exclusive, false);
  }
  return declared;
}

// ---------------------------------------------------------------------------------------------------------
// Catalog items and notices.

function variantsArb<T>(
  value: fc.Arbitrary<T>,
  when: fc.Arbitrary<unknown>,
  entry: (v: T, when: unknown) => Record<string, unknown>,
  plain: (v: T) => unknown,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    value.map(plain),
    fc
      .tuple(fc.array(fc.tuple(value, when), { minLength: 1, maxLength: 2 }), value)
      .map(([conditional, last]) => [...conditional.map(([v, w]) => entry(v, w)), entry(last, undefined)]),
  );
}

function withWhen(entry: Record<string, unknown>, when: unknown): Record<string, unknown> {
  return when === undefined ? entry : { when, ...entry };
}

interface ItemPlan {
  readonly department: number;
  readonly materials: readonly {
    readonly material: number;
    readonly when: unknown;
    readonly form?: string;
    readonly copies?: number;
  }[];
  readonly produces: readonly number[];
  readonly after: readonly number[];
  /** Earlier items whose results this item uses (when they produce one). */
  readonly results: readonly number[];
  readonly days: unknown;
  readonly fee: unknown;
  readonly presence: unknown;
  readonly delivery: readonly string[];
  readonly basis: boolean;
  readonly include: unknown;
}

const MATERIALS = 6;
const DEPARTMENTS = 3;

function itemPlanArb(
  index: number,
  when: fc.Arbitrary<unknown>,
  always: fc.Arbitrary<unknown>,
): fc.Arbitrary<ItemPlan> {
  const earlier = Array.from({ length: index }, (_, i) => i);
  return fc.record({
    department: fc.integer({ min: 0, max: DEPARTMENTS - 1 }),
    materials: fc.array(
      fc.record(
        {
          material: fc.integer({ min: 0, max: MATERIALS - 1 }),
          when: fc.option(when, { nil: undefined, freq: 2 }),
          form: fc.constantFrom(...FORMS),
          copies: fc.integer({ min: 1, max: 3 }),
        },
        { requiredKeys: ['material', 'when'] },
      ),
      { maxLength: 4 },
    ),
    // Item i may produce `result-i`, which only later items use (see `results`).
    produces: fc.boolean().map((b) => (b ? [index] : [])),
    after: fc.subarray(earlier, { maxLength: Math.min(2, earlier.length) }),
    results: fc.subarray(earlier, { maxLength: Math.min(2, earlier.length) }),
    days: variantsArb(
      fc.integer({ min: 0, max: 30 }),
      when,
      (days, w) => withWhen({ days }, w),
      (days) => days,
    ),
    fee: variantsArb(
      fc.tuple(fc.constantFrom(0, 20, 60, 120.5), fc.boolean()),
      when,
      ([amount, note], w) => withWhen(note ? { amount, note: '工本费' } : { amount }, w),
      ([amount, note]) => (note ? { amount, note: '工本费' } : amount),
    ),
    presence: fc.oneof(
      fc.constant(false),
      fc.constant({ venue: 'hall', purpose: '采集指纹' }),
      fc
        .tuple(fc.array(when, { minLength: 1, maxLength: 2 }), fc.boolean())
        .map(([whens, lastVisit]) => [
          ...whens.map((w) => ({ when: w, venue: 'hall', purpose: '现场核验' })),
          lastVisit ? { venue: 'window', purpose: '领取证件' } : {},
        ]),
    ),
    delivery: fc.subarray([...DELIVERIES], { maxLength: 2 }),
    basis: fc.boolean(),
    include: fc.oneof(
      always,
      when.map((w) => ({ when: w })),
    ),
  });
}

function itemYaml(index: number, plan: ItemPlan, producedBy: ReadonlySet<number>): Record<string, unknown> {
  const item: Record<string, unknown> = {
    name: `事项${index + 1}`,
    department: `dept-${plan.department + 1}`,
  };
  if (plan.basis) item.basis = ['《示例条例》第一条'];
  item.days = plan.days;
  item.fee = plan.fee;
  item.presence = plan.presence;
  if (plan.delivery.length > 0) item.delivery = plan.delivery;
  if (plan.after.length > 0) item.after = plan.after.map((i) => `item-${i + 1}`);
  if (plan.produces.length > 0) item.produces = plan.produces.map((i) => `result-${i + 1}`);
  // Materials: shared ones, and results of earlier items only, so that production never goes backwards.
  const uses: unknown[] = plan.materials.map((use) => {
    const id = `material-${use.material + 1}`;
    if (use.when === undefined && use.form === undefined) return id;
    return {
      material: id,
      ...(use.when === undefined ? {} : { when: use.when }),
      ...(use.form === undefined ? {} : { form: use.form }),
      ...(use.copies === undefined ? {} : { copies: use.copies }),
    };
  });
  for (const earlier of plan.results) if (producedBy.has(earlier)) uses.push(`result-${earlier + 1}`);
  if (uses.length > 0) item.materials = uses;
  return item;
}

interface NoticePlan {
  readonly kind: (typeof NOTICE_KINDS)[number];
  readonly basis: boolean;
  readonly when: unknown;
}

// ---------------------------------------------------------------------------------------------------------
// The whole theme.

/** A catalog and a theme as YAML text that the real loader accepts. */
export function arbitraryThemeYaml(options: ThemeArbitraryOptions = {}): fc.Arbitrary<ThemeYaml> {
  const minQuestions = options.minQuestions ?? 1;
  const maxQuestions = options.maxQuestions ?? 12;
  const depth = options.maxDepth ?? 3;
  const usePrefill = options.prefill ?? true;
  const useNamed = options.namedConditions ?? true;
  const maxItems = Math.max(1, options.maxItems ?? 5);
  const useOptionWhens = options.optionConditions ?? false;

  return fc
    .array(fc.tuple(shapeArb, extrasArb), { minLength: minQuestions, maxLength: maxQuestions })
    .chain((planned) => {
      const facts: Fact[] = planned.map(([shape], i) => ({ id: `q${i + 1}`, shape }));
      // Named conditions, each over a prefix of the questions; a later one may refer to an earlier one.
      const namedArb = useNamed
        ? fc.array(fc.integer({ min: 1, max: facts.length }), { maxLength: 3 }).chain((prefixes) => {
            const named = prefixes.map((reads, i): Named => ({ name: `cond-${i + 1}`, reads }));
            return fc
              .tuple(
                ...named.map((n, i) =>
                  conditionArb(facts.slice(0, n.reads), named.slice(0, i), Math.min(depth, 2)),
                ),
              )
              .map((conditions) => ({ named, conditions }));
          })
        : fc.constant({ named: [] as Named[], conditions: [] as unknown[] });
      return namedArb.chain(({ named, conditions }) => {
        const anyCondition = conditionArb(facts, named, Math.min(depth, 2));
        const whens = fc.tuple(...facts.map((_, i) => maybeCondition(facts.slice(0, i), named, depth)));
        // An option's condition, like its question's, reads only earlier questions.
        const optionWhens = fc.tuple(
          ...facts.map(({ shape }, i) =>
            useOptionWhens && (shape.type === 'single' || shape.type === 'multiple')
              ? fc.tuple(
                  ...shape.options.map(() => maybeCondition(facts.slice(0, i), named, Math.min(depth, 2))),
                )
              : fc.constant([] as unknown[]),
          ),
        );
        const items = fc
          .integer({ min: 1, max: maxItems })
          .chain((count) =>
            fc.tuple(
              ...Array.from({ length: count }, (_, i) => itemPlanArb(i, anyCondition, fc.constant('always'))),
            ),
          );
        // A blocking notice ends the questionnaire once it certainly applies: it always has a condition.
        const notices = fc.array(
          fc.constantFrom(...NOTICE_KINDS).chain((kind) =>
            fc.record({
              kind: fc.constant(kind),
              basis: fc.boolean(),
              when: kind === 'block' ? anyCondition : fc.option(anyCondition, { nil: undefined, freq: 4 }),
            }),
          ),
          { maxLength: 4 },
        );
        const style = fc.constantFrom('block' as const, 'flow' as const, 'any' as const);
        return fc
          .record({ whens, items, notices, style, optionWhens })
          .map(({ whens, items, notices, style, optionWhens }) =>
            render(
              facts,
              planned.map(([, extras]) => extras),
              named,
              conditions,
              whens,
              items,
              notices,
              style,
              usePrefill,
              optionWhens,
            ),
          );
      });
    });
}

function render(
  facts: readonly Fact[],
  extras: readonly QuestionExtras[],
  named: readonly Named[],
  namedConditions: readonly unknown[],
  whens: readonly unknown[],
  items: readonly ItemPlan[],
  notices: readonly NoticePlan[],
  style: 'block' | 'flow' | 'any',
  usePrefill: boolean,
  optionWhens: readonly (readonly unknown[])[] = [],
): ThemeYaml {
  const prefilled = facts.map((_, i) => usePrefill && (extras[i]?.prefill ?? false));
  const profileFacts = Object.fromEntries(
    facts.flatMap((fact, i) => (prefilled[i] ? [[`person.${fact.id}`, prefillFactYaml(fact)]] : [])),
  );
  const producedBy = new Set(items.flatMap((plan) => plan.produces));
  const materials: Record<string, unknown> = {};
  for (let m = 0; m < MATERIALS; m++) {
    materials[`material-${m + 1}`] = {
      name: `材料${m + 1}`,
      ...(m % 3 === 0 ? { form: '复印件', copies: 2 } : {}),
      ...(m === 0 ? { licence: 'id-card' } : {}),
      ...(m === 1 ? { commitment: true, source: '申请人自备' } : {}),
    };
  }
  for (const produced of producedBy)
    materials[`result-${produced + 1}`] = { name: `办理结果${produced + 1}`, form: '电子' };
  const catalog: Record<string, unknown> = {
    departments: Object.fromEntries(
      Array.from({ length: DEPARTMENTS }, (_, d) => [
        `dept-${d + 1}`,
        { name: `部门${d + 1}`, level: LEVELS[d % LEVELS.length] },
      ]),
    ),
    venues: { hall: { name: '政务服务大厅', address: '示例路1号' }, window: { name: '综合窗口' } },
    licences: { 'id-card': { name: '居民身份证', issuer: '公安机关' } },
    ...(Object.keys(profileFacts).length > 0 ? { facts: profileFacts } : {}),
    materials,
    items: Object.fromEntries(items.map((plan, i) => [`item-${i + 1}`, itemYaml(i, plan, producedBy)])),
  };
  const theme: Record<string, unknown> = {
    id: GENERATED_THEME_ID,
    title: '生成的主题',
    version: '1',
    audience: 'person',
  };
  if (named.length > 0) {
    theme.conditions = Object.fromEntries(named.map((n, i) => [n.name, namedConditions[i]]));
  }
  theme.questions = facts.map((fact, i) =>
    withOptionWhens(
      questionYaml(fact, whens[i], extras[i] as QuestionExtras, prefilled[i] ?? false),
      optionWhens[i] ?? [],
    ),
  );
  theme.items = Object.fromEntries(items.map((plan, i) => [`item-${i + 1}`, plan.include]));
  if (notices.length > 0) {
    theme.notices = Object.fromEntries(
      notices.map((n, i) => [
        `notice-${i + 1}`,
        {
          kind: n.kind,
          text: `提示${i + 1}`,
          ...(n.basis ? { basis: '《示例条例》' } : {}),
          ...(n.when === undefined ? {} : { when: n.when }),
        },
      ]),
    );
  }
  const options = { lineWidth: 0, collectionStyle: style } as const;
  return { catalog: stringify(catalog, options), theme: stringify(theme, options) };
}

/** Loads a catalog and a theme from YAML text with the real loader; throws with the diagnostics otherwise. */
export function loadThemeYaml(yaml: ThemeYaml): CompiledTheme {
  const catalog = loadCatalog([{ file: 'catalog.yaml', text: yaml.catalog }]);
  if (!catalog.ok)
    throw new Error(`catalog does not load:\n${describe(catalog.diagnostics)}\n${yaml.catalog}`);
  const theme = loadTheme({ file: 'theme.yaml', text: yaml.theme }, catalog.catalog);
  if (!theme.ok) throw new Error(`theme does not load:\n${describe(theme.diagnostics)}\n${yaml.theme}`);
  return theme.theme;
}

function describe(
  diagnostics: readonly { file: string; line: number; column: number; code: string; message: string }[],
): string {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n');
}

/** A compiled theme, generated as YAML and loaded with the real loader. */
export function arbitraryLoadedTheme(options: ThemeArbitraryOptions = {}): fc.Arbitrary<CompiledTheme> {
  return arbitraryThemeYaml(options).map(loadThemeYaml);
}

// ---------------------------------------------------------------------------------------------------------
// Answers.

const DAY = 86_400_000;

function dayNumber(date: string): number {
  const [y, m, d] = parseDate(date) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
}

function dateOfDay(day: number): string {
  const date = new Date(day * DAY);
  return formatDate([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
}

/**
 * Values `answer` accepts for `question` (with the session's `today`, which resolves `today-18y` bounds):
 * option ids, non-empty choices in random order with an exclusive option alone, booleans, numbers and dates in
 * range, biased towards the cuts the theme's conditions draw so that every band occurs.
 */
export function arbitraryAnswerFor(question: Question, today?: string): fc.Arbitrary<AnswerValue> {
  switch (question.type) {
    case 'single':
      return fc.constantFrom(...question.options.map((o) => o.id));
    case 'multiple': {
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
      const others = question.options.filter((o) => !o.exclusive).map((o) => o.id);
      const choices: fc.Arbitrary<AnswerValue>[] = [];
      if (others.length > 0) choices.push(fc.shuffledSubarray(others, { minLength: 1 }));
      if (exclusive.length > 0) choices.push(fc.constantFrom(...exclusive).map((id) => [id]));
      return fc.oneof(...choices);
    }
    case 'yes-no':
      return fc.boolean();
    case 'number': {
      const cuts = question.cuts.map((c) => c.value).filter((v): v is number => typeof v === 'number');
      const lo = question.min ?? Math.min(-20, ...cuts) - 10;
      const hi = question.max ?? Math.max(200, ...cuts) + 10;
      const fits = (n: number) => n >= lo && n <= hi && (!question.integer || Number.isInteger(n));
      const near = cuts.flatMap((c) => [c - 1, c - 0.5, c, c + 0.5, c + 1]);
      const special = [...near, lo, hi, 0].filter(fits);
      const wholeLo = Math.ceil(lo);
      const wholeHi = Math.floor(hi);
      const spread: fc.Arbitrary<number>[] = [];
      if (wholeLo <= wholeHi) spread.push(fc.integer({ min: wholeLo, max: wholeHi }));
      if (!question.integer) spread.push(fc.double({ min: lo, max: hi, noNaN: true }));
      if (special.length > 0) spread.push(fc.constantFrom(...special));
      if (spread.length === 0) throw new Error(`number question "${question.id}" accepts no value`);
      return fc.oneof(...spread);
    }
    case 'date': {
      const cuts = question.cuts.map((c) => c.value).filter((v): v is string => typeof v === 'string');
      const min = resolveBound(question.min, today);
      const max = resolveBound(question.max, today);
      const lo = dayNumber(min ?? [...cuts, '1940-01-01'].sort()[0] ?? '1940-01-01') - (min ? 0 : 1);
      const hi = dayNumber(max ?? [...cuts, '2040-12-31'].sort().at(-1) ?? '2040-12-31') + (max ? 0 : 1);
      if (lo > hi) throw new Error(`date question "${question.id}" accepts no date on ${today}`);
      const near = cuts.flatMap((c) => [dayNumber(c) - 1, dayNumber(c), dayNumber(c) + 1]);
      const special = [...near, lo, hi].filter((d) => d >= lo && d <= hi);
      return fc.oneof(fc.integer({ min: lo, max: hi }), fc.constantFrom(...special)).map(dateOfDay);
    }
  }
}

/** Anything at all, mostly values no question accepts; some are valid by chance. */
export function arbitraryAnyValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(
      '',
      'a',
      'b',
      'none',
      'x',
      'yes',
      'true',
      '12',
      '2025-02-30',
      '2025-13-01',
      '2025-1-1',
      'today',
      '2026-06-15',
    ),
    fc.string({ maxLength: 6 }),
    fc.integer({ min: -1000, max: 2000 }),
    fc.constantFrom(
      0.5,
      -0,
      1e21,
      -1e-7,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      150,
      151,
    ),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined),
    fc.array(fc.constantFrom('a', 'b', 'c', 'none', 'x', ''), { maxLength: 4 }),
    fc.array(fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)), { maxLength: 3 }),
    fc.object({ maxDepth: 1 }),
    fc.anything({ maxDepth: 2 }),
  );
}

/**
 * Profiles for a theme's prefilled questions: for each prefill fact, nothing, a value that fits the question
 * (with `today`), or any value (which then does not prefill).
 */
export function arbitraryProfileFor(theme: CompiledTheme, today?: string): fc.Arbitrary<Profile> {
  const prefilled = theme.questions.filter((q) => q.prefill !== undefined);
  const entries = prefilled.map((q) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: arbitraryAnswerFor(q, today) as fc.Arbitrary<unknown> },
      {
        weight: 1,
        arbitrary: fc.oneof(arbitraryAnyValue(), arbitraryAnswerFor(q, undefined) as fc.Arbitrary<unknown>),
      },
    ),
  );
  return fc.tuple(...entries).map((values) => {
    const facts: Record<string, unknown> = {};
    prefilled.forEach((q, i) => {
      const value = values[i];
      // Profiles hold JSON: leave out what JSON cannot carry.
      if (value !== undefined && isJson(value)) facts[q.prefill as string] = value;
    });
    return { kind: 'person', facts: facts as Profile['facts'], licences: [], tags: [], completed: [] };
  });
}

function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value === 'object') {
    return Object.getPrototypeOf(value) === Object.prototype && Object.values(value as object).every(isJson);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Stable builders for fc.gen().

const answerBuilders = new WeakMap<Question, Map<string, () => fc.Arbitrary<AnswerValue>>>();

/** `arbitraryAnswerFor` as a builder for `g` of `fc.gen()`, the same function for the same question and today. */
export function answerBuilderFor(question: Question, today?: string): () => fc.Arbitrary<AnswerValue> {
  let byToday = answerBuilders.get(question);
  if (!byToday) {
    byToday = new Map();
    answerBuilders.set(question, byToday);
  }
  let builder = byToday.get(today ?? '');
  if (!builder) {
    const arbitrary = arbitraryAnswerFor(question, today);
    builder = () => arbitrary;
    byToday.set(today ?? '', builder);
  }
  return builder;
}

const profileBuilders = new WeakMap<CompiledTheme, Map<string, () => fc.Arbitrary<Profile>>>();

/** `arbitraryProfileFor` as a builder for `g` of `fc.gen()`, the same function for the same theme and today. */
export function profileBuilderFor(theme: CompiledTheme, today?: string): () => fc.Arbitrary<Profile> {
  let byToday = profileBuilders.get(theme);
  if (!byToday) {
    byToday = new Map();
    profileBuilders.set(theme, byToday);
  }
  let builder = byToday.get(today ?? '');
  if (!builder) {
    const arbitrary = arbitraryProfileFor(theme, today);
    builder = () => arbitrary;
    byToday.set(today ?? '', builder);
  }
  return builder;
}
