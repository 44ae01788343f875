import type { OperatorDefinition } from '../definition.js';
import { isNumberLike, lessThanOrEqual } from './js.js';

/** `fact <= value` for a fact `parseFloat` can read. */
export const lessThanInclusiveOperator: OperatorDefinition = {
  name: 'lessThanInclusive',
  accepts: isNumberLike,
  evaluate: lessThanOrEqual,
};
