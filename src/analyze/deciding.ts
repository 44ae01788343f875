import type { CoverOptions } from './cover.js';
import type { ThemePlan } from './plan.js';

/**
 * What decides the lists of `enumerateItemSituations`, as `coverGroups` takes it: by question, the questions
 * its asking condition reads, and for each item, shared material and notice, the questions its `when` reads.
 */
export class Deciding {
  private readonly asks: readonly (readonly number[])[];

  constructor(private readonly plan: ThemePlan) {
    this.asks = asksOf(plan);
  }

  /**
   * The options for an item's list: the `when` of every entry of the theme that names it (what its
   * materials' and variants' conditions read only tells its situations apart, and cells of those questions
   * are read as they are).
   */
  item(id: string): CoverOptions {
    const conditions: number[] = [];
    for (const planned of this.plan.outcome.items) if (planned.item.id === id) conditions.push(planned.when);
    return this.options(conditions.map((c) => this.fromOutcome(c)));
  }

  /** The options for a shared material's list: the conditions of the items that use it and of their uses. */
  material(id: string): CoverOptions {
    const { outcome } = this.plan;
    const conditions: number[] = [];
    for (const planned of outcome.items) {
      const uses = planned.uses.filter((u) => outcome.materials[u.material]?.id === id);
      if (uses.length === 0) continue;
      conditions.push(planned.when, ...uses.map((u) => u.when));
    }
    return this.options(conditions.map((c) => this.fromOutcome(c)));
  }

  /** The options for notice k's list (its `when`). */
  notice(k: number): CoverOptions {
    return this.options([this.plan.notices[k]?.when ?? -1]);
  }

  /** An outcome condition's index among the plan's conditions (-1 stays -1). */
  private fromOutcome(c: number): number {
    return c < 0 ? -1 : (this.plan.outcomeConditions[c] ?? -1);
  }

  private options(conditions: readonly number[]): CoverOptions {
    const prefer = new Uint8Array(this.plan.questions.length);
    for (const c of conditions) if (c >= 0) for (const q of this.plan.reads[c] ?? []) prefer[q] = 1;
    return { prefer, asks: this.asks };
  }
}

/** By question, the questions its own asking condition reads (none for a question always asked). */
export function asksOf(plan: ThemePlan): readonly (readonly number[])[] {
  return plan.questions.map((q) => (q.when < 0 ? [] : (plan.reads[q.when] ?? [])));
}
