import { describe, expect, test } from 'vitest';
import { Reporter } from '../../src/load/report.js';
import { draftTheme } from '../../src/load/theme-draft.js';
import { FACT_TYPES, type FactType, QUESTION_TYPES } from '../../src/model/theme.js';
import { answerType } from '../../src/question-types/answers.js';
import { expectation, factValues, questionTypeNamed } from '../../src/question-types/index.js';

describe('the question-type registry', () => {
  test('a YAML question without a type is single choice; a name that is no type finds nothing', () => {
    expect(questionTypeNamed(undefined)?.type).toBe('single');
    for (const name of QUESTION_TYPES) expect(questionTypeNamed(name)?.type).toBe(name);
    expect(questionTypeNamed('text')).toBeUndefined();
    expect(questionTypeNamed('constructor')).toBeUndefined();
    expect(questionTypeNamed('__proto__')).toBeUndefined();
  });

  test('drafting a question of no known type reports it instead of guessing one', () => {
    const reporter = new Reporter('theme.yaml', () => ({ line: 1, column: 1 }));
    const raw = {
      id: 't',
      title: 'T',
      version: '1',
      audience: 'person',
      items: {},
      questions: [
        { id: 'a', ask: 'A?', type: 'text' },
        { id: 'b', ask: 'B?', type: 'yes-no' },
      ],
    };
    const draft = draftTheme(raw, reporter, new WeakMap());
    expect(draft.questions.map((q) => q.id)).toEqual(['b']);
    expect(reporter.diagnostics.map((d) => [d.code, d.pointer, d.params])).toEqual([
      [
        'invalid-value',
        '/questions/0/type',
        { value: 'text', allowed: ['single', 'multiple', 'yes-no', 'number', 'date'] },
      ],
    ]);
  });

  test.each([
    ['list', 'contains', 'element'],
    ['list', 'equal', 'never'],
    ['object', 'contains', 'never'],
    ['object', 'equal', 'never'],
    ['multiple', 'not:contains', undefined],
    ['number', 'divisibleBy', undefined],
  ] as const)('facts of type %s: %s expects %s', (type: FactType, operator, expected) => {
    expect(expectation(type, operator)).toBe(expected);
  });

  test('facts of every type have a rule for every built-in comparison', () => {
    for (const type of FACT_TYPES) expect(Object.keys(factValues(type).operators)).toHaveLength(10);
    expect(factValues('list').fits('a', undefined)).toBe(true);
    expect(factValues('list').fits(['a'], undefined)).toBe(false);
  });

  test("the runtime's table gives each type the same answer behaviour as the full definition", () => {
    for (const name of QUESTION_TYPES) {
      const full = questionTypeNamed(name);
      // Only `type` is read: the question is a stand-in of that type.
      const runtime = answerType({ type: name } as Parameters<typeof answerType>[0]);
      expect(runtime.type).toBe(name);
      for (const [member, value] of Object.entries(runtime))
        expect(full?.[member as keyof typeof full], `${name}.${member}`).toBe(value);
      // The tooling part is left out of the runtime's table.
      expect('prompt' in runtime).toBe(false);
    }
  });
});
