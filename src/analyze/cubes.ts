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
}

/** A set of paths as a cube: its sets, how many paths it covers, and the first of them in walk order. */
export interface Cube {
  readonly bits: Uint32Array;
  readonly count: number;
  readonly first: number;
  /** By question: a hash of its set. */
  readonly hashes: Int32Array;
  /** The sum of `hashes` (wrapping). */
  readonly total: number;
  alive: boolean;
}

/** The layout for questions with these numbers of choices. */
export function cubeLayout(choices: readonly number[]): CubeLayout {
  const offsets = new Int32Array(choices.length + 1);
  choices.forEach((count, j) => {
    offsets[j + 1] = (offsets[j] as number) + Math.ceil((count + 1) / 32);
  });
  return { questions: choices.length, offsets, choices: Int32Array.from(choices) };
}

/** Whether the set of question j holds choice c (-1: not asked). */
export function holds(layout: CubeLayout, bits: Uint32Array, j: number, c: number): boolean {
  const bit = c + 1;
  return (((bits[(layout.offsets[j] as number) + (bit >>> 5)] as number) >>> (bit & 31)) & 1) === 1;
}

/** Whether the set of question j holds every choice and "not asked". */
export function isFull(layout: CubeLayout, bits: Uint32Array, j: number): boolean {
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
function fill(layout: CubeLayout, bits: Uint32Array, j: number): void {
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

function cubeOf(layout: CubeLayout, bits: Uint32Array, count: number, first: number): Cube {
  const hashes = new Int32Array(layout.questions);
  let total = 0;
  for (let j = 0; j < layout.questions; j++) {
    hashes[j] = hashOf(layout, bits, j);
    total = (total + (hashes[j] as number)) | 0;
  }
  return { bits, count, first, hashes, total, alive: true };
}

/** The cube of one path: by question the choice taken, -1 where it was not asked (-2: prefilled, not asked). */
export function pointCube(layout: CubeLayout, choices: ArrayLike<number>, first: number): Cube {
  const bits = new Uint32Array(layout.offsets[layout.questions] as number);
  for (let j = 0; j < layout.questions; j++) {
    // The profile's answers (-2) are not asked of the user.
    const bit = Math.max(choices[j] ?? -1, -1) + 1;
    const word = (layout.offsets[j] as number) + (bit >>> 5);
    bits[word] = ((bits[word] as number) | (1 << (bit & 31))) >>> 0;
  }
  return cubeOf(layout, bits, 1, first);
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

/** The key under which a cube waits for a partner that differs from it in question j only. */
function keyOf(cube: Cube, j: number): number {
  return Math.imul((cube.total - (cube.hashes[j] as number)) | 0, 0x27d4eb2d) ^ Math.imul(j + 1, 0x165667b1);
}

/**
 * A set of disjoint cubes that merges greedily as cubes arrive: two cubes whose sets differ in one question
 * only become one whose set there is the union (which covers exactly the paths of both), and the result is
 * merged again. Partners are found by hash, so adding a cube costs about as much as its words.
 */
export class CubeMerger {
  /** Made on the second cube: most groups hold one. */
  private waiting: Map<number, Cube[]> | undefined;
  private readonly all: Cube[] = [];

  constructor(private readonly layout: CubeLayout) {}

  /** Adds a cube (disjoint from those already held). */
  add(start: Cube): void {
    if (this.all.length === 0) {
      this.all.push(start);
      return;
    }
    if (this.waiting === undefined) {
      this.waiting = new Map();
      this.register(this.all[0] as Cube);
    }
    let cube = start;
    for (;;) {
      const found = this.partner(cube);
      if (found === undefined) break;
      const [other, j] = found;
      other.alive = false;
      const bits = cube.bits.slice();
      for (let w = this.layout.offsets[j] as number; w < (this.layout.offsets[j + 1] as number); w++)
        bits[w] = ((bits[w] as number) | (other.bits[w] as number)) >>> 0;
      cube = cubeOf(this.layout, bits, cube.count + other.count, Math.min(cube.first, other.first));
    }
    this.register(cube);
    this.all.push(cube);
    if (this.all.length > 64 && this.all.length > 4 * this.live()) this.compact();
  }

  /** Lets a cube wait for partners, under one key per question. */
  private register(cube: Cube): void {
    const waiting = this.waiting as Map<number, Cube[]>;
    for (let j = 0; j < this.layout.questions; j++) {
      const key = keyOf(cube, j);
      const list = waiting.get(key);
      if (list) list.push(cube);
      else waiting.set(key, [cube]);
    }
  }

  /** The cubes held, by their first path. */
  cubes(): Cube[] {
    if (this.waiting === undefined) return this.all.slice();
    return this.all.filter((c) => c.alive).sort((a, b) => a.first - b.first);
  }

  private live(): number {
    let live = 0;
    for (const c of this.all) if (c.alive) live++;
    return live;
  }

  /** Drops merged cubes from the lists, so that memory follows the cubes held. */
  private compact(): void {
    const kept = this.all.filter((c) => c.alive);
    this.all.length = 0;
    this.all.push(...kept);
    const waiting = this.waiting;
    if (waiting === undefined) return;
    for (const [key, list] of waiting) {
      const alive = list.filter((c) => c.alive);
      if (alive.length === 0) waiting.delete(key);
      else waiting.set(key, alive);
    }
  }

  private partner(cube: Cube): [Cube, number] | undefined {
    const waiting = this.waiting;
    if (waiting === undefined) return undefined;
    for (let j = 0; j < this.layout.questions; j++) {
      const list = waiting.get(keyOf(cube, j));
      if (list === undefined) continue;
      for (const other of list) {
        if (other.alive && other !== cube && equalBut(this.layout, cube, other, j)) return [other, j];
      }
    }
    return undefined;
  }
}

/** Cubes held at most for `widen` to run (it compares every pair). */
export const WIDEN_LIMIT = 4000;

/**
 * Widens sets to "any answer" where that changes nothing: question j of a cube becomes full when no other
 * cube (of any group) then shares a path with it, so each cube still covers exactly the paths it covered.
 * Then merges each group again. Groups are the situations' cubes; together they cover every path exactly once.
 * Returns the groups unchanged when they hold more than `WIDEN_LIMIT` cubes.
 */
export function widen(layout: CubeLayout, groups: readonly Cube[][]): Cube[][] {
  const all = groups.flat();
  if (all.length > WIDEN_LIMIT || all.length < 2) return groups.map((g) => g.slice());
  const n = layout.questions;
  const byQuestion: number[][] = Array.from({ length: n }, () => []);
  const left = new Int32Array(all.length);
  const widened = new Map<Cube, Uint32Array>();
  for (let r = 0; r < all.length; r++) {
    const cube = all[r] as Cube;
    const bits = cube.bits.slice();
    for (const list of byQuestion) list.length = 0;
    // By other cube: the questions whose sets are disjoint from this cube's (the others widen around them).
    for (let s = 0; s < all.length; s++) {
      if (s === r) continue;
      const other = (all[s] as Cube).bits;
      let count = 0;
      for (let j = 0; j < n; j++) {
        let meet = false;
        for (let w = layout.offsets[j] as number; w < (layout.offsets[j + 1] as number); w++) {
          if (((bits[w] as number) & (other[w] as number)) !== 0) {
            meet = true;
            break;
          }
        }
        if (!meet) {
          count++;
          (byQuestion[j] as number[]).push(s);
        }
      }
      left[s] = count;
    }
    for (let j = 0; j < n; j++) {
      if (isFull(layout, bits, j)) continue;
      const apart = byQuestion[j] as number[];
      // Blocked when some cube is kept apart by question j alone.
      if (apart.some((s) => left[s] === 1)) continue;
      fill(layout, bits, j);
      for (const s of apart) left[s] = (left[s] as number) - 1;
    }
    widened.set(cube, bits);
  }
  return groups.map((group) => {
    const merger = new CubeMerger(layout);
    for (const cube of group.slice().sort((a, b) => a.first - b.first))
      merger.add(cubeOf(layout, widened.get(cube) ?? cube.bits, cube.count, cube.first));
    return merger.cubes();
  });
}
