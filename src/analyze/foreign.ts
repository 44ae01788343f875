import { type Cube, type CubeLayout, fill, isFull } from './cubes.js';

/** The most words the index's table may hold (bit positions times cube words); past it, cubes are compared one by one. */
const MOST_WORDS = 1 << 24;

/**
 * Which cubes of other groups a cube meets, for lists of thousands of cubes (a theme's whole situations): by
 * bit of the layout (a question's answer or "not asked"), the cubes whose set holds it, one bit per cube.
 * A cube meets another when, for every question, their sets share an answer, so the cubes it meets are the
 * intersection over its questions of the unions of the holders of its sets' bits: a test costs the cube's
 * questions times the cubes / 32 rather than the cubes times the questions. The cubes of each group are
 * numbered together, so "another group" is all bits but one range.
 */
export class ForeignIndex {
  private readonly holders: Uint32Array | undefined;
  /** Words of one bit set of cubes. */
  private readonly words: number;
  /** By group: its first cube's number, and (at the end) the number of cubes. */
  private readonly starts: Int32Array;
  private readonly all: readonly Cube[];
  private readonly scratch: Uint32Array;
  private readonly union: Uint32Array;
  /** Working memory of `widen`, by question. */
  private readonly after: Uint32Array;
  private readonly unions: Uint32Array;

  constructor(
    private readonly layout: CubeLayout,
    groups: readonly (readonly Cube[])[],
  ) {
    this.all = groups.flat();
    this.starts = new Int32Array(groups.length + 1);
    groups.forEach((group, g) => {
      this.starts[g + 1] = (this.starts[g] as number) + group.length;
    });
    const c = this.all.length;
    this.words = (c + 31) >>> 5;
    const positions = (layout.offsets[layout.questions] as number) * 32;
    this.scratch = new Uint32Array(this.words);
    this.union = new Uint32Array(this.words);
    this.after = new Uint32Array((layout.questions + 1) * this.words);
    this.unions = new Uint32Array(layout.questions * this.words);
    if (positions * this.words > MOST_WORDS) return;
    const holders = new Uint32Array(positions * this.words);
    this.all.forEach((cube, s) => {
      const word = s >>> 5;
      const bit = (1 << (s & 31)) >>> 0;
      for (let w = 0; w < cube.bits.length; w++) {
        let set = cube.bits[w] as number;
        while (set !== 0) {
          const b = 31 - Math.clz32(set & -set);
          const at = (w * 32 + b) * this.words + word;
          holders[at] = ((holders[at] as number) | bit) >>> 0;
          set &= set - 1;
        }
      }
    });
    this.holders = holders;
  }

  /** Whether a cube (its bits) shares a path with some cube of a group other than `group`. */
  meets(bits: Uint32Array, group: number): boolean {
    const { holders, layout, words, scratch, union } = this;
    if (holders === undefined) return this.meetsOneByOne(bits, group);
    scratch.fill(0xffffffff);
    for (let j = 0; j < layout.questions; j++) {
      // A full set meets every cube's (no set is empty).
      if (isFull(layout, bits, j)) continue;
      union.fill(0);
      for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++) {
        let set = bits[w] as number;
        while (set !== 0) {
          const b = 31 - Math.clz32(set & -set);
          const from = (w * 32 + b) * words;
          for (let k = 0; k < words; k++)
            union[k] = ((union[k] as number) | (holders[from + k] as number)) >>> 0;
          set &= set - 1;
        }
      }
      let left = 0;
      for (let k = 0; k < words; k++) {
        scratch[k] = ((scratch[k] as number) & (union[k] as number)) >>> 0;
        left |= scratch[k] as number;
      }
      if (left === 0) return false;
    }
    return this.anyOutside(scratch, group);
  }

  /**
   * Widens question after question of `order` to "any answer" unless the cube then meets a cube of another
   * group, as `meets` after each step would say: the union of holders of each question's set is computed
   * once, and the questions still to come are intersected from the end, so a step costs one pass over the
   * cubes' bits rather than one per question.
   */
  widen(bits: Uint32Array, order: readonly number[], group: number): void {
    const { holders, layout, words } = this;
    if (holders === undefined) {
      for (const j of order) {
        if (isFull(layout, bits, j)) continue;
        const from = layout.offsets[j] as number;
        const saved = bits.slice(from, layout.offsets[j + 1] as number);
        fill(layout, bits, j);
        if (this.meetsOneByOne(bits, group)) bits.set(saved, from);
      }
      return;
    }
    const n = order.length;
    // after[i * words …]: the cubes meeting the cube's sets of order[i], order[i + 1] … (row n: all cubes).
    const after = this.after.subarray(0, (n + 1) * words).fill(0xffffffff);
    const unions = this.unions.subarray(0, n * words).fill(0);
    for (let i = n - 1; i >= 0; i--) {
      const j = order[i] as number;
      const base = i * words;
      if (isFull(layout, bits, j)) unions.fill(0xffffffff, base, base + words);
      else
        for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++) {
          let set = bits[w] as number;
          while (set !== 0) {
            const b = 31 - Math.clz32(set & -set);
            const from = (w * 32 + b) * words;
            for (let k = 0; k < words; k++)
              unions[base + k] = ((unions[base + k] as number) | (holders[from + k] as number)) >>> 0;
            set &= set - 1;
          }
        }
      for (let k = 0; k < words; k++)
        after[base + k] = ((unions[base + k] as number) & (after[base + words + k] as number)) >>> 0;
    }
    // The cubes meeting the sets already decided (kept as they were, or made "any").
    const before = this.scratch.fill(0xffffffff);
    const test = this.union;
    for (let i = 0; i < n; i++) {
      const j = order[i] as number;
      if (isFull(layout, bits, j)) continue;
      const next = (i + 1) * words;
      for (let k = 0; k < words; k++) test[k] = ((before[k] as number) & (after[next + k] as number)) >>> 0;
      if (!this.anyOutside(test, group)) {
        fill(layout, bits, j);
        continue;
      }
      for (let k = 0; k < words; k++)
        before[k] = ((before[k] as number) & (unions[i * words + k] as number)) >>> 0;
    }
  }

  /** Whether a set of cubes holds a cube outside group `group` (and among the cubes: the last word's spare bits). */
  private anyOutside(set: Uint32Array, group: number): boolean {
    const from = this.starts[group] as number;
    const to = this.starts[group + 1] as number;
    const c = this.all.length;
    for (let k = 0; k < this.words; k++) {
      let x = set[k] as number;
      if (x === 0) continue;
      const lo = k * 32;
      // Clear the bits of the group's own cubes and those past the last cube.
      for (let s = Math.max(lo, from); s < Math.min(lo + 32, to); s++) x &= ~(1 << (s - lo));
      if (lo + 32 > c) x &= c - lo >= 32 ? 0xffffffff : (1 << (c - lo)) - 1;
      if (x !== 0) return true;
    }
    return false;
  }

  private meetsOneByOne(bits: Uint32Array, group: number): boolean {
    const from = this.starts[group] as number;
    const to = this.starts[group + 1] as number;
    return this.all.some((cube, s) => (s < from || s >= to) && meets(this.layout, bits, cube.bits));
  }
}

/** Whether two cubes share a path: for every question, their sets share an answer. */
export function meets(layout: CubeLayout, a: Uint32Array, b: Uint32Array): boolean {
  for (let j = 0; j < layout.questions; j++) {
    let shared = false;
    for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++)
      if (((a[w] as number) & (b[w] as number)) !== 0) {
        shared = true;
        break;
      }
    if (!shared) return false;
  }
  return true;
}
