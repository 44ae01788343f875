import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Cube, CubeMerger, copyBits, cubeLayout, cubeOf, mergeGroups } from '../../src/analyze/cubes.js';
import { cubeArbitrary } from '../support/cube-arbitrary.js';

const cubesArbitrary = fc
  .array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 })
  .chain((choices) => {
    const layout = cubeLayout(choices);
    const cube = cubeArbitrary(layout, choices);
    return fc.tuple(fc.constant(layout), fc.array(cube, { minLength: 2, maxLength: 30 }));
  });

describe('mergeGroups', () => {
  test('groups of a few cubes merge as the merger merges them (paths of random groups)', () => {
    const arb = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }).chain((choices) =>
      fc.tuple(
        fc.constant(choices),
        fc.uniqueArray(fc.tuple(...choices.map((c) => fc.integer({ min: -1, max: c - 1 }))), {
          selector: (path) => path.join(','),
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 4 }),
      ),
    );
    fc.assert(
      fc.property(arb, ([choices, paths, groupCount]) => {
        const layout = cubeLayout(choices);
        const groups: Cube[][] = Array.from({ length: groupCount }, () => []);
        paths.forEach((path, first) => {
          const bits = new Uint32Array(layout.offsets[layout.questions] as number);
          path.forEach((c, j) => {
            const bit = c + 1;
            const w = (layout.offsets[j] as number) + (bit >>> 5);
            bits[w] = ((bits[w] as number) | (1 << (bit & 31))) >>> 0;
          });
          const cube = { bits, count: 1, first, hashes: new Int32Array(0), total: 0, alive: true };
          (groups[(first * 7) % groupCount] as Cube[]).push(cube);
        });
        const merger = new CubeMerger(layout);
        const reference = mergeGroups(layout, []);
        groups.forEach((group, g) => {
          // Through the merger's index, cube by cube: what `mergeGroups` does for larger groups.
          const sorted = group.slice().sort((a, b) => a.first - b.first);
          for (const cube of sorted) merger.add(cubeOf(layout, cube.bits, cube.count, cube.first), g);
          reference.push(merger.cubes(g));
        });
        const plain = (list: readonly Cube[]) => list.map((c) => [[...c.bits], c.count, c.first]);
        expect(mergeGroups(layout, groups).map(plain)).toEqual(reference.map(plain));
      }),
      { numRuns: 200 },
    );
  });

  test('a group of two cubes: one cube when they differ in one question only, else both by first path', () => {
    const pairs = cubesArbitrary.chain(([layout, all]) =>
      fc.tuple(
        fc.constant(layout),
        fc.constant(all[0] as Cube),
        fc.constant(all[1] as Cube),
        fc.integer({ min: 0, max: layout.questions - 1 }),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(pairs, ([layout, a, second, j, near]) => {
        // Half the time the second cube is the first with question j's set taken from the other: one question apart.
        const bits = near ? a.bits.slice() : second.bits.slice();
        if (near)
          for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++)
            bits[w] = second.bits[w] as number;
        const b: Cube = { ...second, bits, count: 2, first: 5 };
        const first: Cube = { ...a, count: 3, first: 7 };
        const apart: number[] = [];
        for (let q = 0; q < layout.questions; q++) {
          for (let w = layout.offsets[q] as number; w < (layout.offsets[q + 1] as number); w++)
            if (first.bits[w] !== b.bits[w]) {
              apart.push(q);
              break;
            }
        }
        const [merged] = mergeGroups(layout, [[first, b]]);
        if (apart.length === 1) {
          const q = apart[0] as number;
          const union = first.bits.slice();
          for (let w = layout.offsets[q] as number; w < (layout.offsets[q + 1] as number); w++)
            union[w] = ((union[w] as number) | (b.bits[w] as number)) >>> 0;
          expect(merged?.map((c) => [Array.from(c.bits), c.count, c.first])).toEqual([
            [Array.from(union), 5, 5],
          ]);
        } else {
          expect(merged?.map((c) => [Array.from(c.bits), c.count, c.first])).toEqual([
            [Array.from(b.bits), 2, 5],
            [Array.from(first.bits), 3, 7],
          ]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('copyBits', () => {
  test('copies hold the words they were made from and stay apart from each other and from their sources', () => {
    // Lengths up to past a block (16,384 words), so that copies also start new blocks.
    const words = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 40 }),
      fc
        .integer({ min: 16_000, max: 17_000 })
        .map((n) => Array.from({ length: n }, (_, w) => (w * 2654435761) >>> 0)),
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }), (lists) => {
        const sources = lists.map((list) => Uint32Array.from(list));
        const copies = sources.map((source) => copyBits(source));
        // Writing every copy (each its own value) must change neither its source nor another copy.
        copies.forEach((copy, k) => {
          copy.fill(k + 1);
        });
        sources.forEach((source, k) => {
          expect(Array.from(source)).toEqual(lists[k]);
          const again = copyBits(source);
          expect(Array.from(again)).toEqual(lists[k]);
          expect(Array.from(copies[k] as Uint32Array).every((w) => w === k + 1)).toBe(true);
        });
      }),
      { numRuns: 50 },
    );
  });
});
