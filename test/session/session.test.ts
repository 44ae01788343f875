import { describe, expect, test } from 'vitest';
import { TongbanError } from '../../src/errors.js';
import type { Session, SessionErrorCode, Step, Transition } from '../../src/model/session.js';
import {
  answer,
  back,
  caseOf,
  change,
  checklist,
  next,
  serialize,
  start,
  walk,
} from '../../src/session/index.js';
import { loadThemeYaml } from '../support/arbitrary-theme.js';

const catalog = `
departments:
  market: { name: 区市场监管局, level: 区县 }
  fire: { name: 消防救援支队, level: 市级 }
  tobacco: { name: 烟草专卖局, level: 区县 }
materials:
  licence-form: { name: 营业执照申请书, form: 表格 }
  lease: { name: 经营场所租赁合同, form: 复印件 }
items:
  business-licence:
    name: 营业执照
    department: market
    days: 3
    fee: 0
    materials: [licence-form, lease]
  food-licence: { name: 食品经营许可, department: market, days: 10 }
  alcohol-permit: { name: 酒类零售许可, department: market, days: 5 }
  tobacco-permit: { name: 烟草专卖零售许可, department: tobacco, days: 20 }
  fire-check: { name: 公众聚集场所投入使用前消防安全检查, department: fire, days: 10 }
`;

const theme = `
id: open-shop
title: 开一家店
version: "1"
audience: enterprise
questions:
  - id: purpose
    ask: 您要开什么店？
    options:
      restaurant: { label: 餐馆, short: 餐饮 }
      shop: 零售店
      cafe: 咖啡馆
  - id: extras
    ask: 还经营哪些？
    type: multiple
    when: { purpose: [restaurant, cafe] }
    options:
      alcohol: 酒类
      tobacco: 烟草
      outdoor: 外摆
      none: { label: 以上都没有, exclusive: true }
  - id: chimney
    ask: 有专用烟道吗？
    type: yes-no
    when: { purpose: restaurant }
    yes: 有专用烟道
    no: 无专用烟道
  - id: area
    ask: 经营面积？
    type: number
    unit: ㎡
    short: 面积
    min: 1
    max: 10000
  - id: seats
    ask: 座位数？
    type: number
    integer: true
    min: 0
    max: 500
    when: { all: [{ area: { greaterThan: 150 } }, { purpose: { notEqual: shop } }] }
  - id: opening
    ask: 计划开业日期？
    type: date
    short: 开业
    min: today
    max: today+1y
  - id: owner-birth
    ask: 经营者出生日期？
    type: date
    short: 经营者出生
    min: "1900-01-01"
    max: today-18y
items:
  business-licence: always
  food-licence: { when: { purpose: [restaurant, cafe] } }
  alcohol-permit: { when: { extras: { contains: alcohol } } }
  tobacco-permit: { when: { extras: { contains: tobacco } } }
  fire-check: { when: { area: { greaterThan: 150 } } }
notices:
  chimney: { kind: block, text: 无专用烟道不得从事产生油烟的餐饮服务, when: { chimney: false } }
  young-owner: { kind: info, text: 青年创业可申请补贴, when: { owner-birth: { greaterThan: "2000-01-01" } } }
`;

const shop = loadThemeYaml({ catalog, theme });
const TODAY = '2026-11-27';

function accepted(t: Transition): Session {
  if (!t.ok) throw new Error(`rejected: ${t.error.code} ${t.error.message}`);
  return t.session;
}

/** Answers in order, each the question asked now. */
function play(session: Session, ...answers: [string, unknown][]): Session {
  let s = session;
  for (const [question, value] of answers) s = accepted(answer(s, question, value));
  return s;
}

function asked(step: Step): string {
  return step.done ? '(done)' : step.question.id;
}

/** Expects a rejection with `code` that leaves the session exactly as it was: same object, same content. */
function expectRejected(session: Session, run: () => Transition, code: SessionErrorCode): Transition {
  const before = { json: serialize(session), step: next(session), answers: { ...session.answers } };
  const result = run();
  expect(result.ok).toBe(false);
  if (result.ok) return result;
  expect(result.error.code).toBe(code);
  expect(result.error.message).not.toBe('');
  expect(result.session).toBe(session);
  expect(serialize(session)).toBe(before.json);
  expect(next(session)).toEqual(before.step);
  expect(session.answers).toEqual(before.answers);
  return result;
}

describe('start and next', () => {
  test('a new session asks the first question with its options and progress', () => {
    const s = start(shop, { today: TODAY });
    expect(s.answers).toEqual({});
    expect(s.trail).toEqual([]);
    expect(Object.isFrozen(s)).toBe(true);
    const step = next(s);
    expect(step.done).toBe(false);
    if (step.done) return;
    expect(step.question.id).toBe('purpose');
    expect(step.options.map((o) => o.id)).toEqual(['restaurant', 'shop', 'cafe']);
    expect(step.progress).toEqual({ answered: 0, remaining: 7 });
  });

  test('questions whose conditions are false are skipped', () => {
    const s = play(start(shop, { today: TODAY }), ['purpose', 'shop']);
    expect(asked(next(s))).toBe('area');
    // seats is skipped already: its condition is false whatever the area (`purpose notEqual shop` fails).
    expect(walk(s).states).toEqual([
      'answered',
      'skipped',
      'skipped',
      'current',
      'skipped',
      'pending',
      'pending',
    ]);
  });

  test('options are empty for questions without options', () => {
    const step = next(play(start(shop, { today: TODAY }), ['purpose', 'shop']));
    expect(step.done ? [] : step.options).toEqual([]);
  });

  test('an impossible today is a TongbanError', () => {
    expect(() => start(shop, { today: '2026-02-30' })).toThrow(TongbanError);
  });
});

describe('progress', () => {
  test('counts answered questions and bounds the questions that remain', () => {
    let s = start(shop, { today: TODAY });
    const seen: [number, number][] = [];
    const script: [string, unknown][] = [
      ['purpose', 'restaurant'],
      ['extras', ['none']],
      ['chimney', true],
      ['area', 80],
      ['opening', '2027-01-01'],
      ['owner-birth', '1980-05-05'],
    ];
    for (const [question, value] of script) {
      const step = next(s);
      if (step.done) throw new Error('done too early');
      seen.push([step.progress.answered, step.progress.remaining]);
      s = accepted(answer(s, question, value));
    }
    const done = next(s);
    expect(done.done).toBe(true);
    expect(done.progress).toEqual({ answered: 6, remaining: 0 });
    // Each remaining count bounds the questions actually asked from then on (seats was never asked).
    expect(seen).toEqual([
      [0, 7],
      [1, 6],
      [2, 5],
      [3, 4],
      [4, 2],
      [5, 1],
    ]);
    for (const [i, [, remaining]] of seen.entries())
      expect(remaining).toBeGreaterThanOrEqual(script.length - i);
  });

  test('a skipped question no longer counts as remaining', () => {
    const s = play(start(shop, { today: TODAY }), ['purpose', 'shop']);
    const step = next(s);
    // extras, chimney and seats are out: area, opening, owner-birth remain.
    expect(step.progress).toEqual({ answered: 1, remaining: 3 });
  });
});

describe('answer: rejections leave the session unchanged', () => {
  const s0 = start(shop, { today: TODAY });

  test('unknown-question', () => {
    const r = expectRejected(s0, () => answer(s0, 'nope', 'x'), 'unknown-question');
    if (!r.ok) expect(r.error).toMatchObject({ question: 'nope', params: { question: 'nope' } });
    expectRejected(s0, () => answer(s0, 'constructor', 'x'), 'unknown-question');
    expectRejected(s0, () => change(s0, 'toString', 'x'), 'unknown-question');
  });

  test('unknown-question names an empty question id as given', () => {
    const r = expectRejected(s0, () => answer(s0, '', 'x'), 'unknown-question');
    if (!r.ok) {
      expect(r.error.question).toBe('');
      expect(r.error.message).not.toContain('undefined');
    }
  });

  test('not-asked: a later question, or one whose condition is false', () => {
    expectRejected(s0, () => answer(s0, 'area', 10), 'not-asked');
    const s1 = play(s0, ['purpose', 'shop']);
    expectRejected(s1, () => answer(s1, 'chimney', true), 'not-asked');
  });

  test('already-answered', () => {
    const s1 = play(s0, ['purpose', 'shop']);
    const r = expectRejected(s1, () => answer(s1, 'purpose', 'cafe'), 'already-answered');
    if (!r.ok) expect(r.error.question).toBe('purpose');
  });

  test('not-answered: change needs an answer', () => {
    expectRejected(s0, () => change(s0, 'purpose', 'shop'), 'not-answered');
    expectRejected(s0, () => change(s0, 'area', 10), 'not-answered');
  });

  test('wrong-type for each question type', () => {
    expectRejected(s0, () => answer(s0, 'purpose', 1), 'wrong-type');
    expectRejected(s0, () => answer(s0, 'purpose', ['shop']), 'wrong-type');
    const s1 = play(s0, ['purpose', 'restaurant']);
    expectRejected(s1, () => answer(s1, 'extras', 'alcohol'), 'wrong-type');
    expectRejected(s1, () => answer(s1, 'extras', ['alcohol', 1]), 'wrong-type');
    const s2 = play(s1, ['extras', ['none']]);
    expectRejected(s2, () => answer(s2, 'chimney', 'yes'), 'wrong-type');
    expectRejected(s2, () => answer(s2, 'chimney', 1), 'wrong-type');
    const s3 = play(s2, ['chimney', true]);
    expectRejected(s3, () => answer(s3, 'area', '200'), 'wrong-type');
    expectRejected(s3, () => answer(s3, 'area', Number.NaN), 'wrong-type');
    expectRejected(s3, () => answer(s3, 'area', Number.POSITIVE_INFINITY), 'wrong-type');
    const s4 = play(s3, ['area', 100]);
    expectRejected(s4, () => answer(s4, 'opening', 20270101), 'wrong-type');
    expectRejected(s4, () => answer(s4, 'opening', null), 'wrong-type');
  });

  test('unknown-option', () => {
    const r = expectRejected(s0, () => answer(s0, 'purpose', 'bar'), 'unknown-option');
    if (!r.ok) expect(r.error.params).toEqual({ question: 'purpose', option: 'bar' });
    const s1 = play(s0, ['purpose', 'cafe']);
    expectRejected(s1, () => answer(s1, 'extras', ['alcohol', 'gambling']), 'unknown-option');
  });

  test('duplicate-option, exclusive-option, empty-choice', () => {
    const s1 = play(s0, ['purpose', 'cafe']);
    expectRejected(s1, () => answer(s1, 'extras', ['alcohol', 'alcohol']), 'duplicate-option');
    const r = expectRejected(s1, () => answer(s1, 'extras', ['alcohol', 'none']), 'exclusive-option');
    if (!r.ok) expect(r.error.params).toMatchObject({ option: 'none', label: expect.any(String) });
    expectRejected(s1, () => answer(s1, 'extras', ['none', 'outdoor']), 'exclusive-option');
    expectRejected(s1, () => answer(s1, 'extras', []), 'empty-choice');
  });

  test('out-of-range and not-integer for numbers', () => {
    const s1 = play(s0, ['purpose', 'restaurant'], ['extras', ['none']], ['chimney', true]);
    const r = expectRejected(s1, () => answer(s1, 'area', 0), 'out-of-range');
    if (!r.ok)
      expect(r.error.params).toEqual({ question: 'area', value: 0, expected: 'number', min: 1, max: 10000 });
    expectRejected(s1, () => answer(s1, 'area', 10000.5), 'out-of-range');
    const s2 = play(s1, ['area', 200]);
    expect(asked(next(s2))).toBe('seats');
    expectRejected(s2, () => answer(s2, 'seats', 2.5), 'not-integer');
    expectRejected(s2, () => answer(s2, 'seats', -1), 'out-of-range');
    expectRejected(s2, () => answer(s2, 'seats', 501), 'out-of-range');
  });

  test('invalid-date and out-of-range for dates', () => {
    const s1 = play(s0, ['purpose', 'shop'], ['area', 20]);
    expect(asked(next(s1))).toBe('opening');
    for (const bad of ['2027-02-30', '2027-2-3', '2027-13-01', '27-01-01', '2027-01-01T00:00', '', 'today']) {
      expectRejected(s1, () => answer(s1, 'opening', bad), 'invalid-date');
    }
    // min today, max today+1y.
    const r = expectRejected(s1, () => answer(s1, 'opening', '2026-11-26'), 'out-of-range');
    if (!r.ok) expect(r.error.params).toMatchObject({ min: '2026-11-27', max: '2027-11-27' });
    expectRejected(s1, () => answer(s1, 'opening', '2027-11-28'), 'out-of-range');
  });

  test('nothing-to-undo', () => {
    const r = expectRejected(s0, () => back(s0), 'nothing-to-undo');
    if (!r.ok) expect(r.error.question).toBeUndefined();
  });
});

describe('question types', () => {
  const s0 = start(shop, { today: TODAY });

  test('single: the option id', () => {
    const s = play(s0, ['purpose', 'cafe']);
    expect(s.answers.purpose).toEqual({ value: 'cafe' });
  });

  test('multiple: kept in option order whatever the order given; exclusive alone', () => {
    const s1 = play(s0, ['purpose', 'cafe']);
    const s2 = play(s1, ['extras', ['outdoor', 'alcohol']]);
    expect(s2.answers.extras).toEqual({ value: ['alcohol', 'outdoor'] });
    expect(play(s1, ['extras', ['none']]).answers.extras).toEqual({ value: ['none'] });
  });

  test('multiple: the value given is not kept by reference', () => {
    const s1 = play(s0, ['purpose', 'cafe']);
    const given = ['tobacco'];
    const s2 = play(s1, ['extras', given]);
    given.push('alcohol');
    expect(s2.answers.extras?.value).toEqual(['tobacco']);
  });

  test('yes-no: a boolean, labelled in the case', () => {
    const s = play(s0, ['purpose', 'restaurant'], ['extras', ['none']], ['chimney', false]);
    expect(s.answers.chimney).toEqual({ value: false });
    expect(caseOf(s).parts.at(-1)).toEqual({ question: 'chimney', key: 'no', label: '无专用烟道' });
  });

  test('number: range, unit and bands in the case key (area > 150 makes le150 and gt150)', () => {
    const base = play(s0, ['purpose', 'shop']);
    const keyOf = (area: number) =>
      caseOf(play(base, ['area', area])).parts.find((p) => p.question === 'area');
    expect(keyOf(1)).toEqual({ question: 'area', key: 'le150', label: '面积150㎡以下' });
    expect(keyOf(150)).toEqual({ question: 'area', key: 'le150', label: '面积150㎡以下' });
    expect(keyOf(150.5)).toEqual({ question: 'area', key: 'gt150', label: '面积超过150㎡' });
    expect(keyOf(10000)).toEqual({ question: 'area', key: 'gt150', label: '面积超过150㎡' });
    expect(shop.questions.find((q) => q.id === 'area')).toMatchObject({
      cuts: [{ value: 150, side: 'above' }],
    });
  });

  test('number: integers only where asked, -0 is 0, a number without cuts is one band', () => {
    const s1 = play(s0, ['purpose', 'cafe'], ['extras', ['none']], ['area', -0 + 151]);
    const s2 = play(s1, ['seats', -0]);
    expect(Object.is(s2.answers.seats?.value, 0)).toBe(true);
    expect(caseOf(s2).parts.find((p) => p.question === 'seats')).toEqual({
      question: 'seats',
      key: 'any',
      label: '',
    });
    const s3 = play(s0, ['purpose', 'shop'], ['area', 12.75]);
    expect(s3.answers.area).toEqual({ value: 12.75 });
  });

  test('date: today-relative bounds resolve with today; bands from conditions', () => {
    const s1 = play(s0, ['purpose', 'shop'], ['area', 20], ['opening', '2026-11-27']);
    // max today-18y = 2008-11-27.
    expectRejected(s1, () => answer(s1, 'owner-birth', '2008-11-28'), 'out-of-range');
    expectRejected(s1, () => answer(s1, 'owner-birth', '1899-12-31'), 'out-of-range');
    const adult = play(s1, ['owner-birth', '2008-11-27']);
    expect(caseOf(adult).parts.at(-1)).toEqual({
      question: 'owner-birth',
      key: 'gt2000-01-01',
      label: '经营者出生2000-01-01以后',
    });
    const older = play(s1, ['owner-birth', '2000-01-01']);
    expect(caseOf(older).parts.at(-1)).toEqual({
      question: 'owner-birth',
      key: 'le2000-01-01',
      label: '经营者出生2000-01-01及以前',
    });
  });

  test('date: leap days are real dates, Feb 30 is not', () => {
    const s1 = play(s0, ['purpose', 'shop'], ['area', 20], ['opening', '2027-01-01']);
    expect(play(s1, ['owner-birth', '2000-02-29']).answers['owner-birth']).toEqual({ value: '2000-02-29' });
    expectRejected(s1, () => answer(s1, 'owner-birth', '2001-02-29'), 'invalid-date');
    expectRejected(s1, () => answer(s1, 'owner-birth', '2000-02-30'), 'invalid-date');
  });

  test('date: without today, today-relative bounds do not apply', () => {
    const s1 = play(start(shop), ['purpose', 'shop'], ['area', 20]);
    const s2 = play(s1, ['opening', '1990-01-01'], ['owner-birth', '2030-01-01']);
    expect(next(s2).done).toBe(true);
  });
});

describe('change', () => {
  const s0 = start(shop, { today: TODAY });
  const full = play(
    s0,
    ['purpose', 'restaurant'],
    ['extras', ['alcohol']],
    ['chimney', true],
    ['area', 200],
    ['seats', 30],
    ['opening', '2027-01-01'],
  );

  test('keeps later answers whose questions are still asked and drops the others, reporting them', () => {
    const r = change(full, 'purpose', 'cafe');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dropped).toEqual([{ question: 'chimney', value: true, reason: 'no-longer-asked' }]);
    expect(Object.keys(r.session.answers).sort()).toEqual(['area', 'extras', 'opening', 'purpose', 'seats']);
    expect(r.session.answers.purpose).toEqual({ value: 'cafe' });
    expect(r.session.trail).toEqual(['purpose', 'extras', 'area', 'seats', 'opening']);
    expect(asked(next(r.session))).toBe('owner-birth');
    // The original session is untouched.
    expect(full.answers.chimney).toEqual({ value: true });
  });

  test('to a value that skips several later questions drops them all', () => {
    const r = change(full, 'purpose', 'shop');
    if (!r.ok) throw new Error('rejected');
    expect(r.dropped.map((d) => d.question)).toEqual(['extras', 'chimney', 'seats']);
    expect(r.dropped.find((d) => d.question === 'extras')).toEqual({
      question: 'extras',
      value: ['alcohol'],
      reason: 'no-longer-asked',
    });
    expect(asked(next(r.session))).toBe('owner-birth');
  });

  test('of a number across a band drops what the band asked for', () => {
    const r = change(full, 'area', 100);
    if (!r.ok) throw new Error('rejected');
    expect(r.dropped).toEqual([{ question: 'seats', value: 30, reason: 'no-longer-asked' }]);
  });

  test('to a value that asks new questions keeps later answers until they are reached', () => {
    const shopFirst = play(s0, ['purpose', 'shop'], ['area', 200], ['opening', '2027-01-01']);
    const r = change(shopFirst, 'purpose', 'restaurant');
    if (!r.ok) throw new Error('rejected');
    expect(r.dropped).toEqual([]);
    const step = next(r.session);
    expect(asked(step)).toBe('extras');
    expect(step.progress.answered).toBe(1);
    const states = walk(r.session).states;
    expect(states).toEqual([
      'answered',
      'current',
      'pending',
      'pending-answered',
      'pending',
      'pending-answered',
      'pending',
    ]);
    // A kept answer behind the current question can be changed once its question is certainly asked.
    const changed = change(r.session, 'area', 300);
    expect(changed.ok).toBe(true);
    const after = play(r.session, ['extras', ['none']], ['chimney', true]);
    expect(asked(next(after))).toBe('seats');
    // opening's kept answer counts once seats, now current, is answered.
    expect(next(after).progress).toEqual({ answered: 4, remaining: 2 });
    expect(next(play(after, ['seats', 1])).progress).toEqual({ answered: 6, remaining: 1 });
  });

  test('to a value that makes a blocking notice apply ends the questionnaire and drops later answers', () => {
    // The notice "chimney" blocks (不予办理) when there is no dedicated chimney: nothing more is asked.
    const blocked = play(s0, ['purpose', 'restaurant'], ['extras', ['none']], ['chimney', false]);
    const step = next(blocked);
    expect(step.done).toBe(true);
    expect(step.progress).toEqual({ answered: 3, remaining: 0 });
    expectRejected(blocked, () => answer(blocked, 'area', 100), 'not-asked');
    const r = change(full, 'chimney', false);
    if (!r.ok) throw new Error('rejected');
    expect(r.dropped.map((d) => d.question)).toEqual(['area', 'seats', 'opening']);
    expect(next(r.session).done).toBe(true);
  });

  test('to the same value returns the same session', () => {
    const same = change(full, 'purpose', 'restaurant');
    expect(same).toEqual({ ok: true, session: full, dropped: [] });
    if (same.ok) expect(same.session).toBe(full);
    // Multiple choices compare normalised.
    const s1 = play(s0, ['purpose', 'cafe'], ['extras', ['alcohol', 'outdoor']]);
    const r = change(s1, 'extras', ['outdoor', 'alcohol']);
    expect(r.ok && r.session).toBe(s1);
  });

  test('rejects invalid values and questions not asked, leaving the session unchanged', () => {
    expectRejected(full, () => change(full, 'purpose', 'bar'), 'unknown-option');
    expectRejected(full, () => change(full, 'seats', 3.5), 'not-integer');
    expectRejected(full, () => change(full, 'owner-birth', '1990-01-01'), 'not-answered');
    const shopOnly = play(s0, ['purpose', 'shop']);
    expectRejected(shopOnly, () => change(shopOnly, 'extras', ['none']), 'not-answered');
    // A kept answer whose question is not certainly asked yet cannot be changed.
    const r = change(play(s0, ['purpose', 'shop'], ['area', 200]), 'purpose', 'restaurant');
    if (!r.ok) throw new Error('rejected');
    expect(walk(r.session).states[4]).toBe('pending');
    const kept = play(r.session, ['extras', ['none']], ['chimney', true], ['seats', 10]);
    const r2 = change(kept, 'purpose', 'shop');
    if (!r2.ok) throw new Error('rejected');
    expect(r2.dropped.map((d) => d.question)).toEqual(['extras', 'chimney', 'seats']);
  });

  test('a kept answer behind the current question whose condition is decided can be changed', () => {
    // seats is kept behind chimney (current) and reads only area and purpose: certainly asked, so changeable.
    const base = play(s0, ['purpose', 'cafe'], ['extras', ['none']], ['area', 200], ['seats', 10]);
    const r = change(base, 'purpose', 'restaurant');
    if (!r.ok) throw new Error('rejected');
    expect(asked(next(r.session))).toBe('chimney');
    expect(change(r.session, 'seats', 11).ok).toBe(true);
  });
});

describe('back', () => {
  const s0 = start(shop, { today: TODAY });

  test('undoes the last answer: its question is asked again', () => {
    const s2 = play(s0, ['purpose', 'cafe'], ['extras', ['alcohol']]);
    const r = back(s2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dropped).toEqual([]);
    expect(r.session.answers).toEqual({ purpose: { value: 'cafe' } });
    expect(r.session.trail).toEqual(['purpose']);
    expect(asked(next(r.session))).toBe('extras');
    const r2 = back(r.session);
    expect(r2.ok && r2.session.answers).toEqual({});
    if (r2.ok) expectRejected(r2.session, () => back(r2.session), 'nothing-to-undo');
  });

  test('after a change, undoes the last answer given', () => {
    const s = play(s0, ['purpose', 'shop'], ['area', 20]);
    const changed = accepted(change(s, 'purpose', 'cafe'));
    const r = back(changed);
    if (!r.ok) throw new Error('rejected');
    expect(r.session.answers).toEqual({ purpose: { value: 'cafe' } });
  });
});

describe('checklist', () => {
  const s0 = start(shop, { today: TODAY });
  const names = (entries: readonly { item: string }[]) => entries.map((e) => e.item);

  test('grows while answering: items move from open to applies or drop out', () => {
    const c0 = checklist(s0);
    expect(names(c0.applies)).toEqual(['business-licence']);
    expect(names(c0.open)).toEqual(['food-licence', 'alcohol-permit', 'tobacco-permit', 'fire-check']);
    expect(c0.applies[0]).toEqual({ item: 'business-licence', name: '营业执照', department: '区市场监管局' });

    const s1 = play(s0, ['purpose', 'restaurant']);
    const c1 = checklist(s1);
    expect(names(c1.applies)).toEqual(['business-licence', 'food-licence']);
    expect(names(c1.open)).toEqual(['alcohol-permit', 'tobacco-permit', 'fire-check']);

    const s2 = play(s1, ['extras', ['alcohol']]);
    const c2 = checklist(s2);
    expect(names(c2.applies)).toEqual(['business-licence', 'food-licence', 'alcohol-permit']);
    expect(names(c2.open)).toEqual(['fire-check']);

    const s3 = play(s2, ['chimney', true], ['area', 300]);
    const c3 = checklist(s3);
    expect(names(c3.applies)).toEqual(['business-licence', 'food-licence', 'alcohol-permit', 'fire-check']);
    expect(c3.open).toEqual([]);
    expect(c3.applies.at(-1)?.department).toBe('消防救援支队');
  });

  test('items that cannot apply are in neither list', () => {
    const c = checklist(play(s0, ['purpose', 'shop'], ['area', 20]));
    expect(names(c.applies)).toEqual(['business-licence']);
    expect(c.open).toEqual([]);
  });
});

describe('case', () => {
  test('key and label when complete', () => {
    const s = play(
      start(shop, { today: TODAY }),
      ['purpose', 'restaurant'],
      ['extras', ['outdoor', 'alcohol']],
      ['chimney', true],
      ['area', 200],
      ['seats', 30],
      ['opening', '2027-01-01'],
      ['owner-birth', '1980-05-05'],
    );
    const step = next(s);
    expect(step.done).toBe(true);
    if (!step.done) return;
    expect(step.case.key).toBe(
      'purpose=restaurant&extras=alcohol+outdoor&chimney=yes&area=gt150&seats=any&opening=any&owner-birth=le2000-01-01',
    );
    expect(step.case.label).toBe(
      '餐饮 · 酒类、外摆 · 有专用烟道 · 面积超过150㎡ · 经营者出生2000-01-01及以前',
    );
    expect(step.case.parts[0]).toEqual({ question: 'purpose', key: 'restaurant', label: '餐饮' });
    expect(step.progress).toEqual({ answered: 7, remaining: 0 });
    expect(caseOf(s)).toEqual(step.case);
  });

  test('answers in one band make one case; skipped questions are not part of it', () => {
    const base = play(start(shop, { today: TODAY }), ['purpose', 'shop']);
    const one = play(base, ['area', 20], ['opening', '2027-01-01'], ['owner-birth', '1970-01-01']);
    const two = play(base, ['area', 150], ['opening', '2027-06-30'], ['owner-birth', '1990-12-31']);
    const a = next(one);
    const b = next(two);
    expect(a.done && b.done).toBe(true);
    if (!a.done || !b.done) return;
    expect(a.case.key).toBe('purpose=shop&area=le150&opening=any&owner-birth=le2000-01-01');
    expect(b.case.key).toBe(a.case.key);
    expect(a.case.label).toBe('零售店 · 面积150㎡以下 · 经营者出生2000-01-01及以前');
  });
});

describe('the session an answer makes', () => {
  test('has the members of the one it came from, in order, frozen, with no hidden or symbol members', () => {
    const first = start(shop, { today: TODAY });
    const step = next(first);
    if (step.done) throw new Error('the shop asks a question first');
    const result = answer(first, step.question.id, step.options[0]?.id);
    if (!result.ok) throw new Error(result.error.message);
    const made = result.session;
    expect(Object.keys(made)).toEqual(Object.keys(first));
    expect(Object.getOwnPropertySymbols(made)).toEqual([]);
    expect(Object.isFrozen(made)).toBe(true);
    expect(made.answers).toEqual({ [step.question.id]: { value: step.options[0]?.id } });
    expect(JSON.parse(JSON.stringify(made))).toEqual(JSON.parse(JSON.stringify({ ...made })));
  });

  test('keeps members a portal added to its own session, and a copy of it is checked again like any object', () => {
    const own = Object.freeze({ ...start(shop, { today: TODAY }), portalTag: 'kiosk-3' });
    const step = next(own);
    if (step.done) throw new Error('the shop asks a question first');
    const result = answer(own, step.question.id, step.options[0]?.id);
    if (!result.ok) throw new Error(result.error.message);
    expect((result.session as Session & { portalTag?: string }).portalTag).toBe('kiosk-3');
    // A spread copy is a plain object: its answers are a plain member and a later answer reads them.
    const copy = Object.freeze({ ...result.session });
    const later = next(copy);
    expect(later).toEqual(next(result.session));
  });
});
