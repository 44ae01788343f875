import { describe, expect, test } from 'vitest';
import type { Profile } from '../../src/model/profile.js';
import type { Restored, RestoreErrorCode, Session, Transition } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { answer, change, next, restore, serialize, start, walk } from '../../src/session/index.js';
import { loadThemeYaml } from '../support/arbitrary-theme.js';

const catalog = `
departments:
  housing: { name: 住房城乡建设委, level: 区县 }
facts:
  person.hukou: { label: 户籍, type: single, options: { local: 本市, other: 外省市 } }
items:
  filing: { name: 装修备案, department: housing, days: 5 }
  structure: { name: 结构安全论证, department: housing, days: 15 }
`;

/** The renovation theme; `edit` rewrites its text to make an updated version. */
function renovation(edit: (text: string) => string = (t) => t): CompiledTheme {
  const theme = `
id: renovate
title: 装修备案
version: "1"
audience: person
questions:
  - id: hukou
    ask: 户籍？
    prefill: person.hukou
    options: { local: 本市, other: 外省市 }
  - id: kind
    ask: 房屋用途？
    options: { home: 住宅, office: 办公, shop: 商铺 }
  - id: features
    ask: 涉及哪些改动？
    type: multiple
    when: { kind: [home, office] }
    options: { walls: 拆改墙体, pipes: 改动管线, windows: 更换门窗, none: { label: 都不涉及, exclusive: true } }
  - id: area
    ask: 面积？
    type: number
    unit: ㎡
    min: 1
    max: 1000
  - id: floors
    ask: 楼层数？
    type: number
    integer: true
    min: 1
    max: 50
    when: { area: { greaterThan: 150 } }
  - id: start-date
    ask: 开工日期？
    type: date
    min: today
    max: today+1y
  - id: permit
    ask: 是否已取得结构安全论证？
    type: yes-no
    when: { features: { contains: walls } }
items:
  filing: always
  structure: { when: { features: { contains: walls } } }
`;
  return loadThemeYaml({ catalog, theme: edit(theme) });
}

const v1 = renovation();
const TODAY = '2026-11-27';
const person: Profile = {
  kind: 'person',
  facts: { 'person.hukou': 'local' },
  licences: [],
  tags: [],
  completed: [],
};

function accepted(t: Transition): Session {
  if (!t.ok) throw new Error(`rejected: ${t.error.code} ${t.error.message}`);
  return t.session;
}

function play(session: Session, ...answers: [string, unknown][]): Session {
  let s = session;
  for (const [question, value] of answers) s = accepted(answer(s, question, value));
  return s;
}

const complete = play(
  start(v1, { profile: person, today: TODAY }),
  ['kind', 'home'],
  ['features', ['windows', 'walls']],
  ['area', 200],
  ['floors', 3],
  ['start-date', '2027-01-04'],
  ['permit', true],
);

function restored(r: Restored): Extract<Restored, { ok: true }> {
  if (!r.ok) throw new Error(`restore failed: ${r.error.code} ${r.error.message}`);
  return r;
}

function expectFailure(theme: CompiledTheme, json: string, code: RestoreErrorCode, profile?: Profile): void {
  const r = restore(theme, json, profile === undefined ? {} : { profile });
  expect(r.ok ? 'ok' : r.error.code).toBe(code);
  if (!r.ok) {
    expect(r.error.message).not.toBe('');
    expect(Object.keys(r)).toEqual(['ok', 'error']);
  }
}

/** The serialized session as an object to edit, and back to JSON. */
function edited(
  session: Session,
  edit: (data: Record<string, unknown> & { a: unknown[][]; r: number[] }) => void,
): string {
  const data = JSON.parse(serialize(session));
  edit(data);
  return JSON.stringify(data);
}

describe('serialize', () => {
  test('is compact JSON bound to the theme id and hash, without the profile', () => {
    const json = serialize(complete);
    expect(JSON.parse(json)).toEqual({
      v: 1,
      t: 'renovate',
      h: v1.hash,
      d: TODAY,
      a: [
        ['hukou', 'local', 1],
        ['kind', 'home'],
        ['features', ['walls', 'windows']],
        ['area', 200],
        ['floors', 3],
        ['start-date', '2027-01-04'],
        ['permit', true],
      ],
      r: [1, 2, 3, 4, 5, 6],
    });
    expect(json).not.toContain('person');
  });

  test('a 40-answer session takes at most 2 KB', () => {
    const questions = Array.from({ length: 40 }, (_, i) => {
      const id = `question-${String(i + 1).padStart(2, '0')}`;
      const previous = `question-${String(i).padStart(2, '0')}`;
      const test = (i - 1) % 5 === 4 ? '{ doesNotContain: fourth }' : '[first, second, third]';
      const when = i === 0 ? '' : `\n    when: { ${previous}: ${test} }`;
      const type = i % 5 === 4 ? 'multiple' : 'single';
      return `  - id: ${id}\n    ask: 问题${i + 1}？\n    type: ${type}${when}\n    options: { first: 甲, second: 乙, third: 丙, fourth: 丁 }`;
    });
    const big = loadThemeYaml({
      catalog: 'departments:\n  d: { name: 部门, level: 市级 }\nitems:\n  x: { name: 事项, department: d }\n',
      theme: `id: forty-questions-theme\ntitle: 四十问\nversion: "2025.1"\naudience: person\nquestions:\n${questions.join('\n')}\nitems:\n  x: always\n`,
    });
    let s = start(big, { today: TODAY });
    for (let i = 0; i < 40; i++) {
      const step = next(s);
      if (step.done) throw new Error('done too early');
      s = accepted(
        answer(s, step.question.id, step.question.type === 'multiple' ? ['third', 'first'] : 'second'),
      );
    }
    expect(next(s).done).toBe(true);
    expect(Object.keys(s.answers)).toHaveLength(40);
    const json = serialize(s);
    expect(Buffer.byteLength(json, 'utf8')).toBeLessThanOrEqual(2048);
    expect(restored(restore(big, json)).session).toEqual(s);
  });
});

describe('restore', () => {
  test('round trip: the same session, nothing dropped, not updated', () => {
    const sessions = [
      start(v1, { profile: person, today: TODAY }),
      play(start(v1, { profile: person, today: TODAY }), ['kind', 'shop']),
      complete,
      start(v1),
      play(start(v1), ['hukou', 'other'], ['kind', 'office'], ['features', ['none']]),
    ];
    for (const s of sessions) {
      const r = restored(restore(v1, serialize(s), s.profile === undefined ? {} : { profile: s.profile }));
      expect(r.session).toEqual(s);
      expect(r.dropped).toEqual([]);
      expect(r.updated).toBe(false);
      expect(next(r.session)).toEqual(next(s));
      expect(Object.isFrozen(r.session.answers)).toBe(true);
    }
  });

  test('round trip of a session with kept answers behind the current question', () => {
    const s = play(start(v1, { profile: person, today: TODAY }), ['kind', 'shop'], ['area', 20]);
    const changed = accepted(change(s, 'kind', 'home'));
    expect(walk(changed).states[3]).toBe('pending-answered');
    const r = restored(restore(v1, serialize(changed), { profile: person }));
    expect(r.session).toEqual(changed);
  });

  test('round trip of a changed prefilled answer: a user answer outside the trail', () => {
    const s = accepted(change(complete, 'hukou', 'other'));
    const r = restored(restore(v1, serialize(s), { profile: person }));
    expect(r.session).toEqual(s);
    expect(r.session.answers.hukou).toEqual({ value: 'other' });
  });

  test('after a theme update: an answer whose option was removed is dropped and reported, others kept', () => {
    const v2 = renovation((t) =>
      t.replace('version: "1"', 'version: "2"').replace(' windows: 更换门窗,', ''),
    );
    expect(v2.hash).not.toBe(v1.hash);
    const r = restored(restore(v2, serialize(complete), { profile: person }));
    expect(r.updated).toBe(true);
    expect(r.dropped).toEqual([
      { question: 'features', value: ['walls', 'windows'], reason: 'invalid-after-update' },
    ]);
    expect(Object.keys(r.session.answers).sort()).toEqual([
      'area',
      'floors',
      'hukou',
      'kind',
      'permit',
      'start-date',
    ]);
    expect(r.session.trail).toEqual(['kind', 'area', 'floors', 'start-date', 'permit']);
    expect(r.session.theme).toBe(v2);
    const step = next(r.session);
    expect(step.done ? '' : step.question.id).toBe('features');
    // permit is kept, but its condition reads features, still undecided: it cannot be changed yet.
    const c = change(r.session, 'permit', false);
    expect(!c.ok && c.error.code).toBe('not-asked');
    const done = play(r.session, ['features', ['walls']]);
    expect(next(done).done).toBe(true);
    expect(done.answers.permit).toEqual({ value: true });
  });

  test('after a theme update: answers to removed questions and to questions no longer asked are dropped', () => {
    const v2 = renovation((t) =>
      t
        .replace(/ {2}- id: floors[\s\S]*?when: \{ area: \{ greaterThan: 150 \} \}\n/, '')
        .replace('when: { kind: [home, office] }', 'when: { kind: office }'),
    );
    const r = restored(restore(v2, serialize(complete), { profile: person }));
    expect(r.updated).toBe(true);
    expect(r.dropped).toEqual([
      { question: 'floors', value: 3, reason: 'unknown-question' },
      { question: 'features', value: ['walls', 'windows'], reason: 'no-longer-asked' },
      { question: 'permit', value: true, reason: 'no-longer-asked' },
    ]);
    expect(r.session.trail).toEqual(['kind', 'area', 'start-date']);
    expect(next(r.session).done).toBe(true);
  });

  test('not-json: truncated or not JSON at all', () => {
    const json = serialize(complete);
    for (const cut of [1, 5, json.length / 2, json.length - 1])
      expectFailure(v1, json.slice(0, cut), 'not-json');
    expectFailure(v1, '', 'not-json');
    expectFailure(v1, 'v=1&t=renovate', 'not-json');
    expectFailure(v1, "{'v':1}", 'not-json');
  });

  test('bad-shape: not an object, extra keys, missing members, huge arrays, bad entries', () => {
    const json = serialize(complete);
    for (const text of ['[]', 'null', '1', '"text"', 'true']) expectFailure(v1, text, 'bad-shape');
    expectFailure(v1, `${json.slice(0, -1)},"x":1}`, 'bad-shape');
    expectFailure(v1, `${json.slice(0, -1)},"__proto__":{}}`, 'bad-shape');
    expectFailure(v1, `${json.slice(0, -1)},"p":{"kind":"person"}}`, 'bad-shape');
    const cases: ((d: Record<string, unknown> & { a: unknown[][]; r: number[] }) => void)[] = [
      (d) => delete d.v,
      (d) => (d.v = '1'),
      (d) => delete d.t,
      (d) => delete d.h,
      (d) => (d.h = 'not-a-hash'),
      (d) => (d.h = v1.hash.toUpperCase()),
      (d) => (d.d = '2026-02-30'),
      (d) => (d.d = 20261127),
      (d) => delete (d as Record<string, unknown>).a,
      (d) => ((d as Record<string, unknown>).a = { kind: 'home' }),
      (d) => (d.a = Array.from({ length: 1001 }, (_, i) => [`q${i}`, 'x'])),
      (d) => d.a.push(['kind']),
      (d) => d.a.push(['kind', 'home', 2]),
      (d) => d.a.push(['kind', 'home', 1, 1]),
      (d) => d.a.push([1, 'home']),
      (d) => d.a.push(['kind', { value: 'home' }]),
      (d) => d.a.push(['kind', null]),
      (d) => d.a.push(['kind', [1, 2]]),
      (d) => d.a.push(['features', Array.from({ length: 1001 }, () => 'walls')]),
      (d) => delete (d as Record<string, unknown>).r,
      (d) => (d.r = [...d.r, ...d.r, ...d.r]),
      (d) => (d.r = [1, 1]),
      (d) => (d.r = [99]),
      (d) => (d.r = [-1]),
      (d) => (d.r = [1.5]),
      (d) => (d.r = ['1'] as never),
    ];
    for (const edit of cases) expectFailure(v1, edited(complete, edit), 'bad-shape', person);
    expectFailure(v1, `${json.slice(0, -1)},"pad":"${'x'.repeat(70_000)}"}`, 'bad-shape');
    expectFailure(v1, 42 as unknown as string, 'bad-shape');
  });

  test('unsupported-version', () => {
    expectFailure(
      v1,
      edited(complete, (d) => (d.v = 2)),
      'unsupported-version',
    );
    expectFailure(
      v1,
      edited(complete, (d) => (d.v = 0)),
      'unsupported-version',
    );
  });

  test('other-theme', () => {
    expectFailure(
      v1,
      edited(complete, (d) => (d.t = 'hk-macau-permit')),
      'other-theme',
    );
  });

  test('tampered: edited answers with the same hash', () => {
    const at = (d: { a: unknown[][] }, id: string) => d.a.find((e) => e[0] === id) as unknown[];
    const tampering: ((d: Record<string, unknown> & { a: unknown[][]; r: number[] }) => void)[] = [
      // an option that does not exist
      (d) => (at(d, 'kind')[1] = 'castle'),
      // a value of the wrong type, out of range, or not normalised
      (d) => (at(d, 'area')[1] = 'big'),
      (d) => (at(d, 'area')[1] = 5000),
      (d) => (at(d, 'floors')[1] = 2.5),
      (d) => (at(d, 'features')[1] = ['windows', 'walls']),
      (d) => (at(d, 'start-date')[1] = '2027-02-30'),
      // another valid option that makes later answers unasked
      (d) => (at(d, 'kind')[1] = 'shop'),
      (d) => (at(d, 'features')[1] = ['pipes']),
      (d) => (at(d, 'area')[1] = 100),
      // a question that does not exist, or answered twice
      (d) => d.a.push(['colour', 'red']),
      (d) => d.a.push(['kind', 'home']),
      // a prefilled answer in the trail
      (d) => d.r.unshift(0),
    ];
    for (const edit of tampering) expectFailure(v1, edited(complete, edit), 'tampered', person);
  });

  test('tampered: an answer to a question that is not asked', () => {
    const s = play(
      start(v1, { profile: person, today: TODAY }),
      ['kind', 'home'],
      ['features', ['pipes']],
      ['area', 100],
    );
    expect(restore(v1, serialize(s), { profile: person }).ok).toBe(true);
    expectFailure(
      v1,
      edited(s, (d) => d.a.splice(4, 0, ['floors', 3])),
      'tampered',
      person,
    );
    expectFailure(
      v1,
      edited(s, (d) => d.a.push(['permit', true])),
      'tampered',
      person,
    );
  });

  test('tampered: an answer marked prefilled on a question that is not prefilled', () => {
    const s = play(
      start(v1, { profile: person, today: TODAY }),
      ['kind', 'home'],
      ['features', ['pipes']],
      ['area', 100],
    );
    // Prefilled answers on skipped questions are kept, so the mark must not smuggle in an unasked answer.
    expectFailure(
      v1,
      edited(s, (d) => d.a.splice(4, 0, ['floors', 3, 1])),
      'tampered',
      person,
    );
    expectFailure(
      v1,
      edited(s, (d) => {
        const kind = d.a.findIndex((e) => e[0] === 'kind');
        d.a[kind] = ['kind', 'home', 1];
        d.r = d.r.filter((i) => i !== kind);
      }),
      'tampered',
      person,
    );
  });

  test('a date-relative answer restored on its own day', () => {
    // The answer fitted on the session's today; restoring later keeps judging it on that day.
    const json = serialize(complete);
    const r = restored(restore(v1, json, { profile: person }));
    expect(r.session.today).toBe(TODAY);
  });
});
