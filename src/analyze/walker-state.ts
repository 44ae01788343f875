import type { AnswerValue } from '../model/session.js';
import type { CompiledCondition } from '../rules/compile.js';
import { joinFragments } from '../session/case-key-format.js';
import type { Hash } from '../util/id-hash.js';
import type { Choice } from './choices.js';
import type { QuestionPlan, ThemePlan } from './plan.js';
import { STATE_CHOICE, STATE_PREFILLED, STATE_SKIPPED, type VerdictTable } from './verdict-tables.js';
import { everyChoice, type WalkTable, walkTables } from './walk-tables.js';

/** How the walk settled a question on the current path (`mode`): skipped, prefilled, branched on or fixed. */
export const SKIPPED = 0;
export const PREFILLED = 1;
export const BRANCHED = 2;
/** Asked with the choice the walk was told to take (`WalkOptions.fixed`): not branched on. */
export const FIXED = 3;

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
 * What a `CaseWalker` knows of the current path: the state of each question, the verdicts of the conditions
 * on it (evaluated here, from the verdict tables or by running them) and what the current case asked and
 * answered. `CaseWalker` moves along the paths; this part only reads them.
 */
export abstract class WalkerState {
  /** The facts conditions run on: question facts only as far as `ThemePlan.keptFacts` keeps them. */
  protected readonly facts: Map<string, unknown>;
  /** Verdict of each condition of the plan on the current path: 0 false, 1 true, 2 unknown. */
  readonly verdicts: Uint8Array;
  /**
   * Whether each question was asked (answered or prefilled) in some case so far: a path that stops at a
   * question offering no answer is no case, and asks nothing.
   */
  readonly asked: Uint8Array;
  protected readonly questions: readonly QuestionPlan[];
  protected readonly n: number;
  protected readonly mode: Uint8Array;
  protected readonly choice: Int32Array;
  /** By question settled: its state as the plan's verdict tables read it (`STATE_*`). */
  protected readonly state: Int32Array;
  protected readonly tables: readonly (VerdictTable | undefined)[];
  /** By condition without a table in the plan: its table by the choices known when it was made (`walkTables`). */
  protected readonly ownTables: readonly (WalkTable | undefined)[];
  /** By question: whether its fact is kept up to date in `facts` (`walkTables`). */
  protected readonly kept: Uint8Array;
  /** By question: the choices offered at the current node (indices into its choices), and where in them it is. */
  protected readonly lists: (readonly number[])[];
  protected readonly pos: Int32Array;
  /** By question: every choice index, the list of a question whose options have no conditions. */
  protected readonly all: readonly (readonly number[])[];
  protected readonly holds = (c: number): boolean => this.verdicts[c] === 1;
  protected readonly stoppedBefore: Uint8Array;
  protected readonly keys: string[];
  protected readonly labels: string[];
  /** Questions 0…depth-1 have their facts set. */
  protected depth = 0;
  protected started = false;
  protected finished = false;
  protected readonly children: number[][] | undefined;
  protected readonly root: number[] = [];
  protected readonly fixed: ArrayLike<number> | undefined;
  protected readonly labelled: boolean;
  protected readonly lastFirst: boolean;
  protected readonly stopAtDeadEnds: boolean;
  /** Whether a blocking notice held after the last question walked. */
  protected stoppedAtEnd = false;
  /** The first question settled again since the case before the current one (see `changedFrom`). */
  protected low = 0;
  /** The first question settled again since the last case `asked` was marked for (dead ends pass it on). */
  protected unmarked = 0;
  /** Questions not yet marked in `asked`. */
  protected unasked: number;

  constructor(
    protected readonly plan: ThemePlan,
    protected readonly visit?: NodeVisitor,
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

  /** Whether a blocking notice holds before any question. */
  protected blocked(): boolean {
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
  protected settled(j: number, stopped: boolean): boolean {
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
}
