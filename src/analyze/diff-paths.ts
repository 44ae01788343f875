import { type Cube, type CubeLayout, cubeLayout, fill, isFull, mergeGroups, PathMerger } from './cubes.js';
import { meets } from './foreign.js';
import type { ThemePlan } from './plan.js';
import { type RuleRow, RuleRows } from './rule-rows.js';
import type { CaseWalker } from './walker.js';

interface PathGroup {
  readonly key: string;
  readonly cubes: Cube[];
  count: number;
}

/**
 * Sorts the paths of one walk into groups named by the caller (here: by how their outcome changed, "no change"
 * and "no counterpart" being groups too), and describes a group by a compact rule: its paths' cubes are
 * merged as they come, then widened to "任意" wherever that takes in no path of another group, so a group's
 * rule reads only the answers that set it apart. Memory follows the groups and their rows.
 */
export class PathGroups {
  private readonly layout;
  private readonly merger;
  private readonly rules: RuleRows;
  private readonly choices: Int32Array;
  private readonly groups = new Map<string, PathGroup>();
  private paths = 0;

  constructor(plan: ThemePlan) {
    this.layout = cubeLayout(plan.questions.map((q) => q.choices.length));
    this.merger = new PathMerger(this.layout);
    this.rules = new RuleRows(plan, this.layout);
    this.choices = new Int32Array(plan.questions.length);
  }

  /** Adds the walker's current path to the group `key`. */
  add(walker: CaseWalker, key: string): void {
    walker.choicesInto(this.choices);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { key, cubes: [], count: 0 };
      this.groups.set(key, group);
    }
    this.merger.add(group.cubes, this.choices, this.paths++);
    group.count++;
  }

  /**
   * For each group `described` says to describe, its rows and paths, by key: rows that together match every
   * path of the group and no walked path of another group, each widened to "任意" question by question as far
   * as that holds (rows of one group may overlap: they describe where, not how many). Past `DESCRIBE_BUDGET`
   * the rows stay as the paths merged them.
   */
  finish(
    described: (key: string) => boolean,
  ): Map<string, { readonly rows: readonly RuleRow[]; readonly count: number }> {
    const groups = [...this.groups.values()];
    const merged = mergeGroups(
      this.layout,
      groups.map((g) => g.cubes),
    );
    const out = new Map<string, { readonly rows: readonly RuleRow[]; readonly count: number }>();
    groups.forEach((g, i) => {
      if (!described(g.key)) return;
      const others = merged.filter((_, k) => k !== i).flat();
      const rows = widenAgainst(this.layout, merged[i] as Cube[], others).map((cube) => this.rules.row(cube));
      out.set(g.key, { rows, count: g.count });
    });
    return out;
  }
}

/** The most work `widenAgainst` takes on, in cubes of the group times questions times other cubes. */
export const DESCRIBE_BUDGET = 20_000_000;

/**
 * A group's cubes widened against the cubes of the other groups: each question of a cube in turn becomes
 * "any answer" unless the cube then meets another group's cube; a cube already inside a widened one adds
 * nothing. Counts add up the paths of the cubes each widened one took in.
 */
function widenAgainst(layout: CubeLayout, own: readonly Cube[], others: readonly Cube[]): Cube[] {
  const n = layout.questions;
  if (own.length * n * others.length > DESCRIBE_BUDGET) return own.slice();
  const out: Cube[] = [];
  for (const cube of own) {
    const home = out.find((w) => within(cube.bits, w.bits));
    if (home) {
      home.count += cube.count;
      continue;
    }
    const bits = cube.bits.slice();
    for (let j = 0; j < n; j++) {
      if (isFull(layout, bits, j)) continue;
      const from = layout.offsets[j] as number;
      const kept = bits.slice(from, layout.offsets[j + 1] as number);
      fill(layout, bits, j);
      if (others.some((o) => meets(layout, bits, o.bits))) bits.set(kept, from);
    }
    out.push({ ...cube, bits, count: cube.count });
  }
  return out;
}

/** Whether every path of `a` is in `b`. */
function within(a: Uint32Array, b: Uint32Array): boolean {
  for (let w = 0; w < a.length; w++) if (((a[w] as number) & ~(b[w] as number)) !== 0) return false;
  return true;
}
