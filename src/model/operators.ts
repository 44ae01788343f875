/** How an operator compares a fact value with a condition value, after `accepts` has passed. */
export type OperatorFn = (factValue: unknown, value: unknown) => boolean;

/** The operators a theme's conditions may use: json-rules-engine's defaults plus a portal's own. */
export interface OperatorSet {
  /** The operator for a name such as `greaterThan` or `someFact:not:in`, or undefined if it does not resolve. */
  resolve(name: string): OperatorFn | undefined;
  /** Whether `resolve(name)` finds an operator. */
  has(name: string): boolean;
  /** Names of the undecorated operators, defaults first. */
  readonly operatorNames: readonly string[];
  /** Names of the decorators, defaults first. */
  readonly decoratorNames: readonly string[];
}
