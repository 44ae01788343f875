import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { choicesOf, factUse } from '../../src/analyze/choices.js';
import { type CaseSummary, type EnumerationEnd, enumerateCases } from '../../src/analyze/enumerate.js';
import type { EnumerateOptions } from '../../src/analyze/plan.js';
import type { Profile } from '../../src/model/profile.js';
import type { AnswerValue, Session } from '../../src/model/session.js';
import type { CompiledTheme, MultipleQuestion } from '../../src/model/theme.js';
import { multipleUse } from '../../src/question-types/multiple.js';
import { answer, caseOf, next, start } from '../../src/session/index.js';
import { loadFixture } from '../outcome/fixtures.js';
import {
  arbitraryAnswerFor,
  arbitraryLoadedTheme,
  arbitraryProfileFor,
  GENERATED_TODAY,
} from '../support/arbitrary-theme.js';
import { detailedCases, detailOf, figuresOf, loadFile, replay } from './support.js';

/** Every case of an enumeration, and how it ended. */
function collect(
  theme: CompiledTheme,
  options: EnumerateOptions = {},
): { cases: CaseSummary[]; end: EnumerationEnd } {
  const cases: CaseSummary[] = [];
  const generator = enumerateCases(theme, options);
  for (;;) {
    const step = generator.next();
    if (step.done) return { cases, end: step.value };
    cases.push(step.value);
  }
}

/** Replays a case through a real session and checks every figure and the detail against `outcome()`. */
function checkCase(
  theme: CompiledTheme,
  c: CaseSummary,
  options: { today?: string; profile?: Profile } = {},
) {
  const session = replay(theme, c.answers, options);
  const { answers: _answers, ...figures } = c;
  expect(figures).toEqual(figuresOf(session));
  return session;
}

/** Enumerates a theme (up to `max` cases) and replays every case; details are checked too. */
function replayAll(theme: CompiledTheme, options: { today?: string; profile?: Profile; max: number }) {
  const enumerate = { maxCases: options.max, ...options };
  const { cases } = collect(theme, enumerate);
  const details = [...detailedCases(theme, enumerate)];
  expect(details.map((d) => d.key)).toEqual(cases.map((c) => c.key));
  expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
  cases.forEach((c, i) => {
    const session = checkCase(theme, c, options);
    expect(details[i]?.detail).toEqual(detailOf(session));
  });
  return cases;
}

describe('every enumerated case is what a real session gives', () => {
  test('generated themes, without a profile', () => {
    fc.assert(
      fc.property(arbitraryLoadedTheme({ maxQuestions: 7 }), (theme) => {
        replayAll(theme, { today: GENERATED_TODAY, max: 300 });
      }),
      { numRuns: 40 },
    );
  });

  test('generated themes, with a profile that prefills questions and holds licences', () => {
    // Generated catalogs let the id-card licence replace material-1: on file, expired, valid, or absent.
    const licences = fc.constantFrom<Profile['licences']>(
      [],
      [{ licence: 'id-card' }],
      [{ licence: 'id-card', expires: '2020-01-01' }],
      [{ licence: 'id-card', expires: '2030-01-01' }],
    );
    const arb = arbitraryLoadedTheme({ maxQuestions: 7 }).chain((theme) =>
      fc.tuple(
        fc.constant(theme),
        fc
          .tuple(arbitraryProfileFor(theme, GENERATED_TODAY), licences)
          .map(([p, l]) => ({ ...p, licences: l })),
      ),
    );
    fc.assert(
      fc.property(arb, ([theme, profile]) => {
        replayAll(theme, { today: GENERATED_TODAY, profile, max: 300 });
      }),
      { numRuns: 30 },
    );
  });

  test.each([
    ['themes/hk-macau-permit.yaml', 88, 9_999],
    ['themes/open-restaurant.yaml', 22, 3_492],
    ['themes/convenience-store.yaml', 40, 4_230],
    ['themes/marriage.yaml', 1, 23],
    ['themes/newborn.yaml', 1, 71],
    ['themes/primary-school-enrolment.yaml', 1, 61],
  ])('%s (every %ith case)', async (file, every, total) => {
    const { theme } = await loadFile(file);
    const { cases, end } = collect(theme);
    expect(end).toEqual({ count: total, truncated: false });
    const details = [...detailedCases(theme)];
    for (let i = 0; i < cases.length; i += every) {
      const session = checkCase(theme, cases[i] as CaseSummary);
      expect(details[i]?.detail).toEqual(detailOf(session));
    }
  });

  test('a bundled theme with a profile: prefilled questions are not branched, licences waive', async () => {
    const { theme } = await loadFile('themes/open-restaurant.yaml');
    const profile: Profile = {
      kind: 'enterprise',
      facts: { 'enterprise.registered': true },
      licences: [{ licence: 'business-licence' }, { licence: 'id-card', expires: '2030-01-01' }],
      tags: [],
      completed: [],
    };
    const options = { profile, today: '2025-06-01' };
    const { cases, end } = collect(theme, options);
    // Exactly the cases of the theme without a profile that start with an existing business licence.
    const withLicence = collect(theme).cases.filter((c) => c.key.startsWith('company-exists=yes&'));
    expect(end.count).toBe(withLicence.length);
    expect(
      cases.every((c) => !('company-exists' in c.answers) && c.key.startsWith('company-exists=yes&')),
    ).toBe(true);
    const details = [...detailedCases(theme, options)];
    for (let i = 0; i < cases.length; i += 53) {
      const session = checkCase(theme, cases[i] as CaseSummary, options);
      expect(details[i]?.detail).toEqual(detailOf(session));
    }
  });
});

/**
 * The key of the enumerated case that stands for a session: number and date answers are already named by
 * band; a multiple choice keeps its tested options, with the filler for the untested ones (docs/analysis.md).
 */
function representativeKey(theme: CompiledTheme, session: Session): string {
  return caseOf(session)
    .parts.map((part) => {
      const question = theme.questions.find((q) => q.id === part.question);
      if (question?.type !== 'multiple' || session.answers[question.id]?.prefilled)
        return `${part.question}=${part.key}`;
      const chosen = session.answers[question.id]?.value as readonly string[];
      return `${part.question}=${representative(question, theme, chosen).join('+')}`;
    })
    .join('&');
}

function representative(
  question: MultipleQuestion,
  theme: CompiledTheme,
  chosen: readonly string[],
): string[] {
  const exclusive = question.options.find((o) => o.exclusive && chosen.includes(o.id));
  if (exclusive) return [exclusive.id];
  const { tested, general } = multipleUse(question, factUse(question, theme));
  const filler = question.options.find((o) => !o.exclusive && !tested.includes(o.id))?.id;
  const kept = chosen.filter((id) => tested.includes(id));
  const untested = chosen.some((id) => !tested.includes(id));
  const ids = general
    ? [...kept, ...(untested && filler ? [filler] : [])]
    : kept.length > 0
      ? kept
      : [filler ?? ''];
  return question.options.filter((o) => ids.includes(o.id)).map((o) => o.id);
}

describe('the enumeration misses no case', () => {
  test('a random complete session has an enumerated case with the same outcome', () => {
    const arb = arbitraryLoadedTheme({ maxQuestions: 6 }).chain((theme) =>
      fc.tuple(
        fc.constant(theme),
        fc.tuple(...theme.questions.map((q) => arbitraryAnswerFor(q, GENERATED_TODAY))),
      ),
    );
    fc.assert(
      fc.property(arb, ([theme, values]) => {
        const { cases, end } = collect(theme, { today: GENERATED_TODAY, maxCases: 5000 });
        fc.pre(!end.truncated);
        const byKey = new Map(cases.map((c) => [c.key, c]));
        let session = start(theme, { today: GENERATED_TODAY });
        for (;;) {
          const step = next(session);
          if (step.done) break;
          const index = theme.questions.indexOf(step.question);
          const result = answer(session, step.question.id, values[index] as AnswerValue);
          if (!result.ok) throw new Error(result.error.message);
          session = result.session;
        }
        const found = byKey.get(representativeKey(theme, session));
        expect(found, representativeKey(theme, session)).toBeDefined();
        const { key: _k, label: _l, ...figures } = figuresOf(session);
        const { key: _key, label: _label, answers: _answers, ...enumerated } = found as CaseSummary;
        expect(enumerated).toEqual(figures);
      }),
      { numRuns: 150 },
    );
  });
});

describe('partitions', () => {
  const CATALOG = `
departments: { market: { name: 市场监督管理局, level: 区县 } }
materials: { a: { name: 材料甲 } }
items:
  licence: { name: 许可, department: market, days: 1, fee: 0, materials: [a] }
`;

  test('number questions: one value per band, within min/max, whole when asked', () => {
    const theme = loadFixture(
      CATALOG,
      `
id: t
title: 测试
version: "1"
audience: person
questions:
  - { id: area, ask: 面积？, type: number, min: 0, max: 500, integer: true }
  - { id: ratio, ask: 比例？, type: number }
items:
  licence:
    when:
      any:
        - { area: { lessThan: 150 } }
        - { area: { greaterThan: 300 } }
        - { area: 200 }
        - { ratio: { greaterThanInclusive: 0.5, lessThan: 0.75 } }
`,
    );
    const [area, ratio] = theme.questions;
    expect(choicesOf(area as never, theme, undefined).map((c) => [c.value, c.key])).toEqual([
      [0, 'lt150'],
      [150, 'ge150-lt200'],
      [200, 'eq200'],
      [201, 'gt200-le300'],
      [301, 'gt300'],
    ]);
    expect(choicesOf(ratio as never, theme, undefined).map((c) => [c.value, c.key])).toEqual([
      [-0.5, 'lt0.5'],
      [0.5, 'ge0.5-lt0.75'],
      [0.75, 'ge0.75'],
    ]);
  });

  test('date questions: bands of the cuts, bounds resolved with today, empty bands left out', () => {
    const theme = loadFixture(
      CATALOG,
      `
id: t
title: 测试
version: "1"
audience: person
questions:
  - { id: born, ask: 出生日期？, type: date, min: today-100y, max: today }
items:
  licence: { when: { born: { lessThan: "2008-06-15" } } }
notices:
  future: { kind: info, text: 未来, when: { born: { greaterThan: "2030-01-01" } } }
`,
    );
    const born = theme.questions[0];
    expect(choicesOf(born as never, theme, '2026-06-15').map((c) => [c.value, c.key])).toEqual([
      ['1926-06-15', 'lt2008-06-15'],
      ['2008-06-15', 'ge2008-06-15-le2030-01-01'],
    ]);
  });

  test('multiple choice: subsets of the tested options, the filler, the exclusive option alone', () => {
    const theme = loadFixture(
      CATALOG,
      `
id: t
title: 测试
version: "1"
audience: person
questions:
  - id: dishes
    ask: 供应哪些？
    type: multiple
    options: { drinks: 饮品, hot: 热食, cold: 冷食, none: { label: 都没有, exclusive: true } }
items:
  licence: { when: { any: [ { dishes: { contains: hot } }, { dishes: { contains: cold } } ] } }
`,
    );
    const dishes = theme.questions[0];
    expect(choicesOf(dishes as never, theme, undefined).map((c) => c.key)).toEqual([
      'drinks',
      'hot',
      'cold',
      'hot+cold',
      'none',
    ]);
  });

  test('multiple choice read other than by membership: the filler joins the subsets', () => {
    const theme = loadFixture(
      CATALOG,
      `
id: t
title: 测试
version: "1"
audience: person
questions:
  - id: dishes
    ask: 供应哪些？
    type: multiple
    options: { drinks: 饮品, hot: 热食, cold: 冷食 }
items:
  licence: { when: { dishes: { someFact:notEqual: hot } } }
`,
    );
    const dishes = theme.questions[0];
    expect(choicesOf(dishes as never, theme, undefined).map((c) => c.key)).toEqual([
      'drinks',
      'hot',
      'drinks+hot',
    ]);
    // Replayed through sessions, each has the outcome a session gives.
    for (const c of collect(theme).cases) checkCase(theme, c);
  });
});

describe('materials and workflow', () => {
  test('an item that uses what it produces gets it from no one; `after` orders the steps', () => {
    const theme = loadFixture(
      `
departments: { exit: { name: 出入境管理局, level: 市级 } }
venues: { hall: { name: 大厅 }, machine: { name: 自助签注机 } }
licences: { permit: { name: 通行证电子证照 } }
materials:
  permit: { name: 往来港澳通行证, licence: permit }
  photo: { name: 照片 }
items:
  renew:
    name: 换发
    department: exit
    days: [{ when: { urgent: true }, days: 3 }, { days: 7 }]
    fee: 60
    presence: { venue: hall, purpose: 采集指纹 }
    produces: [permit]
    materials: [permit, photo]
  endorse:
    name: 签注
    department: exit
    days: 5
    fee: [{ when: { urgent: true }, amount: 30 }, { amount: 15 }]
    presence: [{ when: { urgent: true }, venue: machine, purpose: 打印签注 }, { venue: hall, purpose: 递交 }]
    materials: [permit, { material: photo, when: { urgent: false }, copies: 2 }]
  courier:
    name: 邮寄
    department: exit
    days: 1
    fee: 0
    after: [endorse]
`,
      `
id: t
title: 测试
version: "1"
audience: person
questions:
  - { id: renewing, ask: 换发？, type: yes-no }
  - { id: urgent, ask: 加急？, type: yes-no }
  - { id: post, ask: 邮寄？, type: yes-no }
items:
  renew: { when: { renewing: true } }
  endorse: always
  courier: { when: { post: true } }
`,
    );
    const profiles: (Profile | undefined)[] = [
      undefined,
      { kind: 'person', facts: {}, licences: [{ licence: 'permit' }], tags: [], completed: [] },
    ];
    for (const profile of profiles) {
      const options = profile ? { profile } : {};
      const { cases } = collect(theme, options);
      expect(cases).toHaveLength(8);
      const details = [...detailedCases(theme, options)];
      cases.forEach((c, i) => {
        expect(details[i]?.detail).toEqual(detailOf(checkCase(theme, c, options)));
      });
    }
  });
});

describe('streaming', () => {
  const theme = loadFixture(
    `
departments: { market: { name: 市场监督管理局, level: 区县 } }
materials: { a: { name: 材料甲 } }
items:
  licence: { name: 许可, department: market, days: 1, fee: 0, materials: [a] }
`,
    `
id: t
title: 测试
version: "1"
audience: person
questions:
  - { id: a, ask: 甲？, type: yes-no }
  - { id: b, ask: 乙？, type: yes-no }
  - { id: c, ask: 丙？, type: yes-no }
items:
  licence: { when: { any: [ { a: true }, { b: true }, { c: true } ] } }
`,
  );

  test('maxCases stops the enumeration and says so', () => {
    expect(collect(theme).end).toEqual({ count: 8, truncated: false });
    expect(collect(theme, { maxCases: 8 }).end).toEqual({ count: 8, truncated: false });
    expect(collect(theme, { maxCases: 5 }).end).toEqual({ count: 5, truncated: true });
    expect(collect(theme, { maxCases: 0 }).end).toEqual({ count: 0, truncated: true });
    expect(collect(theme, { maxCases: Number.POSITIVE_INFINITY }).end.count).toBe(8);
    expect(() => collect(theme, { maxCases: -1 })).toThrow(/maxCases/);
  });

  test('cases come in question and choice order, lazily', () => {
    const generator = enumerateCases(theme);
    const first = generator.next().value as CaseSummary;
    expect(first.key).toBe('a=yes&b=yes&c=yes');
    expect(first.answers).toEqual({ a: true, b: true, c: true });
    generator.return({ count: 1, truncated: true });
    expect(
      collect(theme)
        .cases.map((c) => c.key)
        .at(-1),
    ).toBe('a=no&b=no&c=no');
  });

  test('131,072 cases of 17 independent questions, counted without collecting', async () => {
    const { theme: many } = await loadFile('test/fixtures/checks/case-limit/triggers/theme.yaml');
    let count = 0;
    const generator = enumerateCases(many, { maxCases: Number.POSITIVE_INFINITY });
    let step = generator.next();
    for (; !step.done; step = generator.next()) count++;
    expect(step.value).toEqual({ count: 131_072, truncated: false });
    expect(count).toBe(131_072);
  });
});
