import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Cube, type CubeLayout, cubeLayout, isFull, widenedSets } from '../../src/analyze/cubes.js';

/** Question j's set filled with every choice and "not asked". */
function fillReference(layout: CubeLayout, bits: Uint32Array, j: number): void {
  for (let c = -1; c < (layout.choices[j] as number); c++) {
    const bit = c + 1;
    const w = (layout.offsets[j] as number) + (bit >>> 5);
    bits[w] = ((bits[w] as number) | (1 << (bit & 31))) >>> 0;
  }
}

/** The widening by definition: every pair compared, question by question, every other cube checked. */
function widenedReference(layout: CubeLayout, all: readonly Cube[]): Map<Cube, Uint32Array> {
  const n = layout.questions;
  const widened = new Map<Cube, Uint32Array>();
  for (const cube of all) {
    const bits = cube.bits.slice();
    const apart = all.map((other) => {
      if (other === cube) return 0;
      let mask = 0;
      for (let j = 0; j < n; j++) {
        let meet = false;
        for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++)
          if (((bits[w] as number) & (other.bits[w] as number)) !== 0) meet = true;
        if (!meet) mask |= 1 << j;
      }
      return mask;
    });
    for (let j = 0; j < n; j++) {
      if (isFull(layout, bits, j)) continue;
      const bit = 1 << j;
      if (apart.some((mask) => mask === bit)) continue;
      fillReference(layout, bits, j);
      for (let s = 0; s < apart.length; s++) apart[s] = (apart[s] as number) & ~bit;
    }
    widened.set(cube, bits);
  }
  return widened;
}

/** Cubes made of random sets (each question: some of its choices and maybe "not asked"). */
const cubesArbitrary = fc
  .array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 })
  .chain((choices) => {
    const layout = cubeLayout(choices);
    const words = layout.offsets[layout.questions] as number;
    const cube = fc
      .tuple(
        ...choices.map((count) => fc.uniqueArray(fc.integer({ min: -1, max: count - 1 }), { minLength: 1 })),
      )
      .map((sets): Cube => {
        const bits = new Uint32Array(words);
        sets.forEach((set, j) => {
          for (const c of set) {
            const w = (layout.offsets[j] as number) + ((c + 1) >>> 5);
            bits[w] = ((bits[w] as number) | (1 << ((c + 1) & 31))) >>> 0;
          }
        });
        return { bits, count: 1, first: 0, hashes: new Int32Array(0), total: 0, alive: true };
      });
    return fc.tuple(fc.constant(layout), fc.array(cube, { minLength: 2, maxLength: 30 }));
  });

describe('widenedSets', () => {
  test('widens every cube as the definition does, with one-word and several-word questions', () => {
    fc.assert(
      fc.property(cubesArbitrary, ([layout, all]) => {
        const fast = widenedSets(layout, all);
        const reference = widenedReference(layout, all);
        for (const cube of all)
          expect(Array.from(fast.get(cube) ?? [])).toEqual(Array.from(reference.get(cube) ?? []));
      }),
      { numRuns: 300 },
    );
  });

  test('one-word questions and more cubes than a word has bits: the same as the definition', () => {
    const many = fc
      .array(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 8 })
      .chain((choices) => {
        const layout = cubeLayout(choices);
        const cube = fc
          .tuple(
            ...choices.map((count) =>
              fc.uniqueArray(fc.integer({ min: -1, max: count - 1 }), { minLength: 1, maxLength: 3 }),
            ),
          )
          .map((sets): Cube => {
            const bits = new Uint32Array(layout.questions);
            sets.forEach((set, j) => {
              for (const c of set) bits[j] = ((bits[j] as number) | (1 << (c + 1))) >>> 0;
            });
            return { bits, count: 1, first: 0, hashes: new Int32Array(0), total: 0, alive: true };
          });
        return fc.tuple(fc.constant(layout), fc.array(cube, { minLength: 2, maxLength: 120 }));
      });
    fc.assert(
      fc.property(many, ([layout, all]) => {
        const fast = widenedSets(layout, all);
        const reference = widenedReference(layout, all);
        for (const cube of all)
          expect(Array.from(fast.get(cube) ?? [])).toEqual(Array.from(reference.get(cube) ?? []));
      }),
      { numRuns: 200 },
    );
  });
});
