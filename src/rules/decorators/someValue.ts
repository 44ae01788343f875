import type { DecoratorDefinition } from '../definition.js';
import { some } from './js.js';

/** The fact passes the operator against some element of the array value; a non-array value throws. */
export const someValueDecorator: DecoratorDefinition = {
  name: 'someValue',
  evaluate: (factValue, value, next) => some(value, (item) => next(factValue, item)),
};
