import fc from 'fast-check';
import type { Cube, CubeLayout } from '../../src/analyze/cubes.js';

/**
 * A cube of `layout` made of random sets: for each question some of its choices and maybe "not asked" (-1),
 * at most `maxSet` of them.
 */
export function cubeArbitrary(
  layout: CubeLayout,
  choices: readonly number[],
  maxSet?: number,
): fc.Arbitrary<Cube> {
  const words = layout.offsets[layout.questions] as number;
  const limit = maxSet === undefined ? {} : { maxLength: maxSet };
  return fc
    .tuple(
      ...choices.map((count) =>
        fc.uniqueArray(fc.integer({ min: -1, max: count - 1 }), { minLength: 1, ...limit }),
      ),
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
}
