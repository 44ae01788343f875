import { type Cube, type CubeLayout, fill } from './cubes.js';

/**
 * Shorter rules for lists whose rows may overlap within a group (item situations): each cube of a group, the
 * largest first, takes "any answer" for each question in turn (questions it leaves unasked first) while it
 * still meets no cube of another group; a cube that lies inside another of its group is dropped and its paths
 * counted there. Given cubes that hold exactly their paths (merged, not widened), the rows of a group match
 * exactly its paths among the paths the groups cover (a path may match two rows of one group). Group 0 is
 * returned as it is (the paths where nothing applies, which no list shows).
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
      // Questions left unasked first ("不问" reads worst in a rule), then the others, each in question order.
      const order = [...Array(layout.questions).keys()].sort(
        (a, b) => Number(!onlyUnasked(layout, bits, a)) - Number(!onlyUnasked(layout, bits, b)) || a - b,
      );
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
    // Rows in order of their first paths, as the other lists give them.
    return out.sort((a, b) => a.first - b.first);
  });
}

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
