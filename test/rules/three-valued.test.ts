import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition, Verdict } from '../../src/model/condition.js';
import { compileCondition, defaultOperatorSet, evaluateCondition } from '../../src/rules/index.js';
import { FACT_NAMES, sample, settledFacts } from './arbitraries.js';
import { outcomeOf } from './oracle.js';

const context = { operators: defaultOperatorSet, conditions: {} };
const leaf = (fact: string, operator: string, value: unknown): Condition =>
  ({ fact, operator, value }) as Condition;
const verdict = (condition: Condition, facts: Record<string, unknown>): Verdict =>
  evaluateCondition(condition, new Map(Object.entries(facts)), context);

describe('unknown facts', () => {
  const age = leaf('age', 'greaterThanInclusive', 18);
  const local = leaf('hukou', 'equal', 'local');

  it('a leaf on an unsettled fact is unknown, whatever the operator', () => {
    for (const operator of ['equal', 'notEqual', 'not:equal', 'contains', 'not:contains', 'lessThan']) {
      expect(verdict(leaf('x', operator, 1), {})).toBe('unknown');
    }
  });

  it('a settled but absent fact (undefined) is what JRE sees', () => {
    expect(verdict(leaf('x', 'notEqual', 1), { x: undefined })).toBe(true);
    expect(verdict({ not: leaf('x', 'equal', 1) }, { x: undefined })).toBe(true);
    expect(verdict(leaf('x', 'doesNotContain', 1), { x: undefined })).toBe(false);
    expect(verdict(leaf('x', 'not:lessThan', 1), { x: undefined })).toBe(true);
  });

  it('a fact reference on the right is unknown until that fact settles', () => {
    const c = leaf('a', 'lessThan', { fact: 'b' });
    expect(verdict(c, { a: 1 })).toBe('unknown');
    expect(verdict(c, { b: 2 })).toBe('unknown');
    expect(verdict(c, { a: 1, b: 2 })).toBe(true);
  });

  it('all: false beats unknown beats true', () => {
    expect(verdict({ all: [age, local] }, { age: 12 })).toBe(false);
    expect(verdict({ all: [age, local] }, { age: 20 })).toBe('unknown');
    expect(verdict({ all: [age, local] }, { age: 20, hukou: 'local' })).toBe(true);
  });

  it('any: true beats unknown beats false', () => {
    expect(verdict({ any: [age, local] }, { age: 20 })).toBe(true);
    expect(verdict({ any: [age, local] }, { age: 12 })).toBe('unknown');
    expect(verdict({ any: [age, local] }, { age: 12, hukou: 'other' })).toBe(false);
  });

  it('not swaps true and false and keeps unknown; empty lists are true', () => {
    expect(verdict({ not: age }, {})).toBe('unknown');
    expect(verdict({ not: age }, { age: 20 })).toBe(false);
    expect(verdict({ all: [] }, {})).toBe(true);
    expect(verdict({ any: [] }, {})).toBe(true);
    expect(verdict({ not: { any: [] } }, {})).toBe(false);
  });

  it('named conditions resolve through the context', () => {
    const conditions = { adult: { all: [age] } };
    const evaluate = compileCondition(
      { not: { condition: 'adult' } },
      { operators: defaultOperatorSet, conditions },
    );
    expect(evaluate(new Map())).toBe('unknown');
    expect(evaluate(new Map([['age', 30]]))).toBe(false);
  });

  it('evaluateCondition recompiles when the context changes', () => {
    const c: Condition = { condition: 'n' };
    const facts = new Map<string, unknown>([['x', 1]]);
    const one = { operators: defaultOperatorSet, conditions: { n: { all: [leaf('x', 'equal', 1)] } } };
    const two = { operators: defaultOperatorSet, conditions: { n: { all: [leaf('x', 'equal', 2)] } } };
    expect(evaluateCondition(c, facts, one)).toBe(true);
    expect(evaluateCondition(c, facts, two)).toBe(false);
  });
});

describe('soundness: a true or false verdict survives every way the unknown facts settle', () => {
  it('holds for random conditions, partial assignments and sampled completions', () => {
    const tally = { definite: 0, unknown: 0, completions: 0 };
    fc.assert(
      fc.property(
        sample(),
        settledFacts,
        fc.subarray<string>([...FACT_NAMES]),
        fc.array(settledFacts, { minLength: 3, maxLength: 3 }),
        (s, facts, known, completions) => {
          const evaluate = compileCondition(s.root, {
            operators: defaultOperatorSet,
            conditions: s.conditions,
          });
          const partial = new Map([...facts].filter(([name]) => known.includes(name)));
          const before = outcomeOf(() => evaluate(partial));
          if (before === 'throw') return;
          if (before === 'unknown') {
            tally.unknown++;
            return;
          }
          tally.definite++;
          for (const completion of completions) {
            const full = new Map([...completion, ...partial]);
            const after = outcomeOf(() => evaluate(full));
            // Settled facts always give a verdict; an operator error in a now-settled leaf is JRE's too.
            expect(after).not.toBe('unknown');
            if (after === 'throw') continue;
            tally.completions++;
            expect(after).toBe(before);
          }
        },
      ),
      { numRuns: 3_000 },
    );
    // Enough samples must have been decided early for the property to mean something.
    expect(tally.definite).toBeGreaterThan(600);
    expect(tally.unknown).toBeGreaterThan(300);
  });

  it('settled facts never give unknown', () => {
    fc.assert(
      fc.property(sample(), settledFacts, (s, facts) => {
        const evaluate = compileCondition(s.root, {
          operators: defaultOperatorSet,
          conditions: s.conditions,
        });
        expect(outcomeOf(() => evaluate(facts))).not.toBe('unknown');
      }),
      { numRuns: 1_000 },
    );
  });
});
