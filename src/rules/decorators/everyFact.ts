import type { DecoratorDefinition } from '../definition.js';
import { every } from './js.js';

/** Every element of an array fact passes the operator (true for `[]`); a non-array fact is false. */
export const everyFactDecorator: DecoratorDefinition = {
  name: 'everyFact',
  accepts: Array.isArray,
  evaluate: (factValue, value, next) => every(factValue, (item) => next(item, value)),
};
