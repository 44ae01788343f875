import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SingleQuestion } from '../../src/model/theme.js';
import { questionType } from '../../src/question-types/index.js';
import { single } from '../../src/question-types/single.js';
import { accepted, arbitraryOptionIds, decoded, shapeReports, UNUSED } from './support.js';

const purpose: SingleQuestion = {
  id: 'purpose',
  ask: '前往港澳的目的是？',
  type: 'single',
  options: [
    { id: 'tour', label: '个人旅游', short: '旅游' },
    { id: 'visit', label: '探亲', en: 'family visit' },
    { id: 'business', label: '商务' },
  ],
};

describe('single choice', () => {
  test('is the entry of its name', () => {
    expect(questionType(purpose)).toBe(single);
    expect(single.type).toBe('single');
  });

  test('loading: its keys, the question drafted from YAML, its shape checks', () => {
    expect(single.keys).toEqual(['options']);
    const base = { id: 'purpose', ask: '目的？' };
    expect(single.draft({ options: { tour: '旅游', visit: { label: '探亲', en: 'visit' } } }, base)).toEqual({
      ...base,
      type: 'single',
      options: [
        { id: 'tour', label: '旅游' },
        { id: 'visit', label: '探亲', en: 'visit' },
      ],
    });
    expect(
      shapeReports(single, { id: 'q', options: { a: 'A', b: { label: 'B', exclusive: true }, c: 'C' } }),
    ).toEqual(['/options/b/exclusive exclusive-option {"question":"q","reason":"single"}']);
    expect(shapeReports(single, { id: 'q', options: { a: { label: 'A', exclusive: false } } })).toEqual([]);
    expect(shapeReports(single, { id: 'q' })).toEqual(['/ missing-key {"key":"options"}']);
    expect(single.withCuts(purpose, () => [{ value: 1, side: 'below' }])).toBe(purpose);
  });

  test.each([
    ['equal', 'member'],
    ['notEqual', 'member'],
    ['in', 'members'],
    ['notIn', 'members'],
    ['contains', 'never'],
    ['doesNotContain', 'never'],
    ['lessThan', 'never'],
    ['greaterThanInclusive', 'never'],
  ] as const)('conditions: %s expects %s', (operator, expect_) => {
    expect(single.operators[operator]).toBe(expect_);
  });

  test.each([
    ['tour', true],
    ['nope', false],
    [true, false],
    [1, false],
  ])('conditions: %j is a value of the fact: %s', (value, fits) => {
    expect(single.fits(value, purpose.options)).toBe(fits);
  });

  test.each([
    ['tour', 'tour'],
    ['nope', 'refused: unknown-option'],
    [['tour'], 'refused: wrong-type'],
    [true, 'refused: wrong-type'],
    [undefined, 'refused: wrong-type'],
  ])('answers: %j → %j', (value, result) => {
    expect(accepted(single, purpose, value)).toEqual(result);
  });

  test('answers: a refusal asks for one option, as a token', () => {
    expect(single.accept(purpose, ['tour'], undefined)).toEqual({
      ok: false,
      code: 'wrong-type',
      params: { question: 'purpose', expected: 'option' },
    });
    expect(single.accept(purpose, 'nope', undefined)).toEqual({
      ok: false,
      code: 'unknown-option',
      params: { question: 'purpose', option: 'nope' },
    });
  });

  test.each([
    ['tour', { key: 'tour', label: '旅游' }],
    ['visit', { key: 'visit', label: '探亲' }],
  ])('case keys: %j has the part %j, and the part decodes to it', (value, part) => {
    expect(single.casePart(purpose, value)).toEqual(part);
    expect(decoded(single, purpose, part.key)).toBe(value);
  });

  test('case keys: a key that is no option decodes to a refused answer', () => {
    expect(decoded(single, purpose, 'nope')).toBe('refused: unknown-option');
  });

  test('display: the option label, in English when the author wrote one', () => {
    expect(single.display(purpose, 'tour', 'zh')).toBe('个人旅游');
    expect(single.display(purpose, 'visit', 'en')).toBe('family visit');
    expect(single.display(purpose, 'tour', 'en')).toBe('个人旅游');
    expect(single.domain(purpose)).toEqual({ type: 'single', options: purpose.options });
    expect(single.options(purpose)).toBe(purpose.options);
    expect(single.answerLabels(purpose)).toEqual([
      { id: 'tour', label: '个人旅游', option: true },
      { id: 'visit', label: '探亲', option: true },
      { id: 'business', label: '商务', option: true },
    ]);
  });

  test('enumeration: every option, exactly, one choice per option', () => {
    expect(single.choices(purpose, UNUSED, undefined)).toEqual(['tour', 'visit', 'business']);
    expect(single.exact(purpose, { leaves: [], comparedWithFact: true })).toBe(true);
    expect(single.choicePerOption).toBe(true);
  });

  test('progress estimate: the options in order', () => {
    expect(single.likelyAnswers(purpose, undefined)).toEqual(['tour', 'visit', 'business']);
  });

  test.each([
    [' tour ', 'tour'],
    ['tour+visit', 'tour+visit'],
  ])('command line: %j reads as %j', (text, value) => {
    expect(single.fromText(purpose, text)).toBe(value);
  });

  test('command line: a select among the options', () => {
    expect(single.prompt(purpose)).toEqual({ kind: 'select', options: purpose.options });
  });

  test('property: decoding the case-key part of an answer gives the answer back', () => {
    const question = arbitraryOptionIds().chain((ids) =>
      fc.record({
        question: fc.constant<SingleQuestion>({
          id: 'q',
          ask: '？',
          type: 'single',
          options: ids.map((id) => ({ id, label: id })),
        }),
        value: fc.constantFrom(...ids),
      }),
    );
    fc.assert(
      fc.property(question, ({ question, value }) => {
        const { key } = single.casePart(question, value);
        expect(decoded(single, question, key)).toBe(value);
      }),
    );
  });
});
