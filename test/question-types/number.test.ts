import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Cut, NumberQuestion } from '../../src/model/theme.js';
import { questionType } from '../../src/question-types/index.js';
import { number } from '../../src/question-types/number.js';
import { accepted, decoded, shapeReports, UNUSED } from './support.js';

const area: NumberQuestion = {
  id: 'area',
  ask: '经营面积？',
  short: '面积',
  type: 'number',
  unit: '㎡',
  min: 0.5,
  max: 100,
  cuts: [
    { value: 2.5, side: 'above' },
    { value: 50, side: 'point' },
  ],
};

const age: NumberQuestion = {
  id: 'age',
  ask: '年龄？',
  type: 'number',
  unit: '周岁',
  min: 0,
  max: 150,
  integer: true,
  cuts: [
    { value: 16, side: 'below' },
    { value: 60, side: 'below' },
  ],
};

/** Cuts in the order a compiled theme keeps them: by value, and at one value below, point, above. */
function sortCuts(cuts: readonly Cut[]): Cut[] {
  const order = { below: 0, point: 1, above: 2 };
  return [...cuts].sort((a, b) =>
    a.value === b.value ? order[a.side] - order[b.side] : (a.value as number) - (b.value as number),
  );
}

describe('number', () => {
  test('is the entry of its name', () => {
    expect(questionType(area)).toBe(number);
    expect(number.type).toBe('number');
  });

  test('loading: its keys, the question drafted from YAML, its shape checks, its cuts', () => {
    expect(number.keys).toEqual(['unit', 'min', 'max', 'integer']);
    const base = { id: 'q', ask: '？' };
    expect(number.draft({ unit: '㎡', min: 0, max: 9, integer: true }, base)).toEqual({
      ...base,
      type: 'number',
      unit: '㎡',
      min: 0,
      max: 9,
      integer: true,
      cuts: [],
    });
    expect(number.draft({ integer: false }, base)).toEqual({ ...base, type: 'number', cuts: [] });
    expect(shapeReports(number, { id: 'q', min: 1, max: 2 })).toEqual([]);
    expect(shapeReports(number, { id: 'q', min: 'today', max: 2 })).toEqual([
      '/min wrong-type {"expected":["number"],"actual":"string"}',
    ]);
    expect(shapeReports(number, { id: 'q', min: 3, max: 2 })).toEqual([
      '/min empty-range {"question":"q","min":3,"max":2}',
    ]);
    const cuts: Cut[] = [{ value: 1, side: 'below' }];
    expect(number.withCuts({ ...area, cuts: [] }, () => cuts)).toEqual({ ...area, cuts });
  });

  test.each([
    ['equal', 'member'],
    ['notEqual', 'member'],
    ['in', 'members'],
    ['notIn', 'members'],
    ['lessThan', 'member'],
    ['lessThanInclusive', 'member'],
    ['greaterThan', 'member'],
    ['greaterThanInclusive', 'member'],
    ['contains', 'never'],
    ['doesNotContain', 'never'],
  ] as const)('conditions: %s expects %s', (operator, expected) => {
    expect(number.operators[operator]).toBe(expected);
  });

  test.each([
    [3, true],
    [-0.5, true],
    ['3', false],
    [true, false],
  ])('conditions: %j is a value of the fact: %s', (value, fits) => {
    expect(number.fits(value, undefined)).toBe(fits);
  });

  test.each([
    ['area', area, 3, 3],
    ['area', area, 0.5, 0.5],
    ['area', area, -0, 'refused: out-of-range'],
    ['area', area, 100.5, 'refused: out-of-range'],
    ['age', age, 0, 0],
    ['age', age, -0, 0],
    ['age', age, 16.5, 'refused: not-integer'],
    ['age', age, '16', 'refused: wrong-type'],
    ['age', age, Number.NaN, 'refused: wrong-type'],
    ['age', age, Number.POSITIVE_INFINITY, 'refused: wrong-type'],
  ])('answers: %s: %j → %j', (_name, question, value, result) => {
    expect(accepted(number, question, value)).toEqual(result);
  });

  test('answers: a refusal names what to enter with tokens and bounds, no words of either language', () => {
    expect(number.accept(age, 16.5, undefined)).toEqual({
      ok: false,
      code: 'not-integer',
      params: { question: 'age', value: 16.5, min: 0, max: 150 },
    });
    expect(number.accept(area, 100.5, undefined)).toEqual({
      ok: false,
      code: 'out-of-range',
      params: { question: 'area', value: 100.5, expected: 'number', min: 0.5, max: 100 },
    });
    // An open bound is left out, not written as a symbol.
    const { min: _min, ...atMostTen } = { ...age, max: 10 };
    expect(number.accept(atMostTen, 11, undefined)).toEqual({
      ok: false,
      code: 'out-of-range',
      params: { question: 'age', value: 11, expected: 'integer', max: 10 },
    });
    expect(number.accept(age, '16', undefined)).toEqual({
      ok: false,
      code: 'wrong-type',
      params: { question: 'age', expected: 'integer' },
    });
    expect(number.accept(area, '3', undefined)).toMatchObject({ params: { expected: 'number' } });
  });

  test.each([
    ['area', area, 1, 'le2.5', '面积2.5㎡以下'],
    ['area', area, 3, 'gt2.5-lt50', '面积超过2.5㎡、不满50㎡'],
    ['area', area, 50, 'eq50', '面积50㎡'],
    ['area', area, 70, 'gt50', '面积超过50㎡'],
    // Without a short name the question itself names the answer, never its id.
    ['age', age, 15, 'lt16', '年龄？不满16周岁'],
    ['age', age, 16, 'ge16-lt60', '年龄？16至59周岁'],
    [
      'age, whole numbers above a cut',
      { ...age, cuts: [{ value: 16, side: 'above' as const }] },
      17,
      'gt16',
      '年龄？超过16周岁',
    ],
    ['age without cuts', { ...age, cuts: [] }, 30, 'any', ''],
  ])('case keys: %s: %j is in the band %s (%s)', (_name, question, value, key, label) => {
    expect(number.casePart(question, value)).toEqual({ key, label });
  });

  test.each([
    ['area', area, 'le2.5', 0.5],
    ['area', area, 'gt2.5-lt50', 3],
    ['area', area, 'eq50', 50],
    ['area', area, 'gt50', 51],
    ['area without cuts', { ...area, cuts: [] }, 'any', 0.5],
    ['age', age, 'lt16', 0],
    ['age', age, 'ge16-lt60', 16],
    ['age', age, 'ge60', 60],
  ])(
    'case keys: %s: the band %s decodes to its smallest accepted value, %j',
    (_name, question, key, value) => {
      expect(decoded(number, question, key)).toBe(value);
    },
  );

  test('case keys: a band that no accepted value lies in, or that the cuts do not draw, decodes to nothing', () => {
    expect(number.decode(age, 'ge61', undefined)).toBeUndefined();
    expect(number.decode({ ...age, max: 10 }, 'ge60', undefined)).toBeUndefined();
    expect(number.decode(age, '16', undefined)).toBeUndefined();
  });

  test('display: the number with its unit, without float noise', () => {
    expect(number.display(area, 0.1 + 0.2, 'zh')).toBe('0.3㎡');
    const { unit: _unit, ...unitless } = area;
    expect(number.display(unitless, 12, 'en')).toBe('12');
    expect(number.domain(area)).toEqual({ type: 'number', unit: '㎡' });
    expect(number.domain({ id: 'n', ask: '？', type: 'number', cuts: [] })).toEqual({ type: 'number' });
    expect(number.options(area)).toEqual([]);
    expect(number.answerLabels(area)).toEqual([]);
  });

  test('enumeration: the smallest accepted value of each band, exact unless compared with another fact', () => {
    expect(number.choices(area, UNUSED, undefined)).toEqual([0.5, 3, 50, 51]);
    expect(number.choices(age, UNUSED, undefined)).toEqual([0, 16, 60]);
    expect(number.choices({ ...age, min: 20, max: 30 }, UNUSED, undefined)).toEqual([20]);
    expect(number.exact(area, UNUSED)).toBe(true);
    expect(number.exact(area, { leaves: [], comparedWithFact: true })).toBe(false);
    expect(number.choicePerOption).toBe(false);
  });

  test('progress estimate: the minimum (else 0), the cuts in order, the maximum', () => {
    expect(number.likelyAnswers(age, undefined)).toEqual([0, 16, 60, 150]);
    const unbounded: NumberQuestion = {
      id: 'n',
      ask: '？',
      type: 'number',
      cuts: [{ value: 9, side: 'below' }],
    };
    expect(number.likelyAnswers(unbounded, undefined)).toEqual([0, 9]);
  });

  test.each([
    ['12', 12],
    [' -0.5 ', -0.5],
    ['.5', 0.5],
    ['1e3', '1e3'],
    ['+7', 7],
    ['0x10', '0x10'],
    ['0b11', '0b11'],
    ['0o17', '0o17'],
    ['Infinity', 'Infinity'],
    ['', ''],
    ['  ', '  '],
    ['12㎡', '12㎡'],
  ])('command line: %j reads as %j (decimal numbers only)', (text, value) => {
    expect(number.fromText(area, text)).toBe(value);
  });

  test('command line: hex and binary texts are refused, not read as numbers', () => {
    expect(accepted(number, age, number.fromText(age, '0x10'))).toBe('refused: wrong-type');
    expect(accepted(number, age, number.fromText(age, '0b11'))).toBe('refused: wrong-type');
  });

  test('command line: an input with the unit, range and wholeness', () => {
    expect(number.prompt(age)).toEqual({ kind: 'input', unit: '周岁', min: 0, max: 150, integer: true });
    expect(number.prompt({ id: 'n', ask: '？', type: 'number', cuts: [] })).toEqual({ kind: 'input' });
  });

  test('property: decoding the case-key part of an answer gives a value in the same band', () => {
    const cut = fc.record({
      value: fc.integer({ min: -50, max: 50 }).map((n) => n / 2),
      side: fc.constantFrom<Cut['side']>('below', 'above', 'point'),
    });
    const question = fc
      .record({
        cuts: fc.uniqueArray(cut, { maxLength: 4, selector: (c) => `${c.value}|${c.side}` }),
        integer: fc.boolean(),
        min: fc.option(fc.integer({ min: -40, max: 0 }), { nil: undefined }),
        max: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      })
      .map(
        ({ cuts, integer, min, max }): NumberQuestion => ({
          id: 'n',
          ask: '？',
          type: 'number',
          cuts: sortCuts(cuts),
          ...(integer ? { integer } : {}),
          ...(min === undefined ? {} : { min }),
          ...(max === undefined ? {} : { max }),
        }),
      );
    fc.assert(
      fc.property(question, fc.integer({ min: -100, max: 100 }), (question, tenths) => {
        const answer = number.accept(
          question,
          question.integer ? Math.round(tenths / 10) : tenths / 10,
          undefined,
        );
        fc.pre(answer.ok);
        if (!answer.ok) return;
        const { key } = number.casePart(question, answer.value);
        const back = decoded(number, question, key);
        expect(typeof back).toBe('number');
        expect(number.casePart(question, back as number).key).toBe(key);
      }),
    );
  });
});
