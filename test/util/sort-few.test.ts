import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sortFew } from '../../src/util/sort-few.js';

describe('sortFew', () => {
  test('orders as the stable `Array.prototype.sort` does, ties kept in place', () => {
    // Pairs compared by their first part only: ties are many, and their order shows whether the sort is stable.
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat()), { maxLength: 12 });
    fc.assert(
      fc.property(pairs, (items) => {
        const compare = (a: [number, number], b: [number, number]) => a[0] - b[0];
        expect(sortFew(items.slice(), compare)).toEqual(items.slice().sort(compare));
      }),
    );
  });
});
