import { type Cube, type CubeLayout, fill, isFull } from './cubes.js';

/**
 * Shorter rules for lists whose rows may overlap within a group (item situations): each cube of a group, the
 * largest first, takes "any answer" for each question in turn (questions it leaves unasked first) while it
 * still meets no cube of another group; a cube that lies inside another of its group is dropped and its paths
 * counted there. A cell that says only "asked" (every answer) gives way to the cell of the question that
 * decides it where one does (`decide`), and rows whose paths other rows match are dropped (`dropImplied`).
 * Given cubes that hold exactly their paths (merged, not widened), the rows of a group match exactly its
 * paths among the paths the groups cover (a path may match two rows of one group); each path is counted by
 * the first row that matches it. Group 0 is returned as it is (the paths where nothing applies, which no list
 * shows).
 */
export function coverGroups(layout: CubeLayout, groups: readonly Cube[][]): Cube[][] {
  return groups.map((group, g) => {
    if (g === 0) return group.slice();
    const foreign = groups.flatMap((other, h) => (h === g ? [] : other));
    // Two orders of widening: "asked" cells widened early (the deciding cells stay) or in question order
    // (fewer rows where the asked-ness of two questions together is the rule); the shorter list wins.
    const lists = [true, false].map((early) => {
      const rows = widenGroup(layout, group, foreign, early).map((row) =>
        decide(layout, row, group, foreign),
      );
      return recount(layout, group, dropImplied(layout, group, rows));
    });
    const score = (rows: readonly Cube[]) => [
      rows.length,
      rows.reduce((n, r) => n + hardCells(layout, r), 0),
    ];
    const [a, b] = lists.map(score) as [number[], number[]];
    const best =
      (b[0] as number) < (a[0] as number) || (b[0] === a[0] && (b[1] as number) < (a[1] as number));
    // Rows in order of their first paths, as the other lists give them.
    return (lists[best ? 1 : 0] as Cube[]).sort((x, y) => x.first - y.first);
  });
}

/** A group's cubes widened against the foreign cubes, rows inside others dropped (see `coverGroups`). */
function widenGroup(
  layout: CubeLayout,
  group: readonly Cube[],
  foreign: readonly Cube[],
  early: boolean,
): Cube[] {
  const out: Cube[] = [];
  for (const cube of group.slice().sort((a, b) => b.count - a.count || a.first - b.first)) {
    const home = out.find((o) => contains(o.bits, cube.bits));
    if (home !== undefined) {
      home.count += cube.count;
      home.first = Math.min(home.first, cube.first);
      continue;
    }
    const bits = cube.bits.slice();
    // Questions left unasked first ("不问" reads worst in a rule), then (`early`) those every answer of which
    // is in the set (the cell would only say "asked", a stand-in for the condition that asks it), then the
    // others, each in question order.
    const rank = (j: number) =>
      onlyUnasked(layout, bits, j) ? 0 : early && onlyAsked(layout, bits, j) ? 1 : 2;
    const order = [...Array(layout.questions).keys()].sort((a, b) => rank(a) - rank(b) || a - b);
    for (const j of order) {
      const from = layout.offsets[j] as number;
      const to = layout.offsets[j + 1] as number;
      const saved = bits.slice(from, to);
      fill(layout, bits, j);
      if (foreign.some((f) => meets(layout, bits, f.bits))) bits.set(saved, from);
    }
    out.push({ ...cube, bits });
  }
  // A row inside a later, wider one adds nothing: its paths are counted there.
  for (let i = out.length - 1; i >= 0; i--) {
    const row = out[i] as Cube;
    const home = out.find((o, k) => k !== i && contains(o.bits, row.bits));
    if (home === undefined) continue;
    home.count += row.count;
    home.first = Math.min(home.first, row.first);
    out.splice(i, 1);
  }
  return out;
}

/**
 * A row whose "asked" cells (every answer of a question) give way where they can: the cell becomes "any"
 * and another question, open in the row, takes the answers the row's own paths give it, when that answer set
 * is neither every answer nor holds "not asked", lists a few answers, and the row still meets no foreign cube. The row then matches
 * at least its own paths and still none of another group: it names what decides whether the question is
 * asked (an age band rather than "the guardian question was answered").
 */
function decide(layout: CubeLayout, row: Cube, own: readonly Cube[], foreign: readonly Cube[]): Cube {
  let bits = row.bits;
  for (let j = 0; j < layout.questions; j++) {
    if (!onlyAsked(layout, bits, j)) continue;
    const parts = own.flatMap((cube) => intersect(layout, cube.bits, bits) ?? []);
    const open: number[] = [];
    for (let i = 0; i < layout.questions; i++) if (i !== j && isFull(layout, bits, i)) open.push(i);
    const single = open.map((i) => [i]);
    // Where no one question decides it, two together may (spouse's residence and the applicant's age).
    const pairs = () => open.flatMap((a, k) => open.slice(k + 1).map((b) => [a, b]));
    const best =
      bestCandidate(layout, bits, j, single, parts, foreign) ??
      bestCandidate(layout, bits, j, pairs(), parts, foreign);
    if (best !== undefined) bits = best;
  }
  return bits === row.bits ? row : { ...row, bits };
}

/**
 * Among sets of open questions, the row with cell `j` made "any" and each question of the set taking the
 * answers the row's own paths (`parts`) give it, that meets no foreign cube and whose new cells each list a
 * few answers, neither every answer nor "not asked": the one listing the fewest answers; undefined if none.
 */
function bestCandidate(
  layout: CubeLayout,
  bits: Uint32Array,
  j: number,
  sets: readonly number[][],
  parts: readonly Uint32Array[],
  foreign: readonly Cube[],
): Uint32Array | undefined {
  let best: Uint32Array | undefined;
  let bestSize = Infinity;
  for (const set of sets) {
    const candidate = bits.slice();
    fill(layout, candidate, j);
    let size = 0;
    let fit = true;
    for (const i of set) {
      const from = layout.offsets[i] as number;
      const to = layout.offsets[i + 1] as number;
      const projection = new Uint32Array(to - from);
      for (const part of parts)
        for (let w = from; w < to; w++)
          projection[w - from] = ((projection[w - from] as number) | (part[w] as number)) >>> 0;
      candidate.set(projection, from);
      const answers = members(layout, candidate, i);
      // A long list of answers (the subsets of a multiple choice) reads worse than "answered".
      if (
        onlyUnasked(layout, candidate, i) ||
        isFull(layout, candidate, i) ||
        onlyAsked(layout, candidate, i) ||
        answers > MOST_ANSWERS
      ) {
        fit = false;
        break;
      }
      size += answers;
    }
    if (!fit || size >= bestSize) continue;
    if (foreign.some((f) => meets(layout, candidate, f.bits))) continue;
    bestSize = size;
    best = candidate;
  }
  return best;
}

/** The most answers a cell that takes the place of an "asked" cell may list. */
const MOST_ANSWERS = 3;

/**
 * How hard a row is to read beyond its length: 1 for each "asked" cell, 2 for each cell that lists more than
 * `MOST_ANSWERS` answers (the subsets of a multiple choice read worse than "answered").
 */
function hardCells(layout: CubeLayout, row: Cube): number {
  let n = 0;
  for (let j = 0; j < layout.questions; j++) {
    if (onlyAsked(layout, row.bits, j)) n += 1;
    else if (!isFull(layout, row.bits, j) && members(layout, row.bits, j) > MOST_ANSWERS) n += 2;
  }
  return n;
}

const proxies = (layout: CubeLayout, c: Cube) => {
  let n = 0;
  for (let j = 0; j < layout.questions; j++) if (onlyAsked(layout, c.bits, j)) n++;
  return n;
};

/**
 * The rows without those whose paths other rows match (among the group's paths: a row "asked X" where X is
 * only asked on paths another row names), rows with "asked" cells tried first, then the smaller ones.
 */
function dropImplied(layout: CubeLayout, own: readonly Cube[], rows: Cube[]): Cube[] {
  const kept = rows.slice();
  const candidates = rows
    .slice()
    .sort((a, b) => proxies(layout, b) - proxies(layout, a) || a.count - b.count);
  const budget = { steps: STEPS };
  for (const row of candidates) {
    if (kept.length < 2) break;
    const others = kept.filter((r) => r !== row);
    const implied = own.every((cube) => {
      const part = intersect(layout, cube.bits, row.bits);
      return part === undefined || pathsOutside(layout, part, others, 0, budget) === 0;
    });
    // Past the budget `pathsOutside` counts what it did not split as outside: nothing is dropped wrongly.
    if (implied && budget.steps >= 0) kept.splice(kept.indexOf(row), 1);
  }
  return kept;
}

/**
 * The rows with counts that add up to the group's: each path of the group is counted by the first row (in
 * order of first paths) that matches it. The group's cubes hold exactly their paths, so each count is exact.
 */
function recount(layout: CubeLayout, own: readonly Cube[], rows: Cube[]): Cube[] {
  const ordered = rows.slice().sort((a, b) => a.first - b.first);
  const budget = { steps: STEPS };
  const counts = ordered.map((row, k) =>
    own.reduce((sum, cube) => {
      const part = intersect(layout, cube.bits, row.bits);
      return part === undefined ? sum : sum + pathsOutside(layout, part, ordered.slice(0, k), 0, budget);
    }, 0),
  );
  // Past the budget the counts would be partial: the rows keep the counts of the cubes they stand for.
  if (budget.steps < 0) return ordered;
  return ordered.map((row, k) => ({ ...row, count: counts[k] as number })).filter((row) => row.count > 0);
}

/** How much case splitting `pathsOutside` may do per group before it gives up (a bound on work). */
const STEPS = 200_000;

/**
 * The number of points of a cube (every set a product factor) that none of `rows` from `from` on holds: the
 * cube is split along a question where it sticks out of a row it meets, until each part lies in a row or
 * meets none. Past the budget it answers as if no row held the rest (a row is then kept, never dropped wrongly).
 */
function pathsOutside(
  layout: CubeLayout,
  bits: Uint32Array,
  rows: readonly Cube[],
  from: number,
  budget: { steps: number },
): number {
  let k = from;
  while (k < rows.length && !meets(layout, bits, (rows[k] as Cube).bits)) k++;
  if (k === rows.length || --budget.steps < 0) return size(layout, bits);
  const row = (rows[k] as Cube).bits;
  for (let j = 0; j < layout.questions; j++) {
    const start = layout.offsets[j] as number;
    const end = layout.offsets[j + 1] as number;
    let sticksOut = false;
    for (let w = start; w < end; w++)
      if (((bits[w] as number) & ~(row[w] as number)) >>> 0 !== 0) sticksOut = true;
    if (!sticksOut) continue;
    const inside = bits.slice();
    const outside = bits.slice();
    for (let w = start; w < end; w++) {
      inside[w] = ((bits[w] as number) & (row[w] as number)) >>> 0;
      outside[w] = ((bits[w] as number) & ~(row[w] as number)) >>> 0;
    }
    return pathsOutside(layout, outside, rows, k + 1, budget) + pathsOutside(layout, inside, rows, k, budget);
  }
  // The cube lies in the row.
  return 0;
}

/** The common part of two cubes, undefined when empty (some question's sets share nothing). */
function intersect(layout: CubeLayout, a: Uint32Array, b: Uint32Array): Uint32Array | undefined {
  if (!meets(layout, a, b)) return undefined;
  const out = new Uint32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = ((a[w] as number) & (b[w] as number)) >>> 0;
  return out;
}

/** The number of points of a cube: the product of its sets' sizes. */
function size(layout: CubeLayout, bits: Uint32Array): number {
  let n = 1;
  for (let j = 0; j < layout.questions; j++) n *= members(layout, bits, j);
  return n;
}

/** The number of members of question j's set. */
function members(layout: CubeLayout, bits: Uint32Array, j: number): number {
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
  if (holdsBit(layout, bits, j, 0)) return false;
  const count = (layout.choices[j] as number) + 1;
  for (let bit = 1; bit < count; bit++) if (!holdsBit(layout, bits, j, bit)) return false;
  return count > 1;
}

const holdsBit = (layout: CubeLayout, bits: Uint32Array, j: number, bit: number) =>
  (((bits[(layout.offsets[j] as number) + (bit >>> 5)] as number) >>> (bit & 31)) & 1) === 1;

/** Whether question j's set is "not asked" alone. */
function onlyUnasked(layout: CubeLayout, bits: Uint32Array, j: number): boolean {
  const from = layout.offsets[j] as number;
  if (bits[from] !== 1) return false;
  for (let w = from + 1; w < (layout.offsets[j + 1] as number); w++) if (bits[w] !== 0) return false;
  return true;
}

/** Whether every path of `inner` is one of `outer`. */
function contains(outer: Uint32Array, inner: Uint32Array): boolean {
  for (let w = 0; w < inner.length; w++)
    if (((inner[w] as number) & ~(outer[w] as number)) >>> 0 !== 0) return false;
  return true;
}

/** Whether two cubes share a path: for every question, their sets share an answer. */
function meets(layout: CubeLayout, a: Uint32Array, b: Uint32Array): boolean {
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
