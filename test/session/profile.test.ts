import { describe, expect, test } from 'vitest';
import type { Profile } from '../../src/model/profile.js';
import type { Session, Transition } from '../../src/model/session.js';
import { answer, back, caseOf, change, next, serialize, start, walk } from '../../src/session/index.js';
import { loadThemeYaml } from '../support/arbitrary-theme.js';

const catalog = `
departments:
  exit-entry: { name: 出入境管理局, level: 市级 }
facts:
  person.hukou: { label: 户籍, type: single, options: { local: 本市, other: 外省市 } }
  person.birth-date: { label: 出生日期, type: date }
  person.age: { label: 年龄, type: number, derive: { fn: years-since, from: person.birth-date } }
  person.pets: { label: 宠物, type: multiple, options: { cat: 猫, dog: 狗, none: { label: 无, exclusive: true } } }
items:
  permit: { name: 通行证签发, department: exit-entry, days: 7, fee: 60 }
`;

const theme = `
id: permit
title: 往来港澳通行证
version: "1"
audience: person
questions:
  - id: hukou
    ask: 您的户籍？
    prefill: person.hukou
    options: { local: 本市, other: 外省市 }
  - id: purpose
    ask: 办理事由？
    options: { travel: 个人旅游, visit: 探亲, business: 商务 }
  - id: guardian
    ask: 是否有监护人陪同？
    type: yes-no
    when: { person.age: { lessThan: 16 } }
    yes: 监护人陪同
    no: 无监护人陪同
  - id: birth
    ask: 出生日期？
    type: date
    prefill: person.birth-date
    max: today
  - id: pets
    ask: 携带宠物？
    type: multiple
    prefill: person.pets
    when: { purpose: visit }
    options: { cat: 猫, dog: 狗, bird: 鸟, none: { label: 无, exclusive: true } }
items:
  permit: always
`;

const permit = loadThemeYaml({ catalog, theme });
const TODAY = '2026-11-27';

function profile(facts: Profile['facts']): Profile {
  return { kind: 'person', facts, licences: [], tags: [], completed: [] };
}

function accepted(t: Transition): Session {
  if (!t.ok) throw new Error(`rejected: ${t.error.code} ${t.error.message}`);
  return t.session;
}

function asked(session: Session): string {
  const step = next(session);
  return step.done ? '(done)' : step.question.id;
}

describe('prefill from a profile', () => {
  const person = profile({ 'person.hukou': 'local', 'person.birth-date': '1990-05-01' });

  test('prefilled answers are marked, not asked, counted and listed in the case', () => {
    const s = start(permit, { profile: person, today: TODAY });
    expect(s.answers).toEqual({
      hukou: { value: 'local', prefilled: true },
      birth: { value: '1990-05-01', prefilled: true },
    });
    expect(s.trail).toEqual([]);
    expect(asked(s)).toBe('purpose');
    // purpose and pets remain; guardian is skipped (age 36); birth is answered behind the current question.
    expect(next(s).progress).toEqual({ answered: 1, remaining: 2 });
    const done = accepted(answer(s, 'purpose', 'travel'));
    const step = next(done);
    expect(step.done).toBe(true);
    if (!step.done) return;
    expect(step.case.key).toBe('hukou=local&purpose=travel&birth=any');
    expect(step.case.label).toBe('本市 · 个人旅游');
    expect(step.progress).toEqual({ answered: 3, remaining: 0 });
    expect(serialize(done)).toContain('["hukou","local",1]');
  });

  test('a prefilled question cannot be answered again, nor undone, but can be changed', () => {
    const s = start(permit, { profile: person, today: TODAY });
    const r = answer(s, 'hukou', 'other');
    expect(!r.ok && r.error.code).toBe('already-answered');
    const undo = back(s);
    expect(!undo.ok && undo.error.code).toBe('nothing-to-undo');
    const changed = change(s, 'hukou', 'other');
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(changed.dropped).toEqual([]);
    expect(changed.session.answers.hukou).toEqual({ value: 'other' });
    expect(changed.session.trail).toEqual([]);
    // Changing to the prefilled value itself changes nothing.
    const same = change(s, 'hukou', 'local');
    expect(same.ok && same.session).toBe(s);
  });

  test('a prefilled multiple choice is normalised; a prefill on a skipped question is kept but not asked', () => {
    const facts = { 'person.pets': ['dog', 'cat'], 'person.birth-date': '1990-05-01' };
    const s = start(permit, { profile: profile(facts), today: TODAY });
    expect(s.answers.pets).toEqual({ value: ['cat', 'dog'], prefilled: true });
    const travel = accepted(answer(accepted(answer(s, 'hukou', 'local')), 'purpose', 'travel'));
    expect(walk(travel).states[4]).toBe('skipped');
    expect(travel.answers.pets).toEqual({ value: ['cat', 'dog'], prefilled: true });
    const c = change(travel, 'pets', ['dog']);
    expect(!c.ok && c.error.code).toBe('not-asked');
    const visit = accepted(change(travel, 'purpose', 'visit'));
    expect(walk(visit).states[4]).toBe('answered');
  });

  test('a prefill value that does not fit is ignored and the question asked', () => {
    const cases: Profile['facts'][] = [
      { 'person.hukou': 'mars' },
      { 'person.hukou': 1 },
      { 'person.hukou': ['local'] },
      { 'person.birth-date': '2027-01-01' },
      { 'person.birth-date': '1990-02-30' },
      { 'person.pets': ['cat', 'none'] },
      { 'person.pets': [] },
    ];
    for (const facts of cases) {
      const s = start(permit, { profile: profile(facts), today: TODAY });
      expect(s.answers).toEqual({});
      expect(asked(s)).toBe('hukou');
    }
    // Without today the future birth date fits (the bound `today` is unknown).
    const noToday = start(permit, { profile: profile({ 'person.birth-date': '2027-01-01' }) });
    expect(noToday.answers.birth).toEqual({ value: '2027-01-01', prefilled: true });
  });

  test('the profile is copied: later edits of the caller object change nothing', () => {
    const facts: Record<string, string> = { 'person.hukou': 'local' };
    const given = profile(facts);
    const s = start(permit, { profile: given, today: TODAY });
    facts['person.hukou'] = 'other';
    expect(Object.isFrozen(given)).toBe(false);
    expect(s.profile?.facts['person.hukou']).toBe('local');
  });
});

describe('derived facts', () => {
  const born = (date: string) => profile({ 'person.birth-date': date });

  test('age from the birth date and today decides a question', () => {
    const child = start(permit, { profile: born('2015-03-01'), today: TODAY });
    expect(walk(child).facts.get('person.age')).toBe(11);
    const s = accepted(answer(accepted(answer(child, 'hukou', 'local')), 'purpose', 'travel'));
    expect(asked(s)).toBe('guardian');
    const adult = start(permit, { profile: born('2000-01-01'), today: TODAY });
    expect(walk(adult).facts.get('person.age')).toBe(26);
    const a = accepted(answer(accepted(answer(adult, 'hukou', 'local')), 'purpose', 'travel'));
    expect(asked(a)).toBe('(done)');
  });

  test('counts whole years: the day before the 16th birthday is 15', () => {
    const before = start(permit, { profile: born('2010-03-01'), today: '2026-02-28' });
    const on = start(permit, { profile: born('2010-03-01'), today: '2026-03-01' });
    expect(walk(before).facts.get('person.age')).toBe(15);
    expect(walk(on).facts.get('person.age')).toBe(16);
    const answerTwo = (s: Session) =>
      accepted(answer(accepted(answer(s, 'hukou', 'local')), 'purpose', 'visit'));
    expect(asked(answerTwo(before))).toBe('guardian');
    expect(asked(answerTwo(on))).toBe('pets');
  });

  test('without today, derived facts are absent and conditions on them are false', () => {
    const s = start(permit, { profile: born('2015-03-01') });
    const facts = walk(s).facts;
    expect(facts.has('person.age')).toBe(true);
    expect(facts.get('person.age')).toBeUndefined();
    const a = accepted(answer(accepted(answer(s, 'hukou', 'local')), 'purpose', 'travel'));
    expect(asked(a)).toBe('(done)');
    expect(caseOf(a).key).toBe('hukou=local&purpose=travel&birth=any');
  });

  test('without a profile, the profile facts are settled as absent', () => {
    const s = start(permit, { today: TODAY });
    expect(walk(s).facts.get('person.birth-date')).toBeUndefined();
    expect(walk(s).facts.has('person.birth-date')).toBe(true);
    expect(asked(s)).toBe('hukou');
  });
});
