import type { OperatorDefinition } from '../definition.js';
import { indexOf } from './js.js';

/** `value.indexOf(fact) === -1`: the negation of `in`, with the same throws. */
export const notInOperator: OperatorDefinition = {
  name: 'notIn',
  evaluate: (factValue, value) => indexOf(value, factValue) === -1,
};
