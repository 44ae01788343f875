import type { OperatorFn } from '../model/operators.js';

export type { OperatorFn } from '../model/operators.js';

/** Fact values by name; a name that is present is settled, even when its value is undefined. */
export type Facts = ReadonlyMap<string, unknown>;

/**
 * An operator, as json-rules-engine's `Operator`: the verdict is `accepts(factValue) && evaluate(factValue,
 * value)`. `accepts` is JRE's fact-value validator; leave it out to accept every value.
 * `evaluate` must return a boolean: the evaluator reads results with `=== true`.
 */
export interface OperatorDefinition {
  readonly name: string;
  evaluate(factValue: unknown, value: unknown): boolean;
  accepts?: (factValue: unknown) => boolean;
}

/**
 * A decorator, as json-rules-engine's `OperatorDecorator`: `deco:op` evaluates to `accepts(factValue) &&
 * evaluate(factValue, value, op)`, where `next` is the decorated operator (its own `accepts` included).
 */
export interface DecoratorDefinition {
  readonly name: string;
  evaluate(factValue: unknown, value: unknown, next: OperatorFn): boolean;
  accepts?: (factValue: unknown) => boolean;
}
