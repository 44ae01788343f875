import { sortFew } from '../util/sort-few.js';
import { dropImplied, recount } from './cover-counts.js';
import { decide, MOST_ANSWERS } from './cover-decide.js';
import {
  contains,
  fewAnswers,
  holdsBit,
  intersect,
  members,
  onlyAsked,
  onlyUnasked,
  project,
} from './cube-sets.js';
import { type Cube, type CubeLayout, copyBits, cubeWith, fill, isFull } from './cubes.js';
import { ForeignIndex } from './foreign.js';
import type { OptionSets } from './option-sets.js';
import { askedAnywhere, type Foreign, type Readable, splitUnasked, withImplied } from './stand-ins.js';

/** What decides a list's groups, so that its rules name it (`coverGroups`). */
export interface CoverOptions {
  /**
   * By question: 1 when the condition that decides the list (an item's or a notice's `when`, its materials'
   * and variants' conditions) reads it. Those cells are kept rather than others where either separates the
   * groups, and stand-in cells are spelled out with them (see `coverGroups`).
   */
  readonly prefer?: Uint8Array;
  /** By question: the questions its own asking condition reads. */
  readonly asks?: readonly (readonly number[])[];
  /** Multiple-choice sets that read as options included ("含散装食品…"): one answer to read, not many. */
  readonly options?: OptionSets;
}

/**
 * Shorter rules for lists whose rows may overlap within a group (item situations, whole situations): each cube
 * of a group, the largest first, takes "any answer" for each question in turn (questions it leaves unasked
 * first, those `prefer` marks last) while it still meets no cube of another group; a cube that lies inside
 * another of its group is dropped and its paths counted there. A cell that says only "asked" (every answer)
 * gives way to the cell of the question that decides it where one does (`decide`), a cell that implies its
 * question was asked names the preferred facts its asking condition reads (`spellOut`: "年龄16至59周岁，探望
 * 配偶，无未成年子女" rather than "无未成年子女" alone), and rows whose paths other rows match are dropped
 * (`dropImplied`). Given cubes that hold exactly their paths (merged, not widened), the rows of a group match
 * exactly its paths among the paths the groups cover (a path may match two rows of one group); each path is
 * counted by the first row that matches it. Group 0 is returned as it is (the paths where nothing applies,
 * which no list shows; empty for whole situations).
 */
export function coverGroups(
  layout: CubeLayout,
  groups: readonly Cube[][],
  options: CoverOptions = {},
): Cube[][] {
  // Thousands of groups (a theme's whole situations) meet each other's cubes through one index.
  const index = new ForeignIndex(layout, groups);
  const sets = options.options;
  const readable: Readable = (bits, j) => (sets?.test(bits, j) === undefined ? members(layout, bits, j) : 1);
  const asked = askedAnywhere(layout, groups);
  // One view of the index for every group in turn (`GroupForeign`), and one order array for every cube.
  const foreign = new GroupForeign(index);
  const order = new Int32Array(layout.questions);
  // Orders of widening: "asked" cells widened early (the deciding cells stay) or in question order (fewer
  // rows where the asked-ness of two questions together is the rule), each with the preferred cells kept
  // last or not (a cube widened along a preferred question may take in another); the shortest list wins,
  // ties going to the one with the fewest cells the deciding condition does not read.
  const preferences = options.prefer === undefined ? [undefined] : [options.prefer, undefined];
  return groups.map((group, g) => {
    if (g === 0) return group.slice();
    foreign.group = g;
    // Without "asked" cells in the group both orders are one order, and give one list: it is made once (the
    // first of equal lists wins, so the choice is the same).
    const orders = group.some((cube) => hasOnlyAsked(layout, cube.bits)) ? BOTH_ORDERS : LATE_ORDER;
    const several = preferences.length * orders.length > 1;
    let chosen: Cube[] = [];
    let best: number[] | undefined;
    lists: for (const prefer of preferences)
      for (const early of orders) {
        const rows = widenGroup(layout, group, foreign, early, prefer, readable, order);
        for (let k = 0; k < rows.length; k++)
          rows[k] = spellOut(
            layout,
            decide(layout, rows[k] as Cube, group, foreign, prefer, readable),
            group,
            foreign,
            options,
          );
        const list = recount(layout, group, dropImplied(layout, group, rows));
        // A lone list needs no score.
        const score = several ? scoreOf(layout, list, readable, options.prefer) : [];
        if (best === undefined || less(score, best)) {
          best = score;
          chosen = list;
        }
        // One row with no hard cell and no cell the deciding condition does not read: no list scores less
        // (a group's paths take a row at least), and the first of equal lists wins.
        if (several && best[0] === 1 && best[1] === 0 && best[2] === 0) break lists;
      }
    // "X或不问“Q”" cells named by the answers that leave Q unasked where they can be, then the answers every
    // path of a row gives where the row allows any (`withImplied`).
    const split = splitUnasked(layout, chosen, group, foreign, options.asks, readable, MOST_ANSWERS);
    const rows =
      split.length === chosen.length && split.every((r, k) => r === chosen[k])
        ? chosen
        : recount(layout, group, dropImplied(layout, group, split));
    // Rows in order of their first paths, as the other lists give them.
    return sortFew(
      rows.map((row) => withImplied(layout, row, group, asked)),
      (x, y) => x.first - y.first,
    );
  });
}

const BOTH_ORDERS = [true, false];
const LATE_ORDER = [false];

/** The cubes of the groups but one (`group`, set for each group in turn), through the index. */
class GroupForeign implements Foreign {
  group = 0;

  constructor(private readonly index: ForeignIndex) {}

  meets(bits: Uint32Array): boolean {
    return this.index.meets(bits, this.group);
  }

  widen(bits: Uint32Array, order: ArrayLike<number>, count: number): void {
    this.index.widen(bits, order, this.group, count);
  }
}

/** A list's score (lower is better, part by part): its rows, their hard cells, the cells `prefer` does not mark. */
function scoreOf(
  layout: CubeLayout,
  rows: readonly Cube[],
  readable: Readable,
  prefer: Uint8Array | undefined,
): number[] {
  let hard = 0;
  let unpreferred = 0;
  for (const row of rows) {
    hard += hardCells(layout, row, readable);
    unpreferred += unpreferredCells(layout, row, prefer);
  }
  return [rows.length, hard, unpreferred];
}

/** A group's cubes widened against the foreign cubes, rows inside others dropped (see `coverGroups`). */
function widenGroup(
  layout: CubeLayout,
  group: readonly Cube[],
  foreign: Foreign,
  early: boolean,
  prefer: Uint8Array | undefined,
  readable: Readable,
  order: Int32Array,
): Cube[] {
  const out: Cube[] = [];
  const sorted =
    group.length < 2 ? group : sortFew(group.slice(), (a, b) => b.count - a.count || a.first - b.first);
  for (const cube of sorted) {
    const home = containing(out, cube.bits, -1);
    if (home !== undefined) {
      home.count += cube.count;
      home.first = Math.min(home.first, cube.first);
      continue;
    }
    const bits = copyBits(cube.bits);
    // Questions left unasked first ("不问" reads worst in a rule), then (`early`) those every answer of which
    // is in the set (the cell would only say "asked", a stand-in for the condition that asks it), then the
    // others, those the deciding condition reads last (their cells stay where either would), each in
    // question order.
    // (A long list of answers, the subsets of a multiple choice, is no better for being read there.)
    const ranks = rankScratch(layout.questions);
    for (let j = 0; j < layout.questions; j++)
      ranks[j] = isFull(layout, bits, j)
        ? FULL
        : onlyUnasked(layout, bits, j)
          ? 0
          : early && onlyAsked(layout, bits, j)
            ? 1
            : prefer?.[j] === 1 && readable(bits, j) <= MOST_ANSWERS
              ? 3
              : 2;
    // By rank, then question: a full set is left out (it widens nothing).
    let count = 0;
    for (let r = 0; r < FULL; r++)
      for (let j = 0; j < layout.questions; j++) if (ranks[j] === r) order[count++] = j;
    foreign.widen(bits, order, count);
    out.push(cubeWith(cube, bits));
  }
  // A row inside a later, wider one adds nothing: its paths are counted there.
  for (let i = out.length - 1; i >= 0 && out.length > 1; i--) {
    const row = out[i] as Cube;
    const home = containing(out, row.bits, i);
    if (home === undefined) continue;
    home.count += row.count;
    home.first = Math.min(home.first, row.first);
    out.splice(i, 1);
  }
  return out;
}

/** The first row of `rows` but the one at `skip` that holds every path of `bits`. */
function containing(rows: readonly Cube[], bits: Uint32Array, skip: number): Cube | undefined {
  for (let k = 0; k < rows.length; k++)
    if (k !== skip && contains((rows[k] as Cube).bits, bits)) return rows[k];
  return undefined;
}

/** Whether some question's set of a cube is every answer but "not asked" (`onlyAsked`). */
function hasOnlyAsked(layout: CubeLayout, bits: Uint32Array): boolean {
  for (let j = 0; j < layout.questions; j++) if (onlyAsked(layout, bits, j)) return true;
  return false;
}

/** The rank of a full set in `widenGroup`'s order: past the others, and left out. */
const FULL = 4;
let ranksOf = new Uint8Array(0);

/** Working memory for `widenGroup`'s ranks, reused from cube to cube. */
function rankScratch(questions: number): Uint8Array {
  if (ranksOf.length < questions) ranksOf = new Uint8Array(questions);
  return ranksOf;
}

/** Question j of a row becomes "any answer" unless the row then meets a foreign cube. */
function widenIfApart(layout: CubeLayout, bits: Uint32Array, j: number, foreign: Foreign): void {
  if (isFull(layout, bits, j)) return;
  const from = layout.offsets[j] as number;
  const saved = bits.slice(from, layout.offsets[j + 1] as number);
  fill(layout, bits, j);
  if (foreign.meets(bits)) bits.set(saved, from);
}

/**
 * A row whose cells stand in for the conditions that ask their questions (a set without "not asked":
 * "无未成年子女" holds only where that question is asked, of a spouse living in Hong Kong, under 60) also names
 * the facts of those asking conditions that the deciding condition reads (`prefer`), where the row's own
 * paths agree on one answer of them; then cells the deciding condition does not read are widened again
 * where they can be.
 * The row only narrows to sets that hold its own paths, and widens only while it meets no foreign cube, so
 * it still matches its own paths and no other group's.
 */
function spellOut(
  layout: CubeLayout,
  row: Cube,
  own: readonly Cube[],
  foreign: Foreign,
  { prefer, asks }: CoverOptions,
): Cube {
  if (prefer === undefined || asks === undefined) return row;
  const parts = own.flatMap((cube) => intersect(layout, cube.bits, row.bits) ?? []);
  let bits: Uint32Array | undefined;
  for (let q = 0; q < layout.questions; q++) {
    if (isFull(layout, row.bits, q) || holdsBit(layout, row.bits, q, 0)) continue;
    // A cell the deciding condition reads is no stand-in when one fact asks its question ("店招备案" says
    // that there is a sign); it is one when several do ("无未成年子女": spouse, residence, age).
    const reads = asks[q] ?? [];
    if (prefer[q] === 1 && reads.length < 2) continue;
    for (const i of reads) {
      const current = bits ?? row.bits;
      if (prefer[i] !== 1 || !isFull(layout, current, i)) continue;
      const candidate = copyBits(current);
      project(layout, candidate, parts, i);
      // One answer names the fact; a list of them ("首次申领或换发或补发") would only lengthen the row.
      if (fewAnswers(layout, candidate, i, 1)) bits = candidate;
    }
  }
  if (bits === undefined) return row;
  for (let j = 0; j < layout.questions; j++) if (prefer[j] !== 1) widenIfApart(layout, bits, j, foreign);
  return cubeWith(row, bits);
}

/**
 * How hard a row is to read beyond its length: 1 for each "asked" cell, 2 for each cell that lists more than
 * `MOST_ANSWERS` answers (the subsets of a multiple choice read worse than "answered").
 */
function hardCells(layout: CubeLayout, row: Cube, readable: Readable): number {
  let n = 0;
  for (let j = 0; j < layout.questions; j++) {
    if (onlyAsked(layout, row.bits, j)) n += 1;
    else if (!isFull(layout, row.bits, j) && readable(row.bits, j) > MOST_ANSWERS) n += 2;
  }
  return n;
}

/** The number of cells of a row whose questions the deciding condition does not read. */
function unpreferredCells(layout: CubeLayout, row: Cube, prefer: Uint8Array | undefined): number {
  if (prefer === undefined) return 0;
  let n = 0;
  for (let j = 0; j < layout.questions; j++) if (prefer[j] !== 1 && !isFull(layout, row.bits, j)) n++;
  return n;
}

/** Whether score `a` comes before `b`, comparing their parts in order. */
function less(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return (a[k] as number) < (b[k] as number);
  return false;
}
