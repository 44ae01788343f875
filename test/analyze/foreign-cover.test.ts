import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Cube, cubeLayout, fill } from '../../src/analyze/cubes.js';
import { ForeignIndex, meets } from '../../src/analyze/foreign.js';
import { cubeArbitrary } from '../support/cube-arbitrary.js';

/** Groups of cubes made of random sets (each question: some of its choices and maybe "not asked"). */
const groupsArbitrary = fc
  .array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 })
  .chain((choices) => {
    const layout = cubeLayout(choices);
    const cube = cubeArbitrary(layout, choices, 4);
    const groups = fc.array(fc.array(cube, { maxLength: 30 }), { minLength: 1, maxLength: 5 });
    return fc.tuple(fc.constant(layout), groups, cube);
  });

describe('ForeignIndex', () => {
  test('a cube meets another group exactly when some cube outside its group shares a path with it', () => {
    fc.assert(
      fc.property(groupsArbitrary, fc.boolean(), ([layout, groups, probe], memo) => {
        // With the unions memoised and without (a memo past its bound).
        const index = new ForeignIndex(layout, groups, memo ? undefined : 0);
        groups.forEach((_, g) => {
          const expected = groups.some(
            (other, h) => h !== g && other.some((c) => meets(layout, probe.bits, c.bits)),
          );
          expect(index.meets(probe.bits, g)).toBe(expected);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('a cube with every set full meets another group only when that group has cubes', () => {
    const layout = cubeLayout([1, 2]);
    const full = new Uint32Array(2);
    fill(layout, full, 0);
    fill(layout, full, 1);
    const cube = (bits: Uint32Array): Cube => ({
      bits,
      count: 1,
      first: 0,
      hashes: new Int32Array(0),
      total: 0,
      alive: true,
    });
    expect(new ForeignIndex(layout, [[cube(full)]]).meets(full, 0)).toBe(false);
    expect(new ForeignIndex(layout, [[cube(full)], []]).meets(full, 0)).toBe(false);
    expect(new ForeignIndex(layout, [[cube(full)], [cube(Uint32Array.from([1, 2]))]]).meets(full, 0)).toBe(
      true,
    );
  });

  test('widening in an order is widening question by question while no cube of another group is met', () => {
    const arb = groupsArbitrary.chain(([layout, groups, probe]) =>
      fc.tuple(
        fc.constant(layout),
        fc.constant(groups),
        fc.constant(probe),
        fc.shuffledSubarray([...Array(layout.questions).keys()], { minLength: layout.questions }),
      ),
    );
    fc.assert(
      fc.property(arb, fc.boolean(), ([layout, groups, probe, order], memo) => {
        const index = new ForeignIndex(layout, groups, memo ? undefined : 0);
        groups.forEach((_, g) => {
          const expected = probe.bits.slice();
          for (const j of order) {
            const before = expected.slice();
            fill(layout, expected, j);
            if (groups.some((other, h) => h !== g && other.some((c) => meets(layout, expected, c.bits))))
              expected.set(before);
          }
          const bits = probe.bits.slice();
          index.widen(bits, order, g);
          expect(Array.from(bits)).toEqual(Array.from(expected));
        });
      }),
      { numRuns: 300 },
    );
  });
});
