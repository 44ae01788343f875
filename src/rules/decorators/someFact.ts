import type { DecoratorDefinition } from '../definition.js';
import { some } from './js.js';

/** Some element of an array fact passes the operator; a fact that is not an array is false. */
export const someFactDecorator: DecoratorDefinition = {
  name: 'someFact',
  accepts: Array.isArray,
  evaluate: (factValue, value, next) => some(factValue, (item) => next(item, value)),
};
