import type { DecoratorDefinition } from '../definition.js';
import { every } from './js.js';

/** The fact passes the operator against every element of the array value; a non-array value throws. */
export const everyValueDecorator: DecoratorDefinition = {
  name: 'everyValue',
  evaluate: (factValue, value, next) => every(value, (item) => next(factValue, item)),
};
