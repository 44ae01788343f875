import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { LeafCondition } from '../../src/model/condition.js';
import type { MultipleQuestion } from '../../src/model/theme.js';
import { questionType } from '../../src/question-types/index.js';
import { multiple, multipleUse, SEPARATOR } from '../../src/question-types/multiple.js';
import { accepted, arbitraryOptionIds, decoded, shapeReports, UNUSED } from './support.js';

const dishes: MultipleQuestion = {
  id: 'dishes',
  ask: '经营哪些食品？',
  type: 'multiple',
  options: [
    { id: 'hot', label: '热食类', short: '热食' },
    { id: 'cold', label: '冷食类', en: 'cold food' },
    { id: 'drinks', label: '饮品' },
    { id: 'none', label: '以上都没有', exclusive: true },
  ],
};

const contains = (value: unknown, operator = 'contains'): LeafCondition => ({
  fact: 'dishes',
  operator,
  value: value as string,
});

describe('multiple choice', () => {
  test('is the entry of its name', () => {
    expect(questionType(dishes)).toBe(multiple);
    expect(multiple.type).toBe('multiple');
  });

  test('loading: its keys, the question drafted from YAML, its shape checks', () => {
    expect(multiple.keys).toEqual(['options']);
    expect(
      multiple.draft({ options: { a: 'A', b: { label: 'B', exclusive: true } } }, { id: 'q', ask: '？' }),
    ).toEqual({
      id: 'q',
      ask: '？',
      type: 'multiple',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B', exclusive: true },
      ],
    });
    const x = { label: 'X', exclusive: true };
    expect(shapeReports(multiple, { id: 'q', options: { a: 'A', b: x } })).toEqual([]);
    expect(shapeReports(multiple, { id: 'q', options: { a: 'A', b: x, c: x } })).toEqual([
      '/options/c exclusive-option {"question":"q","reason":"two"}',
    ]);
    expect(shapeReports(multiple, { id: 'q', options: { b: x } })).toEqual([
      '/options exclusive-option {"question":"q","reason":"all"}',
    ]);
    expect(shapeReports(multiple, { id: 'q' })).toEqual(['/ missing-key {"key":"options"}']);
    expect(multiple.withCuts(dishes, () => [])).toBe(dishes);
  });

  test.each([
    ['contains', 'element'],
    ['doesNotContain', 'element'],
    ['equal', 'never'],
    ['notEqual', 'never'],
    ['in', 'never'],
    ['notIn', 'never'],
    ['lessThan', 'never'],
  ] as const)('conditions: %s expects %s', (operator, expected) => {
    expect(multiple.operators[operator]).toBe(expected);
  });

  test.each([
    ['hot', true],
    ['fried', false],
    [['hot'], false],
  ])('conditions: %j is a value of the fact: %s', (value, fits) => {
    expect(multiple.fits(value, dishes.options)).toBe(fits);
  });

  test.each([
    [
      ['cold', 'hot'],
      ['hot', 'cold'],
    ],
    [['none'], ['none']],
    [[], 'refused: empty-choice'],
    [['fried'], 'refused: unknown-option'],
    [['hot', 'hot'], 'refused: duplicate-option'],
    [['hot', 'none'], 'refused: exclusive-option'],
    ['hot', 'refused: wrong-type'],
    [[1], 'refused: wrong-type'],
  ])('answers: %j → %j (kept in option order)', (value, result) => {
    expect(accepted(multiple, dishes, value)).toEqual(result);
  });

  test('answers: a refusal asks for options as a token, and names an exclusive option by its label', () => {
    expect(multiple.accept(dishes, 'hot', undefined)).toEqual({
      ok: false,
      code: 'wrong-type',
      params: { question: 'dishes', expected: 'options' },
    });
    expect(multiple.accept(dishes, ['hot', 'none'], undefined)).toEqual({
      ok: false,
      code: 'exclusive-option',
      params: { question: 'dishes', option: 'none', label: '以上都没有' },
    });
    expect(multiple.accept(dishes, [], undefined)).toEqual({
      ok: false,
      code: 'empty-choice',
      params: { question: 'dishes' },
    });
  });

  test.each([
    [['hot', 'cold'], { key: `hot${SEPARATOR}cold`, label: '热食、冷食类' }],
    [['none'], { key: 'none', label: '以上都没有' }],
  ])('case keys: %j has the part %j, and the part decodes to it', (value, part) => {
    expect(multiple.casePart(dishes, value)).toEqual(part);
    expect(decoded(multiple, dishes, part.key)).toEqual(value);
  });

  test('case keys: parts that are no answer decode to a refused one', () => {
    expect(decoded(multiple, dishes, 'hot+fried')).toBe('refused: unknown-option');
    expect(decoded(multiple, dishes, 'hot+none')).toBe('refused: exclusive-option');
  });

  test('display: the labels of the chosen options, in option order', () => {
    expect(multiple.display(dishes, ['cold', 'hot'], 'zh')).toBe('热食类、冷食类');
    expect(multiple.display(dishes, ['cold'], 'en')).toBe('cold food');
    expect(multiple.domain(dishes)).toEqual({ type: 'multiple', options: dishes.options });
    expect(multiple.options(dishes)).toBe(dishes.options);
    expect(multiple.answerLabels(dishes).map((l) => [l.id, l.label, l.option])).toEqual([
      ['hot', '热食类', true],
      ['cold', '冷食类', true],
      ['drinks', '饮品', true],
      ['none', '以上都没有', true],
    ]);
  });

  test('enumeration: the subsets the conditions tell apart, then each exclusive option alone', () => {
    // Nothing tests it: the filler alone stands for every choice.
    expect(multiple.choices(dishes, UNUSED, undefined)).toEqual([['hot'], ['none']]);
    // Membership tests of `cold`: with it or without it (the filler), and the exclusive option.
    const membership = {
      leaves: [contains('cold'), contains('cold', 'not:doesNotContain')],
      comparedWithFact: false,
    };
    expect(multipleUse(dishes, membership)).toEqual({ tested: ['cold'], general: false });
    expect(multiple.choices(dishes, membership, undefined)).toEqual([['hot'], ['cold'], ['none']]);
    // Any other reading: subsets of the tested options and the filler together.
    const general = {
      leaves: [contains('cold'), contains(['drinks'], 'someValue:in')],
      comparedWithFact: false,
    };
    expect(multipleUse(dishes, general)).toEqual({ tested: ['cold', 'drinks'], general: true });
    expect(multiple.choices(dishes, general, undefined)).toEqual([
      ['hot'],
      ['cold'],
      ['hot', 'cold'],
      ['drinks'],
      ['hot', 'drinks'],
      ['cold', 'drinks'],
      ['hot', 'cold', 'drinks'],
      ['none'],
    ]);
    expect(multipleUse(dishes, { leaves: [], comparedWithFact: true }).general).toBe(true);
    expect(multiple.exact(dishes, general)).toBe(true);
    expect(multiple.choicePerOption).toBe(false);
  });

  test('progress estimate: each option alone, the exclusive one last', () => {
    const reordered = {
      ...dishes,
      options: [dishes.options[3], ...dishes.options.slice(0, 3)],
    } as MultipleQuestion;
    expect(multiple.likelyAnswers(reordered, undefined)).toEqual([['hot'], ['cold'], ['drinks'], ['none']]);
  });

  test.each([
    ['hot+cold', ['hot', 'cold']],
    [' hot + cold ', ['hot', 'cold']],
    ['hot', ['hot']],
    ['', []],
  ])('command line: %j reads as %j', (text, value) => {
    expect(multiple.fromText(dishes, text)).toEqual(value);
  });

  test('command line: a checkbox list, several typed joined by the separator', () => {
    expect(multiple.prompt(dishes)).toEqual({ kind: 'checkbox', options: dishes.options, separator: '+' });
  });

  test('property: decoding the case-key part of an answer gives the answer back', () => {
    const question = arbitraryOptionIds().chain((ids) =>
      fc.record({
        question: fc.constant<MultipleQuestion>({
          id: 'q',
          ask: '？',
          type: 'multiple',
          options: ids.map((id) => ({ id, label: id })),
        }),
        chosen: fc.shuffledSubarray(ids, { minLength: 1 }),
      }),
    );
    fc.assert(
      fc.property(question, ({ question, chosen }) => {
        const answer = multiple.accept(question, chosen, undefined);
        if (!answer.ok) throw new Error(answer.code);
        const { key } = multiple.casePart(question, answer.value);
        expect(decoded(multiple, question, key)).toEqual(answer.value);
      }),
    );
  });
});
