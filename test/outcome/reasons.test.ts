import { describe, expect, test } from 'vitest';
import type { Condition } from '../../src/model/condition.js';
import { conditionText, outcome } from '../../src/outcome/index.js';
import { loadFixture, profileWith, run } from './fixtures.js';

const CATALOG = `
departments:
  police: { name: 出入境管理局, level: 市级 }
facts:
  person.birth-date: { label: 出生日期, type: date }
  person.age: { label: 年龄, type: number, unit: 岁, derive: { fn: years-since, from: person.birth-date } }
  person.hukou: { label: 户籍, type: single, options: { local: 本市, other: 外省市 } }
  person.veteran: { label: 退役军人, type: yes-no }
licences:
  id-card: { name: 居民身份证 }
items:
  permit: { name: 通行证签发, department: police, days: 7 }
  minor: { name: 未成年人加注, department: police, days: 1 }
  veteran: { name: 优待登记, department: police, days: 1 }
`;
const THEME = `
id: permit
title: 往来港澳通行证
version: "1"
audience: person
conditions:
  first-or-renew: { apply: [first, renew] }
  adult: { person.age: { greaterThanInclusive: 16 } }
questions:
  - id: hukou
    ask: 您的户籍是？
    short: 户籍
    prefill: person.hukou
    options: { local: 本市户籍, other: 外省市户籍 }
  - id: apply
    ask: 办理类型是？
    short: 办理类型
    options: { first: 首次申领, renew: 换发, lost: 补发 }
  - id: purposes
    ask: 前往目的？
    short: 目的
    type: multiple
    options: { tour: 旅游, visit: 探亲, business: 商务 }
  - id: stay
    ask: 停留多少天？
    short: 停留
    type: number
    unit: 天
  - id: flue
    ask: 是否随行？
    type: yes-no
    yes: 有人随行
    no: 无人随行
  - id: leave
    ask: 出发日期？
    short: 出发日期
    type: date
items:
  permit: { when: { all: [{ condition: first-or-renew }, { condition: adult }] } }
  minor: { when: { not: { condition: adult } } }
  veteran: { when: { person.veteran: true } }
notices:
  long: { kind: warning, text: 停留较长, when: { any: [{ stay: { greaterThan: 90 } }, { purposes: { contains: business } }] } }
`;
const theme = loadFixture(CATALOG, THEME);
const leaf = (fact: string, operator: string, value: unknown, path?: string): Condition =>
  ({ fact, operator, value, ...(path === undefined ? {} : { path }) }) as Condition;
const text = (c: Condition | undefined) => conditionText(c, theme);

describe('condition text', () => {
  test('operators as symbols, option ids as labels, numbers with units', () => {
    expect(text(leaf('apply', 'equal', 'first'))).toBe('办理类型 = 首次申领');
    expect(text(leaf('apply', 'notEqual', 'lost'))).toBe('办理类型 ≠ 补发');
    expect(text(leaf('apply', 'in', ['first', 'renew']))).toBe('办理类型 ∈ {首次申领、换发}');
    expect(text(leaf('apply', 'notIn', ['lost']))).toBe('办理类型 ∉ {补发}');
    expect(text(leaf('purposes', 'contains', 'tour'))).toBe('目的 包含 旅游');
    expect(text(leaf('purposes', 'doesNotContain', 'business'))).toBe('目的 不包含 商务');
    expect(text(leaf('stay', 'lessThan', 7))).toBe('停留 < 7天');
    expect(text(leaf('stay', 'lessThanInclusive', 7))).toBe('停留 ≤ 7天');
    expect(text(leaf('stay', 'greaterThan', 90))).toBe('停留 > 90天');
    expect(text(leaf('person.age', 'greaterThanInclusive', 16))).toBe('年龄 ≥ 16岁');
    expect(text(leaf('leave', 'lessThan', '2026-12-31'))).toBe('出发日期 < 2026-12-31');
    expect(text(leaf('person.hukou', 'equal', 'other'))).toBe('户籍 = 外省市');
  });

  test('yes/no: the question’s own texts, else 是/否', () => {
    expect(text(leaf('flue', 'equal', true))).toBe('有人随行');
    expect(text(leaf('flue', 'equal', false))).toBe('无人随行');
    expect(text(leaf('flue', 'notEqual', true))).toBe('无人随行');
    expect(text(leaf('flue', 'not:equal', false))).toBe('有人随行');
    expect(text(leaf('person.veteran', 'equal', true))).toBe('退役军人 = 是');
  });

  test('all joins with ；at the top and 且 below; any with 或; not reads 并非', () => {
    const a = leaf('apply', 'equal', 'first');
    const b = leaf('stay', 'greaterThan', 90);
    const c = leaf('flue', 'equal', true);
    expect(text({ all: [a, b] })).toBe('办理类型 = 首次申领；停留 > 90天');
    expect(text({ any: [a, b] })).toBe('办理类型 = 首次申领 或 停留 > 90天');
    expect(text({ any: [{ all: [a, b] }, c] })).toBe('（办理类型 = 首次申领 且 停留 > 90天） 或 有人随行');
    expect(text({ all: [{ any: [a, b] }, c] })).toBe('（办理类型 = 首次申领 或 停留 > 90天）；有人随行');
    expect(text({ all: [c, { all: [a, { any: [a, b] }] }] })).toBe(
      '有人随行；办理类型 = 首次申领 且 （办理类型 = 首次申领 或 停留 > 90天）',
    );
    expect(text({ not: a })).toBe('并非（办理类型 = 首次申领）');
    expect(text({ not: { any: [a, b] } })).toBe('并非（办理类型 = 首次申领 或 停留 > 90天）');
    expect(text({ all: [] })).toBe('始终成立');
    expect(text(undefined)).toBe('始终适用');
  });

  test('named conditions are followed; an unknown or cyclic name prints the name', () => {
    expect(text({ condition: 'first-or-renew' })).toBe('办理类型 ∈ {首次申领、换发}');
    expect(text({ all: [{ condition: 'first-or-renew' }, { condition: 'adult' }] })).toBe(
      '办理类型 ∈ {首次申领、换发}；年龄 ≥ 16岁',
    );
    expect(text({ condition: 'missing' })).toBe('〔missing〕');
    const looping = { ...theme, conditions: { loop: { not: { condition: 'loop' } } } };
    expect(conditionText({ condition: 'loop' }, looping)).toBe('并非（〔loop〕）');
  });

  test('decorators, fact references and paths', () => {
    expect(text(leaf('apply', 'not:in', ['lost']))).toBe('办理类型 ∉ {补发}');
    expect(text(leaf('stay', 'not:lessThan', 7))).toBe('并非（停留 < 7天）');
    expect(text(leaf('purposes', 'someFact:equal', 'tour'))).toBe('目的中任一项 = 旅游');
    expect(text(leaf('purposes', 'everyFact:in', ['tour', 'visit']))).toBe('目的中每一项 ∈ {旅游、探亲}');
    expect(text(leaf('apply', 'someValue:equal', ['first', 'renew']))).toBe(
      '办理类型 = {首次申领、换发}中任一项',
    );
    expect(text(leaf('apply', 'swap:in', ['first']))).toBe('{首次申领} ∈ 办理类型');
    expect(text(leaf('stay', 'not:someFact:lessThan', 7))).toBe('并非（停留中任一项 < 7天）');
    expect(text(leaf('stay', 'lessThan', { fact: 'person.age' }))).toBe('停留 < 年龄');
    expect(text(leaf('person.profile', 'equal', 'x', '$.hukou'))).toBe('person.profile（$.hukou） = x');
    expect(text(leaf('stay', 'custom:lessThan', 7))).toBe('custom（停留 < 7天）');
    expect(text(leaf('stay', 'nearTo', 7))).toBe('停留 nearTo 7天');
  });
});

describe('reasons', () => {
  const profile = profileWith([], { 'person.hukou': 'local', 'person.birth-date': '2000-05-01' }, 'person');

  test('facts read through named conditions, with values, displays and sources', () => {
    const o = outcome(
      run(
        theme,
        { apply: 'renew', purposes: ['tour'], stay: 30, flue: false, leave: '2026-05-01' },
        { profile },
      ),
    );
    const permit = o.items.find((i) => i.id === 'permit');
    expect(permit?.reason).toEqual({
      condition: { all: [{ condition: 'first-or-renew' }, { condition: 'adult' }] },
      facts: [
        { fact: 'apply', label: '办理类型', value: 'renew', display: '换发', source: 'answer' },
        { fact: 'person.age', label: '年龄', value: 25, display: '25岁', source: 'derived' },
      ],
      text: '办理类型 ∈ {首次申领、换发}；年龄 ≥ 16岁',
      decisive: ['apply', 'person.age'],
      plain: {
        zh: '因为您选择了：换发。根据您的档案：年龄：25岁',
        en: 'Because you chose: 换发. From your profile: 年龄: 25岁',
      },
    });
  });

  test('a missing profile fact is settled as absent: null, shown as （无）', () => {
    const o = outcome(
      run(theme, { apply: 'lost', purposes: ['tour'], stay: 30, flue: false, leave: '2026-05-01' }),
    );
    const minor = o.items.find((i) => i.id === 'minor');
    expect(minor?.reason.facts).toEqual([
      { fact: 'person.age', label: '年龄', value: null, display: '（无）', source: 'derived' },
    ]);
    expect(minor?.reason.text).toBe('并非（年龄 ≥ 16岁）');
  });

  test('a profile fact read directly has source profile; a prefilled answer has source prefilled', () => {
    const veteranProfile = profileWith([], { ...profile.facts, 'person.veteran': true }, 'person');
    const o = outcome(
      run(
        theme,
        { apply: 'first', purposes: ['business'], stay: 30, flue: true, leave: '2026-05-01' },
        { profile: veteranProfile },
      ),
    );
    expect(o.items.find((i) => i.id === 'veteran')?.reason.facts).toEqual([
      { fact: 'person.veteran', label: '退役军人', value: true, display: '是', source: 'profile' },
    ]);
    const notice = o.notices.find((n) => n.id === 'long');
    expect(notice?.reason.facts).toEqual([
      { fact: 'stay', label: '停留', value: 30, display: '30天', source: 'answer' },
      { fact: 'purposes', label: '目的', value: ['business'], display: '商务', source: 'answer' },
    ]);
    expect(o.case?.parts[0]).toMatchObject({ question: 'hukou', key: 'local' });
    const reasonOfHukou = outcome(
      run(
        { ...theme, items: [{ item: 'permit', when: { fact: 'hukou', operator: 'equal', value: 'local' } }] },
        { apply: 'first', purposes: ['tour'], stay: 1, flue: true, leave: '2026-05-01' },
        { profile },
      ),
    ).items[0]?.reason.facts;
    expect(reasonOfHukou).toEqual([
      { fact: 'hukou', label: '户籍', value: 'local', display: '本市户籍', source: 'prefilled' },
    ]);
  });

  test('an unconditional entry has no condition and reads 始终适用', () => {
    const plain = { ...theme, items: [{ item: 'permit' }] };
    const o = outcome(
      run(plain, { apply: 'first', purposes: ['tour'], stay: 1, flue: true, leave: '2026-05-01' }),
    );
    expect(o.items[0]?.reason).toEqual({
      facts: [],
      text: '始终适用',
      decisive: [],
      plain: { zh: '所有情形均适用', en: 'Applies in every case' },
    });
  });
});

describe('the reason a citizen reads', () => {
  const profile = profileWith([], { 'person.hukou': 'local', 'person.birth-date': '2000-05-01' }, 'person');
  const answers = {
    apply: 'first',
    purposes: ['tour', 'business'],
    stay: 30,
    flue: true,
    leave: '2026-05-01',
  };

  test('any: only the member that holds; a multiple choice names the options the condition asks about', () => {
    const notice = outcome(run(theme, answers, { profile })).notices.find((n) => n.id === 'long');
    // stay > 90 is false: only the business purpose decides, and the tour purpose is not named.
    expect(notice?.reason.decisive).toEqual(['purposes']);
    expect(notice?.reason.plain).toEqual({ zh: '因为您选择了：商务', en: 'Because you chose: 商务' });
  });

  test('numbers, dates and plain yes/no answers read with the question’s short name', () => {
    const when = (c: Condition) => ({ ...theme, items: [{ item: 'permit', when: c }] });
    const said = (c: Condition) => outcome(run(when(c), answers, { profile })).items[0]?.reason.plain.zh;
    // Nobody chooses a number or a date: the answer is stated, like a yes/no one.
    expect(said(leaf('stay', 'lessThan', 60))).toBe('因为：停留 30天');
    expect(said(leaf('leave', 'greaterThan', '2026-01-01'))).toBe('因为：出发日期 2026-05-01');
    expect(said({ all: [leaf('stay', 'lessThan', 60), leaf('apply', 'notEqual', 'lost')] })).toBe(
      '因为：停留 30天；您选择了：首次申领',
    );
    const en = outcome(run(when(leaf('stay', 'lessThan', 60)), answers, { profile })).items[0]?.reason.plain
      .en;
    expect(en).not.toMatch(/chose/);
    expect(en).toMatch(/^Because you answered: /);
    expect(said(leaf('flue', 'equal', true))).toBe('因为：有人随行');
    expect(said({ all: [leaf('apply', 'notEqual', 'lost'), leaf('hukou', 'equal', 'local')] })).toBe(
      '因为您选择了：首次申领。根据您的档案：本市户籍',
    );
  });

  test('no ids and no logic symbols, in either language', () => {
    const o = outcome(run(theme, answers, { profile }));
    for (const entry of [...o.items, ...o.notices, ...o.materials]) {
      for (const text of [entry.reason.plain.zh, entry.reason.plain.en]) {
        expect(text).not.toMatch(/[∈∉=≠<>≤≥]|并非|first|tour|business|person\./u);
      }
    }
  });
});
