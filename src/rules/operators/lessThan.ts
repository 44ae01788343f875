import type { OperatorDefinition } from '../definition.js';
import { isNumberLike, lessThan } from './js.js';

/** `fact < value` for a fact `parseFloat` can read; JavaScript's `<` then compares (strings as strings). */
export const lessThanOperator: OperatorDefinition = {
  name: 'lessThan',
  accepts: isNumberLike,
  evaluate: lessThan,
};
