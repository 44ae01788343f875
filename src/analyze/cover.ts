import { type Cube, type CubeLayout, fill } from './cubes.js';

/**
 * Shorter rules for lists whose rows may overlap within a group (item situations): each cube of a group, the
 * largest first, takes "any answer" for each question in turn while it still meets no cube of another group;
 * a cube that then lies inside an earlier one of its group is dropped and its paths counted there. The rows of
 * a group still match exactly its paths among the paths the groups cover (a path may match two rows of one
 * group). Group 0 is returned as it is (it is the paths where nothing applies, which no list shows).
 */
export function coverGroups(layout: CubeLayout, groups: readonly Cube[][]): Cube[][] {
  return groups.map((group, g) => {
    if (g === 0) return group.slice();
    const foreign = groups.flatMap((other, h) => (h === g ? [] : other));
    const out: Cube[] = [];
    for (const cube of group.slice().sort((a, b) => b.count - a.count || a.first - b.first)) {
      const home = out.find((o) => contains(o.bits, cube.bits));
      if (home !== undefined) {
        home.count += cube.count;
        home.first = Math.min(home.first, cube.first);
        continue;
      }
      const bits = cube.bits.slice();
      for (let j = 0; j < layout.questions; j++) {
        const from = layout.offsets[j] as number;
        const to = layout.offsets[j + 1] as number;
        const saved = bits.slice(from, to);
        fill(layout, bits, j);
        if (foreign.some((f) => meets(layout, bits, f.bits))) bits.set(saved, from);
      }
      out.push({ ...cube, bits });
    }
    // Rows in order of their first paths, as the other lists give them.
    return out.sort((a, b) => a.first - b.first);
  });
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
