import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/model/condition.js';
import {
  compileCondition,
  defaultOperatorSet,
  factsRead,
  leaves,
  RulesError,
} from '../../src/rules/index.js';
import { sample, settledFacts } from './arbitraries.js';
import { outcomeOf } from './oracle.js';

const conditions: Record<string, Condition> = {
  adult: { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 18 }] },
  local: { any: [{ fact: 'hukou', operator: 'equal', value: 'local' }, { condition: 'adult' }] },
  loop: { not: { condition: 'loop' } },
};

describe('factsRead and leaves', () => {
  it('collects left-hand facts and fact references through named conditions', () => {
    const c: Condition = {
      all: [
        { condition: 'local' },
        { fact: 'income', operator: 'lessThan', value: { fact: 'limit', path: '$.x' } },
      ],
    };
    expect([...factsRead(c, conditions)].sort()).toEqual(['age', 'hukou', 'income', 'limit']);
  });

  it('yields leaves in document order, each named condition once', () => {
    const c: Condition = { any: [{ condition: 'adult' }, { not: { condition: 'local' } }] };
    expect([...leaves(c, conditions)].map((leaf) => leaf.fact)).toEqual(['age', 'hukou']);
  });

  it('stops at a cycle and throws on an unknown name', () => {
    expect([...leaves({ condition: 'loop' }, conditions)]).toEqual([]);
    expect(() => factsRead({ condition: 'missing' }, conditions)).toThrow(RulesError);
  });

  it('covers every fact the verdict depends on', () => {
    fc.assert(
      fc.property(sample(), settledFacts, (s, facts) => {
        const evaluate = compileCondition(s.root, {
          operators: defaultOperatorSet,
          conditions: s.conditions,
        });
        const read = factsRead(s.root, s.conditions);
        const only = new Map([...facts].filter(([name]) => read.has(name)));
        expect(outcomeOf(() => evaluate(only))).toBe(outcomeOf(() => evaluate(facts)));
      }),
      { numRuns: 1_000 },
    );
  });
});
