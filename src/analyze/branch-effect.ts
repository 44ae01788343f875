import { Hash } from '../util/id-hash.js';
import { walkBranches } from './branch-walk.js';
import type { QuestionPlan, ThemePlan } from './plan.js';
import { Summarizer } from './summary.js';
import { CaseWalker, NO_CASE } from './walker.js';

/**
 * Most steps the search for a branch where a question changes nothing takes for one question past the walk of
 * every case, a step being one path that one of its walks settles: the paths to the question's nodes (kept to
 * name the branch), and the paths walked to compare the choices exactly (by outcome ids) at each node whose
 * choices look alike by their sketches. A question is left out when, before anything is compared, its nodes
 * and, at each node to compare, its choices and the walk down to it come to more, or when the comparisons'
 * walks go past it. Steps, not time or nodes: the same bound on every machine and run, and one that follows
 * the work (a question asked at many nodes whose choices differ by their sketches takes no step).
 */
export const MAX_BRANCH_STEPS = 10_000;

/** Where a question is asked but none of its answers changes what follows. */
export interface IdleBranch {
  /** The earlier answers that make it idle, as case-key fragments (`business=endorse`), in question order. */
  readonly answers: readonly string[];
  /** Nodes (distinct earlier paths) where it is asked and idle, and where it is asked at all. */
  readonly idle: number;
  readonly asked: number;
}

/** A node where a question branched on two choices or more: the choices before it, and whether it is idle. */
interface BranchNode {
  /** By earlier question: the choice taken where it branched, else -1. */
  readonly prefix: Int32Array;
  idle: boolean;
}

/**
 * For each of the given question indices, the branch on which it is asked for nothing, if any: a node (a
 * distinct earlier path) where it branched on two choices or more is idle when all its choices lead to equal
 * subtrees (the same questions follow and every path ends in the same outcome, by outcome ids). One walk over
 * every case (`walkBranches`, shared with the exploration that tells which choices matter) numbers subtrees
 * bottom-up by a sketch of each case's outcome (`OutcomeSketch`: its notices and items, which need no
 * composition, kept up to date from case to case), which tells apart the choices of
 * almost every node that is not idle; only at a node whose choices look alike are their subtrees walked
 * again, with outcome ids. The first idle node's earlier answers are then generalised one question at a time,
 * dropping an answer whenever every node that agrees on the rest is idle too, so the branch reads as few
 * answers as it needs. A question whose search would take more than `maxSteps` steps (MAX_BRANCH_STEPS) is
 * left out; `steps`, when given, receives by question with nodes to compare the steps it took past the walk
 * of every case (more than `maxSteps`: left out, with the steps known before it was).
 */
export function idleBranches(
  plan: ThemePlan,
  questions: readonly number[],
  maxSteps = MAX_BRANCH_STEPS,
  steps?: Map<number, number>,
): Map<number, IdleBranch> {
  const walk = walkBranches(plan, maxSteps);
  // Equal subtrees have equal sketches: only choices alike by their sketches are compared by outcome ids, and
  // only the questions with such nodes need their nodes' earlier answers (one path per node at least).
  const exact = new SubtreeIds(plan);
  const nodes = new Map<number, BranchNode[]>();
  for (const k of questions) {
    const count = walk.counts[k];
    if (count === undefined || count.alike.length === 0) continue;
    if (count.nodes + count.floor > maxSteps) {
      steps?.set(k, count.nodes + count.floor);
      continue;
    }
    exact.steps = 0;
    exact.limit = maxSteps;
    const prefixes = nodePrefixes(plan, k, count.nodes, exact);
    if (exact.steps > maxSteps) {
      steps?.set(k, exact.steps);
      continue;
    }
    const list: BranchNode[] = prefixes.map((prefix) => ({ prefix, idle: false }));
    for (const i of count.alike) {
      const node = list[i] as BranchNode;
      node.idle = exact.idleAt(k, node.prefix);
      if (exact.steps > maxSteps) break;
    }
    steps?.set(k, exact.steps);
    if (exact.steps <= maxSteps) nodes.set(k, list);
  }
  const found = new Map<number, IdleBranch>();
  for (const [k, list] of nodes) {
    const first = list.find((node) => node.idle);
    if (!first) continue;
    found.set(k, {
      answers: generalise(first.prefix, list).map(
        (j) => plan.questions[j]?.choices[first.prefix[j] as number]?.fragment ?? '',
      ),
      idle: list.filter((node) => node.idle).length,
      asked: list.length,
    });
  }
  return found;
}

/**
 * The first `count` nodes of question k in walk order (fewer once `steps` passes its limit), as the choices that lead there (by earlier question: the
 * choice taken where it branched, else -1): the paths through the questions before k after which k is asked,
 * not answered by the profile, with two choices or more offered, as a walk of every case finishes them.
 */
function nodePrefixes(
  plan: ThemePlan,
  k: number,
  count: number,
  steps: { steps: number; readonly limit: number },
): Int32Array[] {
  const q = plan.questions[k] as QuestionPlan;
  const walker = new CaseWalker(plan, undefined, { upTo: k, labels: false });
  const holds = (c: number) => walker.verdicts[c] === 1;
  const prefixes: Int32Array[] = [];
  while (prefixes.length < count && walker.advance()) {
    // Paths where k is not asked count too: past the limit, the caller drops the question.
    if (++steps.steps > steps.limit) break;
    if (!walker.asks(k)) continue;
    const gates = q.gates;
    if (q.prefilled && (!gates || gates.prefilledOffered(holds))) continue;
    const offered = gates ? gates.offered(holds).length : q.choices.length;
    if (offered >= 2) prefixes.push(walker.branchedChoices());
  }
  return prefixes;
}

/** The id of a walk in step that has ended. */
const ENDED = -2;

/** Subtrees below the choices of a node, told apart by outcome ids as `CaseWalker` numbers them. */
class SubtreeIds {
  /** Paths settled by the walks so far (`MAX_BRANCH_STEPS`): the caller sets it to 0 for each question. */
  steps = 0;
  /** Past this many steps, walks stop at once: the caller then drops the question, whatever they answer. */
  limit = Number.POSITIVE_INFINITY;

  private readonly summarizer: Summarizer;

  /** The last question whose options have conditions (-1: none). */
  private readonly lastGated: number;

  constructor(private readonly plan: ThemePlan) {
    this.summarizer = new Summarizer(plan, { identity: true, choice: true });
    let last = -1;
    plan.questions.forEach((q, j) => {
      if (q.gates) last = j;
    });
    this.lastGated = last;
  }

  private outcomeId(verdicts: Uint8Array): number {
    return this.summarizer.summarize(verdicts).identity as number;
  }

  /**
   * Whether the subtrees below the choices of question k at the node differ, found by walking them in step,
   * case by case (dead ends included): equal subtrees give equal sequences of the questions each case branched
   * on below k, its choices there and its outcome, so the first step that differs settles it, most often at
   * the first case. With no option condition after k, every choice is offered wherever its question is asked,
   * so a choice's index is its place among its question's choices. False when nothing differed.
   */
  private partInStep(k: number, prefix: Int32Array, choices: readonly number[]): boolean {
    const walkers = choices.map((c) => {
      // One array per walk: a walker keeps the array it is given.
      const fixed = new Int32Array(k + 1);
      fixed.set(prefix.subarray(0, k));
      fixed[k] = c;
      return new CaseWalker(this.plan, undefined, { fixed, labels: false, deadEnds: true });
    });
    for (;;) {
      let first: number | undefined;
      for (const walker of walkers) {
        let id = ENDED;
        if (walker.advance()) {
          if (++this.steps > this.limit) return true;
          const hash = new Hash();
          walker.hashPath(hash, k + 1);
          hash.number(walker.atDeadEnd ? NO_CASE : this.outcomeId(walker.verdicts));
          id = hash.value();
        }
        if (first === undefined) first = id;
        else if (id !== first) return true;
      }
      if (first === ENDED) return false;
    }
  }

  /**
   * Whether the first cases below the choices already part, as the first step of `partInStep` would find, from
   * one walk down to the node and then from question k on for each choice (`firstPathWith`) rather than a walk
   * from the first question per choice. False when they agree, or when a choice's first path meets a question
   * that accepts no answer (then `partInStep` looks further).
   */
  private firstCasesPart(k: number, prefix: Int32Array, choices: readonly number[]): boolean {
    const walker = new CaseWalker(this.plan, undefined, { fixed: prefix.subarray(0, k), labels: false });
    this.steps++;
    // A case below the node: every question is settled on its path, so k branched there (its mode is fresh).
    if (!walker.advance() || walker.branchedChoices()[k] === -1) return false;
    let first: number | undefined;
    for (const c of choices) {
      this.steps++;
      if (!walker.firstPathWith(k, c)) return false;
      const hash = new Hash();
      walker.hashPath(hash, k + 1);
      hash.number(this.outcomeId(walker.verdicts));
      const id = hash.value();
      if (first === undefined) first = id;
      else if (id !== first) return true;
    }
    return false;
  }

  /**
   * Whether every choice of question k at the node `prefix` leads (prefix: the choices taken where earlier
   * questions branched, else -1) to the same subtree as a walk of every case numbers it.
   */
  idleAt(k: number, prefix: Int32Array): boolean {
    const choices = this.choicesAt(k, prefix);
    if (
      k >= this.lastGated &&
      (this.firstCasesPart(k, prefix, choices) || this.partInStep(k, prefix, choices))
    )
      return false;
    const fixed = new Int32Array(k + 1);
    fixed.set(prefix.subarray(0, k));
    let first: string | undefined;
    for (const c of choices) {
      fixed[k] = c;
      const id = this.subtreeOf(fixed);
      if (first === undefined) first = id;
      else if (id !== first) return false;
    }
    return true;
  }

  /**
   * The choices offered to question k at the node, in walk order: all of them for a question whose options
   * have no conditions (a node is where it is asked and not prefilled), else as a walk to the node finds them.
   */
  private choicesAt(k: number, prefix: Int32Array): number[] {
    const q = this.plan.questions[k] as QuestionPlan;
    if (!q.gates) return q.choices.map((_, c) => c);
    const walker = new CaseWalker(this.plan, undefined, {
      fixed: prefix.subarray(0, k),
      upTo: k + 1,
      labels: false,
    });
    const choices: number[] = [];
    while (walker.advance()) {
      this.steps++;
      choices.push(walker.branchedChoices()[k] as number);
    }
    return choices;
  }

  /**
   * The subtree below the fixed choices as the walk of every case passes it up: the node at its first
   * branching question (that question and its choices' ids), else its one case's outcome id, or NO_CASE.
   */
  private subtreeOf(fixed: Int32Array): string {
    // The node that finishes last is the subtree's first branching question: the others are below it.
    let top = '';
    const walker: CaseWalker = new CaseWalker(
      this.plan,
      (j, children) => {
        // The choices offered there too, as the walk's ids of nodes have them.
        top = `${j}:${walker.offeredAt(j).join(',')}:${children.join(',')}`;
      },
      { fixed, labels: false },
    );
    let leaf = NO_CASE;
    while (walker.advance()) {
      if (++this.steps > this.limit) break;
      leaf = this.outcomeId(walker.verdicts);
      walker.leaf(leaf);
    }
    return top === '' ? String(leaf) : top;
  }
}

/**
 * The earlier questions (indices, in order) whose answers in `prefix` must stay for every node agreeing with
 * it on them to be idle: starting from all its branched answers, each is dropped when that still holds.
 */
function generalise(prefix: Int32Array, nodes: readonly BranchNode[]): number[] {
  const kept = new Set<number>();
  prefix.forEach((choice, j) => {
    if (choice >= 0) kept.add(j);
  });
  const agrees = (node: BranchNode, on: ReadonlySet<number>) => {
    for (const j of on) if (node.prefix[j] !== prefix[j]) return false;
    return true;
  };
  for (const j of [...kept]) {
    const without = new Set([...kept].filter((i) => i !== j));
    if (nodes.every((node) => node.idle || !agrees(node, without))) kept.delete(j);
  }
  return [...kept].sort((a, b) => a - b);
}
