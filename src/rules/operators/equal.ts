import type { OperatorDefinition } from '../definition.js';

/** `fact === value`: strict equality, so an array or object fact never equals a literal. */
export const equalOperator: OperatorDefinition = {
  name: 'equal',
  evaluate: (factValue, value) => factValue === value,
};
