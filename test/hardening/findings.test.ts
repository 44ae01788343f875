/**
 * Hand-made inputs that random mutation does not produce: long chains of references, YAML tags and merge
 * keys, numbers a double cannot hold, hostile profiles and sessions handed to the runtime, forged trails and
 * hashes, huge answers. Each is refused with a located diagnostic or a typed error, or handled as its plain
 * equivalent — never an untyped throw. Long chains are bounded by comparing with a baseline measured in the
 * same test, never by the clock.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyzeTheme } from '../../src/analyze/runtime.js';
import { TongbanError } from '../../src/errors.js';
import { type Catalog, loadCatalog, loadProfile, loadTheme, type Source } from '../../src/load/index.js';
import { TONGBAN_ERROR_CODES } from '../../src/model/errors.js';
import type { Profile } from '../../src/model/profile.js';
import type { Session } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { recommend } from '../../src/profile/index.js';
import { markdownGuide, mermaidQuestionnaire } from '../../src/render/index.js';
import { MAX_CONDITION_DEPTH } from '../../src/rules/named-graph.js';
import {
  answer,
  back,
  change,
  checklist,
  next,
  restore,
  serialize,
  start,
  switchProfile,
} from '../../src/session/index.js';
import { time } from './support.js';

const CATALOG_FILE = fileURLToPath(new URL('../fixtures/hostile/catalog/base.yaml', import.meta.url));
let catalog: Catalog;
let permit: CompiledTheme;

beforeAll(async () => {
  const loaded = loadCatalog([{ file: 'catalog/base.yaml', text: readFileSync(CATALOG_FILE, 'utf8') }]);
  if (!loaded.ok) throw new Error('the base catalog does not load');
  catalog = loaded.catalog;
  const file = await loadThemeFile(
    fileURLToPath(new URL('../../themes/hk-macau-permit.yaml', import.meta.url)),
  );
  if (!file.result.ok) throw new Error('the bundled theme does not load');
  permit = file.result.theme;
});

const HEAD = 'id: shop\ntitle: 开店\nversion: "1"\naudience: enterprise\n';
const TAIL =
  'questions:\n  - { id: cooking, ask: 是否现场制作食品？, type: yes-no }\nitems:\n  signboard: { when: { condition: c0 } }\n';

/** A theme whose named conditions `c0 → … → c<n>` form a chain, each link written by `link`. */
function chain(n: number, link = (next: string) => `{ condition: ${next} }`): string {
  const links = Array.from({ length: n }, (_, i) => `  c${i}: ${link(`c${i + 1}`)}`).join('\n');
  return `${HEAD}conditions:\n${links}\n  c${n}: { cooking: true }\n${TAIL}`;
}

/** The same number of named conditions, each standing alone (no reference): the baseline of a chain. */
function independent(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => `  c${i}: { cooking: true }`).join('\n');
  return `${HEAD}conditions:\n${lines}\n  c${n}: { cooking: true }\n${TAIL}`;
}

const load = (text: string, file = 't.yaml') => loadTheme({ file, text } satisfies Source, catalog);

/** Calls `fn` and returns the TongbanError it throws (failing if it throws anything else or nothing). */
function tongbanError(fn: () => unknown): TongbanError {
  try {
    fn();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(TongbanError);
    const typed = error as TongbanError;
    expect(TONGBAN_ERROR_CODES).toContain(typed.code);
    expect(typed.message.length).toBeLessThan(300);
    return typed;
  }
  throw new Error('expected a TongbanError, nothing was thrown');
}

describe('C1: chains of named conditions', () => {
  test('8,000 links: condition-too-deep at the start of the chain, no stack overflow', () => {
    const result = load(chain(8_000));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, `${d.line}:${d.column}`, d.params])).toEqual([
      ['condition-too-deep', '6:3', { id: 'c0', limit: MAX_CONDITION_DEPTH }],
    ]);
  });

  test('a chain within the limit loads, and sessions, outcomes, analysis and rendering run on it', () => {
    // c0 nests one level per link and one for its leaf: MAX_CONDITION_DEPTH - 1 links is the deepest allowed.
    const links = MAX_CONDITION_DEPTH - 1;
    for (const link of [undefined, (n: string) => `{ not: { not: { condition: ${n} } } }`]) {
      const n = link ? Math.floor(links / 3) : links;
      const result = load(chain(n, link));
      expect(result.ok, JSON.stringify(result.diagnostics.slice(0, 2))).toBe(true);
      if (!result.ok) continue;
      const theme = result.theme;
      let session = start(theme, { today: '2026-06-15' });
      const step = next(session);
      expect(step.done).toBe(false);
      const answered = answer(session, 'cooking', true);
      expect(answered.ok).toBe(true);
      if (answered.ok) session = answered.session;
      expect(outcome(session).items.map((i) => i.id)).toEqual(['signboard']);
      expect(() => analyzeTheme(theme)).not.toThrow();
      expect(mermaidQuestionnaire(theme)).toContain('flowchart');
      expect(markdownGuide(outcome(session), theme).length).toBeGreaterThan(0);
      expect(load(chain(n + 1, link)).diagnostics.map((d) => d.code)).toEqual(['condition-too-deep']);
    }
  });

  test('a chain closed into a cycle is condition-cycle, at any length', () => {
    const text = chain(6_000).replace('c6000: { cooking: true }', 'c6000: { condition: c0 }');
    const result = load(text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['condition-cycle']);
    const cycle = result.diagnostics[0]?.params as { cycle: string[] };
    expect(cycle.cycle).toHaveLength(6_002);
  });

  test('chains load in time linear in their length: within 10× the load of as many independent conditions', () => {
    // Work quadratic in a chain (each name expanded through the rest of it: 13.5 s for 4,000 links before) is
    // tens of times the baseline for 40 chains of 250 links, which load, and hundreds of times for one chain of
    // 5,000 links, refused as too deep. Linear work is about the same as for independent conditions. The bound is a ratio
    // of two loads measured in this test, interleaved, best of three each, so a busy machine slows both alike.
    const many = (chains: number, links: number) => {
      const lines: string[] = [];
      for (let c = 0; c < chains; c++) {
        for (let i = 0; i < links; i++) lines.push(`  c${c}x${i}: { condition: c${c}x${i + 1} }`);
        lines.push(`  c${c}x${links}: { cooking: true }`);
      }
      return `${HEAD}conditions:\n${lines.join('\n')}\n  c0: { condition: c0x0 }\n${TAIL}`;
    };
    for (const [chains, links, codes] of [
      [40, 250, []],
      [1, 5_000, ['condition-too-deep']],
    ] as const) {
      const plain = independent(chains * (links + 1));
      const chained = many(chains, links);
      let baselineBest = Number.POSITIVE_INFINITY;
      let chainedBest = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 3; round++) {
        const baseline = time(() => load(plain));
        expect(baseline.result.ok).toBe(true);
        const measured = time(() => load(chained));
        expect(measured.result.diagnostics.map((d) => d.code)).toEqual(codes);
        baselineBest = Math.min(baselineBest, baseline.ms);
        chainedBest = Math.min(chainedBest, measured.ms);
      }
      const ratio = chainedBest / baselineBest;
      expect(
        ratio,
        `${chains} × ${links} links: ${ratio.toFixed(2)}× the independent conditions`,
      ).toBeLessThan(10);
    }
  });
});

describe('C2, C5, W4: what the runtime is handed is checked', () => {
  const hostile: readonly [string, unknown][] = [
    ['an empty object', {}],
    ['no kind', { facts: {} }],
    ['a licence that is null', { kind: 'person', licences: [null] }],
    ['facts that are null', { kind: 'person', facts: null }],
    ['a function as a fact', { kind: 'person', facts: { 'person.hukou': () => 'local' } }],
    ['bytes as a fact (!!binary)', { kind: 'person', facts: { 'person.hukou': new Uint8Array([108]) } }],
    ['a Date as a fact (!!timestamp)', { kind: 'person', facts: { 'person.birth-date': new Date(0) } }],
    ['a Set as a fact (!!set)', { kind: 'person', facts: { 'person.tags': new Set(['a']) } }],
    ['NaN as a fact', { kind: 'person', facts: { 'person.age': Number.NaN } }],
    ['tags that are not a list', { kind: 'person', tags: 'a' }],
    ['an unknown member', { kind: 'person', role: 'admin' }],
    [
      'a proxy that throws',
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('no');
          },
        },
      ),
    ],
    ['a string', 'person'],
  ];
  const deep = (levels: number) => {
    let value: unknown = 1;
    for (let i = 0; i < levels; i++) value = { a: value };
    return { kind: 'person', facts: { 'person.x': value } };
  };

  test.each(hostile)('start with a profile that is %s: invalid-profile', (_, profile) => {
    const error = tongbanError(() => start(permit, { profile: profile as Profile }));
    expect(error.code).toBe('invalid-profile');
  });

  test('facts nested 5,000 deep: invalid-profile too-deep, without recursion; 31 levels are fine', () => {
    const error = tongbanError(() => start(permit, { profile: deep(5_000) as unknown as Profile }));
    expect(error.params).toMatchObject({ problem: 'too-deep', limit: 32 });
    expect(() => start(permit, { profile: deep(30) as unknown as Profile })).not.toThrow();
  });

  test('restore, switchProfile and recommend check the profile the same way', () => {
    const state = serialize(start(permit));
    for (const [, profile] of hostile) {
      expect(tongbanError(() => restore(permit, state, { profile: profile as Profile })).code).toBe(
        'invalid-profile',
      );
      expect(tongbanError(() => switchProfile(start(permit), profile as Profile)).code).toBe(
        'invalid-profile',
      );
      expect(tongbanError(() => recommend(profile as Profile, [permit], { today: '2026-06-15' })).code).toBe(
        'invalid-profile',
      );
    }
  });

  test('a profile missing its lists is completed, as a loaded one would be', () => {
    const session = start(permit, {
      profile: { kind: 'person', facts: { 'person.hukou': 'local' } } as unknown as Profile,
    });
    expect(session.profile).toEqual({
      kind: 'person',
      facts: { 'person.hukou': 'local' },
      licences: [],
      tags: [],
      completed: [],
    });
    expect(session.answers.hukou).toEqual({ value: 'local', prefilled: true });
  });

  test('outcome, next, answer, checklist, serialize of something that is not a session: invalid-session', () => {
    const calls: (() => unknown)[] = [
      () => outcome({} as Session),
      () => next({ theme: permit } as Session),
      () => answer({ theme: permit, answers: {}, trail: 'x' } as unknown as Session, 'business', 'first'),
      () => back(null as unknown as Session),
      () => checklist([] as unknown as Session),
      () => serialize({ theme: permit, answers: { a: 1 }, trail: [] } as unknown as Session),
    ];
    for (const call of calls) expect(tongbanError(call).code).toBe('invalid-session');
  });

  test('a theme that is not compiled: invalid-theme, also one whose named conditions chain too deep', () => {
    expect(tongbanError(() => start({} as CompiledTheme)).code).toBe('invalid-theme');
    expect(tongbanError(() => start(null as unknown as CompiledTheme)).code).toBe('invalid-theme');
    const conditions: Record<string, unknown> = {};
    for (let i = 0; i < 5_000; i++) conditions[`c${i}`] = { condition: `c${i + 1}` };
    conditions.c5000 = { fact: 'cooking', operator: 'equal', value: true };
    const forged = { ...permit, conditions } as unknown as CompiledTheme;
    expect(tongbanError(() => start(forged)).params).toMatchObject({ problem: 'condition-too-deep' });
    expect(
      tongbanError(() =>
        recommend({ kind: 'person', facts: {}, licences: [], tags: [], completed: [] }, 'x' as never, {
          today: '2026-06-15',
        }),
      ).code,
    ).toBe('invalid-argument');
  });

  test('options that are not an object, operators that are not an operator set, a today that is not text', () => {
    expect(tongbanError(() => start(permit, 'x' as never)).code).toBe('invalid-argument');
    expect(tongbanError(() => start(permit, { operators: {} as never })).code).toBe('invalid-argument');
    expect(tongbanError(() => start(permit, { today: 20260615 as never })).code).toBe('invalid-today');
  });

  test('outcome rules that are not rules are refused; genuine ones reach the session, its restore and outcome', () => {
    for (const rules of [5, [], { copies: 2 }, { nonsense: () => 1 }])
      expect(tongbanError(() => start(permit, { rules: rules as never })).params).toMatchObject({
        name: 'rules',
        rule: 'outcome-rules',
      });
    const rules = { fee: () => 12_345 };
    const session = start(permit, { rules });
    expect(session.rules?.fee).toBe(rules.fee);
    expect(outcome(session).totals.fee.total).toBe(12_345);
    const restored = restore(permit, serialize(session), { rules });
    expect(restored.ok && restored.session.rules?.fee).toBe(rules.fee);
    expect(tongbanError(() => outcome({ ...session, rules: { fee: 1 } } as never)).code).toBe(
      'invalid-argument',
    );
  });

  test('a profile file with !!binary or !!timestamp facts is refused at load (yaml-unsupported)', () => {
    for (const fact of ['person.hukou: !!binary bG9jYWw=', 'person.birth-date: !!timestamp 2000-01-01']) {
      const result = loadProfile({ file: 'p.yaml', text: `kind: person\nfacts:\n  ${fact}\n` });
      expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['yaml-unsupported', 3]]);
    }
    // The quoted date is the plain equivalent: it loads.
    expect(
      loadProfile({ file: 'p.yaml', text: 'kind: person\nfacts:\n  person.birth-date: "2000-01-01"\n' }).ok,
    ).toBe(true);
  });
});

describe('W6, P3, P4, P5: numbers, tags and merge keys in any file', () => {
  test('numbers a double cannot hold are warned of, with what is read instead (W6)', () => {
    const written = ['9007199254740993', '0.1e-400', '9'.repeat(32), '0.1000000000000000000001'];
    for (const value of written) {
      const result = load(
        `${HEAD}questions:\n  - { id: area, ask: 面积？, type: number, min: ${value} }\nitems:\n  signboard: always\n`,
      );
      const warnings = result.diagnostics.filter((d) => d.code === 'number-precision');
      expect(
        warnings.map((d) => [d.severity, d.line, d.column]),
        value,
      ).toEqual([['warning', 6, 46]]);
      expect(warnings[0]?.params).toMatchObject({ value });
    }
    for (const value of ['9007199254740991', '0.1', '1.50', '1e21', '0.30000000000000004', '0x1F']) {
      const result = load(
        `${HEAD}questions:\n  - { id: area, ask: 面积？, type: number, min: ${value} }\nitems:\n  signboard: always\n`,
      );
      expect(
        result.diagnostics.map((d) => d.code),
        value,
      ).toEqual([]);
    }
  });

  test('.inf, -.inf, .nan and 1e309 are not-finite, wherever they are (P3)', () => {
    for (const value of ['.inf', '-.inf', '.nan', '1e309', '-1e400']) {
      const result = load(
        `${HEAD}questions:\n  - { id: area, ask: 面积？, type: number, max: ${value} }\nitems:\n  signboard: always\n`,
      );
      expect(
        result.diagnostics.map((d) => [d.code, d.line, d.column]),
        value,
      ).toEqual([['not-finite', 6, 46]]);
    }
  });

  test('tags other than the plain ones are refused, naming the tag; plain tags act as their plain values (P4)', () => {
    const tags = [
      '!!binary aGVsbG8=',
      '!!timestamp 2025-01-01',
      '!foo x',
      '!!js/function x',
      '! x',
      '!!set { a }',
    ];
    for (const tagged of tags) {
      const result = load(
        `${HEAD}questions:\n  - { id: cooking, ask: ${tagged}, type: yes-no }\nitems:\n  signboard: always\n`,
      );
      expect(
        result.diagnostics.map((d) => [d.code, d.line]),
        tagged,
      ).toEqual([['yaml-unsupported', 6]]);
      expect(result.diagnostics[0]?.params).toMatchObject({ feature: 'tag' });
    }
    const key = load(
      `${HEAD}questions:\n  - { id: cooking, ask: 问？, type: yes-no }\nitems:\n  ? !!timestamp 2025-01-01\n  : always\n`,
    );
    expect(key.diagnostics.map((d) => d.code)).toEqual(['yaml-unsupported']);
    const plain = load(
      `${HEAD}version: !!str 1\nquestions:\n  - { id: cooking, ask: !!str 问？, type: !!str yes-no }\nitems: !!map\n  signboard: always\n`.replace(
        'version: "1"\n',
        '',
      ),
    );
    expect(plain.ok, JSON.stringify(plain.diagnostics)).toBe(true);
    // A YAML 1.1 directive changes nothing: `y` stays text, a plain date stays text.
    const old = load(
      `%YAML 1.1\n---\n${HEAD.replace('version: "1"', 'version: 2001-12-14')}questions:\n  - { id: y, ask: 问？, type: yes-no }\nitems:\n  signboard: always\n`,
    );
    expect(old.ok, JSON.stringify(old.diagnostics)).toBe(true);
    if (old.ok) {
      expect(old.theme.version).toBe('2001-12-14');
      expect(old.theme.questions[0]?.id).toBe('y');
    }
  });

  test('merge keys are refused with what to write instead; a quoted "<<" is an ordinary key (P5)', () => {
    const merged = load(
      `${HEAD}base: &base { type: yes-no }\nquestions:\n  - id: cooking\n    ask: 问？\n    <<: *base\nitems:\n  signboard: always\n`,
    );
    expect(merged.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-unsupported', 9, 5]]);
    expect(merged.diagnostics[0]?.message).toContain('合并键');
    const quoted = load(
      `${HEAD}questions:\n  - id: cooking\n    ask: 问？\n    type: yes-no\n    "<<": 1\nitems:\n  signboard: always\n`,
    );
    expect(quoted.diagnostics.map((d) => d.code)).toEqual(['unknown-key']);
  });
});

describe('W7: item cycles that no case has', () => {
  const catalogOf = (whenA: string, whenB: string) =>
    loadCatalog([
      {
        file: 'c.yaml',
        text: `materials:\n  m1: { name: 一 }\n  m2: { name: 二 }\nitems:\n  a1:\n    name: 事项一\n    materials: [{ material: m1, when: ${whenA} }]\n    produces: [m2]\n  a2:\n    name: 事项二\n    materials: [{ material: m2, when: ${whenB} }]\n    produces: [m1]\n`,
      },
    ]);

  test('uses under contradictory conditions form no cycle; compatible or unknown ones do', () => {
    expect(catalogOf('{ cooking: true }', '{ cooking: false }').diagnostics).toEqual([]);
    expect(catalogOf('{ kind: [a, b] }', '{ kind: c }').diagnostics).toEqual([]);
    expect(
      catalogOf('{ kind: { notEqual: a } }', '{ kind: { notEqual: b } }').diagnostics.map((d) => d.code),
    ).toEqual(['item-cycle']);
    expect(catalogOf('{ cooking: true }', '{ cooking: true }').diagnostics.map((d) => d.code)).toEqual([
      'item-cycle',
    ]);
    // A comparison the check does not solve is taken as possibly true: reported, never missed.
    expect(
      catalogOf('{ area: { greaterThan: 5 } }', '{ area: { lessThan: 3 } }').diagnostics.map((d) => d.code),
    ).toEqual(['item-cycle']);
  });
});

describe('W8, P7: forged states', () => {
  const TWO = `${HEAD}questions:\n  - { id: kind, ask: 类型？, options: { x: 甲, y: 乙 } }\n  - { id: late, ask: 晚？, type: yes-no, when: { kind: y } }\n  - { id: cooking, ask: 问？, type: yes-no }\nitems:\n  signboard: always\n`;

  test('a trail that puts an unconditional question after a later one is tampered (W8)', () => {
    const result = load(TWO);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const theme = result.theme;
    let session = start(theme);
    for (const [q, v] of [
      ['kind', 'x'],
      ['cooking', true],
    ] as const) {
      const step = answer(session, q, v);
      if (!step.ok) throw new Error(step.error.message);
      session = step.session;
    }
    const state = JSON.parse(serialize(session)) as { r: number[] };
    expect(state.r).toEqual([0, 1]);
    const reversed = restore(theme, JSON.stringify({ ...state, r: [1, 0] }));
    expect(reversed.ok).toBe(false);
    if (!reversed.ok)
      expect(reversed.error).toMatchObject({
        code: 'tampered',
        params: { problem: 'trail-out-of-order', question: 'kind' },
      });
    // A genuine session can answer a conditional question after a later one: change `kind` so that `late` is asked.
    const changed = change(session, 'kind', 'y');
    if (!changed.ok) throw new Error(changed.error.message);
    const late = answer(changed.session, 'late', true);
    if (!late.ok) throw new Error(late.error.message);
    expect(late.session.trail).toEqual(['kind', 'cooking', 'late']);
    const restored = restore(theme, serialize(late.session));
    expect(restored.ok).toBe(true);
  });

  test('a hash that is not 16 hexadecimal digits is bad-hash; a missing one no-hash (P7)', () => {
    const state = JSON.parse(serialize(start(permit))) as Record<string, unknown>;
    for (const h of ['zzzzzzzzzzzzzzzz', '0123abcd', `${'a'.repeat(16)}0`]) {
      const restored = restore(permit, JSON.stringify({ ...state, h }));
      expect(restored.ok ? undefined : restored.error.params).toEqual({ problem: 'bad-hash' });
    }
    const { h: _, ...noHash } = state;
    const restored = restore(permit, JSON.stringify(noHash));
    expect(restored.ok ? undefined : restored.error.params).toEqual({ problem: 'no-hash' });
  });
});

describe('P9: what an error quotes of a value is bounded', () => {
  test('an answer of 10 million characters gives an error of a few dozen', () => {
    const huge = 'x'.repeat(10_000_000);
    const refused = answer(start(permit), 'business', huge);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(JSON.stringify(refused.error).length).toBeLessThan(400);
    expect((refused.error.params as { option: string }).option).toBe(`${'x'.repeat(64)}…`);
    const unknown = answer(start(permit), huge, 'first');
    expect(JSON.stringify(unknown.ok ? {} : unknown.error).length).toBeLessThan(400);
  });

  test('a TongbanError quotes at most 64 characters of the value it refuses', () => {
    const error = tongbanError(() => start(permit, { today: `2026-01-01${'x'.repeat(1_000_000)}` }));
    expect(error.message.length).toBeLessThan(200);
    expect((error.params as { text: string }).text).toHaveLength(65);
  });

  test('a forged state quotes at most 64 characters of what it names', () => {
    const state = JSON.parse(serialize(start(permit))) as Record<string, unknown>;
    const restored = restore(permit, JSON.stringify({ ...state, t: 'y'.repeat(50_000) }));
    expect(restored.ok).toBe(false);
    if (!restored.ok) expect(restored.error.message.length).toBeLessThan(200);
  });
});
