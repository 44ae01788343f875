import type { OperatorDefinition } from '../definition.js';
import { greaterThanOrEqual, isNumberLike } from './js.js';

/** `fact >= value` for a fact `parseFloat` can read. */
export const greaterThanInclusiveOperator: OperatorDefinition = {
  name: 'greaterThanInclusive',
  accepts: isNumberLike,
  evaluate: greaterThanOrEqual,
};
