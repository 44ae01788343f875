/**
 * Cubes over a questionnaire's answers: for each question a set of its choices, with "not asked" as one more
 * member. A path is a cube with one member per question; a cube stands for every path whose answers fall in
 * its sets. Sets are bit words: bit 0 "not asked", bit c+1 choice c, each question over as many 32-bit words
 * as its choices need.
 */

/** Where each question's set lives in a cube's words. */
export interface CubeLayout {
  readonly questions: number;
  /** By question: its first word, and (at index `questions`) the total. */
  readonly offsets: Int32Array;
  /** By question: its number of choices. */
  readonly choices: Int32Array;
  /** Whether every question's set fits in one word (question j is word j): the common case, tested word-wise. */
  readonly single: boolean;
  /** By question: its first word's bits when the set is full (every choice and "not asked"). */
  readonly full: Uint32Array;
}

/** A set of paths as a cube: its sets, how many paths it covers, and the first of them in walk order. */
export interface Cube {
  readonly bits: Uint32Array;
  count: number;
  first: number;
  /** By question: a hash of its set. */
  readonly hashes: Int32Array;
  /** The sum of `hashes` (wrapping). */
  readonly total: number;
  alive: boolean;
  /**
   * The row's sets narrowed where every path of its group that it matches has one answer (or is not asked)
   * though the row allows any (`impliedWords`); a row's cells show them instead of "任意".
   */
  readonly implied?: Uint32Array | undefined;
}

/**
 * A cube like `cube` with other words, count or implied words: written out rather than spread, so that rows
 * share one object shape (a spread of cubes of several shapes was a slow path, made thousands of times).
 */
export function cubeWith(
  cube: Cube,
  bits: Uint32Array,
  count = cube.count,
  implied: Uint32Array | undefined = cube.implied,
): Cube {
  return {
    bits,
    count,
    first: cube.first,
    hashes: cube.hashes,
    total: cube.total,
    alive: cube.alive,
    implied,
  };
}

/** The layout for questions with these numbers of choices. */
export function cubeLayout(choices: readonly number[]): CubeLayout {
  const offsets = new Int32Array(choices.length + 1);
  const full = new Uint32Array(choices.length);
  choices.forEach((count, j) => {
    offsets[j + 1] = (offsets[j] as number) + Math.ceil((count + 1) / 32);
    full[j] = count + 1 >= 32 ? 0xffffffff : ((1 << (count + 1)) >>> 0) - 1;
  });
  const single = offsets[choices.length] === choices.length;
  return { questions: choices.length, offsets, choices: Int32Array.from(choices), single, full };
}

/** Words of a block `copyBits` hands out. */
const BLOCK = 1 << 14;
let block = new Uint32Array(BLOCK);
let used = 0;

/**
 * A copy of a cube's words, as a view into a shared block: a typed array of its own per cube would cost an
 * allocation of its buffer (and its collection), and building rules copies cubes tens of thousands of times.
 */
export function copyBits(bits: Uint32Array): Uint32Array {
  const n = bits.length;
  if (used + n > block.length) {
    block = new Uint32Array(Math.max(BLOCK, n));
    used = 0;
  }
  const out = block.subarray(used, used + n);
  used += n;
  out.set(bits);
  return out;
}

/** Whether the set of question j holds choice c (-1: not asked). */
export function holds(layout: CubeLayout, bits: Uint32Array, j: number, c: number): boolean {
  const bit = c + 1;
  return (((bits[(layout.offsets[j] as number) + (bit >>> 5)] as number) >>> (bit & 31)) & 1) === 1;
}

/** Whether the set of question j holds every choice and "not asked". */
export function isFull(layout: CubeLayout, bits: Uint32Array, j: number): boolean {
  if (layout.single) {
    const want = layout.full[j] as number;
    return ((bits[j] as number) & want) >>> 0 === want;
  }
  const count = (layout.choices[j] as number) + 1;
  const start = layout.offsets[j] as number;
  for (let bit = 0; bit < count; bit += 32) {
    const left = count - bit;
    const want = left >= 32 ? 0xffffffff : ((1 << left) >>> 0) - 1;
    if (((bits[start + (bit >>> 5)] as number) & want) >>> 0 !== want >>> 0) return false;
  }
  return true;
}

/** Sets question j's set to every choice and "not asked". */
export function fill(layout: CubeLayout, bits: Uint32Array, j: number): void {
  if (layout.single) {
    bits[j] = layout.full[j] as number;
    return;
  }
  const count = (layout.choices[j] as number) + 1;
  const start = layout.offsets[j] as number;
  for (let bit = 0; bit < count; bit += 32) {
    const left = count - bit;
    bits[start + (bit >>> 5)] = left >= 32 ? 0xffffffff : ((1 << left) >>> 0) - 1;
  }
}

function hashOf(layout: CubeLayout, bits: Uint32Array, j: number): number {
  let h = Math.imul(j + 1, 0x9e3779b1);
  for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++) {
    h = Math.imul(h ^ (bits[w] as number), 0x85ebca6b);
    h ^= h >>> 13;
  }
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}

/** A cube with its hashes, as `CubeMerger` indexes it. */
export function cubeOf(layout: CubeLayout, bits: Uint32Array, count: number, first: number): Cube {
  const hashes = new Int32Array(layout.questions);
  let total = 0;
  for (let j = 0; j < layout.questions; j++) {
    hashes[j] = hashOf(layout, bits, j);
    total = (total + (hashes[j] as number)) | 0;
  }
  return { bits, count, first, hashes, total, alive: true, implied: undefined };
}

/** Whether two cubes have equal sets for every question but j. */
function equalBut(layout: CubeLayout, a: Cube, b: Cube, j: number): boolean {
  const skipFrom = layout.offsets[j] as number;
  const skipTo = layout.offsets[j + 1] as number;
  const words = a.bits.length;
  for (let w = 0; w < words; w++) {
    if (w === skipFrom) w = skipTo;
    if (w >= words) break;
    if (a.bits[w] !== b.bits[w]) return false;
  }
  return true;
}

/** The key under which a cube of a group waits for a partner that differs from it in question j only. */
function keyOf(cube: Cube, j: number, group: number): number {
  const h =
    Math.imul((cube.total - (cube.hashes[j] as number)) | 0, 0x27d4eb2d) ^ Math.imul(j + 1, 0x165667b1);
  return (h ^ Math.imul(group + 1, 0x9e3779b1)) | 0;
}

/**
 * Groups of disjoint cubes that merge greedily as cubes arrive: two cubes of one group whose sets differ in one
 * question only become one whose set there is the union (which covers exactly the paths of both), and the
 * result is merged again. A cube waits for partners under one number per question (a hash of its other sets
 * and its group); two cubes under one number would have merged, so one slot per number is enough, and adding a
 * cube costs about as much as its words.
 */
export class CubeMerger {
  private readonly waiting = new Map<number, Cube>();
  private readonly held: Cube[][] = [];

  constructor(private readonly layout: CubeLayout) {}

  /** Adds a cube to a group (disjoint from the cubes already held). */
  add(start: Cube, group: number): void {
    let cube = start;
    for (;;) {
      const found = this.partner(cube, group);
      if (found === undefined) break;
      const [other, j] = found;
      other.alive = false;
      const bits = copyBits(cube.bits);
      for (let w = this.layout.offsets[j] as number; w < (this.layout.offsets[j + 1] as number); w++)
        bits[w] = ((bits[w] as number) | (other.bits[w] as number)) >>> 0;
      cube = cubeOf(this.layout, bits, cube.count + other.count, Math.min(cube.first, other.first));
    }
    for (let j = 0; j < this.layout.questions; j++) this.waiting.set(keyOf(cube, j, group), cube);
    let list = this.held[group];
    if (list === undefined) {
      list = [];
      this.held[group] = list;
    }
    list.push(cube);
    // Merged cubes leave the list now and then, so that memory follows the cubes held.
    if (list.length > 16 && (list.length & (list.length - 1)) === 0) {
      const alive = list.filter((c) => c.alive);
      list.length = 0;
      list.push(...alive);
    }
  }

  /** The cubes a group holds, by their first path. */
  cubes(group: number): Cube[] {
    return (this.held[group] ?? []).filter((c) => c.alive).sort((a, b) => a.first - b.first);
  }

  private partner(cube: Cube, group: number): [Cube, number] | undefined {
    for (let j = 0; j < this.layout.questions; j++) {
      const other = this.waiting.get(keyOf(cube, j, group));
      if (other?.alive && other !== cube && equalBut(this.layout, cube, other, j)) return [other, j];
    }
    return undefined;
  }
}

/** Cubes of a group the streaming merge compares a new path with (the latest ones). */
const WINDOW = 8;

/** The one question in which two cubes' sets differ; -1 when none, -2 when several. */
function onlyDifference(layout: CubeLayout, a: Uint32Array, b: Uint32Array): number {
  let found = -1;
  if (layout.single) {
    for (let j = 0; j < layout.questions; j++) {
      if (a[j] === b[j]) continue;
      if (found >= 0) return -2;
      found = j;
    }
    return found;
  }
  for (let j = 0; j < layout.questions; j++) {
    for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++) {
      if (a[w] !== b[w]) {
        if (found >= 0) return -2;
        found = j;
        break;
      }
    }
  }
  return found;
}

/**
 * The streaming side of the merge: paths arrive in walk order, and neighbours in that order mostly differ in
 * one question, so each path is compared with the latest cubes of its group only and merged in place, with
 * no index to keep: a group holds only its cubes. `CubeMerger` finishes the merge over the whole group.
 */
export class PathMerger {
  private readonly point: Uint32Array;

  constructor(private readonly layout: CubeLayout) {
    this.point = new Uint32Array(layout.offsets[layout.questions] as number);
  }

  /** Adds a path (by question the choice taken; -1 not asked, -2 prefilled) to a group's cubes. */
  add(cubes: Cube[], choices: ArrayLike<number>, first: number): void {
    const layout = this.layout;
    const point = this.point;
    if (layout.single)
      for (let j = 0; j < layout.questions; j++) point[j] = (1 << (Math.max(choices[j] ?? -1, -1) + 1)) >>> 0;
    else {
      point.fill(0);
      for (let j = 0; j < layout.questions; j++) {
        const bit = Math.max(choices[j] ?? -1, -1) + 1;
        const word = (layout.offsets[j] as number) + (bit >>> 5);
        point[word] = ((point[word] as number) | (1 << (bit & 31))) >>> 0;
      }
    }
    let target = -1;
    for (let i = cubes.length - 1; i >= Math.max(0, cubes.length - WINDOW); i--) {
      if (unite(layout, cubes[i] as Cube, point, 1, first)) {
        target = i;
        break;
      }
    }
    if (target < 0) {
      cubes.push({
        bits: copyBits(point),
        count: 1,
        first,
        hashes: NO_HASHES,
        total: 0,
        alive: true,
        implied: undefined,
      });
      return;
    }
    // The grown cube may now merge with one before it: it joins that one and leaves the list.
    for (;;) {
      const cube = cubes[target] as Cube;
      let into = -1;
      for (let i = target - 1; i >= Math.max(0, target - WINDOW); i--) {
        if (unite(layout, cubes[i] as Cube, cube.bits, cube.count, cube.first)) {
          into = i;
          break;
        }
      }
      if (into < 0) return;
      cubes.splice(target, 1);
      target = into;
    }
  }
}

/** Unites a set of paths into a cube when their sets differ in one question only; whether it did. */
function unite(layout: CubeLayout, cube: Cube, bits: Uint32Array, count: number, first: number): boolean {
  const j = onlyDifference(layout, cube.bits, bits);
  if (j < 0) return false;
  for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++)
    cube.bits[w] = ((cube.bits[w] as number) | (bits[w] as number)) >>> 0;
  cube.count += count;
  cube.first = Math.min(cube.first, first);
  return true;
}

const NO_HASHES = new Int32Array(0);

/** The cubes of each group merged as far as `CubeMerger` finds partners, hashes computed. */
export function mergeGroups(layout: CubeLayout, groups: readonly Cube[][]): Cube[][] {
  const merger = new CubeMerger(layout);
  groups.forEach((group, g) => {
    // A lone cube has nothing to merge with; two merge by themselves (`mergePair`), a few by `mergeFew`.
    if (group.length <= FEW) return;
    for (const cube of group.slice().sort((a, b) => a.first - b.first))
      merger.add(cubeOf(layout, cube.bits, cube.count, cube.first), g);
  });
  return groups.map((group, g) =>
    group.length < 2
      ? group.slice()
      : group.length === 2
        ? mergePair(layout, group)
        : group.length <= FEW
          ? mergeFew(layout, group)
          : merger.cubes(g),
  );
}

/** Groups of at most this many cubes are merged pair by pair (`mergeFew`) rather than through an index. */
const FEW = 32;

/**
 * A few cubes of a group merged as `CubeMerger` merges them: in order of their first path, each joins the
 * cube held that differs from it in one question only, the earliest such question first (there is at most
 * one such cube per question: two would have merged), and the result is merged again. Comparing every pair
 * costs less than the merger's index when a group has a few cubes, as most have.
 */
function mergeFew(layout: CubeLayout, group: readonly Cube[]): Cube[] {
  const held: Cube[] = [];
  for (const start of group.slice().sort((a, b) => a.first - b.first)) {
    let cube = start;
    for (;;) {
      let partner = -1;
      let question = layout.questions;
      for (let i = 0; i < held.length; i++) {
        const j = onlyDifference(layout, cube.bits, (held[i] as Cube).bits);
        if (j >= 0 && j < question) {
          question = j;
          partner = i;
        }
      }
      if (partner < 0) break;
      const other = held[partner] as Cube;
      held.splice(partner, 1);
      const bits = copyBits(cube.bits);
      for (let w = layout.offsets[question] as number; w < (layout.offsets[question + 1] as number); w++)
        bits[w] = ((bits[w] as number) | (other.bits[w] as number)) >>> 0;
      cube = {
        bits,
        count: cube.count + other.count,
        first: Math.min(cube.first, other.first),
        hashes: NO_HASHES,
        total: 0,
        alive: true,
        implied: undefined,
      };
    }
    held.push(cube);
  }
  return held.sort((a, b) => a.first - b.first);
}

/**
 * Two cubes of a group merged as `CubeMerger` merges them: into one when their sets differ in one question
 * only, else both, by their first path. Situations often have two cubes, and this spares them the merger's
 * index.
 */
function mergePair(layout: CubeLayout, pair: readonly Cube[]): Cube[] {
  const [a, b] = pair as [Cube, Cube];
  const j = onlyDifference(layout, a.bits, b.bits);
  if (j < 0) return a.first <= b.first ? [a, b] : [b, a];
  const bits = copyBits(a.bits);
  for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++)
    bits[w] = ((bits[w] as number) | (b.bits[w] as number)) >>> 0;
  return [cubeOf(layout, bits, a.count + b.count, Math.min(a.first, b.first))];
}
