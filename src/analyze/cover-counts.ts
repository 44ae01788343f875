import { sortFew } from '../util/sort-few.js';
import { commonSize, intersect, onlyAsked, size } from './cube-sets.js';
import { type Cube, type CubeLayout, copyBits, cubeWith } from './cubes.js';
import { meets } from './foreign.js';

// The rows of a list counted among its group's paths, and those other rows imply dropped (`coverGroups`).

const proxies = (layout: CubeLayout, c: Cube) => {
  let n = 0;
  for (let j = 0; j < layout.questions; j++) if (onlyAsked(layout, c.bits, j)) n++;
  return n;
};

/**
 * The rows without those whose paths other rows match (among the group's paths: a row "asked X" where X is
 * only asked on paths another row names), rows with "asked" cells tried first, then the smaller ones.
 */
export function dropImplied(layout: CubeLayout, own: readonly Cube[], rows: Cube[]): Cube[] {
  // A lone row implies nothing (most groups have one).
  if (rows.length < 2) return rows.slice();
  const kept = rows.slice();
  const candidates = sortFew(
    rows.slice(),
    (a, b) => proxies(layout, b) - proxies(layout, a) || a.count - b.count,
  );
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
export function recount(layout: CubeLayout, own: readonly Cube[], rows: Cube[]): Cube[] {
  if (rows.length === 1) {
    // A lone row counts every path of the group it matches, as the first row does below.
    const row = rows[0] as Cube;
    let count = 0;
    for (const cube of own) count += commonSize(layout, cube.bits, row.bits);
    return count > 0 ? [cubeWith(row, row.bits, count)] : [];
  }
  const ordered = sortFew(rows.slice(), (a, b) => a.first - b.first);
  const budget = { steps: STEPS };
  const counts = ordered.map((row, k) => {
    let sum = 0;
    // The first row counts every path of the group it matches: the common parts' sizes, with no part copied.
    if (k === 0) for (const cube of own) sum += commonSize(layout, cube.bits, row.bits);
    else {
      const before = ordered.slice(0, k);
      for (const cube of own) {
        const part = intersect(layout, cube.bits, row.bits);
        if (part !== undefined) sum += pathsOutside(layout, part, before, 0, budget);
      }
    }
    return sum;
  });
  // Past the budget the counts would be partial: the rows keep the counts of the cubes they stand for.
  if (budget.steps < 0) return ordered;
  return ordered.map((row, k) => cubeWith(row, row.bits, counts[k] as number)).filter((row) => row.count > 0);
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
    const inside = copyBits(bits);
    const outside = copyBits(bits);
    for (let w = start; w < end; w++) {
      inside[w] = ((bits[w] as number) & (row[w] as number)) >>> 0;
      outside[w] = ((bits[w] as number) & ~(row[w] as number)) >>> 0;
    }
    return pathsOutside(layout, outside, rows, k + 1, budget) + pathsOutside(layout, inside, rows, k, budget);
  }
  // The cube lies in the row.
  return 0;
}
