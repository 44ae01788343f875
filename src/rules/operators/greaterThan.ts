import type { OperatorDefinition } from '../definition.js';
import { greaterThan, isNumberLike } from './js.js';

/** `fact > value` for a fact `parseFloat` can read. */
export const greaterThanOperator: OperatorDefinition = {
  name: 'greaterThan',
  accepts: isNumberLike,
  evaluate: greaterThan,
};
