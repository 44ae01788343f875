import { type Cube, type CubeLayout, CubeMerger, cubeOf, fill, isFull } from './cubes.js';
import { widenOneWordSets } from './widen-words.js';

/**
 * The most work `widen` takes on, in cube pairs times questions: it compares every pair of cubes, so past this
 * (thousands of cubes) it leaves the cubes as they are.
 */
export const WIDEN_BUDGET = 40_000_000;

/**
 * Widens sets to "any answer" where that changes nothing: question j of a cube becomes full when no other
 * cube (of any group) then shares a path with it, so each cube still covers exactly the paths it covered.
 * Then merges each group again. Groups are the situations' cubes; together they cover every path exactly once.
 * Returns the groups unchanged past `WIDEN_BUDGET`, or with more than 32 questions.
 */
export function widen(layout: CubeLayout, groups: readonly Cube[][]): Cube[][] {
  const all = groups.flat();
  const n = layout.questions;
  const c = all.length;
  if (c < 2 || n > 32 || c * c * n > WIDEN_BUDGET) return groups.map((g) => g.slice());
  const widened = widenedSets(layout, all);
  const merger = new CubeMerger(layout);
  groups.forEach((group, g) => {
    for (const cube of group.slice().sort((a, b) => a.first - b.first))
      merger.add(cubeOf(layout, widened.get(cube) ?? cube.bits, cube.count, cube.first), g);
  });
  return groups.map((_, g) => merger.cubes(g));
}

/**
 * The sets of each cube widened by `widen` (before its groups are merged again): for each question in turn,
 * "any answer" unless some other cube is then apart from this one by that question alone. At most 32
 * questions.
 */
export function widenedSets(layout: CubeLayout, all: readonly Cube[]): Map<Cube, Uint32Array> {
  const n = layout.questions;
  const c = all.length;
  const { offsets } = layout;
  const words = offsets[n] as number;
  // Every cube's words end to end, so that the loop over pairs reads one array; with every question in one
  // word (fewer than 32 choices each, the usual case), a question's set is the word at its index.
  const flat = new Uint32Array(c * words);
  for (let s = 0; s < c; s++) flat.set((all[s] as Cube).bits, s * words);
  const oneWord = words === n;
  const widened = new Map<Cube, Uint32Array>();
  if (oneWord) {
    // The usual case: by sets of cubes (src/analyze/widen-words.ts), the same widening for far less work.
    const out = widenOneWordSets(n, layout.choices, flat, c);
    for (let r = 0; r < c; r++) widened.set(all[r] as Cube, out.slice(r * n, (r + 1) * n));
    return widened;
  }
  // By other cube: the questions (as bits) whose sets are apart from this cube's; widening question j of
  // this cube is safe unless some cube is apart from it by question j alone.
  const apart = new Int32Array(c);
  const distinct = new DistinctMasks(c);
  for (let r = 0; r < c; r++) {
    const cube = all[r] as Cube;
    const bits = cube.bits.slice();
    const own = r * words;
    for (let s = 0; s < c; s++) {
      const other = s * words;
      let mask = 0;
      if (oneWord) {
        for (let j = 0; j < n; j++)
          if (((flat[own + j] as number) & (flat[other + j] as number)) === 0) mask |= 1 << j;
      } else {
        for (let j = 0; j < n; j++) {
          let meet = false;
          for (let w = offsets[j] as number; w < (offsets[j + 1] as number); w++) {
            if (((flat[own + w] as number) & (flat[other + w] as number)) !== 0) {
              meet = true;
              break;
            }
          }
          if (!meet) mask |= 1 << j;
        }
      }
      apart[s] = s === r ? 0 : mask;
    }
    // Only which masks occur matters below: each distinct one is checked once.
    const masks = distinct.of(apart);
    for (let j = 0; j < n; j++) {
      if (isFull(layout, bits, j)) continue;
      const bit = 1 << j;
      if (masks.includes(bit)) continue;
      fill(layout, bits, j);
      for (let m = 0; m < masks.length; m++) masks[m] = (masks[m] as number) & ~bit;
    }
    widened.set(cube, bits);
  }
  return widened;
}

/**
 * The distinct values of lists of masks, one list after another: an open-addressing table whose slots are
 * stamped with the list they belong to, so that nothing is cleared or sorted between lists.
 */
class DistinctMasks {
  private readonly keys: Int32Array;
  private readonly stamps: Int32Array;
  private readonly out: Int32Array;
  private readonly slots: number;
  private stamp = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < 2 * capacity) slots *= 2;
    this.slots = slots;
    this.keys = new Int32Array(slots);
    this.stamps = new Int32Array(slots);
    this.out = new Int32Array(capacity);
  }

  /** The distinct values of `masks` (valid until the next call). */
  of(masks: Int32Array): Int32Array {
    const stamp = ++this.stamp;
    const { keys, stamps, out } = this;
    const last = this.slots - 1;
    let length = 0;
    for (let i = 0; i < masks.length; i++) {
      const mask = masks[i] as number;
      let slot = (Math.imul(mask, 0x9e3779b1) >>> 7) & last;
      while (stamps[slot] === stamp && keys[slot] !== mask) slot = (slot + 1) & last;
      if (stamps[slot] === stamp) continue;
      stamps[slot] = stamp;
      keys[slot] = mask;
      out[length++] = mask;
    }
    return out.subarray(0, length);
  }
}
