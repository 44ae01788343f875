import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DERIVATIONS } from '../../src/derivations/index.js';
import type { Profile } from '../../src/model/profile.js';
import { baseFacts } from '../../src/session/index.js';
import { loadThemeYaml } from '../support/arbitrary-theme.js';

function derivation(name: string) {
  const found = DERIVATIONS.get(name);
  if (!found) throw new Error(`no derivation ${name}`);
  return found;
}

const yearsSince = derivation('years-since');
const daysUntil = derivation('days-until');
const daysSince = derivation('days-since');
const agesOn = derivation('ages-on');
const soleAgeOn = derivation('sole-age-on');

const NOT_DATES = [
  undefined,
  null,
  20250301,
  true,
  '',
  '2025-3-1',
  '2025/03/01',
  '2025-02-29',
  '2024-02-30',
  '2025-13-01',
  '2025-00-10',
  '2025-04-31',
  ' 2025-03-01',
  '2025-03-01T00:00:00Z',
  ['2025-03-01'],
  { 'birth-date': '2025-03-01' },
];

describe('the registry', () => {
  test('one derivation per file, each with its source and result types', () => {
    expect(
      [...DERIVATIONS.values()]
        .map((d) => [d.name, d.from, d.type])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['ages-on', 'list', 'list'],
      ['days-since', 'date', 'number'],
      ['days-until', 'date', 'number'],
      ['sole-age-on', 'list', 'number'],
      ['years-since', 'date', 'number'],
    ]);
  });
});

describe('years-since: an age in whole years (周岁)', () => {
  test('the eve of the birthday and the birthday itself', () => {
    expect(yearsSince.compute('1990-05-01', '2026-04-30')).toBe(35);
    expect(yearsSince.compute('1990-05-01', '2026-05-01')).toBe(36);
    expect(yearsSince.compute('1990-05-01', '2026-05-02')).toBe(36);
    // The last day of a year and the first of the next.
    expect(yearsSince.compute('2000-01-01', '2025-12-31')).toBe(25);
    expect(yearsSince.compute('2000-12-31', '2026-01-01')).toBe(25);
  });

  test('a leap-day birthday counts from 1 March in common years, on the day in leap years', () => {
    expect(yearsSince.compute('2000-02-29', '2025-02-28')).toBe(24);
    expect(yearsSince.compute('2000-02-29', '2025-03-01')).toBe(25);
    expect(yearsSince.compute('2000-02-29', '2028-02-28')).toBe(27);
    expect(yearsSince.compute('2000-02-29', '2028-02-29')).toBe(28);
  });

  test('born today is 0; a date ahead gives a negative number of years', () => {
    expect(yearsSince.compute('2026-11-27', '2026-11-27')).toBe(0);
    expect(yearsSince.compute('2026-11-28', '2026-11-27')).toBe(-1);
  });

  test('a registration date: whole years since it', () => {
    expect(yearsSince.compute('2016-11-28', '2026-11-27')).toBe(9);
    expect(yearsSince.compute('2016-11-27', '2026-11-27')).toBe(10);
  });

  test.each(NOT_DATES)('invalid source %j → undefined', (source) => {
    expect(yearsSince.compute(source, '2026-11-27')).toBeUndefined();
  });

  test('an invalid today → undefined', () => {
    expect(yearsSince.compute('1990-05-01', '2026-02-30')).toBeUndefined();
    expect(yearsSince.compute('1990-05-01', 'today')).toBeUndefined();
  });

  test('agrees with counting birthdays one by one', () => {
    fc.assert(
      fc.property(arbitraryDate(), arbitraryDate(), (birth, today) => {
        const age = yearsSince.compute(birth, today) as number;
        // The number of birthdays (1 March for a leap-day birthday in a common year) in (birth, today].
        const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
        let count = 0;
        const [ty] = today.split('-').map(Number) as [number];
        if (today >= birth) {
          for (let y = by + 1; y <= ty; y++) {
            const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
            const day = bm === 2 && bd === 29 && !leap ? `${y}-03-01` : `${y}-${pad(bm)}-${pad(bd)}`;
            if (day <= today) count++;
          }
          expect(age).toBe(count);
        } else expect(age).toBeLessThan(0);
      }),
    );
  });
});

describe('days-until and days-since', () => {
  test('days until an expiry: positive ahead, 0 on the day, negative once expired', () => {
    expect(daysUntil.compute('2027-01-27', '2026-11-27')).toBe(61);
    expect(daysUntil.compute('2026-11-27', '2026-11-27')).toBe(0);
    expect(daysUntil.compute('2026-11-26', '2026-11-27')).toBe(-1);
    expect(daysUntil.compute('2025-11-27', '2026-11-27')).toBe(-365);
    // Across a leap day.
    expect(daysUntil.compute('2028-03-01', '2028-02-28')).toBe(2);
  });

  test('days since a registration: 10 days after, negative while it lies ahead', () => {
    expect(daysSince.compute('2026-11-17', '2026-11-27')).toBe(10);
    expect(daysSince.compute('2026-11-27', '2026-11-27')).toBe(0);
    expect(daysSince.compute('2026-12-01', '2026-11-27')).toBe(-4);
    expect(daysSince.compute('2025-12-31', '2026-01-01')).toBe(1);
  });

  test.each(NOT_DATES)('invalid source %j → undefined', (source) => {
    expect(daysUntil.compute(source, '2026-11-27')).toBeUndefined();
    expect(daysSince.compute(source, '2026-11-27')).toBeUndefined();
  });

  test('days-until and days-since are opposite, and add up over consecutive spans', () => {
    fc.assert(
      fc.property(arbitraryDate(), arbitraryDate(), arbitraryDate(), (a, b, c) => {
        expect((daysUntil.compute(a, b) as number) + (daysSince.compute(a, b) as number)).toBe(0);
        expect((daysSince.compute(a, b) as number) + (daysSince.compute(b, c) as number)).toBe(
          daysSince.compute(a, c),
        );
      }),
    );
  });
});

describe('ages-on: ages on the next month-day (children on 1 September)', () => {
  const child = [{ name: '小明', 'birth-date': '2020-10-15' }];

  test('today before 1 September: this year’s; after it: next year’s; on it: today', () => {
    expect(agesOn.compute(child, '2026-08-31', '09-01')).toEqual([5]);
    expect(agesOn.compute(child, '2026-09-01', '09-01')).toEqual([5]);
    expect(agesOn.compute(child, '2026-09-02', '09-01')).toEqual([6]);
    expect(agesOn.compute(child, '2026-11-27', '09-01')).toEqual([6]);
    expect(agesOn.compute(child, '2027-09-01', '09-01')).toEqual([6]);
    expect(agesOn.compute(child, '2027-09-02', '09-01')).toEqual([7]);
  });

  test('born on 1 September is 6 on the day; born on 2 September is not yet', () => {
    expect(agesOn.compute(['2020-09-01', '2020-09-02', '2020-08-31'], '2026-03-01', '09-01')).toEqual([
      6, 5, 6,
    ]);
  });

  test('09-01 is the default; dates and { birth-date } objects mix; the order is kept', () => {
    expect(
      agesOn.compute(['2023-01-01', { 'birth-date': '2015-12-31', name: '大宝' }], '2026-11-27'),
    ).toEqual([4, 11]);
    expect(agesOn.compute([], '2026-11-27')).toEqual([]);
  });

  test('a leap-day birthday and a 02-29 month-day', () => {
    expect(agesOn.compute(['2020-02-29'], '2026-11-27', '02-29')).toEqual([7]);
    // In a common year 02-29 falls on 1 March: someone born on 1 March has turned the age by then.
    expect(agesOn.compute(['2020-03-01', '2020-03-02'], '2026-11-27', '02-29')).toEqual([7, 6]);
    // On 1 March of a common year, "the next 02-29" is today.
    expect(agesOn.compute(['2020-03-01'], '2027-03-01', '02-29')).toEqual([7]);
    // In a leap year it is the 29th itself.
    expect(agesOn.compute(['2020-03-01'], '2028-01-10', '02-29')).toEqual([7]);
  });

  test('not a list, or an entry without a real birth date → undefined (not the others’ ages)', () => {
    expect(agesOn.compute('2020-10-15', '2026-11-27')).toBeUndefined();
    expect(agesOn.compute({ 'birth-date': '2020-10-15' }, '2026-11-27')).toBeUndefined();
    expect(agesOn.compute(['2020-10-15', '2020-02-30'], '2026-11-27')).toBeUndefined();
    expect(agesOn.compute([{ name: '小明' }], '2026-11-27')).toBeUndefined();
    expect(agesOn.compute([null], '2026-11-27')).toBeUndefined();
    expect(agesOn.compute([['2020-10-15']], '2026-11-27')).toBeUndefined();
  });

  test('an invalid today or month-day → undefined', () => {
    expect(agesOn.compute(child, '2026-13-01')).toBeUndefined();
    for (const monthDay of ['02-30', '13-01', '00-10', '9-1', '09-01-', 'sept'])
      expect(agesOn.compute(child, '2026-11-27', monthDay)).toBeUndefined();
  });
});

describe('sole-age-on: the one child’s age on the next month-day (prefills a question about one child)', () => {
  test('one child: the age ages-on gives; 31 August decides Shanghai school entry', () => {
    expect(soleAgeOn.compute([{ name: '小明', 'birth-date': '2020-10-15' }], '2026-11-27', '08-31')).toBe(6);
    expect(soleAgeOn.compute(['2020-08-31'], '2026-11-27', '08-31')).toBe(7);
    expect(soleAgeOn.compute(['2021-09-01'], '2026-11-27', '08-31')).toBe(5);
  });

  test('no child or several children → undefined: the questionnaire asks rather than guess which child', () => {
    expect(soleAgeOn.compute([], '2026-11-27', '08-31')).toBeUndefined();
    expect(soleAgeOn.compute(['2020-10-15', '2023-01-01'], '2026-11-27', '08-31')).toBeUndefined();
    expect(soleAgeOn.compute('2020-10-15', '2026-11-27', '08-31')).toBeUndefined();
    expect(soleAgeOn.compute([{ name: '小明' }], '2026-11-27', '08-31')).toBeUndefined();
    expect(soleAgeOn.compute(['2020-10-15'], '2026-11-27', '02-30')).toBeUndefined();
  });

  test('property: defined exactly for a one-entry list, and then equal to the one age ages-on gives', () => {
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 3 }), day, (births, today) => {
        const ages = agesOn.compute(births, today, '08-31');
        const sole = soleAgeOn.compute(births, today, '08-31');
        if (births.length === 1) expect(sole).toBe((ages as number[])[0]);
        else expect(sole).toBeUndefined();
      }),
    );
  });
});

describe('through baseFacts: profile facts, derived facts, licence facts, built-ins', () => {
  const catalog = `
licences:
  hk-macau-permit: { name: 往来港澳通行证 }
  id-card: { name: 居民身份证电子证照 }
facts:
  person.hukou: { label: 户籍, type: single, options: { local: 本市户籍, other: 外省市户籍 } }
  person.birth-date: { label: 出生日期, type: date }
  person.age: { label: 年龄, type: number, derive: { fn: years-since, from: person.birth-date } }
  person.children: { label: 子女, type: list }
  person.children-ages-on-sept-1:
    label: 子女9月1日的年龄
    type: list
    derive: { fn: ages-on, from: person.children, month-day: "09-01" }
  enterprise.registration-date: { label: 成立日期, type: date }
  enterprise.days-since-registration:
    label: 成立天数
    type: number
    derive: { fn: days-since, from: enterprise.registration-date }
departments:
  office: { name: 办公室, level: 区县 }
items:
  thing: { name: 事项, department: office, days: 1, fee: 0 }
`;
  const theme = loadThemeYaml({
    catalog,
    theme: `
id: facts
title: 事实
version: "1"
audience: person
questions:
  - id: hukou
    ask: 户籍？
    prefill: person.hukou
    options: { local: 本市户籍, other: 外省市户籍 }
items:
  thing: always
triggers:
  all-facts:
    when:
      all:
        - { person.age: { greaterThan: 0 } }
        - { person.children-ages-on-sept-1: { contains: 6 } }
        - { enterprise.days-since-registration: { lessThan: 30 } }
        - { licence.hk-macau-permit.days-left: { lessThan: 90 } }
        - { profile.licences: { contains: id-card } }
        - { profile.tags: { contains: 出行 } }
        - { profile.completed: { contains: thing } }
        - { today: { greaterThan: "2000-01-01" } }
    message: 全部事实
`,
  });
  const full: Profile = {
    kind: 'person',
    facts: {
      'person.hukou': 'local',
      'person.birth-date': '2000-02-29',
      'person.children': [{ name: '小明', 'birth-date': '2020-10-15' }],
      'enterprise.registration-date': '2026-11-17',
      'person.unknown-to-the-catalog': 'ignored',
    },
    licences: [{ licence: 'id-card' }, { licence: 'hk-macau-permit', expires: '2027-01-27' }],
    tags: ['出行'],
    completed: ['thing'],
  };

  test('every kind of fact, with where it came from', () => {
    const { facts, sources } = baseFacts(theme, full, '2026-11-27', 'unknown');
    expect(Object.fromEntries(facts)).toEqual({
      today: '2026-11-27',
      'profile.tags': ['出行'],
      'profile.licences': ['id-card', 'hk-macau-permit'],
      'profile.completed': ['thing'],
      'person.hukou': 'local',
      'person.birth-date': '2000-02-29',
      'person.children': [{ name: '小明', 'birth-date': '2020-10-15' }],
      'enterprise.registration-date': '2026-11-17',
      'licence.hk-macau-permit.expires': '2027-01-27',
      'person.age': 26,
      'person.children-ages-on-sept-1': [6],
      'enterprise.days-since-registration': 10,
      'licence.hk-macau-permit.days-left': 61,
    });
    expect(sources.get('person.age')).toBe('derived');
    expect(sources.get('licence.hk-macau-permit.days-left')).toBe('derived');
    expect(sources.get('person.hukou')).toBe('profile');
    expect(sources.get('licence.hk-macau-permit.expires')).toBe('profile');
    // Facts no theme declares are not part of its facts.
    expect(facts.has('person.unknown-to-the-catalog')).toBe(false);
  });

  test('derived facts follow today: the leap-day birthday the day before and on 1 March', () => {
    expect(baseFacts(theme, full, '2025-02-28').facts.get('person.age')).toBe(24);
    expect(baseFacts(theme, full, '2025-03-01').facts.get('person.age')).toBe(25);
    expect(baseFacts(theme, full, '2027-01-28').facts.get('licence.hk-macau-permit.days-left')).toBe(-1);
    expect(baseFacts(theme, full, '2027-09-02').facts.get('person.children-ages-on-sept-1')).toEqual([7]);
  });

  const empty: Profile = { kind: 'person', facts: {}, licences: [], tags: [], completed: [] };
  const DECLARED = [
    'person.hukou',
    'person.birth-date',
    'person.age',
    'person.children',
    'person.children-ages-on-sept-1',
    'enterprise.registration-date',
    'enterprise.days-since-registration',
    'licence.hk-macau-permit.expires',
    'licence.hk-macau-permit.days-left',
  ];

  test("missing profile facts are unknown with 'unknown': not in the map at all", () => {
    const { facts, sources } = baseFacts(theme, empty, '2026-11-27', 'unknown');
    for (const fact of DECLARED) expect(facts.has(fact), fact).toBe(false);
    expect(sources.size).toBe(4);
    // Built-ins are known even when empty: an empty list is data, not missing data.
    expect(facts.get('profile.tags')).toEqual([]);
    expect(facts.get('profile.licences')).toEqual([]);
    expect(facts.get('profile.completed')).toEqual([]);
  });

  test("missing profile facts are absent with 'absent' (the default): settled as undefined", () => {
    for (const { facts } of [
      baseFacts(theme, empty, '2026-11-27', 'absent'),
      baseFacts(theme, empty, '2026-11-27'),
    ]) {
      for (const fact of DECLARED) {
        expect(facts.has(fact), fact).toBe(true);
        expect(facts.get(fact), fact).toBeUndefined();
      }
    }
  });

  test('a derived fact whose source is invalid is missing too; a licence without expiry has no expiry facts', () => {
    const broken: Profile = {
      ...empty,
      facts: { 'person.birth-date': '1990-02-30', 'person.children': [{ name: '小明' }] },
      licences: [{ licence: 'hk-macau-permit' }],
    };
    const unknown = baseFacts(theme, broken, '2026-11-27', 'unknown').facts;
    expect(unknown.get('person.birth-date')).toBe('1990-02-30');
    expect(unknown.has('person.age')).toBe(false);
    expect(unknown.has('person.children-ages-on-sept-1')).toBe(false);
    expect(unknown.has('licence.hk-macau-permit.expires')).toBe(false);
    expect(unknown.has('licence.hk-macau-permit.days-left')).toBe(false);
    expect(unknown.get('profile.licences')).toEqual(['hk-macau-permit']);
    const absent = baseFacts(theme, broken, '2026-11-27', 'absent').facts;
    expect(absent.has('person.age') && absent.get('person.age')).toBeUndefined();
  });

  test('without today nothing is derived', () => {
    const { facts } = baseFacts(theme, full, undefined, 'unknown');
    expect(facts.has('today')).toBe(false);
    expect(facts.has('person.age')).toBe(false);
    expect(facts.get('person.birth-date')).toBe('2000-02-29');
  });
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function arbitraryDate(): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}
