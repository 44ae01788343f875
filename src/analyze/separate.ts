import { Hash } from '../util/id-hash.js';
import type { BranchWalk } from './branch-walk.js';
import { NODES_KEPT } from './census.js';
import { sketchOf } from './outcome-sketch.js';
import type { ThemePlan } from './plan.js';
import { Summarizer } from './summary.js';
import { CaseWalker, NO_CASE } from './walker.js';

/** Which choices of one question lead to different subtrees at some node where both are offered. */
export interface ChoiceSeparation {
  /** Some two choices differ somewhere. */
  readonly some: boolean;
  /** Calls `pair(a, b)` (a < b, choice indices) for every pair found different (with `'all'`). */
  eachPair(pair: (a: number, b: number) => void): void;
  /**
   * For a question whose options have conditions (with `'all'`): calls `pair(a, b)` (a < b) for every pair
   * offered together at some node where the question branches (the others are never compared).
   */
  eachTogether(pair: (a: number, b: number) => void): void;
}

/**
 * At the node a prefix of choices leads to, the choices of question k offered there and the id of each (asked
 * in the order given): equal subtrees, equal ids. Undefined when no case lies below the node.
 */
type IdsAt = (
  prefix: Int32Array,
  k: number,
) => { readonly offered: readonly number[]; readonly idOf: (choice: number) => Probe } | undefined;

/**
 * The first or last case below a choice, as a probe compares it: a hash of its path below the question and
 * of its outcome's sketch (`OutcomeSketch`: equal outcomes, equal sketches), and, for the outcome id that
 * settles probes whose hashes agree, its verdicts (undefined: no case).
 */
interface Probe {
  readonly cheap: number;
  readonly verdicts: Uint8Array | undefined;
  id?: number;
}

const NO_PROBE: Probe = { cheap: NO_CASE, verdicts: undefined };

/** The id of a walk in step that has ended. */
const ENDED = -2;
/** Choices walked in step against the first one at a time, for a question whose any two choices will do. */
const BATCH = 64;

/** How many nodes of a question the cheap first-case comparison looks at before whole subtrees are compared. */
const PROBED_NODES = NODES_KEPT;

const NONE: ChoiceSeparation = { some: false, eachPair() {}, eachTogether() {} };
/** Some pair differs, with `'any'` (no pairs listed). */
const SOME: ChoiceSeparation = { some: true, eachPair() {}, eachTogether() {} };

/**
 * Compares the choices of a plan's questions offered together at a node, node by node (a choice not offered at
 * a node is compared with nothing there), as whole subtrees: the same questions follow, offering the same
 * choices, and every path ends in the same outcome (outcome ids as `outcomeIdentity` gives them, with what the delivery choice adds: `withChoice`). Two subtrees that
 * are alike have the same first case and the same last case (same path, same outcome), so a first or last
 * case that differs settles a pair at the cost of one path; only pairs still alike after PROBED_NODES nodes
 * have their whole subtrees enumerated, node after node, until they differ or every node has been seen.
 * With `'any'`, the search stops at the first pair that differs; with `'all'`, when every pair does.
 */
export function separateChoices(
  plan: ThemePlan,
  known?: readonly (readonly Int32Array[])[],
  /** A walk of every case that saw choices apart by sketches (`walkBranches`): those are not compared again. */
  walked?: BranchWalk,
): {
  question(k: number, want: 'any' | 'all'): ChoiceSeparation;
} {
  const summarizer = new Summarizer(plan, { identity: true, choice: true });
  const outcomeId = (verdicts: Uint8Array): number => summarizer.summarize(verdicts).identity as number;
  const sketch = sketchOf(plan);
  /** The first case below the fixed choices: the path it branches on after question k, and its outcome. */
  const firstCase = (fixed: Int32Array, k: number): Probe => {
    const walker = new CaseWalker(plan, undefined, { fixed, labels: false });
    return walker.advance() ? firstCaseId(walker, k) : NO_PROBE;
  };
  // Most probes differ in their path or their sketch, which need no outcome composed: the outcome id is
  // computed only for probes whose hashes agree (`same`).
  const firstCaseId = (walker: CaseWalker, k: number): Probe => {
    const hash = new Hash();
    walker.hashPath(hash, k + 1);
    hash.number(sketch.anew(walker));
    return { cheap: hash.value(), verdicts: walker.verdicts.slice() };
  };
  /** Whether two probes show the same path and the same outcome. */
  const same = (a: Probe, b: Probe): boolean => {
    if (a.cheap !== b.cheap) return false;
    if (a.verdicts === undefined || b.verdicts === undefined) return a.verdicts === b.verdicts;
    a.id ??= outcomeId(a.verdicts);
    b.id ??= outcomeId(b.verdicts);
    return a.id === b.id;
  };
  /** A step of a walk in step (`inStep`): the path below question k, and the case's outcome or no case. */
  const stepId = (walker: CaseWalker, k: number): number => {
    const hash = new Hash();
    walker.hashPath(hash, k + 1);
    hash.number(walker.atDeadEnd ? NO_CASE : outcomeId(walker.verdicts));
    return hash.value();
  };
  /**
   * `firstCase` of each choice at one node: one walk down to the node, then from the question on for each
   * choice (a fresh walk only for a choice whose first path meets a question that accepts no answer).
   */
  const firstCases: IdsAt = (prefix, k) => {
    const walker = new CaseWalker(plan, undefined, { fixed: prefix.subarray(0, k), labels: false });
    if (!walker.advance()) return undefined;
    const fixed = new Int32Array(k + 1);
    fixed.set(prefix.subarray(0, k));
    // Read before any choice is walked: `firstPathWith` keeps the node, and so its list.
    const offered = walker.offeredAt(k);
    const idOf = (c: number) => {
      if (walker.firstPathWith(k, c)) return firstCaseId(walker, k);
      fixed[k] = c;
      return firstCase(fixed, k);
    };
    return { offered, idOf };
  };
  /**
   * The last path below each choice at one node (taking the last choice everywhere): its case, or NO_CASE
   * when it meets a question that accepts no answer. One walk down to the node, then from the question on
   * for each choice; a fresh walk per choice only when the node's own last path has no case.
   */
  const lastCases: IdsAt = (prefix, k) => {
    const walker = new CaseWalker(plan, undefined, {
      fixed: prefix.subarray(0, k),
      labels: false,
      last: true,
    });
    // With `last`, the first case is the last one: none, and no case lies below the node.
    if (!walker.advance()) return undefined;
    const fixed = new Int32Array(k + 1);
    fixed.set(prefix.subarray(0, k));
    const offered = walker.offeredAt(k);
    const idOf = (c: number) => {
      if (walker.firstPathWith(k, c)) return firstCaseId(walker, k);
      fixed[k] = c;
      const fresh = new CaseWalker(plan, undefined, { fixed, labels: false, last: true });
      return fresh.advance() ? firstCaseId(fresh, k) : NO_PROBE;
    };
    return { offered, idOf };
  };
  /**
   * The comparison of question k's choices: `compare` a node's choices by a cheap probe, `whole` compares
   * their whole subtrees, `nodes` visits the nodes where k is asked; `left` pairs still together (with
   * `'any'`, one until some pair differs). Undefined for a question with nothing to compare.
   */
  const comparison = (k: number, want: 'any' | 'all') => {
    const q = plan.questions[k];
    // A prefilled answer stands wherever the question is asked, unless its options have conditions.
    if (q === undefined || (q.prefilled !== undefined && !q.gates) || q.choices.length < 2) return undefined;
    const m = q.choices.length;
    const apart = want === 'all' ? new Uint8Array(m * m) : undefined;
    let left = want === 'all' ? (m * (m - 1)) / 2 : 1;
    let some = false;
    // Where options have conditions, the pairs offered together at the nodes seen: every node is seen while
    // some pair is not apart (`left`), and pairs apart were offered together.
    const met = apart && q.gates ? new Uint8Array(m * m) : undefined;
    const meet = (offered: readonly number[]) => {
      if (!met) return;
      for (const a of offered) for (const b of offered) met[a * m + b] = 1;
    };
    const mark = (a: number, b: number) => {
      some = true;
      if (!apart) {
        left = 0;
        return;
      }
      if (apart[a * m + b] === 1) return;
      apart[a * m + b] = 1;
      apart[b * m + a] = 1;
      left--;
    };
    /**
     * The choices offered at a node (in walk order) that are in some pair not yet found apart with another
     * offered there: a choice not offered at a node is no answer there, and is compared with nothing.
     */
    const open = (offered: readonly number[]): readonly number[] => {
      if (!apart) return offered;
      const list: number[] = [];
      for (const a of offered) {
        for (const b of offered) {
          if (a !== b && apart[a * m + b] === 0) {
            list.push(a);
            break;
          }
        }
      }
      return list;
    };
    /** Marks the pairs of choices offered at the node the prefix leads to whose ids differ there. */
    const compare = (prefix: Int32Array, ids: IdsAt) => {
      const at = ids(prefix, k);
      if (at === undefined) return;
      const { offered, idOf } = at;
      meet(offered);
      if (!apart) {
        // Any pair will do: stop at the first choice unlike the first (there may be 100,000 options).
        const first = offered.length > 1 ? idOf(offered[0] as number) : undefined;
        for (let i = 1; first !== undefined && i < offered.length; i++) {
          if (same(idOf(offered[i] as number), first)) continue;
          mark(offered[0] as number, offered[i] as number);
          return;
        }
        return;
      }
      const choices = open(offered);
      const found = choices.map(idOf);
      for (let a = 0; a < choices.length && left > 0; a++) {
        for (let b = a + 1; b < choices.length && left > 0; b++) {
          if (!same(found[a] as Probe, found[b] as Probe)) mark(choices[a] as number, choices[b] as number);
        }
      }
    };
    /**
     * Walks the subtrees of the given choices at the node the prefix leads to in step, case by case (dead
     * ends included), and marks the pairs whose sequences part: alike subtrees have alike sequences. Stops
     * when every pair of them is told apart or every walk has ended.
     */
    const inStep = (prefix: Int32Array, choices: readonly number[]) => {
      let walks = choices.map((c) => {
        // One array per walk: a walker keeps the array it is given.
        const fixed = new Int32Array(k + 1);
        fixed.set(prefix.subarray(0, k));
        fixed[k] = c;
        return { c, walker: new CaseWalker(plan, undefined, { fixed, labels: false, deadEnds: true }) };
      });
      const together = (a: number, b: number) => (apart ? apart[a * m + b] === 0 : left > 0);
      while (walks.length > 1 && left > 0) {
        const ids = walks.map(({ walker }) => (walker.advance() ? stepId(walker, k) : ENDED));
        for (let a = 0; a < walks.length; a++) {
          for (let b = a + 1; b < walks.length; b++) {
            const x = (walks[a] as (typeof walks)[number]).c;
            const y = (walks[b] as (typeof walks)[number]).c;
            if (ids[a] !== ids[b] && together(x, y)) mark(x, y);
          }
        }
        // Ended walks have nothing more to tell; the others go on while some pair among them is together.
        walks = walks.filter(
          (walk, i) => ids[i] !== ENDED && walks.some((other) => other !== walk && together(walk.c, other.c)),
        );
      }
    };
    /** Every pair of choices offered at the node the prefix leads to still together there, compared whole. */
    const whole = (prefix: Int32Array, offered: readonly number[]) => {
      meet(offered);
      if (apart) {
        inStep(prefix, open(offered));
        return;
      }
      // Any pair will do: the first offered against the others, a batch at a time (there may be 100,000).
      const n = offered.length;
      for (let i = 1; i < n && left > 0; i += BATCH) {
        const batch = [offered[0] as number];
        for (let d = i; d < Math.min(n, i + BATCH); d++) batch.push(offered[d] as number);
        inStep(prefix, batch);
      }
    };
    /** Visits the nodes where k is asked, each with the choices offered there. */
    const nodes = (limit: number, visit: (prefix: Int32Array, offered: readonly number[]) => void) => {
      const prefixes = new CaseWalker(plan, undefined, { upTo: k, labels: false });
      let count = 0;
      while (left > 0 && count < limit && prefixes.advance()) {
        if (!prefixes.asks(k)) continue;
        const offered = prefixes.offers(k);
        if (offered.length < 2) continue;
        count++;
        visit(prefixes.branchedChoices(), offered);
      }
    };
    return {
      compare,
      whole,
      nodes,
      /** Marks the pairs a table of `BranchWalk.apart` holds. */
      markAll: (table: Uint8Array) => {
        for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) if (table[a * m + b] === 1) mark(a, b);
      },
      left: () => left,
      some: () => some,
      pairs: (pair: (a: number, b: number) => void) => {
        if (!apart) return;
        for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) if (apart[a * m + b] === 1) pair(a, b);
      },
      together: (pair: (a: number, b: number) => void) => {
        if (!apart || !met) return;
        for (let a = 0; a < m; a++) {
          for (let b = a + 1; b < m; b++) if (apart[a * m + b] === 1 || met[a * m + b] === 1) pair(a, b);
        }
      },
    };
  };
  return {
    question(k, want) {
      const c = comparison(k, want);
      if (!c) return NONE;
      // Subtrees whose sketches differ differ: what the walk saw apart needs no probe.
      if (walked?.some[k] === 1) {
        if (want === 'any') return SOME;
        const table = walked.apart[k];
        if (table) c.markAll(table);
      }
      // The first nodes: those the census kept, else the first found by walking the questions before k.
      const first = known?.[k];
      // Equal subtrees have equal first cases and equal last cases: both are cheap to compare.
      for (const probe of [firstCases, lastCases]) {
        if (first) {
          for (const prefix of first) if (c.left() > 0) c.compare(prefix, probe);
        } else c.nodes(PROBED_NODES, (prefix) => c.compare(prefix, probe));
      }
      if (c.left() > 0) c.nodes(Number.POSITIVE_INFINITY, c.whole);
      return { some: c.some(), eachPair: c.pairs, eachTogether: c.together };
    },
  };
}
