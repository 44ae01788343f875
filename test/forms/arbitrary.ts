/**
 * fast-check generators of themes with forms: yes-no and single-choice questions; catalog fields of every
 * type, some filled from a profile fact or an e-licence's data of the same type, some bound to a question of
 * the same type; forms listing random fields (some under a condition); form materials used by items (some
 * under a condition); a profile whose facts and licence data fit or do not fit their fields. Written as JSON,
 * which the YAML loader reads; valid by construction.
 */
import fc from 'fast-check';
import type { FieldType } from '../../src/model/form.js';
import type { Profile } from '../../src/model/profile.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const TODAY = '2026-03-02';

const TYPES: readonly FieldType[] = [
  'text',
  'number',
  'amount',
  'date',
  'yes-no',
  'single',
  'multiple',
  'id-number',
  'phone',
  'address',
];

/** Values of each field type, valid and not, for profiles, licences and filled-in data. */
const VALUES: Readonly<Record<FieldType, readonly Json[]>> = {
  text: ['示例', '', 'x'.repeat(30), 3],
  number: [0, 12.5, 1e6, -4, '7'],
  amount: [0, 99.5, -1, 'x'],
  date: ['2026-01-31', '2026-02-30', '2025-13-01', 20260101],
  'yes-no': [true, false, 'yes'],
  single: ['a', 'b', 'z', ['a']],
  multiple: [['a'], ['a', 'b'], [], ['a', 'a'], ['z'], 'a'],
  'id-number': ['11010519491231002X', '110105194912310021', '1234', 5],
  phone: ['13800000000', '021-12345678', '12345', true],
  address: ['上海市示例路1号', '', null],
};

/** The fact type that fills a field type as it is (none for types only licence data fills). */
const FACT_OF: Readonly<Partial<Record<FieldType, string>>> = {
  text: 'text',
  number: 'number',
  date: 'date',
  'yes-no': 'yes-no',
  single: 'single',
  phone: 'text',
  'id-number': 'text',
  address: 'text',
};

export interface FieldSpec {
  readonly type: FieldType;
  readonly required: boolean;
  readonly max: number | undefined;
  readonly section: number;
  /** 0: none, 1: a profile fact, 2: licence data, 3: both (licence first). */
  readonly sources: number;
  /** Bound to the question of this index when of the same type (yes-no or single). */
  readonly bind: number | undefined;
}

export interface FormsGenerated {
  readonly catalog: string;
  readonly theme: string;
  readonly profile: Profile;
  readonly picks: readonly number[];
  readonly fields: readonly FieldSpec[];
}

const questionArb = fc.boolean().map((yesNo) => (yesNo ? 'yes-no' : 'single'));

function conditionOn(questions: readonly string[], q: number, seed: number): Json {
  const question = `q${q % questions.length}`;
  return questions[q % questions.length] === 'yes-no'
    ? { [question]: seed % 2 === 0 }
    : { [question]: ['a', 'b', 'c'][seed % 3] as string };
}

const maybeWhen = fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined, freq: 2 });

export const formsArb: fc.Arbitrary<FormsGenerated> = fc
  .record({
    questions: fc.array(questionArb, { minLength: 1, maxLength: 4 }),
    fields: fc.array(
      fc.record({
        type: fc.constantFrom(...TYPES),
        required: fc.boolean(),
        max: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        section: fc.nat({ max: 2 }),
        sources: fc.nat({ max: 3 }),
        bind: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    forms: fc.array(
      fc.array(fc.record({ field: fc.nat(), when: maybeWhen, optional: fc.boolean() }), { maxLength: 5 }),
      { minLength: 1, maxLength: 3 },
    ),
    items: fc.array(
      fc.record({
        when: maybeWhen,
        uses: fc.array(fc.record({ form: fc.nat(), when: maybeWhen }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    facts: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    data: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    hasLicence: fc.boolean(),
    picks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  })
  .map((g) => {
    const fields: FieldSpec[] = g.fields.map((f) => {
      const q = f.bind === undefined ? undefined : f.bind % g.questions.length;
      const bindable = q !== undefined && (g.questions[q] as string) === f.type;
      const sources = f.type === 'amount' || f.type === 'multiple' ? f.sources & 2 : f.sources;
      return { ...f, sources, bind: bindable ? q : undefined, max: TEXTISH.has(f.type) ? f.max : undefined };
    });
    const catalogFields: Record<string, Json> = {};
    const facts: Record<string, Json> = {};
    const profileFacts: Record<string, Json> = {};
    const licenceData: Record<string, Json> = {};
    fields.forEach((f, i) => {
      const from: Json[] = [];
      if (f.sources & 2) from.push({ licence: 'lic', data: `f${i}` });
      if (f.sources & 1) {
        from.push({ fact: `person.f${i}` });
        facts[`person.f${i}`] = strip({
          label: `事实${i}`,
          type: FACT_OF[f.type] ?? 'text',
          options: f.type === 'single' ? OPTIONS : undefined,
        });
        const values = VALUES[f.type];
        const pick = (g.facts[i] ?? 0) % (values.length + 1);
        if (pick < values.length) profileFacts[`person.f${i}`] = values[pick] as Json;
      }
      const values = VALUES[f.type];
      const pick = (g.data[i] ?? 0) % (values.length + 1);
      if (pick < values.length) licenceData[`f${i}`] = values[pick] as Json;
      catalogFields[`f${i}`] = strip({
        label: `字段${i}`,
        type: f.type,
        section: `分组${f.section}`,
        required: f.required,
        max: f.max,
        options: f.type === 'single' || f.type === 'multiple' ? OPTIONS : undefined,
        from,
      });
    });
    const forms: Record<string, Json> = {};
    const materials: Record<string, Json> = {};
    g.forms.forEach((entries, k) => {
      const seen = new Set<number>();
      const list: Json[] = [];
      for (const e of entries) {
        const field = e.field % fields.length;
        if (seen.has(field)) continue;
        seen.add(field);
        const when = e.when && conditionOn(g.questions, ...e.when);
        list.push(
          when === undefined && !e.optional
            ? `f${field}`
            : strip({ field: `f${field}`, when, required: e.optional ? false : undefined }),
        );
      }
      if (list.length === 0) list.push('f0');
      forms[`form${k}`] = { fields: list };
      materials[`m${k}`] = { name: `申请表${k}`, form: '表格', fill: `form${k}` };
    });
    const items: Record<string, Json> = {};
    const themeItems: Record<string, Json> = {};
    g.items.forEach((item, i) => {
      items[`i${i}`] = {
        name: `事项${i}`,
        materials: item.uses.map((u) =>
          strip({
            material: `m${u.form % g.forms.length}`,
            when: u.when && conditionOn(g.questions, ...u.when),
          }),
        ),
      };
      themeItems[`i${i}`] = item.when ? { when: conditionOn(g.questions, ...item.when) } : 'always';
    });
    const catalog = {
      licences: {
        lic: { name: '证照', data: Object.fromEntries(fields.map((_, i) => [`f${i}`, `数据${i}`])) },
      },
      ...(Object.keys(facts).length > 0 ? { facts } : {}),
      fields: catalogFields,
      forms,
      materials,
      items,
    };
    const bindings: Record<string, Json> = {};
    fields.forEach((f, i) => {
      if (f.bind !== undefined) bindings[`f${i}`] = { answer: `q${f.bind}` };
    });
    const theme = {
      id: 'forms',
      title: '表单',
      version: '1',
      audience: 'person',
      questions: g.questions.map((type, i) =>
        type === 'yes-no'
          ? { id: `q${i}`, ask: `问题${i}？`, type }
          : { id: `q${i}`, ask: `问题${i}？`, type, options: OPTIONS },
      ),
      items: themeItems,
      ...(Object.keys(bindings).length > 0 ? { fields: bindings } : {}),
    };
    const profile: Profile = {
      kind: 'person',
      facts: profileFacts,
      licences: g.hasLicence ? [{ licence: 'lic', data: licenceData }] : [],
      tags: [],
      completed: [],
    };
    return {
      catalog: JSON.stringify(catalog),
      theme: JSON.stringify(theme),
      profile,
      picks: g.picks,
      fields,
    };
  });

const OPTIONS = { a: '选项甲', b: '选项乙', c: '选项丙' };
const TEXTISH = new Set<FieldType>(['text', 'address']);

/** Filled-in values for a field, valid or not. */
export function valueArb(type: FieldType): fc.Arbitrary<Json> {
  return fc.constantFrom(...VALUES[type]);
}

function strip(record: Record<string, Json | undefined>): { [key: string]: Json } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as {
    [key: string]: Json;
  };
}
