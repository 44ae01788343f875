import type { DecoratorDefinition } from '../definition.js';

/** Negates the operator, validator included: `not:contains` is true for a fact that is not an array. */
export const notDecorator: DecoratorDefinition = {
  name: 'not',
  evaluate: (factValue, value, next) => !next(factValue, value),
};
