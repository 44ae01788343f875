import type { OperatorFn, OperatorSet } from '../model/operators.js';
import { defaultDecorators } from './decorators/index.js';
import type { DecoratorDefinition, OperatorDefinition } from './definition.js';
import { RulesError } from './errors.js';
import { defaultOperators } from './operators/index.js';

export type { OperatorSet } from '../model/operators.js';
export type { DecoratorDefinition, OperatorDefinition, OperatorFn } from './definition.js';

/** Operators and decorators a portal adds; a name already taken replaces it, as JRE's `addOperator` does. */
export interface CustomOperators {
  readonly operators?: readonly OperatorDefinition[];
  readonly decorators?: readonly DecoratorDefinition[];
}

/** Builds an operator set from JRE's defaults and `custom`; resolved names are cached. */
export function createOperatorSet(custom: CustomOperators = {}): OperatorSet {
  const operators = new Map<string, OperatorDefinition>();
  const decorators = new Map<string, DecoratorDefinition>();
  for (const op of [...defaultOperators, ...(custom.operators ?? [])]) operators.set(checkName(op), op);
  for (const deco of [...defaultDecorators, ...(custom.decorators ?? [])])
    decorators.set(checkName(deco), deco);
  const cache = new Map<string, OperatorFn | undefined>();

  const resolve = (name: string): OperatorFn | undefined => {
    if (cache.has(name)) return cache.get(name);
    const fn = build(name, operators, decorators);
    cache.set(name, fn);
    return fn;
  };
  return {
    resolve,
    has: (name) => resolve(name) !== undefined,
    operatorNames: [...operators.keys()],
    decoratorNames: [...decorators.keys()],
  };
}

/** The set of JRE's default operators and decorators, shared. */
export const defaultOperatorSet: OperatorSet = createOperatorSet();

function checkName(def: OperatorDefinition | DecoratorDefinition): string {
  // JRE's constructors reject a missing name or callback; a portal's mistake should fail as early here.
  if (typeof def.name !== 'string' || def.name === '' || typeof def.evaluate !== 'function') {
    throw new RulesError('invalid-operator', {});
  }
  return def.name;
}

/**
 * Resolves `name` as operator-map.js `get` does: while the name is not an operator, peel the prefix before
 * the first `:` as a decorator (a leading `:` or an unknown decorator fails), then wrap the operator in the
 * decorators, innermost (rightmost) first. A custom operator whose name contains `:` therefore wins over
 * decorating, as in JRE.
 */
function build(
  name: string,
  operators: ReadonlyMap<string, OperatorDefinition>,
  decorators: ReadonlyMap<string, DecoratorDefinition>,
): OperatorFn | undefined {
  const stack: DecoratorDefinition[] = [];
  let rest = name;
  let op = operators.get(rest);
  while (op === undefined) {
    const colon = rest.indexOf(':');
    if (colon <= 0) return undefined;
    const deco = decorators.get(rest.slice(0, colon));
    if (deco === undefined) return undefined;
    stack.push(deco);
    rest = rest.slice(colon + 1);
    op = operators.get(rest);
  }
  let fn = operatorFn(op);
  for (let i = stack.length - 1; i >= 0; i--) fn = decorate(stack[i] as DecoratorDefinition, fn);
  return fn;
}

// JRE's Operator.evaluate: `validator(factValue) && cb(factValue, value)`.
function operatorFn(op: OperatorDefinition): OperatorFn {
  const accepts = op.accepts;
  if (accepts === undefined) return (factValue, value) => op.evaluate(factValue, value);
  return (factValue, value) => accepts(factValue) && op.evaluate(factValue, value);
}

// JRE's OperatorDecorator.decorate: the decorator's validator guards its callback, which gets `next`.
function decorate(deco: DecoratorDefinition, next: OperatorFn): OperatorFn {
  const accepts = deco.accepts;
  if (accepts === undefined) return (factValue, value) => deco.evaluate(factValue, value, next);
  return (factValue, value) => accepts(factValue) && deco.evaluate(factValue, value, next);
}
