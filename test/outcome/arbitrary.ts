/**
 * fast-check generators for the outcome property tests: a family of small catalogs and themes (written as
 * JSON, which the YAML loader reads), a profile with licences, and answers that drive a session.
 *
 * The catalogs are acyclic by construction, as the loader requires: `after` points only at items with a
 * lower index, and an item may use a material only if its index is at least that of every producer of it.
 */
import fc from 'fast-check';
import type { Profile } from '../../src/model/profile.js';

export const TODAY = '2026-03-02';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface QuestionSpec {
  readonly id: string;
  readonly type: 'yes-no' | 'single';
  readonly options: readonly string[];
  readonly when?: Json;
}

/** What the property tests get: the YAML (JSON) texts, a profile, and the answers to give. */
export interface Generated {
  readonly catalog: string;
  readonly theme: string;
  readonly profile: Profile;
  /** Picks for each question in order: option index (single) or even/odd (yes-no). */
  readonly picks: readonly number[];
  /** Stop after this many answers (a partial session), or answer everything when null. */
  readonly stopAfter: number | null;
}

const FORMS = ['原件', '复印件', '电子', '表格'] as const;
const DELIVERY = ['窗口领取', '邮寄送达', '电子证照', '立等可取'] as const;
const KINDS = ['info', 'warning', 'block', 'not-needed'] as const;

const questionsArb: fc.Arbitrary<QuestionSpec[]> = fc
  .array(
    fc.record({
      yesNo: fc.boolean(),
      options: fc.integer({ min: 2, max: 3 }),
      gated: fc.boolean(),
      c: fc.nat(),
    }),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((raw) => {
    const questions: QuestionSpec[] = [];
    raw.forEach((r, i) => {
      const options = r.yesNo ? [] : ['a', 'b', 'c'].slice(0, r.options);
      const spec: QuestionSpec = { id: `q${i}`, type: r.yesNo ? 'yes-no' : 'single', options };
      // A question's condition may read only earlier questions.
      const when = i > 0 && r.gated ? leafOn(questions[r.c % i] as QuestionSpec, r.c) : undefined;
      questions.push(when === undefined ? spec : { ...spec, when });
    });
    return questions;
  });

function leafOn(question: QuestionSpec, seed: number): Json {
  if (question.type === 'yes-no') return { [question.id]: seed % 2 === 0 };
  const option = question.options[seed % question.options.length] as string;
  if (seed % 3 === 0) return { [question.id]: question.options.slice(0, 2) as string[] };
  return { [question.id]: option };
}

/** A condition over the questions: a leaf, a `not`, an `any` or an `all` of two leaves. */
function conditionArb(questions: readonly QuestionSpec[]): fc.Arbitrary<Json> {
  const leaf = fc
    .tuple(fc.nat({ max: questions.length - 1 }), fc.nat())
    .map(([q, seed]) => leafOn(questions[q] as QuestionSpec, seed));
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: leaf.map((l) => ({ not: l })) },
    { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => ({ any: [a, b] })) },
    { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => ({ all: [a, b] })) },
  );
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

function useArb(materials: number, questions: readonly QuestionSpec[]) {
  return fc.record({
    material: fc.nat({ max: materials - 1 }),
    when: maybe(conditionArb(questions)),
    form: maybe(fc.constantFrom(...FORMS)),
    copies: maybe(fc.integer({ min: 1, max: 3 })),
    commitment: maybe(fc.boolean()),
  });
}

function itemArb(materials: number, questions: readonly QuestionSpec[]) {
  return fc.record({
    department: fc.option(fc.constantFrom('d0', 'd1'), { nil: undefined, freq: 8 }),
    level: maybe(fc.constantFrom('市级', '区县')),
    days: fc.oneof(
      fc.integer({ min: 0, max: 20 }),
      fc.tuple(conditionArb(questions), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })),
      fc.constant(undefined),
    ),
    fee: maybe(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 }))),
    presence: maybe(
      fc.record({ venue: fc.constantFrom('v0', 'v1'), purpose: fc.constantFrom('递交材料', '领取证件') }),
    ),
    produces: fc.uniqueArray(fc.nat({ max: materials - 1 }), { maxLength: 2 }),
    after: fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 2 }),
    delivery: fc.uniqueArray(fc.constantFrom(...DELIVERY), { maxLength: 2 }),
    uses: fc.array(useArb(materials, questions), { maxLength: 4 }),
    when: maybe(conditionArb(questions)),
  });
}

type ItemDraft = ReturnType<typeof itemArb> extends fc.Arbitrary<infer T> ? T : never;

/** Turns drafts into a catalog that the loader accepts (see the top of this file). */
function catalogOf(
  materials: readonly { form: string; copies: number; licence: string | undefined; commitment: boolean }[],
  drafts: readonly ItemDraft[],
) {
  // Producers of each material: only the items that may produce it without closing a cycle.
  const users = materials.map((_, m) =>
    drafts.flatMap((d, i) => (d.uses.some((u) => u.material === m) ? [i] : [])),
  );
  const items: Record<string, Json> = {};
  drafts.forEach((d, i) => {
    const produces = d.produces.filter((m) => (users[m] ?? []).every((u) => u >= i));
    const days =
      d.days === undefined
        ? undefined
        : Array.isArray(d.days)
          ? [{ when: d.days[0], days: d.days[1] }, { days: d.days[2] }]
          : d.days;
    items[`i${i}`] = strip({
      name: `事项${i}`,
      department: d.department,
      level: d.level,
      days,
      fee: d.fee,
      presence: d.presence ?? false,
      produces: produces.map((m) => `m${m}`),
      after: d.after.filter((a) => a < i).map((a) => `i${a}`),
      delivery: [...d.delivery],
      materials: d.uses.map((u) =>
        strip({
          material: `m${u.material}`,
          when: u.when,
          form: u.form,
          copies: u.copies,
          commitment: u.commitment,
        }),
      ),
    });
  });
  return {
    departments: { d0: { name: '部门甲', level: '市级' }, d1: { name: '部门乙', level: '区县' } },
    venues: { v0: { name: '政务服务中心', address: '示例路1号' }, v1: { name: '出入境大厅' } },
    licences: { l0: { name: '证照甲' }, l1: { name: '证照乙' } },
    materials: Object.fromEntries(
      materials.map((m, i) => [
        `m${i}`,
        strip({
          name: `材料${i}`,
          form: m.form,
          copies: m.copies,
          licence: m.licence,
          commitment: m.commitment,
        }),
      ]),
    ),
    items,
  };
}

function strip(record: Record<string, Json | undefined>): { [key: string]: Json } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as {
    [key: string]: Json;
  };
}

/** A catalog, a theme over it, a profile and answers. */
export const generatedArb: fc.Arbitrary<Generated> = questionsArb.chain((questions) =>
  fc.integer({ min: 1, max: 6 }).chain((materialCount) =>
    fc
      .record({
        materials: fc.array(
          fc.record({
            form: fc.constantFrom(...FORMS),
            copies: fc.integer({ min: 1, max: 3 }),
            licence: maybe(fc.constantFrom('l0', 'l1')),
            commitment: fc.boolean(),
          }),
          { minLength: materialCount, maxLength: materialCount },
        ),
        items: fc.array(itemArb(materialCount, questions), { minLength: 1, maxLength: 5 }),
        order: fc.nat(),
        notices: fc.array(
          fc.record({ kind: fc.constantFrom(...KINDS), when: maybe(conditionArb(questions)) }),
          { maxLength: 2 },
        ),
        licences: fc.uniqueArray(
          fc.record({
            licence: fc.constantFrom('l0', 'l1'),
            expires: maybe(fc.constantFrom('2025-01-01', TODAY, '2027-01-01')),
          }),
          { maxLength: 2, selector: (l) => l.licence },
        ),
        picks: fc.array(fc.nat({ max: 5 }), { minLength: questions.length, maxLength: questions.length }),
        stopAfter: fc.option(fc.nat({ max: 3 }), { nil: null }),
      })
      .map((g): Generated => {
        const catalog = catalogOf(g.materials, g.items);
        // The theme lists the items in a rotated order, so the theme's order differs from the catalog's.
        const ids = g.items.map((_, i) => i);
        const rotated = [...ids.slice(g.order % ids.length), ...ids.slice(0, g.order % ids.length)];
        const theme = {
          id: 'generated',
          title: '生成的主题',
          version: '1',
          audience: 'person',
          questions: questions.map((q) =>
            strip({
              id: q.id,
              ask: `问题${q.id}？`,
              type: q.type,
              options:
                q.type === 'single'
                  ? Object.fromEntries(q.options.map((o) => [o, `选项${o.toUpperCase()}`]))
                  : undefined,
              when: q.when,
            }),
          ),
          items: Object.fromEntries(
            rotated.map((i) => {
              const when = g.items[i]?.when;
              return [`i${i}`, when === undefined ? 'always' : { when }];
            }),
          ),
          notices: Object.fromEntries(
            g.notices.map((n, i) => [`n${i}`, strip({ kind: n.kind, text: `提示${i}`, when: n.when })]),
          ),
        };
        return {
          catalog: JSON.stringify(catalog),
          theme: JSON.stringify(theme),
          profile: {
            kind: 'person',
            facts: {},
            licences: g.licences.map((l) =>
              l.expires === undefined ? { licence: l.licence } : { licence: l.licence, expires: l.expires },
            ),
            tags: [],
            completed: [],
          },
          picks: g.picks,
          stopAfter: g.stopAfter,
        };
      }),
  ),
);
