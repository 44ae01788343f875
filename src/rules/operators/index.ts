import type { OperatorDefinition } from '../definition.js';
import { containsOperator } from './contains.js';
import { doesNotContainOperator } from './doesNotContain.js';
import { equalOperator } from './equal.js';
import { greaterThanOperator } from './greaterThan.js';
import { greaterThanInclusiveOperator } from './greaterThanInclusive.js';
import { inOperator } from './in.js';
import { lessThanOperator } from './lessThan.js';
import { lessThanInclusiveOperator } from './lessThanInclusive.js';
import { notEqualOperator } from './notEqual.js';
import { notInOperator } from './notIn.js';

/** json-rules-engine's ten default operators (engine-default-operators.js); add a file here to add one. */
export const defaultOperators: readonly OperatorDefinition[] = [
  equalOperator,
  notEqualOperator,
  inOperator,
  notInOperator,
  containsOperator,
  doesNotContainOperator,
  lessThanOperator,
  lessThanInclusiveOperator,
  greaterThanOperator,
  greaterThanInclusiveOperator,
];
