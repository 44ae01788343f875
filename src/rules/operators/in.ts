import type { OperatorDefinition } from '../definition.js';
import { indexOf } from './js.js';

/** `value.indexOf(fact) > -1`: membership in an array, or substring of a string value; other values throw. */
export const inOperator: OperatorDefinition = {
  name: 'in',
  evaluate: (factValue, value) => indexOf(value, factValue) > -1,
};
