import type { OperatorDefinition } from '../definition.js';
import { indexOf } from './js.js';

/** An array fact lacks `value`; a fact that is not an array is false too (JRE's validator runs first). */
export const doesNotContainOperator: OperatorDefinition = {
  name: 'doesNotContain',
  accepts: Array.isArray,
  evaluate: (factValue, value) => indexOf(factValue, value) === -1,
};
