import type { OperatorDefinition } from '../definition.js';

/** `fact !== value`: true for an absent (undefined) fact, as in json-rules-engine. */
export const notEqualOperator: OperatorDefinition = {
  name: 'notEqual',
  evaluate: (factValue, value) => factValue !== value,
};
