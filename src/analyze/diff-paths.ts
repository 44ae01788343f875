import { coverGroups } from './cover.js';
import { type Cube, cubeLayout, mergeGroups, PathMerger } from './cubes.js';
import { asksOf } from './deciding.js';
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
 * merged as they come, then widened to "任意" wherever that takes in no path of another group (`coverGroups`),
 * so a group's rule reads only the answers that set it apart. Memory follows the groups and their rows.
 */
export class PathGroups {
  private readonly layout;
  private readonly merger;
  private readonly rules: RuleRows;
  private readonly choices: Int32Array;
  private readonly groups = new Map<string, PathGroup>();
  private readonly asks: readonly (readonly number[])[];
  private paths = 0;

  constructor(plan: ThemePlan) {
    this.asks = asksOf(plan);
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
   * path of the group and no walked path of another group, made as the situations' rows are (`coverGroups`:
   * widened to "任意" question by question as far as that holds, "已回答" and "或不问" cells named by the
   * answers that decide them, implied answers written); rows of one group may overlap: they describe where,
   * not how many. Past `DESCRIBE_BUDGET` the rows stay as the paths merged them.
   */
  finish(
    described: (key: string) => boolean,
  ): Map<string, { readonly rows: readonly RuleRow[]; readonly count: number }> {
    const groups = [...this.groups.values()];
    const merged = mergeGroups(
      this.layout,
      groups.map((g) => g.cubes),
    );
    const shown = groups.flatMap((g, i) => (described(g.key) ? [i] : []));
    // Group 0 of `coverGroups`: every path no row describes (unchanged, added, groups not described).
    const rest = groups.flatMap((g, i) => (described(g.key) ? [] : (merged[i] as Cube[])));
    const cubes = merged.reduce((n, list) => n + list.length, 0);
    const work = shown.reduce((n, i) => n + (merged[i] as Cube[]).length, 0) * this.layout.questions * cubes;
    const covered =
      work > DESCRIBE_BUDGET
        ? shown.map((i) => merged[i] as Cube[])
        : coverGroups(this.layout, [rest, ...shown.map((i) => merged[i] as Cube[])], {
            asks: this.asks,
            options: this.rules.options,
          }).slice(1);
    const out = new Map<string, { readonly rows: readonly RuleRow[]; readonly count: number }>();
    shown.forEach((i, k) => {
      const g = groups[i] as PathGroup;
      out.set(g.key, { rows: (covered[k] as Cube[]).map((cube) => this.rules.row(cube)), count: g.count });
    });
    return out;
  }
}

/** The most work the rows of `PathGroups.finish` take on, in cubes described times questions times cubes. */
export const DESCRIBE_BUDGET = 20_000_000;
