import type { AnswerValue } from '../model/session.js';
import type { CompiledCondition } from '../rules/compile.js';
import { appendFragment, joinFragments } from '../session/case-key-format.js';
import { Hash } from '../util/id-hash.js';
import type { Choice } from './choices.js';
import type { QuestionPlan, ThemePlan } from './plan.js';
import {
  keptFacts,
  MAX_TABLE_ENTRIES,
  STATE_CHOICE,
  STATE_PREFILLED,
  STATE_SKIPPED,
  type VerdictTable,
} from './verdict-tables.js';

const SKIPPED = 0;
const PREFILLED = 1;
const BRANCHED = 2;
/** Asked with the choice the walk was told to take (`WalkOptions.fixed`): not branched on. */
const FIXED = 3;

/** What a walk covers (by default every question, every choice, with case keys and labels). */
export interface WalkOptions {
  /** Walk questions 0…upTo-1 only: each "case" is then a prefix of the questionnaire (see `asks`). */
  readonly upTo?: number;
  /** By question index: the choice to take where the question is asked (-1 or missing: branch on it); kept, not copied. */
  readonly fixed?: ArrayLike<number>;
  /** Build case keys and labels on the way (default true); without, `key` and `label` are built on demand. */
  readonly labels?: boolean;
  /**
   * Take the last choice wherever the walk branches: the first case is then the last one of a full walk, and
   * `advance` finds nothing after it. For a fingerprint of a subtree from its other end.
   */
  readonly last?: boolean;
  /** `advance` also stops on paths that lead to no case (`atDeadEnd`): a subtree is then its whole sequence. */
  readonly deadEnds?: boolean;
}

/**
 * Called when every choice of a question at one node has been explored, with one subtree id per choice
 * offered there (`offeredAt`): equal ids, equal subtrees (the same questions follow, offering the same
 * choices, and the same answers end in the same outcome, or in no case alike). The walk reuses the array
 * once the call returns: copy it to keep it.
 */
export type NodeVisitor = (question: number, children: readonly number[]) => void;

/** The subtree id of a choice that leads to no case (a later question accepts no answer). */
export const NO_CASE = -1;

/**
 * A depth-first walk over every complete path of a questionnaire, mirroring `walk` in src/session/walk.ts:
 * questions in order, a question whose condition is false is skipped (its fact settled as absent), a
 * prefilled one takes the profile's value, the others branch on their choices; once a blocking notice holds,
 * nothing more is asked. Each condition is evaluated once per node where its last question is settled, and
 * most are looked up in the plan's verdict tables (`verdictTables`), or in those walks add to it
 * (`walkTables`), by the states of the questions they read; facts live in one Map, set on the way down and
 * deleted on the way back, but only those a condition without a table or a blocking notice reads
 * (`keptFacts`): the others are set when a table misses. Nothing is collected: memory stays flat.
 *
 * With `visit`, the walk also numbers subtrees bottom-up: the caller gives each case an id (`leaf`; equal
 * ids for equal outcomes), a node's id is a hash of its question and its choices' ids, and `visit`
 * receives, for each node where a question branched, the ids of its choices.
 */
export class CaseWalker {
  /** The facts conditions run on: question facts only as far as `ThemePlan.keptFacts` keeps them. */
  private readonly facts: Map<string, unknown>;
  /** Verdict of each condition of the plan on the current path: 0 false, 1 true, 2 unknown. */
  readonly verdicts: Uint8Array;
  /**
   * Whether each question was asked (answered or prefilled) in some case so far: a path that stops at a
   * question offering no answer is no case, and asks nothing.
   */
  readonly asked: Uint8Array;
  private readonly questions: readonly QuestionPlan[];
  private readonly n: number;
  private readonly mode: Uint8Array;
  private readonly choice: Int32Array;
  /** By question settled: its state as the plan's verdict tables read it (`STATE_*`). */
  private readonly state: Int32Array;
  private readonly tables: readonly (VerdictTable | undefined)[];
  /** By condition without a table in the plan: its table by the choices known when it was made (`walkTables`). */
  private readonly ownTables: readonly (WalkTable | undefined)[];
  /** By question: whether its fact is kept up to date in `facts` (`walkTables`). */
  private readonly kept: Uint8Array;
  /** By question: the choices offered at the current node (indices into its choices), and where in them it is. */
  private readonly lists: (readonly number[])[];
  private readonly pos: Int32Array;
  /** By question: every choice index, the list of a question whose options have no conditions. */
  private readonly all: readonly (readonly number[])[];
  private readonly holds = (c: number): boolean => this.verdicts[c] === 1;
  private readonly stoppedBefore: Uint8Array;
  private readonly keys: string[];
  private readonly labels: string[];
  /** Questions 0…depth-1 have their facts set. */
  private depth = 0;
  private started = false;
  private finished = false;
  private readonly children: number[][] | undefined;
  private readonly root: number[] = [];
  private readonly fixed: ArrayLike<number> | undefined;
  private readonly labelled: boolean;
  private readonly lastFirst: boolean;
  private readonly stopAtDeadEnds: boolean;
  /** Whether a blocking notice held after the last question walked. */
  private stoppedAtEnd = false;
  /** The first question settled again since the case before the current one (see `changedFrom`). */
  private low = 0;
  /** The first question settled again since the last case `asked` was marked for (dead ends pass it on). */
  private unmarked = 0;
  /** Questions not yet marked in `asked`. */
  private unasked: number;

  constructor(
    private readonly plan: ThemePlan,
    private readonly visit?: NodeVisitor,
    options: WalkOptions = {},
  ) {
    this.questions = plan.questions;
    this.n = Math.min(options.upTo ?? plan.questions.length, plan.questions.length);
    this.fixed = options.fixed;
    this.labelled = options.labels ?? true;
    this.lastFirst = options.last ?? false;
    this.stopAtDeadEnds = options.deadEnds ?? false;
    this.facts = new Map(plan.baseFacts);
    this.verdicts = new Uint8Array(plan.conditions.length);
    this.tables = plan.verdictTables;
    const own = walkTables(plan);
    this.ownTables = own.tables;
    this.kept = own.kept;
    this.state = new Int32Array(plan.questions.length);
    for (const c of plan.initial) this.evaluate(c);
    this.asked = new Uint8Array(this.n);
    this.unasked = this.n;
    this.mode = new Uint8Array(this.n);
    this.choice = new Int32Array(this.n);
    this.pos = new Int32Array(this.n);
    this.all = everyChoice(plan);
    this.lists = this.all.slice(0, this.n);
    this.stoppedBefore = new Uint8Array(this.n);
    this.keys = new Array<string>(this.n).fill('');
    this.labels = new Array<string>(this.n).fill('');
    this.children = visit ? plan.questions.map(() => []) : undefined;
  }

  /** Moves to the next case; false when there is none left. */
  advance(): boolean {
    if (this.finished) return false;
    this.atDeadEnd = false;
    this.low = this.n;
    if (!this.started) {
      this.low = 0;
      this.started = true;
      if (this.descend(0, this.blocked())) return this.atCase();
      if (this.stopAtDeadEnds) return this.stopAtDeadEnd();
    }
    for (;;) {
      const k = this.backtrack();
      if (k < 0) {
        this.finished = true;
        return false;
      }
      if (this.descend(k + 1, this.resume(k))) return this.atCase();
      if (this.stopAtDeadEnds) return this.stopAtDeadEnd();
    }
  }

  /**
   * The walk reached a case: marks its questions asked, from the first settled again since the last case (the
   * questions before it were asked alike there).
   */
  private atCase(): true {
    // Once every question is marked, nothing is left to look at.
    if (this.unasked > 0) {
      const asked = this.asked;
      for (let j = Math.min(this.unmarked, this.low); j < this.n; j++) {
        if (asked[j] === 0 && this.mode[j] !== SKIPPED) {
          asked[j] = 1;
          this.unasked--;
        }
      }
    }
    this.unmarked = this.n;
    return true;
  }

  /**
   * With `WalkOptions.deadEnds`: whether `advance` stopped on a path that reaches a question accepting no
   * answer (no case), rather than on a case.
   */
  atDeadEnd = false;

  private stopAtDeadEnd(): true {
    this.atDeadEnd = true;
    if (this.low < this.unmarked) this.unmarked = this.low;
    return true;
  }

  /** The case key of the current case, as `caseOf` gives it. */
  get key(): string {
    if (!this.labelled) return joinFragments(this.parts().map((choice) => choice.fragment));
    return this.n === 0 ? '' : (this.keys[this.n - 1] as string);
  }

  /** The case label of the current case, as `caseOf` gives it. */
  get label(): string {
    if (!this.labelled) {
      return this.parts()
        .map((choice) => choice.label)
        .filter((label) => label !== '')
        .join(' · ');
    }
    return this.n === 0 ? '' : (this.labels[this.n - 1] as string);
  }

  /**
   * The first question whose state may differ between the current case and the one `advance` stopped on
   * before it (0 on the first): every question before it took the same choice, or was skipped or prefilled
   * alike, on both. The questions from it on were settled again (possibly as before).
   */
  get changedFrom(): number {
    return this.low;
  }

  /** Whether question k (the first one not walked, with `upTo: k`) is asked after the current prefix. */
  asks(k: number): boolean {
    const q = this.questions[k];
    return q !== undefined && !this.stoppedAtEnd && (q.when < 0 || this.verdicts[q.when] !== 0);
  }

  /**
   * The choices question k (the first one not walked, with `upTo: k`, asked there: `asks`) branches on after
   * the current prefix, in walk order: those offered (its options' conditions read only earlier questions,
   * whose verdicts are settled), none where a prefilled answer stands.
   */
  offers(k: number): readonly number[] {
    const q = this.questions[k];
    if (q === undefined) return [];
    if (q.prefilled && (!q.gates || q.gates.prefilledOffered(this.holds))) return [];
    return q.gates ? q.gates.offered(this.holds) : (this.all[k] as readonly number[]);
  }

  /**
   * The choices offered to question k at the current node, in walk order: in a visitor's call for k, the
   * choice of each child.
   */
  offeredAt(k: number): readonly number[] {
    return this.lists[k] as readonly number[];
  }

  /** By question walked: the choice taken where the walk branched, else -1 (for `WalkOptions.fixed`). */
  branchedChoices(): Int32Array {
    const choices = new Int32Array(this.n).fill(-1);
    for (let j = 0; j < this.n; j++) if (this.mode[j] === BRANCHED) choices[j] = this.choice[j] as number;
    return choices;
  }

  /**
   * Writes, by question walked, the choice the current case took where it branched or was fixed; -2 where the
   * profile answered it, -1 where it was not asked.
   */
  choicesInto(out: Int32Array): void {
    for (let j = 0; j < this.n; j++) {
      const mode = this.mode[j];
      out[j] =
        mode === BRANCHED || mode === FIXED ? (this.choice[j] as number) : mode === PREFILLED ? -2 : -1;
    }
  }

  /**
   * Adds the questions the current case (or dead end) branched on from question `from` on, and its choices, to
   * `hash`.
   */
  hashPath(hash: Hash, from = 0): void {
    for (let j = from; j < this.depth; j++) {
      if (this.mode[j] !== BRANCHED) continue;
      hash.number(j);
      hash.number(this.choice[j] as number);
    }
  }

  /**
   * Moves to the first path that takes choice c at question k (the last path, for a walk made with
   * `WalkOptions.last`), keeping the questions before k; k must have branched on the current path, and the
   * walk must have no visitor. False when that path meets a question that accepts no answer (the first case
   * below the choice, if any, is then further on).
   */
  firstPathWith(k: number, c: number): boolean {
    const q = this.questions[k] as QuestionPlan;
    if (this.visit || this.mode[k] !== BRANCHED || this.depth <= k || c < 0 || c >= q.choices.length)
      throw new RangeError(`question ${k} did not branch on the current path`);
    // A choice whose option is not offered at this node leads to no case.
    const list = this.lists[k] as readonly number[];
    // Every choice offered (no option condition): the position is the choice; a search only where gated.
    const at = list === this.all[k] ? c : list.indexOf(c);
    if (at < 0) return false;
    this.forget(k + 1);
    this.pos[k] = at - 1;
    // `resume` lowers `low` to k at most: the questions from there on are marked asked if the path is a case.
    if (this.descend(k + 1, this.resume(k))) return this.atCase();
    if (this.low < this.unmarked) this.unmarked = this.low;
    return false;
  }

  /** The user's answers of the current case in question order (prefilled answers left out). */
  answers(): Record<string, AnswerValue> {
    const answers: Record<string, AnswerValue> = {};
    for (let j = 0; j < this.n; j++) {
      if (this.mode[j] !== BRANCHED && this.mode[j] !== FIXED) continue;
      const q = this.questions[j] as QuestionPlan;
      answers[q.id] = (q.choices[this.choice[j] as number] as Choice).value;
    }
    return answers;
  }

  /** The asked questions of the current case (prefilled ones included), in order, each with its choice. */
  steps(): { readonly question: number; readonly choice: Choice }[] {
    const steps: { question: number; choice: Choice }[] = [];
    for (let j = 0; j < this.n; j++) {
      const mode = this.mode[j];
      if (mode === SKIPPED) continue;
      const q = this.questions[j] as QuestionPlan;
      const choice = mode === PREFILLED ? q.prefilled : q.choices[this.choice[j] as number];
      if (choice) steps.push({ question: j, choice });
    }
    return steps;
  }

  /** The choices of the current case's asked questions (prefilled ones included), in order. */
  private parts(): Choice[] {
    const parts: Choice[] = [];
    for (let j = 0; j < this.n; j++) {
      const mode = this.mode[j];
      if (mode === SKIPPED) continue;
      const q = this.questions[j] as QuestionPlan;
      const choice = mode === PREFILLED ? q.prefilled : q.choices[this.choice[j] as number];
      if (choice) parts.push(choice);
    }
    return parts;
  }

  /** Records the id of the current case's outcome (only with a visitor). */
  leaf(id: number): void {
    this.push(this.n, id);
  }

  /** Whether a blocking notice holds before any question. */
  private blocked(): boolean {
    const blocks = this.plan.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const c = blocks[b] as number;
      if (c < 0 || this.verdicts[c] === 1 || this.plan.conditions[c]?.(this.facts) === true) return true;
    }
    return false;
  }

  private evaluate(c: number): void {
    const table = this.tables[c];
    if (table === undefined) {
      const own = this.ownTables[c];
      this.verdicts[c] = own === undefined ? this.run(c) : this.lookUp(c, own);
      return;
    }
    const { reads, strides, verdicts } = table;
    let at = 0;
    for (let i = 0; i < reads.length; i++)
      at += (this.state[reads[i] as number] as number) * (strides[i] as number);
    let verdict = verdicts[at] as number;
    if (verdict < 0) {
      for (let i = 0; i < reads.length; i++) this.setFact(reads[i] as number);
      verdict = this.run(c);
      verdicts[at] = verdict;
    }
    this.verdicts[c] = verdict;
  }

  /**
   * The verdict of condition c from the table walks keep for it (`walkTables`): a question whose options have
   * conditions may have met more choices since the table was made, and a state past its size is run each time.
   */
  private lookUp(c: number, table: WalkTable): number {
    const { reads, strides, sizes, verdicts } = table;
    let at = 0;
    for (let i = 0; i < reads.length; i++) {
      const state = this.state[reads[i] as number] as number;
      if (state >= (sizes[i] as number)) {
        at = -1;
        break;
      }
      at += state * (strides[i] as number);
    }
    let verdict = at < 0 ? -1 : (verdicts[at] as number);
    if (verdict < 0) {
      for (let i = 0; i < reads.length; i++) this.setFact(reads[i] as number);
      verdict = this.run(c);
      if (at >= 0) verdicts[at] = verdict;
    }
    return verdict;
  }

  /** Sets question j's fact as its state on the path has it (a fact not kept is set only when a table misses). */
  private setFact(j: number): void {
    if (this.kept[j] === 1) return;
    const q = this.questions[j] as QuestionPlan;
    const state = this.state[j] as number;
    const choice =
      state === STATE_SKIPPED
        ? undefined
        : state === STATE_PREFILLED
          ? q.prefilled
          : q.choices[state - STATE_CHOICE];
    this.facts.set(q.id, choice?.value);
  }

  /** Runs condition c on the facts: 0 false, 1 true, 2 unknown. */
  private run(c: number): number {
    const verdict = (this.plan.conditions[c] as CompiledCondition)(this.facts);
    return verdict === true ? 1 : verdict === false ? 0 : 2;
  }

  /**
   * Question j's fact was just set: evaluates the conditions whose last question it is, and tells whether a
   * blocking notice now holds (three-valued: one may hold before every fact it reads is settled, so each is
   * evaluated whenever one of its facts is set, as the session's walk does after every question).
   */
  private settled(j: number, stopped: boolean): boolean {
    const level = this.plan.atLevel[j] as readonly number[];
    for (let i = 0; i < level.length; i++) this.evaluate(level[i] as number);
    if (stopped) return true;
    const blocks = this.plan.blocksAt[j] as readonly number[];
    const conditions = this.plan.conditions;
    for (let i = 0; i < blocks.length; i++) {
      if ((conditions[blocks[i] as number] as CompiledCondition)(this.facts) === true) return true;
    }
    return false;
  }

  /** Settles questions from `from` on, taking the first choice where they branch; false at a dead end. */
  private descend(from: number, stopped: boolean): boolean {
    const facts = this.facts;
    const verdicts = this.verdicts;
    const kept = this.kept;
    for (let j = from; j < this.n; j++) {
      const q = this.questions[j] as QuestionPlan;
      this.stoppedBefore[j] = stopped ? 1 : 0;
      const asked = !stopped && (q.when < 0 || verdicts[q.when] !== 0);
      if (!asked) {
        this.mode[j] = SKIPPED;
        this.state[j] = STATE_SKIPPED;
        if (kept[j] === 1) facts.set(q.id, undefined);
        if (this.labelled) {
          this.keys[j] = j === 0 ? '' : (this.keys[j - 1] as string);
          this.labels[j] = j === 0 ? '' : (this.labels[j - 1] as string);
        }
      } else {
        let choice: Choice;
        const fixed = this.fixed?.[j] ?? -1;
        // Where options have conditions, only the choices offered at this node (decided: they read earlier facts).
        const list = q.gates ? q.gates.offered(this.holds) : (this.all[j] as readonly number[]);
        this.lists[j] = list;
        if (q.prefilled && (!q.gates || q.gates.prefilledOffered(this.holds))) {
          this.mode[j] = PREFILLED;
          this.state[j] = STATE_PREFILLED;
          choice = q.prefilled;
        } else if (fixed >= 0) {
          const taken = list.includes(fixed) ? q.choices[fixed] : undefined;
          if (taken === undefined) {
            this.depth = j;
            this.push(j, NO_CASE);
            return false;
          }
          this.mode[j] = FIXED;
          this.choice[j] = fixed;
          this.state[j] = STATE_CHOICE + fixed;
          choice = taken;
        } else {
          const start = this.lastFirst ? list.length - 1 : 0;
          const first = start < 0 ? undefined : q.choices[list[start] as number];
          if (first === undefined) {
            // No answer fits (an empty date range on this day): no case down this path.
            this.depth = j;
            this.push(j, NO_CASE);
            return false;
          }
          this.mode[j] = BRANCHED;
          this.pos[j] = start;
          this.choice[j] = list[start] as number;
          this.state[j] = STATE_CHOICE + (list[start] as number);
          choice = first;
        }
        if (kept[j] === 1) facts.set(q.id, choice.value);
        this.append(j, choice);
      }
      stopped = this.settled(j, stopped);
    }
    this.depth = this.n;
    this.stoppedAtEnd = stopped;
    return true;
  }

  /**
   * Finds the deepest question below `depth` that branched and has a choice left, deletes the facts after it
   * and returns its index (-1 when the walk is over). Subtrees left behind are finished (see `finish`).
   */
  private backtrack(): number {
    let k = this.depth - 1;
    while (k >= 0) {
      if (this.mode[k] === BRANCHED) {
        if ((this.pos[k] as number) + 1 < (this.lists[k] as readonly number[]).length) break;
        if (this.children) this.finish(k);
      }
      k--;
    }
    if (k < 0 && this.children) this.root.length = 0;
    this.forget(k + 1);
    return k;
  }

  /** Deletes the kept facts of questions `from`…depth-1 (the others are set again before they are read). */
  private forget(from: number): void {
    for (let j = from; j < this.depth; j++) {
      if (this.kept[j] === 1) this.facts.delete((this.questions[j] as QuestionPlan).id);
    }
  }

  /** Takes the next choice of question k; returns whether a blocking notice holds after it. */
  private resume(k: number): boolean {
    if (k < this.low) this.low = k;
    const q = this.questions[k] as QuestionPlan;
    const at = (this.pos[k] as number) + 1;
    this.pos[k] = at;
    const index = (this.lists[k] as readonly number[])[at] as number;
    this.choice[k] = index;
    this.state[k] = STATE_CHOICE + index;
    const choice = q.choices[index] as Choice;
    if (this.kept[k] === 1) this.facts.set(q.id, choice.value);
    this.append(k, choice);
    this.depth = k + 1;
    return this.settled(k, this.stoppedBefore[k] === 1);
  }

  private append(j: number, choice: Choice): void {
    if (!this.labelled) return;
    const key = j === 0 ? '' : (this.keys[j - 1] as string);
    const label = j === 0 ? '' : (this.labels[j - 1] as string);
    this.keys[j] = appendFragment(key, choice.fragment);
    this.labels[j] = choice.label === '' ? label : label === '' ? choice.label : `${label} · ${choice.label}`;
  }

  /** Hands a subtree id to the deepest question before `below` that branched (or to the root). */
  private push(below: number, id: number): void {
    const children = this.children;
    if (!children) return;
    for (let j = below - 1; j >= 0; j--) {
      if (this.mode[j] === BRANCHED) {
        (children[j] as number[]).push(id);
        return;
      }
    }
    this.root.push(id);
  }

  /** Every choice of question k at this node is done: report the node and pass its id up. */
  private finish(k: number): void {
    const children = (this.children as number[][])[k] as number[];
    this.visit?.(k, children);
    const hash = new Hash();
    hash.number(k);
    // Where options have conditions, the choice of each child too: subtrees that offer other answers differ
    // (elsewhere every choice is offered, and a child's place is its choice).
    const list = this.lists[k] as readonly number[];
    const gated = list !== this.all[k];
    for (let c = 0; c < children.length; c++) {
      if (gated) hash.number(list[c] as number);
      hash.number(children[c] as number);
    }
    children.length = 0;
    this.push(k, hash.value());
  }
}

/** A verdict table walks keep (`walkTables`): `sizes` are the states it has room for, by question read. */
export interface WalkTable extends VerdictTable {
  readonly sizes: Int32Array;
}

/** The tables walks add to a plan's, and the facts they keep then. */
export interface WalkTables {
  readonly tables: readonly (WalkTable | undefined)[];
  readonly kept: Uint8Array;
}

/** Most entries of a table walks add: one per plan, so more than a plan's own (`MAX_TABLE_ENTRIES`). */
const MAX_WALK_ENTRIES = 16 * MAX_TABLE_ENTRIES;

const walkTablesByPlan = new WeakMap<ThemePlan, WalkTables>();

/**
 * By condition of a plan: a verdict table for each condition that reads questions but has no table in the plan,
 * because it reads a question whose options have conditions (whose choices grow as walks meet them) or because
 * its table would pass `MAX_TABLE_ENTRIES`; sized by the choices known when the first walk of the plan starts,
 * up to `MAX_WALK_ENTRIES`; with the facts walks must keep then (`keptFacts`). A state past a table's size is
 * run each time: the table is a memo of verdicts, never a second answer. Built once per plan: walks of the
 * permit theme ran such conditions about 50,000 times.
 */
export function walkTables(plan: ThemePlan): WalkTables {
  let known = walkTablesByPlan.get(plan);
  if (known !== undefined) return known;
  const questions = plan.questions;
  const tables = plan.reads.map((read, c): WalkTable | undefined => {
    if (plan.verdictTables[c] !== undefined || read.length === 0) return undefined;
    const strides = new Int32Array(read.length);
    const sizes = new Int32Array(read.length);
    let size = 1;
    for (let i = read.length - 1; i >= 0; i--) {
      strides[i] = size;
      sizes[i] = ((questions[read[i] as number] as QuestionPlan).choices.length + STATE_CHOICE) as number;
      size *= sizes[i] as number;
      if (size > MAX_WALK_ENTRIES) return undefined;
    }
    return { reads: Int32Array.from(read), strides, sizes, verdicts: new Int8Array(size).fill(-1) };
  });
  const all = tables.map((table, c) => table ?? plan.verdictTables[c]);
  known = { tables, kept: keptFacts(questions.length, plan.reads, all, plan.blocks) };
  walkTablesByPlan.set(plan, known);
  return known;
}

const choiceLists = new WeakMap<ThemePlan, readonly (readonly number[])[]>();

/**
 * By question, every choice index in order, built once per plan: walkers are made by the thousand (one per
 * choice when choices are compared), and a question may have 100,000 options.
 */
function everyChoice(plan: ThemePlan): readonly (readonly number[])[] {
  let lists = choiceLists.get(plan);
  if (!lists) {
    lists = plan.questions.map((q) => q.choices.map((_, c) => c));
    choiceLists.set(plan, lists);
  }
  return lists;
}
