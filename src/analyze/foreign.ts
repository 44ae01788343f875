import { type Cube, type CubeLayout, fill, isFull } from './cubes.js';

/** The most words the index's table may hold (bit positions times cube words); past it, cubes are compared one by one. */
const MOST_WORDS = 1 << 24;
/** Questions whose sets fit in this many bits have their unions memoised in an array by the set (`unionOf`). */
const DIRECT_BITS = 10;
/** The most words the memo of unions (`unionOf`) holds by default: past it, unions are computed each time. */
const MEMO_WORDS = 1 << 22;

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
  /** Working memory of `widen`, by question. */
  private readonly after: Uint32Array;
  private readonly nonzero: Int32Array;
  private readonly counts: Int32Array;
  private readonly unions: Uint32Array;
  /** Working memory of `widen`: its open questions, and their unions (`unionOf`). */
  private readonly open: Int32Array;
  private readonly rows: Uint32Array[] = [];
  /** Working memory of `widen`: the cubes its sets kept so far meet, and their nonzero words. */
  private readonly met: Uint32Array;
  private readonly metList: Int32Array;
  /**
   * By question, the union of holders of a set (`unionOf`), by the set's words: the rows of a theme take few
   * distinct sets per question, and every cube is widened in two orders, so most unions are met again.
   */
  private readonly memo: Map<number | string, Uint32Array>[];
  /** By question of at most `DIRECT_BITS` bits, the memo's unions by its set's word (made when first read). */
  private readonly direct: ((Uint32Array | undefined)[] | undefined)[] = [];
  /** Words the memo holds (bounded like the table). */
  private memoWords = 0;
  /** The cubes outside the group `maskOf` was last asked for, among the cubes. */
  private readonly mask: Uint32Array;
  /** The mask's nonzero words, and how many. */
  private readonly maskList: Int32Array;
  private maskWords = 0;
  private maskGroup = -1;

  constructor(
    private readonly layout: CubeLayout,
    groups: readonly (readonly Cube[])[],
    /** Words the memo of unions may hold (0: none memoised, each union computed where it is needed). */
    private readonly memoBound = MEMO_WORDS,
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
    this.mask = new Uint32Array(this.words);
    this.maskList = new Int32Array(this.words);
    this.after = new Uint32Array((layout.questions + 1) * this.words);
    this.nonzero = new Int32Array((layout.questions + 1) * this.words);
    this.counts = new Int32Array(layout.questions + 1);
    this.unions = new Uint32Array(layout.questions * this.words);
    this.open = new Int32Array(layout.questions);
    this.met = new Uint32Array(this.words);
    this.metList = new Int32Array(this.words);
    this.memo = Array.from({ length: layout.questions }, () => new Map());
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
    const { holders, layout, words, scratch } = this;
    if (holders === undefined) return this.meetsOneByOne(bits, group);
    scratch.set(this.maskOf(group));
    for (let j = 0; j < layout.questions; j++) {
      // A full set meets every cube's (no set is empty).
      if (isFull(layout, bits, j)) continue;
      const union = this.unionOf(holders, bits, j, 0);
      let left = 0;
      for (let k = 0; k < words; k++) {
        scratch[k] = ((scratch[k] as number) & (union[k] as number)) >>> 0;
        left |= scratch[k] as number;
      }
      if (left === 0) return false;
    }
    // Every set full (or the cubes outside the group none): what is left is the mask's.
    for (let k = 0; k < words; k++) if (scratch[k] !== 0) return true;
    return false;
  }

  /**
   * Widens question after question of `order` (its first `count`) to "any answer" unless the cube then meets a cube of another
   * group, as `meets` after each step would say: the union of holders of each question's set is computed
   * once, and the questions still to come are intersected from the end, so a step costs one pass over the
   * cubes' bits rather than one per question.
   */
  widen(bits: Uint32Array, order: ArrayLike<number>, group: number, count = order.length): void {
    const { holders, layout, words } = this;
    if (holders === undefined) {
      for (let o = 0; o < count; o++) {
        const j = order[o] as number;
        if (isFull(layout, bits, j)) continue;
        const from = layout.offsets[j] as number;
        const saved = bits.slice(from, layout.offsets[j + 1] as number);
        fill(layout, bits, j);
        if (this.meetsOneByOne(bits, group)) bits.set(saved, from);
      }
      return;
    }
    // Full sets meet every cube's: only the others are widened or narrow the cubes met.
    const { open, rows } = this;
    let n = 0;
    for (let o = 0; o < count; o++) {
      const j = order[o] as number;
      if (!isFull(layout, bits, j)) open[n++] = j;
    }
    // Row i of `after`: the other groups' cubes meeting the cube's sets of open[i], open[i + 1] … (row n: all
    // of them), held only at its nonzero words, listed in `nonzero` (`counts[i]` of them from i * words): the
    // rows thin out towards the front, and once one is empty those before it are too.
    // Row n is the group's mask, read where it is (`mask`, `maskList`), not copied.
    const { after, nonzero, counts } = this;
    const mask = this.maskOf(group);
    const maskList = this.maskList;
    counts[n] = this.maskWords;
    let later = mask;
    let list = maskList;
    let from = 0;
    for (let i = n - 1; i >= 0; i--) {
      const base = i * words;
      const ahead = counts[i + 1] as number;
      if (ahead === 0) {
        counts.fill(0, 0, i + 1);
        break;
      }
      const union = this.unionOf(holders, bits, open[i] as number, base);
      rows[i] = union;
      let listed = 0;
      for (let t = 0; t < ahead; t++) {
        const k = list[from + t] as number;
        const word = ((union[k] as number) & (later[from + k] as number)) >>> 0;
        if (word === 0) continue;
        after[base + k] = word;
        nonzero[base + listed++] = k;
      }
      counts[i] = listed;
      later = after;
      list = nonzero;
      from = base;
    }
    // Step i widens open[i] unless a cube of `after` row i + 1 also meets the sets kept before it: those
    // cubes are `met`, the running intersection of the mask and the rows of the sets kept so far, held at its
    // nonzero words (`metList`), so a step reads each word of row i + 1 once, whatever was kept. Until a set
    // is kept, `met` is the mask, and row i + 1 (within it, listed by its nonzero words) meets it when not empty.
    const { met, metList } = this;
    let metWords = -1;
    for (let i = 0; i < n; i++) {
      const ahead = counts[i + 1] as number;
      let meeting = false;
      if (metWords < 0) meeting = ahead > 0;
      else if (metWords > 0 && ahead > 0) {
        const last = i + 1 === n;
        const row = last ? mask : after;
        const at = last ? 0 : (i + 1) * words;
        const rowList = last ? maskList : nonzero;
        for (let t = 0; t < ahead; t++) {
          const k = rowList[at + t] as number;
          if (((row[at + k] as number) & (met[k] as number)) !== 0) {
            meeting = true;
            break;
          }
        }
      }
      if (!meeting) {
        fill(layout, bits, open[i] as number);
        continue;
      }
      // The set stays: what later steps must meet narrows to its union (`rows[i]`).
      const union = rows[i] as Uint32Array;
      if (metWords < 0) {
        metWords = 0;
        for (let t = 0; t < this.maskWords; t++) {
          const k = maskList[t] as number;
          const word = ((mask[k] as number) & (union[k] as number)) >>> 0;
          met[k] = word;
          if (word !== 0) metList[metWords++] = k;
        }
      } else {
        let listed = 0;
        for (let t = 0; t < metWords; t++) {
          const k = metList[t] as number;
          const word = ((met[k] as number) & (union[k] as number)) >>> 0;
          met[k] = word;
          if (word !== 0) metList[listed++] = k;
        }
        metWords = listed;
      }
    }
  }

  /**
   * The cubes whose set of question j shares a member with the cube's (`bits`): the union of the holders of
   * its set's bits, memoised by set while the memo is within bounds (else written to `unions` from `at`).
   */
  private unionOf(holders: Uint32Array, bits: Uint32Array, j: number, at: number): Uint32Array {
    const { layout, words } = this;
    const start = layout.offsets[j] as number;
    const end = layout.offsets[j + 1] as number;
    // A set of a few answers is its own index into an array (`direct`): cheaper than a map, met per cell.
    const count = (layout.choices[j] as number) + 1;
    let direct: (Uint32Array | undefined)[] | undefined;
    if (count <= DIRECT_BITS && (bits[start] as number) < 1 << count) {
      direct = this.direct[j];
      if (direct === undefined) {
        direct = new Array(1 << count);
        this.direct[j] = direct;
      }
      const known = direct[bits[start] as number];
      if (known !== undefined) return known;
    }
    const memo = this.memo[j] as Map<number | string, Uint32Array>;
    let key: number | string = 0;
    if (direct === undefined) {
      key = end - start === 1 ? (bits[start] as number) : Array.from(bits.subarray(start, end)).join(',');
      const known = memo.get(key);
      if (known !== undefined) return known;
    }
    const keep = this.memoWords + words <= this.memoBound;
    const union = keep ? new Uint32Array(words) : this.unions.subarray(at, at + words).fill(0);
    for (let w = start; w < end; w++) {
      let set = bits[w] as number;
      while (set !== 0) {
        const b = 31 - Math.clz32(set & -set);
        const from = (w * 32 + b) * words;
        for (let k = 0; k < words; k++)
          union[k] = ((union[k] as number) | (holders[from + k] as number)) >>> 0;
        set &= set - 1;
      }
    }
    if (keep) {
      if (direct !== undefined) direct[bits[start] as number] = union;
      else memo.set(key, union);
      this.memoWords += words;
    }
    return union;
  }

  /** The cubes outside group `group` (and among the cubes: the last word's spare bits are clear). */
  private maskOf(group: number): Uint32Array {
    const { mask } = this;
    if (group === this.maskGroup) return mask;
    const from = this.starts[group] as number;
    const to = this.starts[group + 1] as number;
    const c = this.all.length;
    mask.fill(0xffffffff);
    for (let s = from; s < to; s++) mask[s >>> 5] = ((mask[s >>> 5] as number) & ~(1 << (s & 31))) >>> 0;
    if ((c & 31) !== 0)
      mask[this.words - 1] = ((mask[this.words - 1] as number) & ((1 << (c & 31)) - 1)) >>> 0;
    this.maskWords = 0;
    for (let k = 0; k < this.words; k++) if (mask[k] !== 0) this.maskList[this.maskWords++] = k;
    this.maskGroup = group;
    return mask;
  }

  private meetsOneByOne(bits: Uint32Array, group: number): boolean {
    const from = this.starts[group] as number;
    const to = this.starts[group + 1] as number;
    return this.all.some((cube, s) => (s < from || s >= to) && meets(this.layout, bits, cube.bits));
  }
}

/** Whether two cubes share a path: for every question, their sets share an answer. */
export function meets(layout: CubeLayout, a: Uint32Array, b: Uint32Array): boolean {
  if (layout.single) {
    for (let j = 0; j < layout.questions; j++) if (((a[j] as number) & (b[j] as number)) === 0) return false;
    return true;
  }
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
