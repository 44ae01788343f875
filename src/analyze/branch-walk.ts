import { sketchOf } from './outcome-sketch.js';
import type { ThemePlan } from './plan.js';
import { CaseWalker } from './walker.js';

/** What the walk of every case found of one question's nodes (where it branched on two choices or more). */
export interface NodeCount {
  nodes: number;
  /** The nodes (by their index in walk order) whose choices look alike by sketches. */
  readonly alike: number[];
  /** The steps of `idleBranches` for the question known before comparing anything (its bound of steps). */
  floor: number;
}

/**
 * One walk of every case, its subtrees numbered by sketches of their outcomes (`walkBranches`): by question,
 * its nodes and those whose choices look alike (for `idleBranches`), and the choices seen apart somewhere (for
 * `separateChoices`, which then compares only what the walk left alike).
 */
export interface BranchWalk {
  /** The bound of steps the node counts were kept for (past it, `alike` stops growing). */
  readonly maxSteps: number;
  /** By question index. */
  readonly counts: readonly NodeCount[];
  /** By question: 1 when at some node two of its choices lead to subtrees whose sketches differ. */
  readonly some: Uint8Array;
  /**
   * By question whose pairs were asked for: `apart[a * m + b]` (m: its number of choices) is 1 when choices a
   * and b lead to subtrees whose sketches differ at some node where both are offered.
   */
  readonly apart: readonly (Uint8Array | undefined)[];
}

/** Most choices of a node whose pairs the walk compares: past it, `separateChoices` compares them. */
const MAX_PAIRED_CHOICES = 64;

const walks = new WeakMap<ThemePlan, BranchWalk>();

/**
 * Walks every case of a plan once (the plan must not have more cases than the analysis enumerates), numbering
 * subtrees bottom-up by a sketch of each case's outcome (`OutcomeSketch`: equal outcomes, equal sketches, so
 * subtrees whose sketches differ differ), and records what `BranchWalk` says; `pairs`, by question, asks for
 * its pairs of choices seen apart. Memoised per plan for the same `maxSteps` and pairs asked for (or fewer):
 * the census's exploration and the `no-effect-branch` check share one walk.
 */
export function walkBranches(plan: ThemePlan, maxSteps: number, pairs?: readonly boolean[]): BranchWalk {
  const known = walks.get(plan);
  if (
    known?.maxSteps === maxSteps &&
    (pairs === undefined || pairs.every((wanted, k) => !wanted || known.apart[k] !== undefined))
  )
    return known;
  const counts: NodeCount[] = plan.questions.map(() => ({ nodes: 0, alike: [], floor: 0 }));
  const some = new Uint8Array(plan.questions.length);
  const apart = plan.questions.map((q, k) =>
    pairs?.[k] ? new Uint8Array(q.choices.length * q.choices.length) : undefined,
  );
  const walker: CaseWalker = new CaseWalker(
    plan,
    (k, children) => {
      if (children.length < 2) return;
      const count = counts[k] as NodeCount;
      const index = count.nodes++;
      const first = children[0];
      let same = true;
      for (let c = 1; c < children.length && same; c++) same = children[c] === first;
      if (!same) {
        some[k] = 1;
        const table = apart[k];
        if (table && children.length <= MAX_PAIRED_CHOICES) markApart(table, children, walker.offeredAt(k));
        return;
      }
      // Past the bound, the question is left out of `idleBranches`: its nodes are only counted.
      if (count.floor > maxSteps) return;
      count.alike.push(index);
      // The walk down to the node, then one path per choice.
      count.floor += 1 + children.length;
    },
    { labels: false },
  );
  const sketch = sketchOf(plan);
  sketch.restart();
  while (walker.advance()) walker.leaf(sketch.of(walker));
  const walk: BranchWalk = { maxSteps, counts, some, apart };
  walks.set(plan, walk);
  return walk;
}

/** Marks the pairs of choices (`offered[i]`: the choice of child i) whose subtree ids differ. */
function markApart(table: Uint8Array, children: readonly number[], offered: readonly number[]): void {
  const m = Math.round(Math.sqrt(table.length));
  for (let i = 0; i < children.length; i++) {
    for (let j = i + 1; j < children.length; j++) {
      if (children[i] === children[j]) continue;
      const a = offered[i] as number;
      const b = offered[j] as number;
      table[a * m + b] = 1;
      table[b * m + a] = 1;
    }
  }
}
