import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { YesNoQuestion } from '../../src/model/theme.js';
import { questionType } from '../../src/question-types/index.js';
import { yesNo } from '../../src/question-types/yes-no.js';
import { accepted, decoded, shapeReports, UNUSED } from './support.js';

const flue: YesNoQuestion = {
  id: 'flue',
  ask: '是否有专用烟道？',
  type: 'yes-no',
  yes: '有专用烟道',
  no: '无专用烟道',
};

describe('yes or no', () => {
  test('is the entry of its name', () => {
    expect(questionType(flue)).toBe(yesNo);
    expect(yesNo.type).toBe('yes-no');
  });

  test('loading: its keys, the question drafted from YAML (是/否 by default), no shape checks of its own', () => {
    expect(yesNo.keys).toEqual(['yes', 'no']);
    const base = { id: 'q', ask: '？' };
    expect(yesNo.draft({}, base)).toEqual({ ...base, type: 'yes-no', yes: '是', no: '否' });
    expect(yesNo.draft({ yes: '有', no: '无' }, base)).toEqual({
      ...base,
      type: 'yes-no',
      yes: '有',
      no: '无',
    });
    expect(shapeReports(yesNo, { id: 'q', yes: '有' })).toEqual([]);
    expect(yesNo.withCuts(flue, () => [])).toBe(flue);
  });

  test.each([
    ['equal', 'member'],
    ['notEqual', 'member'],
    ['in', 'members'],
    ['notIn', 'members'],
    ['contains', 'never'],
    ['lessThan', 'never'],
  ] as const)('conditions: %s expects %s', (operator, expected) => {
    expect(yesNo.operators[operator]).toBe(expected);
  });

  test.each([
    [true, true],
    [false, true],
    ['yes', false],
    [0, false],
  ])('conditions: %j is a value of the fact: %s', (value, fits) => {
    expect(yesNo.fits(value, undefined)).toBe(fits);
  });

  test.each([
    [true, true],
    [false, false],
    ['yes', 'refused: wrong-type'],
    [1, 'refused: wrong-type'],
  ])('answers: %j → %j', (value, result) => {
    expect(accepted(yesNo, flue, value)).toEqual(result);
  });

  test('answers: a refusal asks for yes or no, as a token', () => {
    expect(yesNo.accept(flue, 'yes', undefined)).toEqual({
      ok: false,
      code: 'wrong-type',
      params: { question: 'flue', expected: 'yes-no' },
    });
  });

  test.each([
    [true, { key: 'yes', label: '有专用烟道' }],
    [false, { key: 'no', label: '无专用烟道' }],
  ])('case keys: %j has the part %j, and the part decodes to it', (value, part) => {
    expect(yesNo.casePart(flue, value)).toEqual(part);
    expect(decoded(yesNo, flue, part.key)).toBe(value);
  });

  test('case keys: anything but yes and no decodes to nothing', () => {
    expect(yesNo.decode(flue, 'true', undefined)).toBeUndefined();
    expect(yesNo.decode(flue, '', undefined)).toBeUndefined();
  });

  test('display: the yes or the no text', () => {
    expect(yesNo.display(flue, true, 'zh')).toBe('有专用烟道');
    expect(yesNo.display(flue, false, 'en')).toBe('无专用烟道');
    expect(yesNo.domain(flue)).toEqual({ type: 'yes-no', yes: '有专用烟道', no: '无专用烟道' });
    expect(yesNo.options(flue)).toEqual([]);
    expect(yesNo.answerLabels(flue)).toEqual([
      { id: 'yes', label: '有专用烟道', option: false },
      { id: 'no', label: '无专用烟道', option: false },
    ]);
  });

  test('enumeration: yes, then no, exactly', () => {
    expect(yesNo.choices(flue, UNUSED, undefined)).toEqual([true, false]);
    expect(yesNo.exact(flue, UNUSED)).toBe(true);
    expect(yesNo.choicePerOption).toBe(false);
  });

  test('progress estimate: yes, then no', () => {
    expect(yesNo.likelyAnswers(flue, undefined)).toEqual([true, false]);
  });

  test.each([
    ['yes', true],
    [' Y ', true],
    ['true', true],
    ['是', true],
    ['no', false],
    ['N', false],
    ['false', false],
    ['否', false],
    ['maybe', 'maybe'],
  ])('command line: %j reads as %j', (text, value) => {
    expect(yesNo.fromText(flue, text)).toBe(value);
  });

  test('command line: a yes/no choice with the two texts', () => {
    expect(yesNo.prompt(flue)).toEqual({ kind: 'confirm', yes: '有专用烟道', no: '无专用烟道' });
  });

  test('property: decoding the case-key part of an answer gives the answer back', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string(), fc.string(), (value, yes, no) => {
        const question = { ...flue, yes, no };
        expect(decoded(yesNo, question, yesNo.casePart(question, value).key)).toBe(value);
      }),
    );
  });
});
