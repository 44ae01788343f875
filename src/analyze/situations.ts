import type { AnswerValue } from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import type { Choice } from './choices.js';
import { type Cube, cubeLayout, holds, isFull, mergeGroups, PathMerger, widen } from './cubes.js';
import type { CaseDetail } from './detail.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme, type QuestionPlan, type ThemePlan } from './plan.js';
import { bodySignature, headSignature } from './signature.js';
import { type LeafSummary, Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

/** One answer in a rule: its case-key part and its label (a band's text for numbers and dates). */
export interface RuleAnswer {
  readonly key: string;
  readonly label: string;
}

/** A question a rule constrains: the answers that lead there, and whether "not asked" does too. */
export interface RuleCell {
  readonly question: string;
  readonly answers: readonly RuleAnswer[];
  readonly notAsked: boolean;
}

/**
 * One row of a situation's compact rule: a path matches it when, for every listed question, its answer is
 * one of `answers` (or the question was not asked and `notAsked` holds). Questions not listed are "任意".
 */
export interface RuleRow {
  readonly cells: readonly RuleCell[];
  /** Paths it matches. */
  readonly count: number;
}

/** A set of answer paths with the same outcome (see `outcomeSignature`), and the rows that describe it. */
export interface Situation {
  /** 1-based, in the order of the situations' first paths. */
  readonly index: number;
  readonly signature: string;
  readonly detail: CaseDetail;
  /** Paths in it. */
  readonly count: number;
  /** Together they match exactly its paths, and no other path. */
  readonly rows: readonly RuleRow[];
  /** Its first path in walk order. */
  readonly first: {
    readonly key: string;
    readonly label: string;
    readonly answers: Readonly<Record<string, AnswerValue>>;
  };
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
 * no other path, and merged again.
 */
export function enumerateSituations(theme: CompiledTheme, options: EnumerateOptions = {}): SituationList {
  const max = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const collector = new SituationCollector(plan);
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const summarizer = new Summarizer(plan, { detail: true });
  let paths = 0;
  while (walker.advance()) {
    if (paths >= max) return { situations: collector.finish(), paths, truncated: true };
    collector.add(walker, summarizer.summarize(walker.verdicts));
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
  private readonly choices: Int32Array;
  private paths = 0;

  constructor(private readonly plan: ThemePlan) {
    this.layout = cubeLayout(plan.questions.map((q) => q.choices.length));
    this.choices = new Int32Array(plan.questions.length);
    this.merger = new PathMerger(this.layout);
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
      group = {
        index: this.groups.length + 1,
        signature: head + body,
        detail,
        count: 0,
        cubes: [],
        first: this.choices.slice(),
      };
      this.groups.push(group);
      heads.set(head, group);
    }
    return group;
  }

  /** The situations, with their rows. */
  finish(): Situation[] {
    const widened = widen(
      this.layout,
      mergeGroups(
        this.layout,
        this.groups.map((g) => g.cubes),
      ),
    );
    return this.groups.map((g, i) => ({
      index: g.index,
      signature: g.signature,
      detail: g.detail,
      count: g.count,
      rows: (widened[i] as Cube[]).map((cube) => this.rowOf(cube)),
      first: this.pathOf(g.first),
    }));
  }

  /** A path's key, label and user's answers from its choices, as `CaseWalker` gives them. */
  private pathOf(choices: Int32Array): Situation['first'] {
    const fragments: string[] = [];
    const labels: string[] = [];
    const answers: Record<string, AnswerValue> = {};
    this.plan.questions.forEach((q, j) => {
      const c = choices[j] as number;
      const choice = c >= 0 ? q.choices[c] : c === -2 ? q.prefilled : undefined;
      if (choice === undefined) return;
      fragments.push(choice.fragment);
      if (choice.label !== '') labels.push(choice.label);
      if (c >= 0) answers[q.id] = choice.value;
    });
    return { key: fragments.join('&'), label: labels.join(' · '), answers };
  }

  private rowOf(cube: Cube): RuleRow {
    const cells: RuleCell[] = [];
    const questions = this.plan.questions;
    for (let j = 0; j < questions.length; j++) {
      if (!isFull(this.layout, cube.bits, j))
        cells.push(this.cellOf(questions[j] as QuestionPlan, j, cube.bits));
    }
    return { cells, count: cube.count };
  }

  /**
   * By question, its cells by their set's words: rows share one frozen cell per distinct set rather than
   * repeat it (a situation list has a cell per question in each of thousands of rows, with few distinct sets).
   */
  private readonly cells: Map<number | string, RuleCell>[] = [];

  /** The cell of question j for a cube's set there. */
  private cellOf(q: QuestionPlan, j: number, bits: Uint32Array): RuleCell {
    const { layout } = this;
    const from = layout.offsets[j] as number;
    const to = layout.offsets[j + 1] as number;
    const key = to - from === 1 ? (bits[from] as number) : Array.from(bits.subarray(from, to)).join(',');
    let byKey = this.cells[j];
    if (byKey === undefined) {
      byKey = new Map();
      this.cells[j] = byKey;
    }
    let cell = byKey.get(key);
    if (cell === undefined) {
      const answers: RuleAnswer[] = [];
      for (let c = 0; c < q.choices.length; c++)
        if (holds(layout, bits, j, c)) answers.push(this.answerOf(q, j, c));
      cell = Object.freeze({
        question: q.id,
        answers: Object.freeze(answers),
        notAsked: holds(layout, bits, j, -1),
      });
      byKey.set(key, cell);
    }
    return cell;
  }

  /** By question, the rule answer of each choice met so far: rows share them rather than repeat them. */
  private readonly answers: (RuleAnswer | undefined)[][] = [];

  private answerOf(q: QuestionPlan, j: number, c: number): RuleAnswer {
    let byChoice = this.answers[j];
    if (byChoice === undefined) {
      byChoice = [];
      this.answers[j] = byChoice;
    }
    let answer = byChoice[c];
    if (answer === undefined) {
      const choice = q.choices[c] as Choice;
      answer = Object.freeze({ key: choice.key, label: choice.label });
      byChoice[c] = answer;
    }
    return answer;
  }
}

/**
 * Whether a path matches a row, the path given as its case-key part by question id (a question missing from
 * the map was not asked).
 */
export function rowMatches(row: RuleRow, path: ReadonlyMap<string, string>): boolean {
  return row.cells.every((cell) => {
    const key = path.get(cell.question);
    return key === undefined ? cell.notAsked : cell.answers.some((a) => a.key === key);
  });
}
