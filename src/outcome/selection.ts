import type { OutcomePlan } from './plan.js';

/**
 * Which entries of an `OutcomePlan` hold in a case: the input of `compose`. Only the parts of items that hold
 * are meaningful (the uses and variants of other items are left as they were).
 */
export interface Selection {
  /** By notice: 1 when its condition holds. */
  readonly notices: Uint8Array;
  /** By item: 1 when its condition holds. */
  readonly items: Uint8Array;
  /** By item, by use: 1 when the use's own condition holds. */
  readonly uses: readonly Uint8Array[];
  /** By item: the variant of its days, fee and presence that counts (the list's length when none does). */
  readonly days: Int32Array;
  readonly fee: Int32Array;
  readonly presence: Int32Array;
  /** By material: 1 when a department obtains it by data sharing in the case (its sharing's condition holds). */
  readonly shared: Uint8Array;
  /** By item, by delivery option: 1 when the option is offered in the case (its condition holds). */
  readonly delivery: readonly Uint8Array[];
  /** One entry: the index in `plan.choice` of the applicant's choice of delivery, -1 when none holds. */
  readonly chosen: Int32Array;
}

/** A selection to fill with `select` (nothing holds yet). */
export function emptySelection(plan: OutcomePlan): Selection {
  const count = plan.items.length;
  return {
    notices: new Uint8Array(plan.notices.length),
    items: new Uint8Array(count),
    uses: plan.items.map((item) => new Uint8Array(item.uses.length)),
    days: new Int32Array(count),
    fee: new Int32Array(count),
    presence: new Int32Array(count),
    shared: new Uint8Array(plan.materials.length),
    delivery: plan.items.map((item) => new Uint8Array(item.delivery.length)),
    chosen: new Int32Array(1),
  };
}

/**
 * Fills `into` from whether each condition of the plan holds (`holds(i)` for `plan.conditions[i]`; an absent
 * condition holds): notices, items, uses, which materials are obtained by data sharing. Of an item's days, fee
 * and presence, the first variant that holds counts: in a provisional outcome an undecided variant is skipped,
 * not waited for, so the value shown is the one the answers so far imply (it may still change to an earlier
 * variant's as questions are answered).
 */
export function select(
  plan: OutcomePlan,
  holds: (condition: number) => boolean,
  into: Selection = emptySelection(plan),
): Selection {
  const { notices, items, sharing } = plan;
  for (let m = 0; m < sharing.length; m++) {
    const when = sharing[m];
    into.shared[m] = when !== undefined && (when < 0 || holds(when)) ? 1 : 0;
  }
  for (let n = 0; n < notices.length; n++) {
    const when = (notices[n] as OutcomePlan['notices'][number]).when;
    into.notices[n] = when < 0 || holds(when) ? 1 : 0;
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as OutcomePlan['items'][number];
    const on = item.when < 0 || holds(item.when);
    into.items[i] = on ? 1 : 0;
    if (!on) continue;
    const uses = item.uses;
    const useOn = into.uses[i] as Uint8Array;
    for (let u = 0; u < uses.length; u++) {
      const when = (uses[u] as OutcomePlan['items'][number]['uses'][number]).when;
      useOn[u] = when < 0 || holds(when) ? 1 : 0;
    }
    into.days[i] = firstThatHolds(item.days, holds);
    into.fee[i] = firstThatHolds(item.fee, holds);
    into.presence[i] = firstThatHolds(item.presence, holds);
    const offered = into.delivery[i] as Uint8Array;
    for (let d = 0; d < item.delivery.length; d++) {
      const when = item.delivery[d] as number;
      offered[d] = when < 0 || holds(when) ? 1 : 0;
    }
  }
  // The first choice of delivery whose condition holds (as `firstThatHolds`, without a list made per case).
  let chosen = -1;
  for (let c = 0; c < plan.choice.length; c++) {
    const when = (plan.choice[c] as OutcomePlan['choice'][number]).when;
    if (when < 0 || holds(when)) {
      chosen = c;
      break;
    }
  }
  into.chosen[0] = chosen;
  return into;
}

function firstThatHolds(variants: readonly number[], holds: (condition: number) => boolean): number {
  for (let v = 0; v < variants.length; v++) {
    const when = variants[v] as number;
    if (when < 0 || holds(when)) return v;
  }
  return variants.length;
}

/**
 * `select` for a walk that has every condition's verdict in an array: `verdicts[verdictOf[i]] === 1` when
 * `plan.conditions[i]` holds. The same selection, read without a call per condition: enumerations select
 * once per case, and a closure shared by several callers is not inlined.
 */
export function selectByVerdicts(
  plan: OutcomePlan,
  verdicts: Uint8Array,
  verdictOf: Int32Array,
  into: Selection,
): Selection {
  const { notices, items, sharing } = plan;
  for (let m = 0; m < sharing.length; m++) {
    const when = sharing[m];
    into.shared[m] = when !== undefined && (when < 0 || verdicts[verdictOf[when] as number] === 1) ? 1 : 0;
  }
  for (let n = 0; n < notices.length; n++) {
    const when = (notices[n] as OutcomePlan['notices'][number]).when;
    into.notices[n] = when < 0 || verdicts[verdictOf[when] as number] === 1 ? 1 : 0;
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as OutcomePlan['items'][number];
    const on = item.when < 0 || verdicts[verdictOf[item.when] as number] === 1;
    into.items[i] = on ? 1 : 0;
    if (!on) continue;
    const uses = item.uses;
    const useOn = into.uses[i] as Uint8Array;
    for (let u = 0; u < uses.length; u++) {
      const when = (uses[u] as OutcomePlan['items'][number]['uses'][number]).when;
      useOn[u] = when < 0 || verdicts[verdictOf[when] as number] === 1 ? 1 : 0;
    }
    into.days[i] = firstHeld(item.days, verdicts, verdictOf);
    into.fee[i] = firstHeld(item.fee, verdicts, verdictOf);
    into.presence[i] = firstHeld(item.presence, verdicts, verdictOf);
    const offered = into.delivery[i] as Uint8Array;
    for (let d = 0; d < item.delivery.length; d++) {
      const when = item.delivery[d] as number;
      offered[d] = when < 0 || verdicts[verdictOf[when] as number] === 1 ? 1 : 0;
    }
  }
  let chosen = -1;
  for (let c = 0; c < plan.choice.length; c++) {
    const when = (plan.choice[c] as OutcomePlan['choice'][number]).when;
    if (when < 0 || verdicts[verdictOf[when] as number] === 1) {
      chosen = c;
      break;
    }
  }
  into.chosen[0] = chosen;
  return into;
}

function firstHeld(variants: readonly number[], verdicts: Uint8Array, verdictOf: Int32Array): number {
  for (let v = 0; v < variants.length; v++) {
    const when = variants[v] as number;
    if (when < 0 || verdicts[verdictOf[when] as number] === 1) return v;
  }
  return variants.length;
}
