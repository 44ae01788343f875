import { holdsBit, intersect, onlyAsked, onlyUnasked, project } from './cube-sets.js';
import { type Cube, type CubeLayout, copyBits, cubeWith, fill, isFull } from './cubes.js';
import { meets } from './foreign.js';

/** The cubes of the other groups: whether a cube meets one, and widening a cube in an order while it meets none. */
export interface Foreign {
  meets(bits: Uint32Array): boolean;
  /** Widens along the first `count` questions of `order`. */
  widen(bits: Uint32Array, order: ArrayLike<number>, count: number): void;
}

/** How many answers a cell of question j reads as: 1 for a set that reads as a test of options, else its members. */
export type Readable = (bits: Uint32Array, j: number) => number;

/**
 * Rows whose cells "X或不问“Q”" (some answers, or Q not asked) are split where the not-asked part can be named
 * by earlier answers: one row keeps X, the other says instead what the paths on which Q is not asked answered
 * to a question that decides whether Q is asked (`asks`, tried first) or to another open question ("备案人员或
 * 现役军人" rather than "不问“是否使用自助签注机办理？”"), when that part meets no foreign cube and lists a few
 * answers. Both rows hold only paths of the row's group or none of another group's, so the rows still match
 * exactly the group's paths; a cell with no such answer stays as it was.
 */
export function splitUnasked(
  layout: CubeLayout,
  rows: readonly Cube[],
  own: readonly Cube[],
  foreign: Foreign,
  asks: readonly (readonly number[])[] | undefined,
  readable: Readable,
  most: number,
): Cube[] {
  const out: Cube[] = [];
  const work = rows.slice();
  for (let row = work.shift(); row !== undefined; row = work.shift()) {
    const split = splitOnce(layout, row, own, foreign, asks, readable, most);
    if (split === undefined) out.push(row);
    else work.unshift(...split);
  }
  return out;
}

/** The first mixed cell of a row split (see `splitUnasked`); undefined when none can be. */
function splitOnce(
  layout: CubeLayout,
  row: Cube,
  own: readonly Cube[],
  foreign: Foreign,
  asks: readonly (readonly number[])[] | undefined,
  readable: Readable,
  most: number,
): Cube[] | undefined {
  for (let j = 0; j < layout.questions; j++) {
    const { bits } = row;
    if (!holdsBit(layout, bits, j, 0) || isFull(layout, bits, j) || onlyUnasked(layout, bits, j)) continue;
    const from = layout.offsets[j] as number;
    const asked = copyBits(bits);
    asked[from] = ((asked[from] as number) & ~1) >>> 0;
    const unasked = copyBits(bits);
    unasked.fill(0, from, layout.offsets[j + 1] as number);
    unasked[from] = 1;
    const parts = own.flatMap((cube) => intersect(layout, cube.bits, unasked) ?? []);
    // No path of the group leaves Q unasked there (or answers it): the row narrows to the other part.
    if (parts.length === 0) return [cubeWith(row, asked)];
    const named = nameUnasked(layout, unasked, j, parts, foreign, asks?.[j] ?? [], readable, most);
    // No path of the group answers Q there: the row is its not-asked part alone.
    if (!own.some((cube) => intersect(layout, cube.bits, asked) !== undefined))
      return [cubeWith(row, named ?? unasked)];
    if (named !== undefined) return [cubeWith(row, asked), cubeWith(row, named)];
  }
  return undefined;
}

/**
 * The part of a row where question j is not asked (`bits`, its paths of the group `parts`) with j made "any"
 * and one open question (those of `first` tried first), or two, taking the answers those paths give it; the
 * one listing the fewest answers that meets no foreign cube, each new cell neither "not asked" nor every
 * answer nor more than `most` answers to read; undefined if none.
 */
function nameUnasked(
  layout: CubeLayout,
  bits: Uint32Array,
  j: number,
  parts: readonly Uint32Array[],
  foreign: Foreign,
  first: readonly number[],
  readable: Readable,
  most: number,
): Uint32Array | undefined {
  const open: number[] = [];
  for (let i = 0; i < layout.questions; i++) if (i !== j && isFull(layout, bits, i)) open.push(i);
  const preferred = open.filter((i) => first.includes(i));
  const single = (list: number[]) => list.map((i) => [i]);
  const pairs = (list: number[]) => list.flatMap((a, k) => list.slice(k + 1).map((b) => [a, b]));
  for (const sets of [single(preferred), single(open), pairs(preferred), pairs(open)]) {
    let best: Uint32Array | undefined;
    let bestSize = Infinity;
    for (const set of sets) {
      const candidate = copyBits(bits);
      fill(layout, candidate, j);
      let total = 0;
      let fit = true;
      for (const i of set) {
        project(layout, candidate, parts, i);
        const answers = readable(candidate, i);
        if (
          holdsBit(layout, candidate, i, 0) ||
          isFull(layout, candidate, i) ||
          onlyAsked(layout, candidate, i) ||
          answers > most
        ) {
          fit = false;
          break;
        }
        total += answers;
      }
      if (!fit || total >= bestSize || foreign.meets(candidate)) continue;
      best = candidate;
      bestSize = total;
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

/**
 * By question, whether any cube of the groups asks it (holds an answer): a question no path asks (prefilled by
 * the profile) is "not asked" everywhere, which an implied cell would only repeat on every row.
 */
export function askedAnywhere(layout: CubeLayout, groups: readonly (readonly Cube[])[]): Uint8Array {
  const asked = new Uint8Array(layout.questions);
  for (const group of groups)
    for (const cube of group)
      for (let j = 0; j < layout.questions; j++)
        if (asked[j] === 0 && !onlyUnasked(layout, cube.bits, j)) asked[j] = 1;
  return asked;
}

/**
 * A row with its implied words (`Cube.implied`): for each question the row leaves "any", the one answer every
 * path of its group that it matches gives (or "not asked" where no path asks it), when there is one, the
 * question has several answers, and it is asked somewhere (`asked`). Matching them changes nothing on the
 * group's paths, so the rule stays exact; the row is returned as it is when nothing is implied.
 */
export function withImplied(layout: CubeLayout, row: Cube, own: readonly Cube[], asked: Uint8Array): Cube {
  // Where the row allows any answer, a cube's part in the row has the cube's own set: no intersection to copy.
  const parts: Uint32Array[] = [];
  for (const cube of own) if (meets(layout, cube.bits, row.bits)) parts.push(cube.bits);
  if (parts.length === 0) return row;
  let implied: Uint32Array | undefined;
  for (let j = 0; j < layout.questions; j++) {
    if ((layout.choices[j] as number) < 2 || !isFull(layout, row.bits, j)) continue;
    const found = oneMember(layout, parts, j);
    // "Not asked" everywhere (a prefilled question) says nothing the theme does not.
    if (found < 0 || (found === 0 && asked[j] === 0)) continue;
    const from = layout.offsets[j] as number;
    implied ??= copyBits(row.bits);
    for (let w = from; w < (layout.offsets[j + 1] as number); w++) implied[w] = 0;
    implied[from + (found >>> 5)] = (1 << (found & 31)) >>> 0;
  }
  return implied === undefined ? row : cubeWith(row, row.bits, row.count, implied);
}

/** The one bit the parts' sets of question j hold between them (their union); -1 when none or several. */
function oneMember(layout: CubeLayout, parts: readonly Uint32Array[], j: number): number {
  const from = layout.offsets[j] as number;
  const to = layout.offsets[j + 1] as number;
  let found = -1;
  for (let w = from; w < to; w++) {
    let x = 0;
    for (let p = 0; p < parts.length; p++) x |= (parts[p] as Uint32Array)[w] as number;
    if (x === 0) continue;
    if (found >= 0 || (x & (x - 1)) !== 0) return -1;
    found = (w - from) * 32 + 31 - Math.clz32(x);
  }
  return found;
}
