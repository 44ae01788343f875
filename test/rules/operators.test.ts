import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/model/condition.js';
import {
  compileCondition,
  createOperatorSet,
  defaultOperatorSet,
  type OperatorDefinition,
  RulesError,
} from '../../src/rules/index.js';

/** Evaluates `fact <operator> value` with the fact `x` settled to `factValue`. */
const check = (operator: string, factValue: unknown, value: unknown): boolean | 'unknown' | 'throws' => {
  const fn = defaultOperatorSet.resolve(operator);
  if (fn === undefined) throw new Error(`no ${operator}`);
  try {
    return fn(factValue, value);
  } catch {
    return 'throws';
  }
};

describe('operators (engine-default-operators.js)', () => {
  it.each<[string, unknown, unknown, boolean | 'throws']>([
    ['equal', 1, 1, true],
    ['equal', '1', 1, false],
    ['equal', 0, -0, true],
    ['equal', [1], [1], false],
    ['equal', undefined, null, false],
    ['notEqual', undefined, 1, true],
    ['notEqual', 'a', 'a', false],
    ['in', 'b', ['a', 'b'], true],
    ['in', 1, ['1'], false],
    ['in', 'b', 'abc', true], // a string value searches substrings
    ['in', 1, '12', true],
    ['in', undefined, 'undefined', true], // indexOf converts undefined to 'undefined'
    ['in', 'x', 5, 'throws'], // JRE: b.indexOf is not a function
    ['in', 'x', null, 'throws'],
    ['notIn', 'c', ['a', 'b'], true],
    ['notIn', 'a', ['a'], false],
    ['notIn', 'x', {}, 'throws'],
    ['contains', ['a', 'b'], 'a', true],
    ['contains', 'abc', 'a', false], // validator: Array.isArray
    ['contains', undefined, 'a', false],
    ['doesNotContain', ['a'], 'b', true],
    ['doesNotContain', 'abc', 'z', false], // the validator makes a non-array fail both ways
    ['doesNotContain', undefined, 'z', false],
    ['lessThan', 1, 2, true],
    ['lessThan', '12', '3', true], // both strings: compared as strings
    ['lessThan', '12', 3, false],
    ['lessThan', '12abc', 20, false], // passes the validator, then NaN < 20
    ['lessThan', [3], 5, true], // parseFloat('3') passes, [3] < 5 coerces
    ['lessThan', null, 5, false], // parseFloat('null') is NaN
    ['lessThan', true, 5, false],
    ['lessThan', '', 5, false],
    ['lessThan', ' 7', 8, true],
    ['lessThanInclusive', 2, 2, true],
    ['lessThanInclusive', 2, null, false],
    ['greaterThan', 'Infinity', 5, true],
    ['greaterThan', 3, 2, true],
    ['greaterThan', undefined, -1, false],
    ['greaterThanInclusive', 2, 2, true],
    ['greaterThanInclusive', '1e1', 10, true],
  ])('%s(%j, %j) is %s', (operator, factValue, value, expected) => {
    expect(check(operator, factValue, value)).toBe(expected);
  });
});

describe('decorators (engine-default-operator-decorators.js)', () => {
  it.each<[string, unknown, unknown, boolean | 'throws']>([
    ['someFact:equal', [1, 2], 2, true],
    ['someFact:equal', 2, 2, false], // validator: Array.isArray
    ['someFact:equal', [], 2, false],
    ['everyFact:greaterThan', [3, 4], 2, true],
    ['everyFact:greaterThan', [], 2, true],
    ['everyFact:greaterThan', 'abc', 2, false],
    ['someValue:equal', 2, [1, 2], true],
    ['someValue:equal', 2, 'x2', 'throws'], // no validator: jsonValue.some is not a function
    ['everyValue:lessThan', 1, [2, 3], true],
    ['everyValue:lessThan', 1, [], true],
    ['everyValue:lessThan', 1, null, 'throws'],
    ['swap:contains', 'a', ['a', 'b'], true],
    ['swap:contains', ['a'], 'a', false], // contains' validator now checks the value
    ['swap:in', ['x', 'y'], 'x', true],
    ['swap:lessThan', 5, 3, true],
    ['not:equal', 1, 2, true],
    ['not:contains', 'abc', 'a', true], // negates the validator's false too
    ['not:in', 'x', 5, 'throws'],
    ['someFact:not:equal', [1, 1], 1, false],
    ['not:someFact:equal', [1, 2], 3, true],
    ['everyValue:contains', ['a', 'b', 'c'], ['a', 'c'], true], // the fact holds every value
    ['everyValue:swap:contains', 'a', [['a', 'b'], ['a']], true], // every value holds the fact
    ['everyValue:swap:contains', ['a', 'b', 'c'], ['a', 'c'], false],
    ['someFact:someValue:equal', [1, 2], [2, 3], true],
    ['not:not:equal', 1, 1, true],
  ])('%s(%j, %j) is %s', (operator, factValue, value, expected) => {
    expect(check(operator, factValue, value)).toBe(expected);
  });
});

describe('operator names resolve as operator-map.js get does', () => {
  it.each(['not:', ':equal', 'foo:equal', 'notequal', 'equal:not', 'not::equal', ''])(
    '%j does not resolve',
    (name) => {
      expect(defaultOperatorSet.resolve(name)).toBeUndefined();
      expect(defaultOperatorSet.has(name)).toBe(false);
    },
  );

  it('caches resolved operators', () => {
    expect(defaultOperatorSet.resolve('not:in')).toBe(defaultOperatorSet.resolve('not:in'));
  });

  it('lets a portal add and override operators and decorators', () => {
    const set = createOperatorSet({
      operators: [
        // biome-ignore lint/suspicious/noDoubleEquals: loose equality is the point of this override
        { name: 'equal', evaluate: (a, b) => a == b },
        {
          name: 'range:open',
          evaluate: (a, b) => Array.isArray(b) && (a as number) > b[0] && (a as number) < b[1],
        },
      ],
      decorators: [
        { name: 'size', accepts: Array.isArray, evaluate: (a, b, next) => next((a as unknown[]).length, b) },
      ],
    });
    expect(set.resolve('equal')?.('1', 1)).toBe(true);
    expect(set.resolve('range:open')?.(2, [1, 3])).toBe(true); // a name with ':' is found before decorating
    expect(set.resolve('not:range:open')?.(5, [1, 3])).toBe(true);
    expect(set.resolve('size:greaterThan')?.([1, 2], 1)).toBe(true);
    expect(set.resolve('size:greaterThan')?.('ab', 1)).toBe(false);
    expect(set.operatorNames).toContain('range:open');
    expect(set.decoratorNames).toEqual([
      'someFact',
      'someValue',
      'everyFact',
      'everyValue',
      'swap',
      'not',
      'size',
    ]);
  });

  it('refuses an operator without a name or evaluate', () => {
    const nameless = { name: '', evaluate: () => true } satisfies OperatorDefinition;
    expect(() => createOperatorSet({ operators: [nameless] })).toThrow(RulesError);
  });
});

describe('compiling', () => {
  const context = { operators: defaultOperatorSet, conditions: {} };
  const facts = new Map<string, unknown>([['x', 1]]);
  const code = (condition: unknown, conditions: Record<string, Condition> = {}): string | undefined => {
    try {
      compileCondition(condition as Condition, { operators: defaultOperatorSet, conditions });
      return undefined;
    } catch (error) {
      return error instanceof RulesError ? error.code : 'other';
    }
  };

  it('refuses what the loader never produces', () => {
    expect(code({ fact: 'x', operator: 'equalz', value: 1 })).toBe('unknown-operator');
    expect(code({ condition: 'nope' })).toBe('unknown-condition');
    expect(
      code({ condition: 'a' }, { a: { any: [{ condition: 'b' }] }, b: { not: { condition: 'a' } } }),
    ).toBe('condition-cycle');
    expect(code({ all: [], any: [] })).toBe('invalid-condition');
    expect(code({ all: {} })).toBe('invalid-condition');
    expect(code({ not: [] })).toBe('invalid-condition');
    expect(code({ fact: 'x', operator: 'equal' })).toBe('invalid-condition');
    expect(code({ fact: '', operator: 'equal', value: 1 })).toBe('invalid-condition');
    expect(code({ fact: 'x', operator: 'equal', value: { fact: 3 } })).toBe('invalid-condition');
    expect(code({ fact: 'x', operator: 'equal', value: 1, path: '$..x' })).toBe('unsupported-path');
    expect(code({ fact: 'x', operator: 'equal', value: 1, path: '' })).toBe('unsupported-path');
    expect(code(null)).toBe('invalid-condition');
  });

  it('throws operator-failed where JRE run rejects, even when another member decides', () => {
    const condition: Condition = {
      any: [
        { fact: 'x', operator: 'equal', value: 1 },
        { fact: 'x', operator: 'in', value: 5 },
      ],
    };
    const evaluate = compileCondition(condition, context);
    expect(() => evaluate(facts)).toThrow(expect.objectContaining({ code: 'operator-failed' }));
  });

  it('compares literals as JRE clones them: keys named like Object.prototype members are dropped', () => {
    const hasKey = {
      name: 'hasKey',
      evaluate: (a: unknown, b: unknown) => Object.hasOwn(b as object, a as string),
    };
    const operators = createOperatorSet({ operators: [hasKey] });
    const evaluate = compileCondition(
      { fact: 'x', operator: 'hasKey', value: { toString: 'x', valueOf: 1, kept: true } },
      { operators, conditions: {} },
    );
    expect(evaluate(new Map([['x', 'kept']]))).toBe(true);
    expect(evaluate(new Map([['x', 'toString']]))).toBe(false);
    expect(evaluate(new Map([['x', 'valueOf']]))).toBe(false);
  });

  it('never finds a fact identical to a literal array, as JRE compares against its clone', () => {
    const list = [1, 2];
    const evaluate = compileCondition({ fact: 'x', operator: 'equal', value: list }, context);
    expect(evaluate(new Map([['x', list]]))).toBe(false);
  });
});
