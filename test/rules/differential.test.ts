/**
 * The proof: on settled facts, the compiled evaluator gives exactly json-rules-engine's verdict (or throws
 * exactly where JRE's run rejects), over random conditions, operators, decorators, paths, fact references
 * and named conditions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecoratorDefinition, OperatorDefinition } from '../../src/rules/index.js';
import { compileCondition, createOperatorSet } from '../../src/rules/index.js';
import { sample, settledFacts } from './arbitraries.js';
import { type Outcome, outcomeOf, runJre } from './oracle.js';

const startsWith: OperatorDefinition = {
  name: 'startsWith',
  accepts: (factValue) => typeof factValue === 'string',
  evaluate: (factValue, value) => typeof value === 'string' && String(factValue).startsWith(value),
};

// A portal's override of a default (loose equality) and its own decorator.
const looseEqual: OperatorDefinition = {
  name: 'equal',
  // biome-ignore lint/suspicious/noDoubleEquals: loose equality is the point of this override
  evaluate: (factValue, value) => factValue == value,
};
const lengthOf: DecoratorDefinition = {
  name: 'lengthOf',
  accepts: Array.isArray,
  evaluate: (factValue, value, next) => next((factValue as readonly unknown[]).length, value),
};

type Tally = Record<string, number>;

async function check(
  runs: { readonly numRuns: number },
  custom: { operators: readonly OperatorDefinition[]; decorators?: readonly DecoratorDefinition[] },
  names: readonly string[],
): Promise<Tally> {
  const operators = createOperatorSet(custom);
  const tally: Tally = { true: 0, false: 0, throw: 0 };
  await fc.assert(
    fc.asyncProperty(sample(names), settledFacts, async (s, facts) => {
      const expected = await runJre(s, facts, custom);
      const evaluate = compileCondition(s.root, { operators, conditions: s.conditions });
      const actual: Outcome | 'unknown' = outcomeOf(() => evaluate(facts));
      tally[String(expected)] = (tally[String(expected)] ?? 0) + 1;
      expect(actual).toBe(expected);
    }),
    { numRuns: runs.numRuns },
  );
  return tally;
}

describe('compiled conditions agree with json-rules-engine on settled facts', () => {
  it('10,000 random conditions with default operators and a custom one', async () => {
    const started = performance.now();
    const tally = await check({ numRuns: 10_000 }, { operators: [startsWith] }, ['startsWith']);
    const seconds = (performance.now() - started) / 1000;
    console.info(`differential: 10000 runs in ${seconds.toFixed(2)} s`, tally);
    // Each outcome must be well represented, or the property proves little.
    expect(tally.true).toBeGreaterThan(1500);
    expect(tally.false).toBeGreaterThan(1500);
    expect(tally.throw).toBeGreaterThan(100);
  });

  it('a portal override of a default operator and a custom decorator', async () => {
    const tally = await check(
      { numRuns: 1_000 },
      { operators: [looseEqual, startsWith], decorators: [lengthOf] },
      ['startsWith', 'lengthOf:equal', 'lengthOf:not:greaterThan'],
    );
    expect(tally.true).toBeGreaterThan(100);
    expect(tally.false).toBeGreaterThan(100);
  });
});
