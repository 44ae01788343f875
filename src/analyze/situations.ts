import type { CompiledTheme } from '../model/theme.js';
import { coverGroups } from './cover.js';
import { type Cube, cubeLayout, mergeGroups, PathMerger } from './cubes.js';
import { asksOf } from './deciding.js';
import type { CaseDetail } from './detail.js';
import { maxCasesOf } from './enumerate.js';
import { OutcomeKeys } from './outcome-keys.js';
import { type EnumerateOptions, planTheme, type ThemePlan } from './plan.js';
import { type RulePath, type RuleRow, RuleRows } from './rule-rows.js';
import { bodySignature, headSignature } from './signature.js';
import type { LeafSummary } from './summary.js';
import { CaseWalker } from './walker.js';

export type { RuleAnswer, RuleCell, RuleRow } from './rule-rows.js';

/** A set of answer paths with the same outcome (see `outcomeSignature`), and the rows that describe it. */
export interface Situation {
  /** 1-based, in the order of the situations' first paths. */
  readonly index: number;
  readonly signature: string;
  readonly detail: CaseDetail;
  /** Paths in it. */
  readonly count: number;
  /**
   * Together they match exactly its paths, and no other path. Rows may overlap (`coverGroups`, as a decision
   * table whose first matching row counts): a row's count is the paths it is the first row to match, so the
   * counts add up to the situation's.
   */
  readonly rows: readonly RuleRow[];
  /** Its first path in walk order. */
  readonly first: RulePath;
}

/** The situations of a theme, and the paths they were made from. */
export interface SituationList {
  readonly situations: readonly Situation[];
  /** Paths walked. */
  readonly paths: number;
  /** True when `maxCases` paths were walked and more exist: the situations are then those of the first. */
  readonly truncated: boolean;
}

interface Group {
  readonly index: number;
  readonly signature: string;
  readonly detail: CaseDetail;
  count: number;
  /** Its cubes so far, merged as the paths come. */
  readonly cubes: Cube[];
  /** The choices of its first path (`CaseWalker.choicesInto`). */
  readonly first: Int32Array;
}

/**
 * Groups a theme's paths into situations in one walk (as `enumerateCases` walks them): each path's outcome
 * signature picks its situation, and the path joins that situation's cubes, merged as they come, so memory
 * follows the situations and their rows, not the paths. Rows are then widened to "任意" wherever that matches
 * no path of another situation, as the item lists' rows are (`coverGroups`).
 */
export function enumerateSituations(theme: CompiledTheme, options: EnumerateOptions = {}): SituationList {
  const max = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const collector = new SituationCollector(plan);
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const keys = new OutcomeKeys(plan);
  let paths = 0;
  while (walker.advance()) {
    if (paths >= max) return { situations: collector.finish(), paths, truncated: true };
    collector.addKeyed(walker, keys.key(walker.verdicts), keys);
    paths++;
  }
  return { situations: collector.finish(), paths, truncated: false };
}

/** Collects paths into situations as a walk meets them (`add`), then builds their rows (`finish`). */
export class SituationCollector {
  private readonly layout;
  private readonly groups: Group[] = [];
  private readonly merger;
  /**
   * Groups by the body's part of their signature, then by its head (status and notices): an outcome's
   * signature is `headSignature + bodySignature` (`outcomeSignature`), and many notice sets share one body.
   */
  private readonly byBody = new Map<string, Map<string, Group>>();
  /**
   * The body's part of the signature by the items list of a summary's detail: a `Summarizer` gives every case
   * composed from one body that body's lists, so each body is signed once.
   */
  private readonly bodySignatures = new WeakMap<object, string>();
  /** Summaries are memoised objects: most paths find their group without building a signature. */
  private readonly bySummary = new WeakMap<LeafSummary, Group>();
  /** Groups by key, for paths added with their `OutcomeKeys` key (`addKeyed`). */
  private readonly byKey: Group[] = [];
  private readonly choices: Int32Array;
  private readonly rules: RuleRows;
  private readonly asks: readonly (readonly number[])[];
  private paths = 0;

  constructor(plan: ThemePlan) {
    this.asks = asksOf(plan);
    this.layout = cubeLayout(plan.questions.map((q) => q.choices.length));
    this.choices = new Int32Array(plan.questions.length);
    this.merger = new PathMerger(this.layout);
    this.rules = new RuleRows(plan, this.layout);
  }

  /** Adds the walker's current path, whose summary (with detail) this is; returns its situation's index. */
  add(walker: CaseWalker, summary: LeafSummary): number {
    walker.choicesInto(this.choices);
    let group = this.bySummary.get(summary);
    if (group === undefined) {
      group = this.groupOf(summary);
      this.bySummary.set(summary, group);
    }
    this.merger.add(group.cubes, this.choices, this.paths++);
    group.count++;
    return group.index;
  }

  /**
   * Adds the walker's current path, whose outcome has this key among `keys` (a collector is fed by one
   * `OutcomeKeys`, or by summaries through `add`, not both); returns its situation's index.
   */
  addKeyed(walker: CaseWalker, key: number, keys: OutcomeKeys): number {
    walker.choicesInto(this.choices);
    let group = this.byKey[key];
    if (group === undefined) {
      group = this.newGroup(keys.signature(key), keys.detail(key));
      this.byKey[key] = group;
    }
    this.merger.add(group.cubes, this.choices, this.paths++);
    group.count++;
    return group.index;
  }

  /** A situation whose first path is the current one. */
  private newGroup(signature: string, detail: CaseDetail): Group {
    const group = {
      index: this.groups.length + 1,
      signature,
      detail,
      count: 0,
      cubes: [],
      first: this.choices.slice(),
    };
    this.groups.push(group);
    return group;
  }

  /** The group of a summary's outcome, made when it is the first of its signature (the current path is its first). */
  private groupOf(summary: LeafSummary): Group {
    const detail = summary.detail;
    if (detail === undefined) throw new RangeError('the summary has no detail');
    let body = this.bodySignatures.get(detail.items);
    if (body === undefined) {
      body = bodySignature(detail);
      this.bodySignatures.set(detail.items, body);
    }
    let heads = this.byBody.get(body);
    if (heads === undefined) {
      heads = new Map();
      this.byBody.set(body, heads);
    }
    const head = headSignature(detail);
    let group = heads.get(head);
    if (group === undefined) {
      group = this.newGroup(head + body, detail);
      heads.set(head, group);
    }
    return group;
  }

  /** The situations, with their rows (none with `rows` false, for a caller that makes its own). */
  finish(rows = true): Situation[] {
    const merged = mergeGroups(
      this.layout,
      this.groups.map((g) => g.cubes),
    );
    // Group 0 of `coverGroups` is the paths no list shows: none here.
    const covered = rows
      ? coverGroups(this.layout, [[], ...merged], { asks: this.asks, options: this.rules.options }).slice(1)
      : [];
    return this.groups.map((g, i) => ({
      index: g.index,
      signature: g.signature,
      detail: g.detail,
      count: g.count,
      rows: (covered[i] ?? []).map((cube: Cube) => this.rules.row(cube)),
      first: this.rules.path(g.first),
    }));
  }
}
