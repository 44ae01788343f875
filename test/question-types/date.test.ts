import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Cut, DateQuestion } from '../../src/model/theme.js';
import { date, resolveBound } from '../../src/question-types/date.js';
import { questionType } from '../../src/question-types/index.js';
import { addToDate } from '../../src/util/dates.js';
import { accepted, decoded, shapeReports, UNUSED } from './support.js';

const TODAY = '2026-11-27';

const opened: DateQuestion = {
  id: 'opened',
  ask: '开业日期？',
  short: '开业',
  type: 'date',
  min: '2000-01-01',
  max: 'today',
  cuts: [{ value: '2020-01-01', side: 'below' }],
};

const born: DateQuestion = {
  id: 'born',
  ask: '出生日期？',
  type: 'date',
  max: 'today',
  cuts: [{ value: '2008-11-27', side: 'above' }],
};

describe('date', () => {
  test('is the entry of its name', () => {
    expect(questionType(opened)).toBe(date);
    expect(date.type).toBe('date');
  });

  test('loading: its keys, the question drafted from YAML, its shape checks, its cuts', () => {
    expect(date.keys).toEqual(['min', 'max']);
    const base = { id: 'q', ask: '？' };
    expect(date.draft({ min: '2000-01-01', max: 'today' }, base)).toEqual({
      ...base,
      type: 'date',
      min: '2000-01-01',
      max: 'today',
      cuts: [],
    });
    expect(shapeReports(date, { id: 'q', min: 'today-18y', max: 'today+30d' })).toEqual([]);
    const allowed = '["YYYY-MM-DD","today","today-18y","today+30d"]';
    expect(shapeReports(date, { id: 'q', min: '2026-02-30', max: 'tomorrow' })).toEqual([
      `/min invalid-value {"value":"2026-02-30","allowed":${allowed}}`,
      `/max invalid-value {"value":"tomorrow","allowed":${allowed}}`,
    ]);
    expect(shapeReports(date, { id: 'q', min: 3 })).toEqual([
      `/min invalid-value {"value":"3","allowed":${allowed}}`,
    ]);
    expect(shapeReports(date, { id: 'q', min: '2026-01-02', max: '2026-01-01' })).toEqual([
      '/min empty-range {"question":"q","min":"2026-01-02","max":"2026-01-01"}',
    ]);
    const cuts: Cut[] = [{ value: '2020-01-01', side: 'below' }];
    expect(date.withCuts({ ...opened, cuts: [] }, () => cuts)).toEqual({ ...opened, cuts });
  });

  test.each([
    ['equal', 'member'],
    ['in', 'members'],
    ['lessThan', 'member'],
    ['greaterThanInclusive', 'member'],
    ['contains', 'never'],
  ] as const)('conditions: %s expects %s', (operator, expected) => {
    expect(date.operators[operator]).toBe(expected);
  });

  test.each([
    ['2020-02-29', true],
    ['2021-02-29', false],
    ['today', false],
    [20200101, false],
  ])('conditions: %j is a value of the fact: %s', (value, fits) => {
    expect(date.fits(value, undefined)).toBe(fits);
  });

  test.each([
    ['2020-01-01', TODAY, '2020-01-01'],
    ['1999-12-31', TODAY, 'refused: out-of-range'],
    ['2026-11-28', TODAY, 'refused: out-of-range'],
    // Without today, a bound relative to it does not hold anything back.
    ['2030-01-01', undefined, '2030-01-01'],
    ['2021-02-29', TODAY, 'refused: invalid-date'],
    ['2021-2-3', TODAY, 'refused: invalid-date'],
    [20200101, TODAY, 'refused: wrong-type'],
  ])('answers: %j on %s → %j', (value, today, result) => {
    expect(accepted(date, opened, value, today)).toEqual(result);
  });

  test('answers: a refusal gives the bounds as dates, an unknown bound left out', () => {
    expect(date.accept(opened, '2026-11-28', TODAY)).toEqual({
      ok: false,
      code: 'out-of-range',
      params: { question: 'opened', value: '2026-11-28', expected: 'date', min: '2000-01-01', max: TODAY },
    });
    expect(date.accept(opened, '1999-12-31', undefined)).toEqual({
      ok: false,
      code: 'out-of-range',
      params: { question: 'opened', value: '1999-12-31', expected: 'date', min: '2000-01-01' },
    });
    expect(date.accept(opened, 20200101, TODAY)).toEqual({
      ok: false,
      code: 'wrong-type',
      params: { question: 'opened', expected: 'date' },
    });
  });

  test('answers: bounds relative to today', () => {
    expect(resolveBound('today-18y', TODAY)).toBe('2008-11-27');
    expect(resolveBound('today+30d', TODAY)).toBe('2026-12-27');
    expect(resolveBound('today', TODAY)).toBe(TODAY);
    expect(resolveBound('today-18y', undefined)).toBeUndefined();
    expect(resolveBound('2000-01-01', undefined)).toBe('2000-01-01');
  });

  test.each([
    ['2019-12-31', { key: 'lt2020-01-01', label: '开业2020-01-01以前' }],
    ['2020-01-01', { key: 'ge2020-01-01', label: '开业2020-01-01及以后' }],
  ])('case keys: %s is in the band %j', (value, part) => {
    expect(date.casePart(opened, value)).toEqual(part);
  });

  test.each([
    ['opened', opened, 'lt2020-01-01', TODAY, '2000-01-01'],
    ['opened', opened, 'ge2020-01-01', TODAY, '2020-01-01'],
    ['born', born, 'le2008-11-27', TODAY, '2008-11-26'],
    ['born', born, 'gt2008-11-27', TODAY, '2008-11-28'],
  ])(
    'case keys: %s: the band %s decodes to its earliest accepted date on %s, %s',
    (_name, question, key, today, value) => {
      expect(decoded(date, question, key, today)).toBe(value);
    },
  );

  test('case keys: a band no accepted date lies in decodes to nothing', () => {
    // Before 2020 nothing lies in the upper band when today is earlier still.
    expect(date.decode(opened, 'ge2020-01-01', '2019-06-01')).toBeUndefined();
    expect(date.decode(opened, 'any', TODAY)).toBeUndefined();
  });

  test('display: the date as written', () => {
    expect(date.display(opened, '2020-01-01', 'zh')).toBe('2020-01-01');
    expect(date.domain(opened)).toEqual({ type: 'date' });
    expect(date.options(opened)).toEqual([]);
    expect(date.answerLabels(opened)).toEqual([]);
  });

  test('enumeration: the earliest accepted date of each band, exact unless compared with another fact', () => {
    expect(date.choices(opened, UNUSED, TODAY)).toEqual(['2000-01-01', '2020-01-01']);
    expect(date.choices(born, UNUSED, TODAY)).toEqual(['2008-11-26', '2008-11-28']);
    expect(date.choices({ ...born, cuts: [] }, UNUSED, undefined)).toEqual(['2000-01-01']);
    expect(date.exact(opened, UNUSED)).toBe(true);
    expect(date.exact(opened, { leaves: [], comparedWithFact: true })).toBe(false);
    expect(date.choicePerOption).toBe(false);
  });

  test('progress estimate: the cuts in order, then today', () => {
    const two = { ...born, cuts: [{ value: '2010-01-01', side: 'below' }, ...born.cuts] } as DateQuestion;
    expect(date.likelyAnswers(two, TODAY)).toEqual(['2008-11-27', '2010-01-01', TODAY]);
    expect(date.likelyAnswers(two, undefined)).toEqual(['2008-11-27', '2010-01-01']);
  });

  test.each([
    [' 2020-01-01 ', '2020-01-01'],
    ['2020/01/01', '2020/01/01'],
  ])('command line: %j reads as %j', (text, value) => {
    expect(date.fromText(opened, text)).toBe(value);
  });

  test('command line: an input typed as YYYY-MM-DD', () => {
    expect(date.prompt(opened)).toEqual({ kind: 'input', pattern: 'YYYY-MM-DD' });
  });

  test('property: decoding the case-key part of an answer gives a date in the same band', () => {
    const day = (offset: number) => addToDate([2020, 1, 1], offset, 'd');
    const question = fc
      .record({
        cuts: fc.uniqueArray(
          fc.record({
            value: fc.integer({ min: -400, max: 400 }).map(day),
            side: fc.constantFrom<Cut['side']>('below', 'above', 'point'),
          }),
          { maxLength: 4, selector: (c) => `${c.value}|${c.side}` },
        ),
        min: fc.option(fc.integer({ min: -800, max: 0 }).map(day), { nil: undefined }),
        max: fc.option(fc.constantFrom('today', 'today+1y', day(300)), { nil: undefined }),
      })
      .map(
        ({ cuts, min, max }): DateQuestion => ({
          id: 'd',
          ask: '？',
          type: 'date',
          cuts: sortCuts(cuts),
          ...(min === undefined ? {} : { min }),
          ...(max === undefined ? {} : { max }),
        }),
      );
    const today = fc.option(fc.integer({ min: -500, max: 500 }).map(day), { nil: undefined });
    fc.assert(
      fc.property(question, today, fc.integer({ min: -900, max: 900 }), (question, today, offset) => {
        const answer = date.accept(question, day(offset), today);
        fc.pre(answer.ok);
        if (!answer.ok) return;
        const { key } = date.casePart(question, answer.value);
        const back = decoded(date, question, key, today);
        expect(typeof back).toBe('string');
        expect(date.casePart(question, back as string).key).toBe(key);
      }),
    );
  });
});

/** Cuts in the order a compiled theme keeps them: by value, and at one value below, point, above. */
function sortCuts(cuts: readonly Cut[]): Cut[] {
  const order = { below: 0, point: 1, above: 2 };
  return [...cuts].sort((a, b) =>
    a.value === b.value ? order[a.side] - order[b.side] : a.value < b.value ? -1 : 1,
  );
}
