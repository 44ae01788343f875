import type { IdleBranch } from '../../src/analyze/branch-effect.js';
import type { ThemePlan } from '../../src/analyze/plan.js';
import { Summarizer } from '../../src/analyze/summary.js';
import { CaseWalker } from '../../src/analyze/walker.js';

// The reference for `idleBranches` (src/analyze/branch-effect.ts): every case walked one by one.

/**
 * `idleBranches` by walking every case: for each of the given question indices, the branch on which it is asked for nothing, if any. One walk over
 * every case numbers subtrees bottom-up (equal ids: the same questions follow and every path ends in the same
 * outcome), so a node where the question branched is idle when all its choices have the same id. An idle
 * node's earlier answers are then generalised one question at a time, dropping an answer whenever every node
 * that agrees on the rest is idle too, so the branch reads as few answers as it needs. Every question is
 * looked at, however many its nodes (`idleBranches` leaves out those past its bound of steps).
 */
export function idleBranchesByWalk(plan: ThemePlan, questions: readonly number[]): Map<number, IdleBranch> {
  const nodes = new Map<number, { prefix: Int32Array; idle: boolean }[]>(questions.map((k) => [k, []]));
  const summarizer = new Summarizer(plan, { identity: true, choice: true });
  const walker: CaseWalker = new CaseWalker(
    plan,
    (k, children) => {
      const list = nodes.get(k);
      if (!list || children.length < 2) return;
      list.push({
        prefix: walker.branchedChoices().slice(0, k),
        idle: children.every((id) => id === children[0]),
      });
    },
    { labels: false },
  );
  while (walker.advance()) walker.leaf(summarizer.summarize(walker.verdicts).identity as number);
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
 * The earlier questions (indices, in order) whose answers in `prefix` must stay for every node agreeing with
 * it on them to be idle: starting from all its branched answers, each is dropped when that still holds.
 */
function generalise(prefix: Int32Array, nodes: readonly { prefix: Int32Array; idle: boolean }[]): number[] {
  const kept = new Set<number>();
  prefix.forEach((choice, j) => {
    if (choice >= 0) kept.add(j);
  });
  const agrees = (node: { prefix: Int32Array }, on: ReadonlySet<number>) => {
    for (const j of on) if (node.prefix[j] !== prefix[j]) return false;
    return true;
  };
  for (const j of [...kept]) {
    const without = new Set([...kept].filter((i) => i !== j));
    if (nodes.every((node) => node.idle || !agrees(node, without))) kept.delete(j);
  }
  return [...kept].sort((a, b) => a - b);
}
