import type { OperatorDefinition } from '../definition.js';
import { indexOf } from './js.js';

/** An array fact holds `value` (by `===`); a fact that is not an array is false. */
export const containsOperator: OperatorDefinition = {
  name: 'contains',
  accepts: Array.isArray,
  evaluate: (factValue, value) => indexOf(factValue, value) > -1,
};
