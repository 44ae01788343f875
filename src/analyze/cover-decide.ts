import { onlyAsked, onlyUnasked, project } from './cube-sets.js';
import { type Cube, type CubeLayout, copyBits, cubeWith, fill, isFull } from './cubes.js';
import { meets } from './foreign.js';
import type { Foreign, Readable } from './stand-ins.js';

// How `coverGroups` makes an "asked" cell give way to the question that decides it (`decide`).

/** The most answers a cell that takes the place of an "asked" cell may list. */
export const MOST_ANSWERS = 3;

/**
 * A row whose "asked" cells (every answer of a question) give way where they can: the cell becomes "any"
 * and another question, open in the row, takes the answers the row's own paths give it, when that answer set
 * is neither every answer nor holds "not asked", lists a few answers, and the row still meets no foreign
 * cube. The row then matches at least its own paths and still none of another group: it names what decides
 * whether the question is asked (an age band rather than "the guardian question was answered"). Questions
 * the deciding condition reads (`prefer`) are tried first.
 */
export function decide(
  layout: CubeLayout,
  row: Cube,
  own: readonly Cube[],
  foreign: Foreign,
  prefer: Uint8Array | undefined,
  readable: Readable,
): Cube {
  let bits = row.bits;
  let tries: Tries | undefined;
  for (let j = 0; j < layout.questions; j++) {
    if (!onlyAsked(layout, bits, j)) continue;
    tries ??= new Tries(layout, readable);
    const best = tries.decide(bits, j, own, foreign, prefer);
    if (best !== undefined) bits = best;
  }
  return bits === row.bits ? row : cubeWith(row, bits);
}

/**
 * The candidates `decide` tries for an "asked" cell j of a row: sets of open questions (each "any" in the
 * row), each taking the answers the row's own paths give it. A question's projection and whether its cell
 * fits (`fits`) depend on that question alone, so they are made once per cell rather than once per set, and
 * a candidate is written into working words, copied only when it is the best so far.
 */
class Tries {
  /** By question: the answers the row's own paths give it, in the row's words. */
  private readonly projected: Uint32Array;
  /** By question: how many answers its projected cell reads as, -1 when the cell does not fit. */
  private readonly answers: Int32Array;
  private readonly work: Uint32Array;

  constructor(
    private readonly layout: CubeLayout,
    private readonly readable: Readable,
  ) {
    const words = layout.offsets[layout.questions] as number;
    this.projected = new Uint32Array(words);
    this.work = new Uint32Array(words);
    this.answers = new Int32Array(layout.questions);
  }

  /**
   * The row with cell `j` made "any" and the first kind of sets that fits (one preferred question, two,
   * one open question, two: `decide`) taking their answers: the one listing the fewest answers that meets
   * no foreign cube; undefined if none.
   */
  decide(
    bits: Uint32Array,
    j: number,
    own: readonly Cube[],
    foreign: Foreign,
    prefer: Uint8Array | undefined,
  ): Uint32Array | undefined {
    const { layout, projected, answers, work } = this;
    // The open questions are "any" in the row: an own cube's part there is its own set, nothing to copy.
    const parts: Uint32Array[] = [];
    for (const cube of own) if (meets(layout, cube.bits, bits)) parts.push(cube.bits);
    const open: number[] = [];
    for (let i = 0; i < layout.questions; i++) if (i !== j && isFull(layout, bits, i)) open.push(i);
    for (const i of open) {
      project(layout, projected, parts, i);
      answers[i] = fits(layout, projected, i, this.readable(projected, i));
    }
    work.set(bits);
    fill(layout, work, j);
    const preferred = prefer === undefined ? [] : open.filter((i) => prefer[i] === 1);
    return (
      this.best(preferred, false, foreign) ??
      this.best(preferred, true, foreign) ??
      this.best(open, false, foreign) ??
      this.best(open, true, foreign)
    );
  }

  /**
   * Among the questions of `list` one by one (or two by two, in order), the candidate listing the fewest
   * answers that fits and meets no foreign cube (the first of equals); undefined if none.
   */
  private best(list: readonly number[], pairs: boolean, foreign: Foreign): Uint32Array | undefined {
    const { answers } = this;
    let best: Uint32Array | undefined;
    let bestSize = Infinity;
    for (let a = 0; a < list.length; a++) {
      const first = list[a] as number;
      const one = answers[first] as number;
      if (!pairs) {
        if (one < 0 || one >= bestSize || this.meets(first, -1, foreign)) continue;
        bestSize = one;
        best = this.copy(first, -1);
        continue;
      }
      // A pair whose first cell does not fit is not tried further (as a set is checked cell by cell).
      if (one < 0) continue;
      for (let b = a + 1; b < list.length; b++) {
        const second = list[b] as number;
        const other = answers[second] as number;
        if (other < 0 || one + other >= bestSize || this.meets(first, second, foreign)) continue;
        bestSize = one + other;
        best = this.copy(first, second);
      }
    }
    return best;
  }

  /** Whether the candidate with questions a and b (-1: none) projected meets a foreign cube. */
  private meets(a: number, b: number, foreign: Foreign): boolean {
    this.place(a, b);
    const met = foreign.meets(this.work);
    this.clear(a, b);
    return met;
  }

  /** A copy of the candidate with questions a and b (-1: none) projected. */
  private copy(a: number, b: number): Uint32Array {
    this.place(a, b);
    const out = copyBits(this.work);
    this.clear(a, b);
    return out;
  }

  private place(a: number, b: number): void {
    const { layout, work, projected } = this;
    for (let w = layout.offsets[a] as number; w < (layout.offsets[a + 1] as number); w++)
      work[w] = projected[w] as number;
    if (b < 0) return;
    for (let w = layout.offsets[b] as number; w < (layout.offsets[b + 1] as number); w++)
      work[w] = projected[w] as number;
  }

  /** Back to "any": between candidates the working words are the row with cell j made "any". */
  private clear(a: number, b: number): void {
    fill(this.layout, this.work, a);
    if (b >= 0) fill(this.layout, this.work, b);
  }
}

/**
 * How many answers a projected cell (`readable` of it) lists when it may stand for an "asked" cell: neither
 * "not asked" alone, every answer, only "asked", nor more than `MOST_ANSWERS`; -1 otherwise.
 */
function fits(layout: CubeLayout, bits: Uint32Array, i: number, answers: number): number {
  // A long list of answers (the subsets of a multiple choice) reads worse than "answered", unless it
  // reads as options included ("含散装食品、现制熟食或自制饮品").
  return onlyUnasked(layout, bits, i) ||
    isFull(layout, bits, i) ||
    onlyAsked(layout, bits, i) ||
    answers > MOST_ANSWERS
    ? -1
    : answers;
}
