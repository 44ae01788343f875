import type { OutcomeStatus } from '../model/outcome.js';
import type { CompiledTheme } from '../model/theme.js';
import type { CaseChange } from './case-changes.js';
import type { CaseDetail } from './detail.js';
import { questionTitle } from './situation-text.js';
import type { RuleRow, Situation } from './situations.js';

/** A situation of one version of a theme as a diff shows it: how `tongban cases` numbers and describes it. */
export interface DiffSituation {
  /** Its number in its version's list of situations (`tongban cases`). */
  readonly index: number;
  /** Paths it covers. */
  readonly paths: number;
  /** Of them, paths the other version does not have (added ones in the new version, removed ones in the old). */
  readonly unmatched: number;
  /** The rows of its rule (any of them). */
  readonly rows: readonly RuleRow[];
  readonly status: OutcomeStatus;
  readonly items: readonly string[];
  readonly days: number;
  readonly fee: number;
  readonly visits: number;
}

/** A situation of the other version that shares paths with one, and how the outcome changes between them. */
export interface SituationLink {
  readonly situation: DiffSituation;
  /** Paths both situations cover. */
  readonly shared: number;
  /** From the old situation's outcome to the new one's (empty: the same outcome). */
  readonly changes: readonly CaseChange[];
}

/**
 * How the situations of two versions correspond, by the paths (case keys) they share: one old to one new
 * whose outcome or paths changed; several old merged into one new; one old split into several new; several
 * old regrouped into several new; a new situation that shares no path with the old version, and an old one
 * that shares none with the new.
 */
export type SituationChange =
  | {
      readonly kind: 'changed';
      readonly old: DiffSituation;
      readonly next: DiffSituation;
      readonly shared: number;
      readonly changes: readonly CaseChange[];
    }
  | { readonly kind: 'merged'; readonly from: readonly SituationLink[]; readonly into: DiffSituation }
  | { readonly kind: 'split'; readonly from: DiffSituation; readonly into: readonly SituationLink[] }
  | {
      readonly kind: 'regrouped';
      readonly from: readonly DiffSituation[];
      readonly into: readonly DiffSituation[];
      /** Each pair of situations that share paths, by their indices. */
      readonly links: readonly { readonly from: number; readonly into: number; readonly shared: number }[];
    }
  | { readonly kind: 'added' | 'removed'; readonly situation: DiffSituation };

/** What a new version of a theme does to its situations. */
export interface SituationDiff {
  /** Situations of the old and the new version. */
  readonly old: number;
  readonly next: number;
  /** Situations paired one to one with the same outcome and the same paths. */
  readonly unchanged: number;
  /** In the order of the new version's situations, then the removed ones in the old version's order. */
  readonly changes: readonly SituationChange[];
  /** The questions the rows name, by id: their short name or the question as asked (the new version's first). */
  readonly questions: Readonly<Record<string, string>>;
}

/**
 * Counts, while both walks go, the paths each pair of situations shares: the old walk records each path's
 * situation (`old`), the new walk pairs each of its paths with the old one's situation (`pair`) or counts it
 * as added. Memory follows the old version's paths (one number each) and the pairs that occur.
 */
export class SituationPairing {
  /** By path key: its old situation, or the situations of the old paths that share the key (a question dropped). */
  private readonly oldOf = new Map<string, number | number[]>();
  private readonly matched = new Set<string>();
  /** By old index, then new index: paths shared. */
  private readonly links = new Map<number, Map<number, number>>();
  private readonly addedPaths = new Map<number, number>();

  /** Records a path of the old version and its situation's index. */
  old(key: string, situation: number): void {
    const known = this.oldOf.get(key);
    if (known === undefined) this.oldOf.set(key, situation);
    else if (typeof known === 'number') this.oldOf.set(key, [known, situation]);
    else known.push(situation);
  }

  /** Records a path of the new version and its situation's index. */
  pair(key: string, situation: number): void {
    const before = this.oldOf.get(key);
    if (before === undefined) {
      this.addedPaths.set(situation, (this.addedPaths.get(situation) ?? 0) + 1);
      return;
    }
    this.matched.add(key);
    for (const from of typeof before === 'number' ? [before] : before) {
      let byNext = this.links.get(from);
      if (byNext === undefined) {
        byNext = new Map();
        this.links.set(from, byNext);
      }
      byNext.set(situation, (byNext.get(situation) ?? 0) + 1);
    }
  }

  /**
   * The situation diff, from both versions' situations (`SituationCollector.finish`) and how two outcomes
   * differ (`changesBetween`): each group of situations linked by shared paths is compared once, so the work
   * follows the situations and the pairs that share paths, never all pairs.
   */
  finish(
    themes: { readonly old: CompiledTheme; readonly next: CompiledTheme },
    old: readonly Situation[],
    next: readonly Situation[],
    changesBetween: (a: CaseDetail, b: CaseDetail) => readonly CaseChange[],
  ): SituationDiff {
    const removedPaths = new Map<number, number>();
    for (const [key, situations] of this.oldOf) {
      if (this.matched.has(key)) continue;
      for (const s of typeof situations === 'number' ? [situations] : situations)
        removedPaths.set(s, (removedPaths.get(s) ?? 0) + 1);
    }
    const backward = new Map<number, Map<number, number>>();
    for (const [from, byNext] of this.links)
      for (const [into, shared] of byNext) {
        let byOld = backward.get(into);
        if (byOld === undefined) {
          byOld = new Map();
          backward.set(into, byOld);
        }
        byOld.set(from, shared);
      }
    const oldSide = old.map((s) => diffSituation(s, removedPaths.get(s.index) ?? 0));
    const nextSide = next.map((s) => diffSituation(s, this.addedPaths.get(s.index) ?? 0));
    const oldAt = (index: number) => oldSide[index - 1] as DiffSituation;
    const nextAt = (index: number) => nextSide[index - 1] as DiffSituation;
    const detailOld = (index: number) => (old[index - 1] as Situation).detail;
    const detailNext = (index: number) => (next[index - 1] as Situation).detail;
    const changes: SituationChange[] = [];
    const seenNext = new Set<number>();
    let unchanged = 0;
    for (const s of nextSide) {
      if (seenNext.has(s.index)) continue;
      const { olds, nexts } = component(s.index, this.links, backward);
      for (const n of nexts) seenNext.add(n);
      const link = (from: number, into: number): SituationLink => ({
        situation: olds.length === 1 ? nextAt(into) : oldAt(from),
        shared: this.links.get(from)?.get(into) ?? 0,
        changes: changesBetween(detailOld(from), detailNext(into)),
      });
      const [first] = olds;
      if (first === undefined) changes.push({ kind: 'added', situation: s });
      else if (olds.length === 1 && nexts.length === 1) {
        const { shared, changes: between } = link(first, s.index);
        const a = oldAt(first);
        if (between.length === 0 && a.unmatched === 0 && s.unmatched === 0) unchanged++;
        else changes.push({ kind: 'changed', old: a, next: s, shared, changes: between });
      } else if (nexts.length === 1)
        changes.push({ kind: 'merged', from: olds.map((o) => link(o, s.index)), into: s });
      else if (olds.length === 1)
        changes.push({ kind: 'split', from: oldAt(first), into: nexts.map((n) => link(first, n)) });
      else
        changes.push({
          kind: 'regrouped',
          from: olds.map(oldAt),
          into: nexts.map(nextAt),
          links: olds.flatMap((from) =>
            [...(this.links.get(from) ?? [])].map(([into, shared]) => ({ from, into, shared })),
          ),
        });
    }
    for (const s of oldSide) if (!this.links.has(s.index)) changes.push({ kind: 'removed', situation: s });
    return {
      old: old.length,
      next: next.length,
      unchanged,
      changes,
      questions: questionTitles(themes.next, themes.old),
    };
  }
}

/**
 * The situations linked to a new one through shared paths, both ways and transitively (a breadth-first walk
 * over the pairs that share paths), each side in index order.
 */
function component(
  start: number,
  forward: ReadonlyMap<number, ReadonlyMap<number, number>>,
  backward: ReadonlyMap<number, ReadonlyMap<number, number>>,
): { olds: number[]; nexts: number[] } {
  const olds = new Set<number>();
  const nexts = new Set<number>([start]);
  const queue: [side: 'old' | 'next', index: number][] = [['next', start]];
  for (let at = 0; at < queue.length; at++) {
    const [side, index] = queue[at] as [side: 'old' | 'next', index: number];
    const [links, seen, other] =
      side === 'next' ? ([backward, olds, 'old'] as const) : ([forward, nexts, 'next'] as const);
    for (const linked of links.get(index)?.keys() ?? []) {
      if (seen.has(linked)) continue;
      seen.add(linked);
      queue.push([other, linked]);
    }
  }
  const order = (a: number, b: number) => a - b;
  return { olds: [...olds].sort(order), nexts: [...nexts].sort(order) };
}

function diffSituation(s: Situation, unmatched: number): DiffSituation {
  return {
    index: s.index,
    paths: s.count,
    unmatched,
    rows: s.rows,
    status: s.detail.status,
    items: s.detail.items.map((i) => i.id),
    days: s.detail.days,
    fee: s.detail.fee,
    visits: s.detail.visits,
  };
}

/** Question titles by id, the first theme's where both have the question. */
function questionTitles(...themes: readonly CompiledTheme[]): Record<string, string> {
  const titles: Record<string, string> = Object.create(null);
  for (const theme of themes)
    for (const q of theme.questions) if (!Object.hasOwn(titles, q.id)) titles[q.id] = questionTitle(q);
  return titles;
}
