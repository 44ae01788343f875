import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { commonSize, intersect, size } from '../../src/analyze/cube-sets.js';
import { cubeLayout } from '../../src/analyze/cubes.js';
import { cubeArbitrary } from '../support/cube-arbitrary.js';

describe('commonSize', () => {
  test('is the size of the common part of two cubes, 0 when they do not meet (random cubes, sets over several words)', () => {
    const arb = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }).chain((choices) => {
      const layout = cubeLayout(choices);
      const cube = cubeArbitrary(layout, choices);
      return fc.tuple(fc.constant(layout), cube, cube);
    });
    fc.assert(
      fc.property(arb, ([layout, a, b]) => {
        const part = intersect(layout, a.bits, b.bits);
        expect(commonSize(layout, a.bits, b.bits)).toBe(part === undefined ? 0 : size(layout, part));
      }),
    );
  });
});
