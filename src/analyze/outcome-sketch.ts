import { kindBit, NOTICE_KIND_BITS, noticeKinds } from '../outcome/notice-kinds.js';
import type { OutcomePlan } from '../outcome/plan.js';
import type { ThemePlan } from './plan.js';
import type { CaseWalker } from './walker.js';

/** The sketch of a case whose notices withhold the items is marked apart from one whose items are all off. */
const WITHHELD = 0x5bd1e995;

/** A 32-bit mix of a hash and a word (FNV-1a's step on a word). */
function mix(hash: number, word: number): number {
  return Math.imul(hash ^ word, 0x01000193);
}

/** A word spread over 32 bits, for sums of many of them (a multiplicative hash with a final shift). */
function spread(word: number): number {
  const h = Math.imul(word ^ (word >>> 16), 0x85ebca6b);
  return Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ (h >>> 16);
}

/** What an item adds to the sketch while it holds: its place, fee and venue, and the materials it asks for. */
interface ItemState {
  on: boolean;
  /** `spread` of its index, fee and venue; 0 while it does not hold. */
  word: number;
  /** By use: whether its material was counted (the use held while the item did). */
  readonly counted: Uint8Array;
}

/**
 * A sketch of each case's outcome as a walk (`CaseWalker`, without `fixed` choices) goes from case to case: the
 * notices that apply and, unless they withhold the items (the `withholds` rule), the items that apply with the
 * fee and venue of each and the set of materials their uses that apply ask for. All of these are parts of the
 * outcome's id (`outcomeIdentity`: a material some applying use asks for is in the merged list), so equal ids,
 * equal sketches; none needs the outcome composed. Unequal outcomes may share a sketch (the caller then compares
 * ids), so 32 bits do, and the sets are sums of spread words, kept up to date as entries come and go.
 *
 * A walk re-evaluates a condition only when it moves back to the last question the condition reads or before
 * it: from one case to the next, only the notices and items with a condition at or after the first question
 * whose choice changed are looked at again (`recomputed` counts them), not the whole outcome.
 */
export class OutcomeSketch {
  /** Items and notices looked at again since the sketch was made, for tests that bound the work. */
  recomputed = 0;
  private readonly outcome: OutcomePlan;
  /** By outcome condition: its index in the walk's verdicts. */
  private readonly verdictOf: Int32Array;
  /** By item: the fee in cents (-1: none) and a number for the venue (0: none), by variant (the last: none). */
  private readonly fees: readonly (readonly number[])[];
  private readonly places: readonly (readonly number[])[];
  /** Items and notices by the last question their conditions read, latest first (-1: none). */
  private readonly itemOrder: Int32Array;
  private readonly itemLevel: Int32Array;
  private readonly noticeOrder: Int32Array;
  private readonly noticeLevel: Int32Array;
  private readonly items: ItemState[];
  private readonly noticeOn: Uint8Array;
  /** By notice: the position of its kind's bit (`kindBit`). */
  private readonly noticeBit: Uint8Array;
  /** By kind bit: how many notices of that kind apply. */
  private readonly kindCounts: Int32Array;
  /** By mask of notice kinds: 1 when the `withholds` rule withholds the items, 0 when not, -1 not yet asked. */
  private readonly withholds: Int8Array;
  /** By material: how many uses that apply ask for it. */
  private readonly materialCounts: Int32Array;
  private noticeSum = 0;
  private itemSum = 0;
  private materialSum = 0;
  private started = false;
  private verdicts: Uint8Array = new Uint8Array(0);

  constructor(plan: ThemePlan) {
    const outcome = plan.outcome;
    this.outcome = outcome;
    this.verdictOf = plan.outcomeConditions;
    const levelOf = (c: number): number =>
      c < 0 ? -1 : ((plan.reads[plan.outcomeConditions[c] as number] as readonly number[]).at(-1) ?? -1);
    const latest = (conditions: readonly number[]) =>
      conditions.reduce((l, c) => Math.max(l, levelOf(c)), -1);
    const venues = new Map<string, number>();
    this.fees = outcome.items.map(({ item }) =>
      [...item.fee, undefined].map((variant) =>
        variant?.value === undefined ? -1 : Math.round(variant.value.amount * 100),
      ),
    );
    this.places = outcome.items.map(({ item }) =>
      [...item.presence, undefined].map((variant) => {
        // The outcome's id writes a missing venue as ''.
        const venue = variant?.value?.venue;
        if (venue === undefined || venue === '') return 0;
        let code = venues.get(venue);
        if (code === undefined) {
          code = venues.size + 1;
          venues.set(venue, code);
        }
        return code;
      }),
    );
    this.itemLevel = Int32Array.from(outcome.items, (item) =>
      latest([item.when, ...item.uses.map((use) => use.when), ...item.fee, ...item.presence]),
    );
    this.itemOrder = byLevel(this.itemLevel);
    this.noticeLevel = Int32Array.from(outcome.notices, (notice) => levelOf(notice.when));
    this.noticeOrder = byLevel(this.noticeLevel);
    this.items = outcome.items.map((item) => ({
      on: false,
      word: 0,
      counted: new Uint8Array(item.uses.length),
    }));
    this.noticeOn = new Uint8Array(outcome.notices.length);
    this.noticeBit = Uint8Array.from(outcome.notices, ({ notice }) => 31 - Math.clz32(kindBit(notice.kind)));
    this.kindCounts = new Int32Array(NOTICE_KIND_BITS);
    this.withholds = new Int8Array(1 << NOTICE_KIND_BITS).fill(-1);
    this.materialCounts = new Int32Array(outcome.materials.length);
  }

  /**
   * The sketch of the walker's current case. A sketch kept from case to case must be given every case of one
   * walk, in order: it looks again only at what reads the questions the walk settled again
   * (`CaseWalker.changedFrom`).
   */
  of(walker: CaseWalker): number {
    this.verdicts = walker.verdicts;
    const from = this.started ? walker.changedFrom : 0;
    this.started = true;
    this.update(from);
    return this.hash();
  }

  /**
   * Makes the next `of` look at every notice and item, as on a new sketch: for a new walk of the same plan,
   * whatever was sketched before (by `of` or `anew`).
   */
  restart(): void {
    this.started = false;
  }

  /** The sketch of the sums as they stand. */
  private hash(): number {
    let mask = 0;
    for (let b = 0; b < NOTICE_KIND_BITS; b++) if ((this.kindCounts[b] as number) > 0) mask |= 1 << b;
    const hash = mix(0x811c9dc5, this.noticeSum);
    if (this.withheld(mask)) return mix(hash, WITHHELD) >>> 0;
    return mix(mix(hash, this.itemSum), this.materialSum) >>> 0;
  }

  /**
   * The sketch of the walker's current case, whatever was sketched before: every notice and item is looked
   * at again (for cases that do not follow one another in one walk).
   */
  anew(walker: CaseWalker): number {
    this.verdicts = walker.verdicts;
    this.update(0);
    return this.hash();
  }

  /** Looks again at the notices and items with a condition reading question `from` or a later one. */
  private update(from: number): void {
    const { notices } = this.outcome;
    for (let o = 0; o < this.noticeOrder.length; o++) {
      const n = this.noticeOrder[o] as number;
      if ((this.noticeLevel[n] as number) < from && from > 0) break;
      this.recomputed++;
      const on = this.holds((notices[n] as OutcomePlan['notices'][number]).when) ? 1 : 0;
      if (this.noticeOn[n] === on) continue;
      this.noticeOn[n] = on;
      const sign = on === 1 ? 1 : -1;
      this.noticeSum = (this.noticeSum + sign * spread(n + 1)) | 0;
      const bit = this.noticeBit[n] as number;
      this.kindCounts[bit] = (this.kindCounts[bit] as number) + sign;
    }
    for (let o = 0; o < this.itemOrder.length; o++) {
      const i = this.itemOrder[o] as number;
      if ((this.itemLevel[i] as number) < from && from > 0) break;
      this.recomputed++;
      this.updateItem(i);
    }
  }

  /** Takes item i out of the sums and puts it back as the current verdicts have it. */
  private updateItem(i: number): void {
    const planned = this.outcome.items[i] as OutcomePlan['items'][number];
    const state = this.items[i] as ItemState;
    const uses = planned.uses;
    if (state.on) {
      this.itemSum = (this.itemSum - state.word) | 0;
      for (let u = 0; u < uses.length; u++) {
        if (state.counted[u] === 1) this.uncount((uses[u] as (typeof uses)[number]).material);
      }
    }
    state.on = this.holds(planned.when);
    state.counted.fill(0);
    if (!state.on) {
      state.word = 0;
      return;
    }
    const fee = (this.fees[i] as readonly number[])[this.firstThatHolds(planned.fee)] as number;
    const place = (this.places[i] as readonly number[])[this.firstThatHolds(planned.presence)] as number;
    state.word = spread(mix(mix(mix(0x811c9dc5, i), fee), place));
    this.itemSum = (this.itemSum + state.word) | 0;
    for (let u = 0; u < uses.length; u++) {
      const use = uses[u] as (typeof uses)[number];
      if (!this.holds(use.when)) continue;
      state.counted[u] = 1;
      const m = use.material;
      const count = this.materialCounts[m] as number;
      this.materialCounts[m] = count + 1;
      if (count === 0) this.materialSum = (this.materialSum + spread(m + 1)) | 0;
    }
  }

  private uncount(m: number): void {
    const count = (this.materialCounts[m] as number) - 1;
    this.materialCounts[m] = count;
    if (count === 0) this.materialSum = (this.materialSum - spread(m + 1)) | 0;
  }

  /** Whether an outcome condition holds (-1: none, which holds), as `select` reads it. */
  private holds(c: number): boolean {
    return c < 0 || this.verdicts[this.verdictOf[c] as number] === 1;
  }

  /** The first variant whose condition holds, or the list's length (as `select`). */
  private firstThatHolds(variants: readonly number[]): number {
    for (let v = 0; v < variants.length; v++) if (this.holds(variants[v] as number)) return v;
    return variants.length;
  }

  private withheld(mask: number): boolean {
    let known = this.withholds[mask] as number;
    if (known < 0) {
      known = this.outcome.rules.withholds(noticeKinds(mask)) ? 1 : 0;
      this.withholds[mask] = known;
    }
    return known === 1;
  }
}

const sketches = new WeakMap<ThemePlan, OutcomeSketch>();

/**
 * The plan's one sketch, made on first use: the walk by sketches (`walkBranches`) and the comparison of choices
 * (`separateChoices`) of one plan share it, since making one reads every item and notice of the outcome. A
 * caller that walks with `of` calls `restart` first; `anew` needs nothing (it looks at everything again).
 */
export function sketchOf(plan: ThemePlan): OutcomeSketch {
  let sketch = sketches.get(plan);
  if (sketch === undefined) {
    sketch = new OutcomeSketch(plan);
    sketches.set(plan, sketch);
  }
  return sketch;
}

/** Indices ordered by level, latest first (a stable order among equal levels). */
function byLevel(levels: Int32Array): Int32Array {
  return Int32Array.from(
    Array.from(levels, (_, i) => i).sort((a, b) => (levels[b] as number) - (levels[a] as number) || a - b),
  );
}
