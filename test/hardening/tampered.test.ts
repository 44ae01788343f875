/**
 * Tampered session states: real serialized sessions of generated themes and of a bundled theme, mutated
 * (answer values, theme id and hash, truncation at every length, extra keys and elements at every level,
 * huge arrays, deep nesting, prototype keys, 1e309 and NaN, duplicated answers, trail indices…), must give
 * `restore` either a clear error — `ok: false`, a RestoreErrorCode, a message — or a session a genuine one
 * could be: every answer fits its question as `answer` would take it, prefilled answers are what the profile
 * prefills, nothing answered is unasked, the trail holds user answers once, and it serializes to a state that
 * restores to itself. `restore` never throws and never reaches a built-in prototype.
 *
 * test/session/persist.test.ts has the basic cases of each error code; this file adds hostile ones, and
 * mutations drawn at random (TAMPER_RUNS runs, 10,000 by default).
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { loadProfile } from '../../src/load/index.js';
import type { Profile } from '../../src/model/profile.js';
import type { Restored, RestoreErrorCode, Session, StartOptions } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { readSource } from '../../src/node/files.js';
import { outcome } from '../../src/outcome/index.js';
import { questionType } from '../../src/question-types/index.js';
import { answer, back, change, next, restore, serialize, start, walk } from '../../src/session/index.js';
import { loadFile } from '../analyze/support.js';
import {
  answerBuilderFor,
  arbitraryLoadedTheme,
  GENERATED_THEME_ID,
  GENERATED_TODAY,
  profileBuilderFor,
} from '../support/arbitrary-theme.js';
import { expectNoPollution } from './support.js';

const TAMPER_RUNS = Number(process.env.TAMPER_RUNS ?? 10_000);
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const CODES: readonly RestoreErrorCode[] = [
  'not-json',
  'bad-shape',
  'unsupported-version',
  'other-theme',
  'tampered',
];

interface Persisted {
  v: unknown;
  t: unknown;
  h: unknown;
  d?: unknown;
  a: unknown[][];
  r: unknown[];
  [key: string]: unknown;
}

// ---------------------------------------------------------------------------------------------------------
// What every result of restore must be

function restoreChecked(theme: CompiledTheme, json: string, options: Omit<StartOptions, 'today'>): Restored {
  let result: Restored;
  try {
    result = restore(theme, json, options);
  } catch (error) {
    throw new Error(`restore threw on ${json.slice(0, 200)}: ${String(error)}`);
  }
  expectNoPollution('restore');
  if (!result.ok) {
    expect(CODES).toContain(result.error.code);
    expect(typeof result.error.message === 'string' && result.error.message.length > 0).toBe(true);
    return result;
  }
  checkGenuine(result.session, options);
  if (!result.updated) expect(result.dropped).toEqual([]);
  return result;
}

/** A session a genuine one could be, as far as its answers and trail tell. */
function checkGenuine(session: Session, options: Omit<StartOptions, 'today'>): void {
  const { theme } = session;
  const prefills = start(theme, {
    ...options,
    ...(session.today === undefined ? {} : { today: session.today }),
  });
  for (const [id, given] of Object.entries(session.answers)) {
    const question = theme.questions.find((q) => q.id === id);
    expect(question, `answer to a question "${id}" the theme does not have`).toBeDefined();
    if (!question) continue;
    const accepted = questionType(question).accept(question, given.value, session.today);
    expect(accepted.ok, `the answer to "${id}" does not fit: ${JSON.stringify(given.value)}`).toBe(true);
    if (accepted.ok) expect(accepted.value).toEqual(given.value);
    if (given.prefilled) expect(prefills.answers[id]).toEqual(given);
  }
  expect(walk(session).stale).toEqual([]);
  expect(new Set(session.trail).size).toBe(session.trail.length);
  for (const id of session.trail) {
    expect(Object.hasOwn(session.answers, id)).toBe(true);
    expect(session.answers[id]?.prefilled).toBeUndefined();
  }
  expect(Object.isFrozen(session) && Object.isFrozen(session.answers)).toBe(true);
  next(session);
  outcome(session);
  const again = restore(theme, serialize(session), options);
  expect(again.ok && again.session).toEqual(session);
  expect(again.ok && again.dropped).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------
// Genuine sessions

/** A session after a random script of valid answers, changes and backs. */
function genuineSession(theme: CompiledTheme, options: StartOptions, g: fc.GeneratorValue): Session {
  let session = start(theme, options);
  const steps = g(fc.nat, 3 * theme.questions.length);
  for (let i = 0; i < steps; i++) {
    const step = next(session);
    const move = g(fc.nat, 9);
    if (move === 0) {
      const result = back(session);
      if (result.ok) session = result.session;
    } else if (move === 1) {
      const answered = theme.questions.filter((q) => Object.hasOwn(session.answers, q.id));
      const question = answered[g(fc.nat, Math.max(0, answered.length - 1))];
      if (question) {
        const result = change(session, question.id, g(answerBuilderFor(question, session.today)));
        if (result.ok) session = result.session;
      }
    } else if (!step.done) {
      const result = answer(session, step.question.id, g(answerBuilderFor(step.question, session.today)));
      if (!result.ok) throw new Error(result.error.message);
      session = result.session;
    }
  }
  return session;
}

// ---------------------------------------------------------------------------------------------------------
// Mutations: each takes the state (parsed) and its JSON and gives the tampered JSON and, when it is
// certain, what restore must say.

type Expectation = RestoreErrorCode | 'update' | 'same' | 'any';

interface Tampered {
  readonly json: string;
  readonly expect: Expectation;
}

const clone = (p: Persisted): Persisted => JSON.parse(JSON.stringify(p)) as Persisted;
const WRONG_VALUES: readonly unknown[] = [
  42,
  -1,
  0.5,
  1e21,
  true,
  false,
  'x',
  '',
  'NaN',
  'Infinity',
  '1e309',
  '2025-02-30',
  '2025-13-01',
  [],
  ['x'],
  ['a', 'a'],
  [1],
  null,
  { a: 1 },
];

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

type Mutation = (p: Persisted, json: string, g: fc.GeneratorValue, theme: CompiledTheme) => Tampered;

/** An index below `length` (0 for an empty list). */
const below = (g: fc.GeneratorValue, length: number) => g(fc.nat, Math.max(0, length - 1));

const MUTATIONS: Record<string, Mutation> = {
  truncated: (_, json, g) => ({ json: json.slice(0, below(g, json.length)), expect: 'not-json' }),
  'a value of another type': (p, _, g) => {
    const q = clone(p);
    const entry = q.a[below(g, q.a.length)];
    if (!entry) return { json: JSON.stringify(q), expect: 'same' };
    entry[1] = WRONG_VALUES[below(g, WRONG_VALUES.length)];
    return { json: JSON.stringify(q), expect: 'any' };
  },
  'an unknown option or a value out of range': (p, _, g, theme) => {
    const q = clone(p);
    const entry = q.a[below(g, q.a.length)];
    if (!entry) return { json: JSON.stringify(q), expect: 'same' };
    const question = theme.questions.find((x) => x.id === entry[0]);
    if (question?.type === 'single') entry[1] = 'zz';
    else if (question?.type === 'multiple') entry[1] = ['zz'];
    else if (question?.type === 'number') entry[1] = (question.max ?? 1e6) + 1e6;
    else if (question?.type === 'date') entry[1] = '3000-01-01';
    else entry[1] = 'yes';
    // A number or date question without a maximum takes the value: then the session must be genuine.
    return { json: JSON.stringify(q), expect: 'any' };
  },
  'another theme id': (p) => ({
    json: JSON.stringify({ ...clone(p), t: 'another-theme' }),
    expect: 'other-theme',
  }),
  'another hash, valid answers': (p) => ({
    json: JSON.stringify({
      ...clone(p),
      h: p.h === '0123456789abcdef' ? 'fedcba9876543210' : '0123456789abcdef',
    }),
    expect: 'update',
  }),
  'a hash that is not one': (p, _, g) => ({
    json: JSON.stringify({
      ...clone(p),
      h: ['', 'ZZ', 42, null, '0123456789ABCDEF', `${p.h}0`][g(fc.nat, 5)],
    }),
    expect: 'bad-shape',
  }),
  'an extra top-level member': (_, json, g) => {
    const key = ['x', '__proto__', 'constructor', 'prototype', 'V', '', 'toString'][g(fc.nat, 6)] as string;
    return { json: `{${JSON.stringify(key)}:{"polluted":true},${json.slice(1)}`, expect: 'bad-shape' };
  },
  'an extra element in an answer': (p, _, g) => {
    const q = clone(p);
    const entry = q.a[below(g, q.a.length)];
    if (!entry) return { json: JSON.stringify({ ...q, a: [['x', true, 1, 1]] }), expect: 'bad-shape' };
    entry.push(...([[2], [1, 1], ['x'], [{ polluted: 1 }]][g(fc.nat, 3)] as unknown[]));
    return { json: JSON.stringify(q), expect: 'bad-shape' };
  },
  'a value wrapped in an object': (p, _, g) => {
    const q = clone(p);
    const entry = q.a[below(g, q.a.length)];
    if (!entry) return { json: JSON.stringify(q), expect: 'same' };
    entry[1] = { value: entry[1] };
    return { json: JSON.stringify(q), expect: 'bad-shape' };
  },
  'a huge list': (p, _, g) => {
    const q = clone(p);
    const where = g(fc.nat, 2);
    if (where === 0) q.a = Array.from({ length: 100_000 }, () => ['x', true]);
    else if (where === 1) q.r = Array.from({ length: 100_000 }, (_, i) => i);
    else q.a = [['x', Array.from({ length: 100_000 }, () => 'a')]];
    return { json: JSON.stringify(q), expect: 'bad-shape' };
  },
  'a list just over the limits': (p, _, g) => {
    const q = clone(p);
    if (g(fc.boolean)) q.a = Array.from({ length: 1_001 }, (_, i) => [`q${i}`, true]);
    else q.a = [[String(q.a[0]?.[0] ?? 'x'), Array.from({ length: 1_001 }, () => 'a')]];
    return { json: JSON.stringify(q), expect: 'bad-shape' };
  },
  'a deeply nested value': (p, json, g) => {
    const depth = [100, 10_000, 40_000][g(fc.nat, 2)] as number;
    const first = p.a[0];
    if (!first) return { json: json.replace('"a":[]', `"a":[["x",${nested(depth)}]]`), expect: 'bad-shape' };
    const text = json.replace(JSON.stringify(first), `[${JSON.stringify(first[0])},${nested(depth)}]`);
    return { json: text, expect: 'bad-shape' };
  },
  'a prototype key as a question': (p, _, g) => {
    const q = clone(p);
    q.a.push([['__proto__', 'constructor', 'prototype', 'hasOwnProperty'][g(fc.nat, 3)], true]);
    return { json: JSON.stringify(q), expect: 'tampered' };
  },
  'a number out of JSON range (1e309, -1e309)': (p, json) => {
    const first = p.a[0];
    const replaced = first ? `[${JSON.stringify(first[0])},1e309]` : undefined;
    if (!first || !replaced)
      return { json: json.replace('"v":1', '"v":1e309'), expect: 'unsupported-version' };
    return { json: json.replace(JSON.stringify(first), replaced), expect: 'bad-shape' };
  },
  'a duplicated answer': (p) => {
    const q = clone(p);
    const first = q.a[0];
    if (!first) return { json: JSON.stringify(q), expect: 'same' };
    q.a.push([...first]);
    return { json: JSON.stringify(q), expect: 'tampered' };
  },
  'a trail index out of range': (p, _, g) => {
    const q = clone(p);
    const index = [q.a.length, q.a.length + 5, -1, 1.5, '0', null, 'huge'][g(fc.nat, 6)];
    if (index === 'huge') {
      const json = JSON.stringify(q).replace('"r":[', q.r.length === 0 ? '"r":[1e309' : '"r":[1e309,');
      return { json, expect: 'bad-shape' };
    }
    q.r = [...q.r, index];
    return { json: JSON.stringify(q), expect: 'bad-shape' };
  },
  'a trail index twice': (p) => {
    const q = clone(p);
    if (q.r.length === 0) return { json: JSON.stringify({ ...q, r: [0, 0] }), expect: 'bad-shape' };
    q.r.push(q.r[0]);
    return { json: JSON.stringify(q), expect: 'bad-shape' };
  },
  'a trail that leaves out or reorders answers': (p, _, g) => {
    const q = clone(p);
    q.r = g(fc.boolean) ? [] : [...q.r].reverse();
    // Another order of the same user answers, or none undoable: a session a genuine one could be.
    return { json: JSON.stringify(q), expect: 'any' };
  },
  'another version': (p, _, g) => {
    const v = [2, 0, -1, 1.5, '1', null, true][g(fc.nat, 6)];
    return {
      json: JSON.stringify({ ...clone(p), v }),
      expect: typeof v === 'number' ? 'unsupported-version' : 'bad-shape',
    };
  },
  'a today that is not a date': (p, _, g) => ({
    json: JSON.stringify({
      ...clone(p),
      d: ['2025-02-30', '2025-1-1', 20250101, '', null, 'today'][g(fc.nat, 5)],
    }),
    expect: 'bad-shape',
  }),
  'another today': (p, _, g) => ({
    json: JSON.stringify({ ...clone(p), d: ['1970-01-01', '2026-06-16', '2099-12-31'][g(fc.nat, 2)] }),
    expect: 'any',
  }),
  'the prefilled flag added or removed': (p, _, g) => {
    const q = clone(p);
    const entry = q.a[below(g, q.a.length)];
    if (!entry) return { json: JSON.stringify(q), expect: 'same' };
    if (entry.length === 3) entry.pop();
    else entry.push(1);
    return { json: JSON.stringify(q), expect: 'any' };
  },
  'answers reordered': (p, _, g) => {
    const q = clone(p);
    q.a = g(fc.boolean) ? [...q.a].reverse() : [...q.a.slice(1), ...q.a.slice(0, 1)];
    return { json: JSON.stringify(q), expect: 'any' };
  },
  'not an object': (_, __, g) => ({
    json: ['[]', 'null', '1', '"state"', 'true', '[{"v":1}]'][g(fc.nat, 5)] as string,
    expect: 'bad-shape',
  }),
  'a member missing': (p, _, g) => {
    const q = clone(p);
    const key = ['v', 't', 'h', 'a', 'r'][g(fc.nat, 4)] as string;
    delete q[key];
    return { json: JSON.stringify(q), expect: 'bad-shape' };
  },
  'a character replaced': (_, json, g) => {
    const at = below(g, json.length);
    const c = ['0', '1', '"', ',', ']', '[', '{', '}', 'a', '-', 'e', '\\', '\u0000', '\u2028'][
      g(fc.nat, 13)
    ];
    return { json: json.slice(0, at) + c + json.slice(at + 1), expect: 'any' };
  },
  'whitespace added': (_, json) => ({ json: JSON.stringify(JSON.parse(json), null, 2), expect: 'same' }),
};

function checkExpectation(result: Restored, tampered: Tampered, original: Session, what: string): void {
  const e = tampered.expect;
  if (e === 'any') return;
  if (e === 'same' || e === 'update') {
    expect(result.ok, `${what}: ${result.ok ? '' : result.error.message}`).toBe(true);
    if (!result.ok) return;
    expect(result.session).toEqual(original);
    expect(result.dropped).toEqual([]);
    // Another hash is a theme update: restored, and said so (`updated`), never taken as is.
    expect(result.updated).toBe(e === 'update');
    return;
  }
  expect(result.ok ? 'ok' : result.error.code, what).toBe(e);
}

// ---------------------------------------------------------------------------------------------------------

describe('tampered states of generated themes (property)', () => {
  const pool = fc.sample(arbitraryLoadedTheme(), { numRuns: 100, seed: 20_261_128 });
  const names = Object.keys(MUTATIONS);
  let runs = 0;
  const seen = new Map<string, number>();

  test(`${TAMPER_RUNS} random mutations: a clear error or a genuine session, never a throw`, () => {
    fc.assert(
      fc.property(fc.nat({ max: pool.length - 1 }), fc.constantFrom(...names), fc.gen(), (index, name, g) => {
        runs++;
        seen.set(name, (seen.get(name) ?? 0) + 1);
        const theme = pool[index] as CompiledTheme;
        const profile = g(fc.boolean) ? g(profileBuilderFor(theme, GENERATED_TODAY)) : undefined;
        const options = profile === undefined ? {} : { profile };
        const session = genuineSession(theme, { ...options, today: GENERATED_TODAY }, g);
        const json = serialize(session);
        const tampered = (MUTATIONS[name] as Mutation)(JSON.parse(json) as Persisted, json, g, theme);
        const result = restoreChecked(theme, tampered.json, options);
        checkExpectation(result, tampered, session, name);
      }),
      { numRuns: TAMPER_RUNS, ...SEED },
    );
    expect(runs).toBeGreaterThanOrEqual(TAMPER_RUNS);
    // Every mutation was drawn.
    expect([...seen.keys()].sort()).toEqual([...names].sort());
  }, 600_000);

  test('truncated at every length: not-json, for states of several generated themes', () => {
    let cuts = 0;
    fc.assert(
      fc.property(fc.nat({ max: pool.length - 1 }), fc.gen(), (index, g) => {
        const theme = pool[index] as CompiledTheme;
        const json = serialize(genuineSession(theme, { today: GENERATED_TODAY }, g));
        for (let length = 0; length < json.length; length++) {
          const result = restoreChecked(theme, json.slice(0, length), {});
          expect(result.ok ? 'ok' : result.error.code, `${length}/${json.length}`).toBe('not-json');
          cuts++;
        }
      }),
      { numRuns: 50, ...SEED },
    );
    expect(cuts).toBeGreaterThan(1_000);
  });
});

describe('tampered states of a bundled theme (named examples)', () => {
  let theme: CompiledTheme;
  let profile: Profile;
  let session: Session;
  let json: string;
  const TODAY = '2026-11-27';

  beforeAll(async () => {
    theme = (await loadFile('themes/open-restaurant.yaml')).theme;
    const read = await readSource(
      fileURLToPath(new URL('../../examples/profiles/new-restaurant-company.yaml', import.meta.url)),
    );
    if (!read.ok) throw new Error('the example profile is unreadable');
    const loaded = loadProfile(read.source);
    if (!loaded.ok) throw new Error('the example profile does not load');
    profile = loaded.profile;
    // Answer the first few questions with their first option (or yes, or the smallest value).
    session = start(theme, { profile, today: TODAY });
    for (let i = 0; i < 4; i++) {
      const step = next(session);
      if (step.done) break;
      const q = step.question;
      const value =
        q.type === 'single'
          ? q.options[0]?.id
          : q.type === 'multiple'
            ? [q.options[0]?.id]
            : q.type === 'yes-no'
              ? true
              : q.type === 'number'
                ? (q.min ?? 1)
                : TODAY;
      const result = answer(session, q.id, value);
      if (!result.ok) throw new Error(result.error.message);
      session = result.session;
    }
    json = serialize(session);
    expect(Object.values(session.answers).some((a) => a.prefilled)).toBe(true);
    expect(session.trail.length).toBeGreaterThan(1);
  });

  const state = () => JSON.parse(json) as Persisted;
  const restored = (text: string, options: Omit<StartOptions, 'today'> = { profile }) =>
    restoreChecked(theme, text, options);
  const code = (text: string, options?: Omit<StartOptions, 'today'>) => {
    const r = restored(text, options);
    return r.ok ? 'ok' : r.error.code;
  };

  test('the genuine state restores to the same session', () => {
    const r = restored(json);
    expect(r.ok && r.session).toEqual(session);
  });

  test('another theme id, and the state of another theme', async () => {
    expect(code(JSON.stringify({ ...state(), t: 'hk-macau-permit' }))).toBe('other-theme');
    const other = (await loadFile('themes/newborn.yaml')).theme;
    expect(code(serialize(start(other, { today: TODAY })))).toBe('other-theme');
    expect(code(JSON.stringify({ ...state(), t: GENERATED_THEME_ID }))).toBe('other-theme');
  });

  test('another hash with valid answers: restored as an update (updated: true), every answer kept', () => {
    for (const h of [
      '0000000000000000',
      'ffffffffffffffff',
      (theme.hash.startsWith('a') ? 'b' : 'a') + theme.hash.slice(1),
    ]) {
      const r = restored(JSON.stringify({ ...state(), h }));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.updated).toBe(true);
      expect(r.session).toEqual(session);
      expect(r.dropped).toEqual([]);
    }
  });

  test('another hash with answers that do not fit: kept where they fit, the others dropped and reported', () => {
    const s = state();
    const entry = s.a.find((e) => e.length === 2) as unknown[];
    entry[1] = 'no-such-option';
    const r = restored(JSON.stringify({ ...s, h: '0000000000000000' }));
    expect(r.ok && r.updated).toBe(true);
    expect(r.ok && r.dropped.map((d) => [d.question, d.reason])).toContainEqual([
      entry[0],
      'invalid-after-update',
    ]);
    // With the theme's own hash the same edit is tampering.
    expect(code(JSON.stringify(s))).toBe('tampered');
  });

  test('a prefilled answer that is not what the profile prefills: tampered (the state cannot speak for the profile)', () => {
    const s = state();
    const entry = s.a.find((e) => e.length === 3) as unknown[];
    const question = theme.questions.find((q) => q.id === entry[0]);
    expect(question?.type).toBe('yes-no');
    entry[1] = !entry[1];
    expect(code(JSON.stringify(s))).toBe('tampered');
    // Restored without the profile, no answer can be vouched for as prefilled.
    expect(code(json, {})).toBe('tampered');
    // After a theme update, the claim is dropped and reported instead.
    const r = restored(JSON.stringify({ ...s, h: '0000000000000000' }));
    expect(r.ok && r.dropped.map((d) => d.question)).toContain(entry[0]);
  });

  test('edited answer values: wrong types, unknown options, out of range, NaN and 1e309', () => {
    const s = state();
    const user = s.a.findIndex((e) => e.length === 2);
    for (const value of WRONG_VALUES) {
      const t = clone(s);
      (t.a[user] as unknown[])[1] = value;
      expect(['tampered', 'bad-shape', 'ok']).toContain(code(JSON.stringify(t)));
    }
    const scalar = /(\["[^"]+",)(true|false|"[^"]*"|-?\d+(\.\d+)?)\]/;
    expect(json).toMatch(scalar);
    expect(code(json.replace(scalar, '$11e309]'))).toBe('bad-shape');
    expect(code(json.replace(scalar, '$1-1e309]'))).toBe('bad-shape');
    expect(code(json.replace(scalar, '$1NaN]'))).toBe('not-json');
  });

  test('truncated at every length', () => {
    for (let length = 0; length < json.length; length++) expect(code(json.slice(0, length))).toBe('not-json');
  });

  test('extra keys at every level', () => {
    expect(code(`{"x":1,${json.slice(1)}`)).toBe('bad-shape');
    expect(code(`{"__proto__":{"polluted":1},${json.slice(1)}`)).toBe('bad-shape');
    expect(code(`{"constructor":{"prototype":{"polluted":1}},${json.slice(1)}`)).toBe('bad-shape');
    const s = state();
    for (let i = 0; i < s.a.length; i++) {
      const t = clone(s);
      (t.a[i] as unknown[]).push({ __proto__: { polluted: 1 } });
      expect(code(JSON.stringify(t))).toBe('bad-shape');
      const u = clone(s);
      (u.a[i] as unknown[])[1] = { x: (u.a[i] as unknown[])[1] };
      expect(code(JSON.stringify(u))).toBe('bad-shape');
    }
    expect(code(JSON.stringify({ ...s, r: [...s.r, { x: 1 }] }))).toBe('bad-shape');
    expect(code(JSON.stringify({ ...s, a: { ...s.a } }))).toBe('bad-shape');
  });

  test('huge arrays (100,000 entries) and deep nesting are refused without parsing them all', () => {
    // Work counted, not timed: a state over 64 KB is refused before JSON.parse; one within it is parsed once.
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const s = state();
      const huge = [
        { ...s, a: Array.from({ length: 100_000 }, (_, i) => [`q${i}`, true]) },
        { ...s, r: Array.from({ length: 100_000 }, (_, i) => i) },
        { ...s, a: [...s.a, ['x', Array.from({ length: 100_000 }, () => 'a')]] },
      ];
      for (const h of huge) {
        const text = JSON.stringify(h);
        expect(text.length).toBeGreaterThan(64 * 1024);
        parse.mockClear();
        expect(code(text)).toBe('bad-shape');
        expect(parse).not.toHaveBeenCalled();
      }
      for (const depth of [1_000, 10_000, 1_000_000]) {
        const text = json.replace('"r":[', `"r":[${nested(depth)},`);
        parse.mockClear();
        expect(code(text)).toBe('bad-shape');
        expect(parse.mock.calls.length).toBe(text.length > 64 * 1024 ? 0 : 1);
      }
    } finally {
      parse.mockRestore();
    }
  });

  test('duplicated answers, prototype keys as questions, trail indices out of range', () => {
    const s = state();
    expect(code(JSON.stringify({ ...s, a: [...s.a, s.a[0]] }))).toBe('tampered');
    for (const id of ['__proto__', 'constructor', 'prototype', 'toString'])
      expect(code(JSON.stringify({ ...s, a: [...s.a, [id, true]] }))).toBe('tampered');
    for (const index of [s.a.length, 99, -1, 0.5, '0', null, true])
      expect(code(JSON.stringify({ ...s, r: [...s.r, index] }))).toBe('bad-shape');
    expect(code(JSON.stringify({ ...s, r: [...s.r, s.r[0]] }))).toBe('bad-shape');
    // The trail may not undo a prefilled answer.
    const prefilled = s.a.findIndex((e) => e.length === 3);
    expect(code(JSON.stringify({ ...s, r: [...s.r, prefilled] }))).toBe('tampered');
  });

  test('restore takes no other input than a string, and throws on none', () => {
    for (const value of [undefined, null, 42, {}, [], new String(json), Buffer.from(json)])
      expect(code(value as unknown as string)).toBe('bad-shape');
  });
});
