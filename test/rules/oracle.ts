/** json-rules-engine as the oracle: one engine per sample, the condition as one rule with an event. */
import { Engine, Operator, OperatorDecorator, type TopLevelCondition } from 'json-rules-engine';
import type { Condition } from '../../src/model/condition.js';
import type { DecoratorDefinition, OperatorDefinition } from '../../src/rules/index.js';
import { RulesError } from '../../src/rules/index.js';
import { asRoot, type Sample } from './arbitraries.js';

/** true/false as the rule fired or not, or 'throw' when `run` rejects (or our evaluator throws). */
export type Outcome = boolean | 'throw';

const asJre = (c: Condition): TopLevelCondition => structuredClone(asRoot(c)) as unknown as TopLevelCondition;

/** Runs `sample` on JRE with `allowUndefinedFacts: true` and the given custom operators and decorators. */
export async function runJre(
  { root, conditions }: Sample,
  facts: ReadonlyMap<string, unknown>,
  custom: { operators?: readonly OperatorDefinition[]; decorators?: readonly DecoratorDefinition[] } = {},
): Promise<Outcome> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of custom.operators ?? []) {
    engine.addOperator(new Operator(op.name, (a, b) => op.evaluate(a, b), op.accepts));
  }
  for (const deco of custom.decorators ?? []) {
    engine.addOperatorDecorator(
      new OperatorDecorator(deco.name, (a, b, next) => deco.evaluate(a, b, next), deco.accepts),
    );
  }
  for (const [name, c] of Object.entries(conditions)) engine.setCondition(name, asJre(c));
  engine.addRule({ conditions: asJre(root), event: { type: 'fired' } });
  try {
    const { events } = await engine.run(Object.fromEntries(facts));
    return events.length === 1;
  } catch {
    return 'throw';
  }
}

/** Runs a compiled condition, mapping RulesError('operator-failed') to 'throw' as JRE's rejection. */
export function outcomeOf(run: () => boolean | 'unknown'): Outcome | 'unknown' {
  try {
    return run();
  } catch (error) {
    if (error instanceof RulesError && error.code === 'operator-failed') return 'throw';
    throw error;
  }
}
