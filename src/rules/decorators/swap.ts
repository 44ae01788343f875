import type { DecoratorDefinition } from '../definition.js';

/** Swaps the sides: `swap:contains` asks whether the value (an array) contains the fact. */
export const swapDecorator: DecoratorDefinition = {
  name: 'swap',
  evaluate: (factValue, value, next) => next(value, factValue),
};
