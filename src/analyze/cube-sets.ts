import { type CubeLayout, copyBits, isFull } from './cubes.js';
import { meets } from './foreign.js';

/** The common part of two cubes, undefined when empty (some question's sets share nothing). */
export function intersect(layout: CubeLayout, a: Uint32Array, b: Uint32Array): Uint32Array | undefined {
  if (!meets(layout, a, b)) return undefined;
  const out = copyBits(a);
  for (let w = 0; w < a.length; w++) out[w] = ((out[w] as number) & (b[w] as number)) >>> 0;
  return out;
}

/** The number of points of a cube: the product of its sets' sizes. */
export function size(layout: CubeLayout, bits: Uint32Array): number {
  let n = 1;
  for (let j = 0; j < layout.questions; j++) n *= members(layout, bits, j);
  return n;
}

/** The number of points two cubes share (`size` of `intersect`, 0 when they do not meet), with nothing copied. */
export function commonSize(layout: CubeLayout, a: Uint32Array, b: Uint32Array): number {
  let n = 1;
  for (let j = 0; j < layout.questions; j++) {
    let m = 0;
    for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++) {
      let x = ((a[w] as number) & (b[w] as number)) >>> 0;
      while (x !== 0) {
        x &= x - 1;
        m++;
      }
    }
    if (m === 0) return 0;
    n *= m;
  }
  return n;
}

/** The number of members of question j's set. */
export function members(layout: CubeLayout, bits: Uint32Array, j: number): number {
  let n = 0;
  for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++) {
    let x = bits[w] as number;
    while (x !== 0) {
      x &= x - 1;
      n++;
    }
  }
  return n;
}

/** Whether question j's set is every answer but not "not asked": a cell that would say only "asked". */
export function onlyAsked(layout: CubeLayout, bits: Uint32Array, j: number): boolean {
  const count = (layout.choices[j] as number) + 1;
  if (count <= 1) return false;
  if (layout.single) {
    const valid = layout.full[j] as number;
    return ((bits[j] as number) & valid) >>> 0 === (valid & ~1) >>> 0;
  }
  const start = layout.offsets[j] as number;
  // Word by word: every bit of a choice, bit 0 ("not asked") clear; bits past the choices are not read.
  for (let bit = 0; bit < count; bit += 32) {
    const left = count - bit;
    const valid = left >= 32 ? 0xffffffff : ((1 << left) >>> 0) - 1;
    const want = bit === 0 ? (valid & ~1) >>> 0 : valid;
    if (((bits[start + (bit >>> 5)] as number) & valid) >>> 0 !== want) return false;
  }
  return true;
}

/** Whether question j's set holds bit `bit` (0: not asked, c + 1: choice c). */
export const holdsBit = (layout: CubeLayout, bits: Uint32Array, j: number, bit: number) =>
  (((bits[(layout.offsets[j] as number) + (bit >>> 5)] as number) >>> (bit & 31)) & 1) === 1;

/** Whether question j's set is "not asked" alone. */
export function onlyUnasked(layout: CubeLayout, bits: Uint32Array, j: number): boolean {
  const from = layout.offsets[j] as number;
  if (bits[from] !== 1) return false;
  for (let w = from + 1; w < (layout.offsets[j + 1] as number); w++) if (bits[w] !== 0) return false;
  return true;
}

/** Whether every path of `inner` is one of `outer`. */
export function contains(outer: Uint32Array, inner: Uint32Array): boolean {
  for (let w = 0; w < inner.length; w++)
    if (((inner[w] as number) & ~(outer[w] as number)) >>> 0 !== 0) return false;
  return true;
}

/**
 * Question j's set in `into` becomes the answers the given cubes (`parts`) take there: the union of their sets.
 */
export function project(
  layout: CubeLayout,
  into: Uint32Array,
  parts: readonly Uint32Array[],
  j: number,
): void {
  const from = layout.offsets[j] as number;
  const to = layout.offsets[j + 1] as number;
  for (let w = from; w < to; w++) {
    let x = 0;
    for (const part of parts) x |= part[w] as number;
    into[w] = x >>> 0;
  }
}

/** Whether question j's set lists a few answers: not every one, not "not asked", at most `most`. */
export function fewAnswers(layout: CubeLayout, bits: Uint32Array, j: number, most: number): boolean {
  return (
    !holdsBit(layout, bits, j, 0) &&
    !isFull(layout, bits, j) &&
    !onlyAsked(layout, bits, j) &&
    members(layout, bits, j) <= most
  );
}
