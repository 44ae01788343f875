/**
 * Every RulesError carries a stable code and language-neutral params of the kind its code's spec says; its
 * message is its code and params, and `formatRulesError` gives the Chinese or English sentence.
 */
import { describe, expect, it } from 'vitest';
import { RULES_ERROR_CODES } from '../../src/index.js';
import { formatRulesError, RULES_ERROR_PARAM_SPECS } from '../../src/messages/entry.js';
import { rulesErrorMessage } from '../../src/messages/index.js';
import type { Condition } from '../../src/model/condition.js';
import { conformsTo } from '../../src/model/params.js';
import {
  compileCondition,
  createOperatorSet,
  defaultOperatorSet,
  factsRead,
  RulesError,
} from '../../src/rules/index.js';

/** The RulesError `run` throws; anything else (or nothing) fails the test. */
function rulesErrorOf(run: () => unknown): RulesError {
  try {
    run();
  } catch (error) {
    if (error instanceof RulesError) return error;
    throw error;
  }
  return expect.unreachable('nothing was thrown');
}

const compile =
  (condition: unknown, conditions: Record<string, Condition> = {}) =>
  () =>
    compileCondition(condition as Condition, { operators: defaultOperatorSet, conditions });

const CYCLE: Record<string, Condition> = { a: { any: [{ condition: 'b' }] }, b: { not: { condition: 'a' } } };

interface Case {
  readonly name: string;
  readonly run: () => unknown;
  readonly code: RulesError['code'];
  readonly params: object;
  readonly en: string;
}

const CASES: readonly Case[] = [
  {
    name: 'a condition that is not an object',
    run: compile(null),
    code: 'invalid-condition',
    params: { problem: 'not-an-object', value: 'null' },
    en: 'a condition must be an object, got null',
  },
  {
    name: 'two forms in one node',
    run: compile({ all: [], any: [] }),
    code: 'invalid-condition',
    params: { problem: 'not-one-form', found: ['all', 'any'] },
    en: 'a condition needs exactly one of all, any, not, condition, fact; got all, any',
  },
  {
    name: 'no form at all',
    run: compile({}),
    code: 'invalid-condition',
    params: { problem: 'not-one-form', found: [] },
    en: 'a condition needs exactly one of all, any, not, condition, fact; got none',
  },
  {
    name: 'a reference without a name',
    run: compile({ condition: 5 }),
    code: 'invalid-condition',
    params: { problem: 'reference-without-name' },
    en: 'a condition reference needs a name',
  },
  {
    name: 'members that are not a list',
    run: compile({ any: {} }),
    code: 'invalid-condition',
    params: { problem: 'members-not-a-list', form: 'any' },
    en: '"any" must be an array',
  },
  {
    name: '"not" with a list',
    run: compile({ not: [] }),
    code: 'invalid-condition',
    params: { problem: 'not-is-a-list' },
    en: '"not" cannot be an array',
  },
  {
    name: 'a leaf without an operator',
    run: compile({ fact: 'x', value: 1 }),
    code: 'invalid-condition',
    params: { problem: 'no-operator' },
    en: 'a condition needs an operator',
  },
  {
    name: 'a leaf without a value',
    run: compile({ fact: 'x', operator: 'equal' }),
    code: 'invalid-condition',
    params: { problem: 'no-value', fact: 'x' },
    en: 'the condition on x needs a value',
  },
  {
    name: 'a fact reference whose name is not a string',
    run: compile({ fact: 'x', operator: 'equal', value: { fact: 3 } }),
    code: 'invalid-condition',
    params: { problem: 'bad-fact-name', value: '3' },
    en: 'a fact name must be a non-empty string, got 3',
  },
  {
    name: 'an unknown operator',
    run: compile({ fact: 'x', operator: 'equalz', value: 1 }),
    code: 'unknown-operator',
    params: { operator: 'equalz' },
    en: 'unknown operator "equalz"',
  },
  {
    name: 'an unknown named condition',
    run: compile({ condition: 'nope' }),
    code: 'unknown-condition',
    params: { name: 'nope' },
    en: 'no condition named "nope"',
  },
  {
    name: 'an unknown named condition, for factsRead',
    run: () => factsRead({ condition: 'nope' }, {}),
    code: 'unknown-condition',
    params: { name: 'nope' },
    en: 'no condition named "nope"',
  },
  {
    name: 'named conditions in a cycle',
    run: compile({ condition: 'a' }, CYCLE),
    code: 'condition-cycle',
    params: { cycle: ['a', 'b', 'a'] },
    en: 'named conditions refer to each other in a cycle: a → b → a',
  },
  {
    name: 'a path outside the subset',
    run: compile({ fact: 'x', operator: 'equal', value: 1, path: '$..x' }),
    code: 'unsupported-path',
    params: { problem: 'not-supported', path: '$..x' },
    en: `unsupported path "$..x": only $.name, $['name'] and [index] are supported`,
  },
  {
    name: 'a path that is not a string',
    run: compile({ fact: 'x', operator: 'equal', value: 1, path: 7 }),
    code: 'unsupported-path',
    params: { problem: 'not-a-string', path: '7' },
    en: 'a path must be a string, got 7',
  },
  {
    name: 'an operator without a name',
    run: () => createOperatorSet({ operators: [{ name: '', evaluate: () => true }] }),
    code: 'invalid-operator',
    params: {},
    en: 'an operator or decorator needs a name and an evaluate function',
  },
  {
    name: 'an operator that throws',
    run: () => {
      const operators = createOperatorSet({
        operators: [
          {
            name: 'odd',
            evaluate: () => {
              throw new Error('cannot tell');
            },
          },
        ],
      });
      return compileCondition(
        { fact: 'x', operator: 'odd', value: 1 },
        { operators, conditions: {} },
      )(new Map([['x', 1]]));
    },
    code: 'operator-failed',
    params: { operator: 'odd', fact: 'x', reason: 'cannot tell' },
    en: 'odd on fact x failed: cannot tell',
  },
];

describe('RulesError', () => {
  it.each(CASES)('$name: $code with its params, messages from the catalogs', (c) => {
    const error = rulesErrorOf(c.run);
    expect(error).toMatchObject({ name: 'RulesError', code: c.code });
    expect(error.params).toEqual(c.params);
    expect(conformsTo(RULES_ERROR_PARAM_SPECS[error.code], error.params)).toBe(true);
    expect(error.message).toBe(rulesErrorMessage(error.code, error.params));
    // The runtime's message is the code and params; the sentences are `tongban/messages'`.
    expect(error.message.startsWith(error.code)).toBe(true);
    expect(formatRulesError(error, 'zh')).toMatch(/\p{Script=Han}/u);
    expect(formatRulesError(error, 'en')).toBe(c.en);
  });

  it('every code is thrown by one of the cases above', () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(RULES_ERROR_CODES));
  });

  it('a value no JSON can show is still shown, and the error is still a RulesError', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const error = rulesErrorOf(compile({ fact: 'x', operator: 'equal', value: { fact: 10n } }));
    expect(error.params).toEqual({ problem: 'bad-fact-name', value: '10' });
    expect(rulesErrorOf(compile({ fact: cyclic, operator: 'equal', value: 1 })).code).toBe(
      'invalid-condition',
    );
  });

  it('an operator that throws something other than an Error gives its text as the reason', () => {
    const operators = createOperatorSet({
      operators: [
        {
          name: 'odd',
          evaluate: () => {
            throw 'no idea';
          },
        },
      ],
    });
    const evaluate = compileCondition(
      { fact: 'x', operator: 'odd', value: 1 },
      { operators, conditions: {} },
    );
    const error = rulesErrorOf(() => evaluate(new Map([['x', 1]])));
    expect(error.params).toEqual({ operator: 'odd', fact: 'x', reason: 'no idea' });
    expect(error.cause).toBe('no idea');
  });
});
