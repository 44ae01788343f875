import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition, Verdict } from '../../src/model/condition.js';
import { only } from '../../src/rules/decisive.js';
import { decisiveFacts, defaultOperatorSet, evaluateCondition } from '../../src/rules/index.js';
import { FACT_NAMES, sample, settledFacts } from './arbitraries.js';

type Facts = ReadonlyMap<string, unknown>;

const evaluator =
  (conditions: Readonly<Record<string, Condition>>) =>
  (condition: Condition, facts: Facts): Verdict =>
    evaluateCondition(condition, facts, { operators: defaultOperatorSet, conditions });

const leaf = (fact: string, operator: string, value: unknown): Condition =>
  ({ fact, operator, value }) as Condition;
const facts = (values: Record<string, unknown>): Facts => new Map(Object.entries(values));
const decisive = (condition: Condition, values: Record<string, unknown>, named = {}) =>
  decisiveFacts(condition, facts(values), named, evaluator(named));

describe('the facts that decide a condition', () => {
  const first = leaf('business', 'equal', 'first');
  const adult = leaf('age', 'greaterThanInclusive', 16);
  const local = leaf('hukou', 'equal', 'local');

  it('all: every member needs its facts', () => {
    expect(decisive({ all: [first, adult] }, { business: 'first', age: 30, hukou: 'local' })).toEqual([
      'business',
      'age',
    ]);
  });

  it('any: one true member suffices, the first when several are', () => {
    const values = { business: 'first', age: 30, hukou: 'local' };
    expect(decisive({ any: [first, adult] }, values)).toEqual(['business']);
    expect(decisive({ any: [leaf('business', 'equal', 'renew'), adult] }, values)).toEqual(['age']);
  });

  it('any: the smallest true member wins over a larger one written first', () => {
    const values = { business: 'first', age: 30, hukou: 'local' };
    expect(decisive({ any: [{ all: [first, local] }, adult] }, values)).toEqual(['age']);
  });

  it('not: the facts that make the inner condition false', () => {
    const values = { business: 'first', age: 30, hukou: 'local' };
    // The inner `all` is false through its false member alone.
    expect(decisive({ not: { all: [local, leaf('age', 'lessThan', 16)] } }, values)).toEqual(['age']);
    // The inner `any` is false only through all of its members.
    expect(
      decisive({ not: { any: [leaf('hukou', 'equal', 'other'), leaf('age', 'lessThan', 16)] } }, values),
    ).toEqual(['hukou', 'age']);
  });

  it('named conditions are followed', () => {
    const named = { adult: { all: [adult] } };
    expect(decisive({ all: [{ condition: 'adult' }, first] }, { business: 'first', age: 30 }, named)).toEqual(
      ['age', 'business'],
    );
  });

  it('redundant facts the shape would keep are dropped', () => {
    // Each `any` picks its first true member (a, then b), but b alone makes both true.
    const a = leaf('a', 'equal', 1);
    const b = leaf('b', 'equal', 1);
    const c = leaf('c', 'equal', 1);
    expect(decisive({ all: [{ any: [a, b] }, { any: [b, c] }] }, { a: 1, b: 1, c: 1 })).toEqual(['b']);
  });

  it('nothing decides a condition that does not hold, or holds with nothing settled', () => {
    expect(decisive(first, { business: 'renew' })).toEqual([]);
    expect(decisive({ all: [first, adult] }, { business: 'first' })).toEqual([]);
    expect(decisive({ all: [] }, { business: 'first' })).toEqual([]);
  });

  it('a settled but absent fact (a question not asked) can decide', () => {
    expect(decisive({ not: leaf('lost', 'equal', 'abroad') }, { lost: undefined })).toEqual(['lost']);
  });

  /**
   * What is proved, for random conditions (all, any, not, named conditions, decorated operators, fact
   * references, paths) over random facts, some of them left unsettled: when the condition is true, the chosen
   * facts are settled facts, distinct; with only them settled (every other fact unknown) the three-valued
   * verdict is still true; with any one of them also left unknown it is not true (1-minimality, `not`
   * included). When the condition is not true, nothing is chosen. Samples whose operators throw on the full
   * facts are skipped (the outcome never holds such a condition).
   */
  it('the chosen facts alone make the condition true, and each of them is needed', () => {
    fc.assert(
      fc.property(
        sample(),
        settledFacts,
        fc.subarray([...FACT_NAMES]),
        ({ root, conditions }, all, unsettled) => {
          const settled = new Map(
            [...all].filter(([name]) => !(unsettled as readonly string[]).includes(name)),
          );
          const evaluate = evaluator(conditions);
          let verdict: Verdict;
          try {
            verdict = evaluate(root, settled);
          } catch {
            return;
          }
          const chosen = decisiveFacts(root, settled, conditions, evaluate);
          if (verdict !== true) {
            expect(chosen).toEqual([]);
            return;
          }
          expect(new Set(chosen).size).toBe(chosen.length);
          for (const name of chosen) expect(settled.has(name)).toBe(true);
          expect(evaluate(root, only(settled, chosen))).toBe(true);
          for (const name of chosen) {
            const fewer = chosen.filter((n) => n !== name);
            expect(evaluate(root, only(settled, fewer))).not.toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on simple conditions that often hold, the same', () => {
    const simpleLeaf = fc
      .tuple(
        fc.constantFrom('a', 'b', 'c', 'd'),
        fc.constantFrom('equal', 'notEqual', 'lessThan', 'greaterThanInclusive'),
        fc.integer({ min: 0, max: 2 }),
      )
      .map(([f, op, v]) => leaf(f, op, v));
    const simple = fc.letrec<{ node: Condition }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', maxDepth: 4 },
        simpleLeaf,
        fc.array(tie('node'), { maxLength: 3 }).map((all) => ({ all })),
        fc.array(tie('node'), { maxLength: 3 }).map((any) => ({ any })),
        tie('node').map((not) => ({ not })),
      ),
    })).node;
    const values = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd'),
      fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constant(undefined)),
    );
    let held = 0;
    fc.assert(
      fc.property(simple, values, (condition, record) => {
        const settled = facts(record);
        const evaluate = evaluator({});
        const chosen = decisiveFacts(condition, settled, {}, evaluate);
        if (evaluate(condition, settled) !== true) {
          expect(chosen).toEqual([]);
          return;
        }
        held++;
        expect(evaluate(condition, only(settled, chosen))).toBe(true);
        for (const name of chosen) {
          expect(
            evaluate(
              condition,
              only(
                settled,
                chosen.filter((n) => n !== name),
              ),
            ),
          ).not.toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    // The property is only worth something if many samples hold.
    expect(held).toBeGreaterThan(200);
  });
});
