/**
 * `widenedSets` (src/analyze/cubes.ts) when every question's set is one word (fewer than 32 choices each), by
 * sets of cubes rather than by pairs of cubes. For a cube r, D_j is the set of cubes whose set at question j
 * shares nothing with r's: question j of r is widened unless some cube is in D_j and in no D_k of another
 * question k still open (not full, not widened before j). Each D_j is the complement of a union of "cubes that
 * hold choice b at question j", one bit per cube, so a cube costs about its questions times the cubes / 32
 * rather than times the cubes.
 *
 * `flat` holds the cubes' words end to end (`n` each); `choices` gives each question's number of choices.
 * Returns the widened words, end to end.
 */
export function widenOneWordSets(n: number, choices: Int32Array, flat: Uint32Array, c: number): Uint32Array {
  const words = (c + 31) >>> 5;
  // holders[(j * 32 + b) * words + w]: the cubes (bits) whose set at question j holds bit b.
  const holders = new Uint32Array(n * 32 * words);
  for (let s = 0; s < c; s++) {
    const w = s >>> 5;
    const bit = (1 << (s & 31)) >>> 0;
    for (let j = 0; j < n; j++) {
      let set = flat[s * n + j] as number;
      while (set !== 0) {
        const b = 31 - Math.clz32(set & -set);
        const at = (j * 32 + b) * words + w;
        holders[at] = ((holders[at] as number) | bit) >>> 0;
        set &= set - 1;
      }
    }
  }
  // By question: the word of a full set (every choice and "not asked").
  const full = new Uint32Array(n);
  for (let j = 0; j < n; j++) {
    const count = (choices[j] as number) + 1;
    full[j] = count >= 32 ? 0xffffffff : ((1 << count) >>> 0) - 1;
  }
  const lastWord = (c & 31) === 0 ? 0xffffffff : ((1 << (c & 31)) >>> 0) - 1;
  // apart[j * words + w]: D_j; after[j * words + w]: the union of D_k for k ≥ j (row n stays empty).
  const apart = new Uint32Array(n * words);
  const after = new Uint32Array((n + 1) * words);
  const blocked = new Uint32Array(words);
  const out = flat.slice();
  for (let r = 0; r < c; r++) {
    const own = r * n;
    for (let j = n - 1; j >= 0; j--) {
      const base = j * words;
      const set = flat[own + j] as number;
      const fullSet = full[j] as number;
      for (let w = 0; w < words; w++) apart[base + w] = 0;
      // A full set meets every cube's: no cube is apart there.
      if ((set & fullSet) >>> 0 !== fullSet) {
        let rest = set;
        while (rest !== 0) {
          const b = 31 - Math.clz32(rest & -rest);
          const from = (j * 32 + b) * words;
          for (let w = 0; w < words; w++)
            apart[base + w] = ((apart[base + w] as number) | (holders[from + w] as number)) >>> 0;
          rest &= rest - 1;
        }
        for (let w = 0; w < words; w++) apart[base + w] = ~(apart[base + w] as number) >>> 0;
        apart[base + words - 1] = ((apart[base + words - 1] as number) & lastWord) >>> 0;
      }
      const next = (j + 1) * words;
      for (let w = 0; w < words; w++)
        after[base + w] = ((apart[base + w] as number) | (after[next + w] as number)) >>> 0;
    }
    blocked.fill(0);
    for (let j = 0; j < n; j++) {
      const fullSet = full[j] as number;
      if (((flat[own + j] as number) & fullSet) >>> 0 === fullSet) continue;
      const base = j * words;
      const next = (j + 1) * words;
      let kept = false;
      for (let w = 0; w < words; w++) {
        const others = (blocked[w] as number) | (after[next + w] as number);
        if (((apart[base + w] as number) & ~others) !== 0) {
          kept = true;
          break;
        }
      }
      if (!kept) {
        out[own + j] = fullSet;
        continue;
      }
      for (let w = 0; w < words; w++)
        blocked[w] = ((blocked[w] as number) | (apart[base + w] as number)) >>> 0;
    }
  }
  return out;
}
