import type { DecoratorDefinition } from '../definition.js';
import { everyFactDecorator } from './everyFact.js';
import { everyValueDecorator } from './everyValue.js';
import { notDecorator } from './not.js';
import { someFactDecorator } from './someFact.js';
import { someValueDecorator } from './someValue.js';
import { swapDecorator } from './swap.js';

/** json-rules-engine's six default decorators (engine-default-operator-decorators.js). */
export const defaultDecorators: readonly DecoratorDefinition[] = [
  someFactDecorator,
  someValueDecorator,
  everyFactDecorator,
  everyValueDecorator,
  swapDecorator,
  notDecorator,
];
