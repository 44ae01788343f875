import { appendFragment } from '../session/case-key-format.js';
import { Hash } from '../util/id-hash.js';
import type { Choice } from './choices.js';
import type { QuestionPlan } from './plan.js';
import { STATE_CHOICE, STATE_PREFILLED, STATE_SKIPPED } from './verdict-tables.js';
import { BRANCHED, FIXED, NO_CASE, PREFILLED, SKIPPED, WalkerState } from './walker-state.js';

export { type WalkTable, type WalkTables, walkTables } from './walk-tables.js';
export { NO_CASE, type NodeVisitor, type WalkOptions } from './walker-state.js';

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
export class CaseWalker extends WalkerState {
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

  /** Records the id of the current case's outcome (only with a visitor). */
  leaf(id: number): void {
    this.push(this.n, id);
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
