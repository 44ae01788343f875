import type { MaterialStatus, OutcomeStatus } from '../model/outcome.js';
import type { MaterialForm } from '../model/theme.js';
import { dispositionOf } from '../outcome/disposition.js';
import { FORM_RANK } from '../outcome/materials.js';
import type { CaseDetail } from './detail.js';
import type { ItemPlan, ThemePlan } from './plan.js';
import { Hash } from './walker.js';

/** What a case yields, in figures: the part of a `CaseSummary` that does not name the case. */
export interface LeafSummary {
  readonly status: OutcomeStatus;
  /** Item ids in the theme's order. */
  readonly items: readonly string[];
  /** Materials the applicant hands in (`merge.toSubmit`). */
  readonly materials: number;
  /** Working days on the critical path. */
  readonly days: number;
  /** Yuan. */
  readonly fee: number;
  /** On-site visits (distinct venues). */
  readonly visits: number;
  /** Notices that apply. */
  readonly notices: number;
  /**
   * The verdicts the summary was computed from, one byte each: which notices and items apply, which
   * material uses of those items apply, and which variant of their days, fee and presence wins. Equal
   * signatures mean equal outcomes.
   */
  readonly signature: Uint8Array;
  /** The case entry by entry: only from a `Summarizer` made with `{ detail: true }`. */
  readonly detail?: CaseDetail;
}

/** Summaries are memoised by signature, up to this many (then the memo starts over: memory stays flat). */
const MEMO_LIMIT = 16_384;
/** Signature bytes: '0' and '1' for verdicts, '|' after the notices, '0' + index for a winning variant. */
const ZERO = 48;
const ONE = 49;
const BAR = 124;

interface MemoEntry {
  readonly bytes: Uint8Array;
  readonly summary: LeafSummary;
}

/**
 * Computes case summaries from the verdicts of the conditions an outcome reads, mirroring `outcome()`:
 * `applyingItems`, `applyingUses`, `passesOf`, `mergeMaterials`, `buildWorkflow`, `totalsOf` and `statusOf`
 * (test/analyze/enumerate.test.ts replays cases through real sessions to prove it). Summaries are memoised
 * by signature, since many cases share one.
 */
export class Summarizer {
  /** Summaries by signature hash; a bucket holds the entries whose signatures share a hash. */
  private readonly memo = new Map<number, MemoEntry[]>();
  private memoSize = 0;
  private readonly items: readonly ItemPlan[];
  /** The signature of the current leaf. */
  private readonly buffer: Uint8Array;
  // Scratch space of one leaf, by item: does it apply, which of its uses apply, which variants win.
  private readonly applies: Uint8Array;
  private readonly useOn: Uint8Array[];
  private readonly dayPick: Int32Array;
  private readonly feePick: Int32Array;
  private readonly presencePick: Int32Array;
  // Scratch space of `compute`: stamps mark what belongs to the current computation without clearing.
  private stamp = 0;
  private readonly materialStamp: Int32Array;
  private readonly materialPassed: Uint8Array;
  /** By material: 1 while every applying use accepts a commitment. */
  private readonly materialCommit: Uint8Array;
  /** By material: 1 when its data sharing applies in the current case. */
  private readonly sharedOn: Uint8Array;
  /** The materials of the current computation, in order of first use. */
  private readonly touched: Int32Array;
  /** Materials whose data sharing has a condition, with its index. */
  private readonly sharedConditions: readonly (readonly [number, number])[];
  // Scratch space of `outcomeHash`: the merged materials in order of first use, with form rank and copies.
  private readonly materialOrder: Int32Array;
  private readonly materialRank: Uint8Array;
  private readonly materialCopies: Int32Array;
  private readonly finish: Float64Array;
  private readonly scheduled: Int32Array;
  private readonly venues = new Set<string>();

  constructor(
    private readonly plan: ThemePlan,
    private readonly options: { readonly detail?: boolean } = {},
  ) {
    const count = plan.items.length;
    this.items = plan.items;
    this.sharedConditions = [...plan.sharedWhen.entries()].filter(([, when]) => when >= 0);
    const length =
      plan.notices.length +
      1 +
      plan.items.reduce((total, item) => total + 4 + item.uses.length, 0) +
      this.sharedConditions.length;
    this.buffer = new Uint8Array(length);
    this.applies = new Uint8Array(count);
    this.useOn = plan.items.map((item) => new Uint8Array(item.uses.length));
    this.dayPick = new Int32Array(count);
    this.feePick = new Int32Array(count);
    this.presencePick = new Int32Array(count);
    this.materialStamp = new Int32Array(plan.materials.length);
    this.materialPassed = new Uint8Array(plan.materials.length);
    this.materialCommit = new Uint8Array(plan.materials.length);
    this.sharedOn = new Uint8Array(plan.materials.length);
    this.touched = new Int32Array(plan.materials.length);
    plan.sharedWhen.forEach((when, m) => {
      if (when === -1) this.sharedOn[m] = 1;
    });
    this.materialOrder = new Int32Array(plan.materials.length);
    this.materialRank = new Uint8Array(plan.materials.length);
    this.materialCopies = new Int32Array(plan.materials.length);
    this.finish = new Float64Array(count);
    this.scheduled = new Int32Array(count);
  }

  /** The summary of the case whose condition verdicts these are (1 = true; see `CaseWalker.verdicts`). */
  summarize(verdicts: Uint8Array): LeafSummary {
    const buffer = this.buffer;
    let length = 0;
    let blocked = false;
    let notNeeded = false;
    let notices = 0;
    const noticePlans = this.plan.notices;
    for (let n = 0; n < noticePlans.length; n++) {
      const notice = noticePlans[n] as ThemePlan['notices'][number];
      const on = notice.when < 0 || verdicts[notice.when] === 1;
      buffer[length++] = on ? ONE : ZERO;
      if (!on) continue;
      notices++;
      if (notice.kind === 'block') blocked = true;
      else if (notice.kind === 'not-needed') notNeeded = true;
    }
    buffer[length++] = BAR;
    const items = this.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as ItemPlan;
      // A blocked case (不予办理) has no items, as in `outcome`.
      const on = !blocked && (item.when < 0 || verdicts[item.when] === 1);
      this.applies[i] = on ? 1 : 0;
      if (!on) {
        buffer[length++] = ZERO;
        continue;
      }
      buffer[length++] = ONE;
      const uses = item.uses;
      const useOn = this.useOn[i] as Uint8Array;
      for (let u = 0; u < uses.length; u++) {
        const when = (uses[u] as ItemPlan['uses'][number]).when;
        if (when < 0) {
          useOn[u] = 1;
          continue;
        }
        const hit = verdicts[when] === 1;
        useOn[u] = hit ? 1 : 0;
        buffer[length++] = hit ? ONE : ZERO;
      }
      const day = pick(item.days, verdicts);
      const fee = pick(item.fee, verdicts);
      const presence = pick(item.presence, verdicts);
      this.dayPick[i] = day;
      this.feePick[i] = fee;
      this.presencePick[i] = presence;
      buffer[length++] = ZERO + day;
      buffer[length++] = ZERO + fee;
      buffer[length++] = ZERO + presence;
    }
    for (const [m, when] of this.sharedConditions) {
      const on = verdicts[when] === 1;
      this.sharedOn[m] = on ? 1 : 0;
      buffer[length++] = on ? ONE : ZERO;
    }
    // FNV-1a over the signature bytes.
    let hash = 0x811c9dc5;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ (buffer[i] as number), 0x01000193);
    const bucket = this.memo.get(hash);
    if (bucket !== undefined) {
      for (const entry of bucket) if (sameBytes(entry.bytes, buffer, length)) return entry.summary;
    }
    const bytes = buffer.slice(0, length);
    const summary = this.compute(bytes, blocked, notNeeded, notices);
    if (this.memoSize >= MEMO_LIMIT) {
      this.memo.clear();
      this.memoSize = 0;
    }
    const entry = { bytes, summary };
    const list = this.memo.get(hash);
    if (list) list.push(entry);
    else this.memo.set(hash, [entry]);
    this.memoSize++;
    return summary;
  }

  private compute(signature: Uint8Array, blocked: boolean, notNeeded: boolean, notices: number): LeafSummary {
    const items = this.items;
    const applies = this.applies;
    const { producers } = this.plan;
    const stamp = ++this.stamp;
    const materialStamp = this.materialStamp;
    const passed = this.materialPassed;
    const ids: string[] = [];

    // Materials: each merged material's status as `dispositionOf` decides it (passed on when every item
    // using it gets it from another item of the case that produces it, …); the rest are handed in.
    const commit = this.materialCommit;
    const touched = this.touched;
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      if (applies[i] !== 1) continue;
      const item = items[i] as ItemPlan;
      ids.push(item.id);
      const useOn = this.useOn[i] as Uint8Array;
      for (let u = 0; u < item.uses.length; u++) {
        if (useOn[u] !== 1) continue;
        const use = item.uses[u] as ItemPlan['uses'][number];
        const m = use.material;
        const received = producerOf(producers[m] as readonly number[], applies, i) >= 0;
        if (materialStamp[m] !== stamp) {
          materialStamp[m] = stamp;
          touched[count++] = m;
          passed[m] = received ? 1 : 0;
          commit[m] = use.commitment ? 1 : 0;
        } else {
          if (!received) passed[m] = 0;
          if (!use.commitment) commit[m] = 0;
        }
      }
    }
    let toSubmit = 0;
    for (let k = 0; k < count; k++) if (this.statusOf(touched[k] as number) === 'submit') toSubmit++;

    // Workflow: earliest finishes, scheduled as `schedule` in src/outcome/workflow.ts (ready steps in the
    // theme's order; on a cycle the first unscheduled step anyway); the critical path ends at the latest.
    const finish = this.finish;
    const scheduled = this.scheduled;
    let left = ids.length;
    let days = 0;
    while (left > 0) {
      let next = -1;
      for (let i = 0; i < items.length && next < 0; i++) {
        if (applies[i] !== 1 || scheduled[i] === stamp) continue;
        if (this.dependencies(i, (d) => scheduled[d] === stamp)) next = i;
      }
      if (next < 0) {
        for (let i = 0; i < items.length && next < 0; i++)
          if (applies[i] === 1 && scheduled[i] !== stamp) next = i;
      }
      let start = 0;
      this.dependencies(next, (d) => {
        if (scheduled[d] === stamp && (finish[d] as number) > start) start = finish[d] as number;
        return true;
      });
      const item = items[next] as ItemPlan;
      const end = start + ((item.days[this.dayPick[next] as number]?.value as number | undefined) ?? 0);
      finish[next] = end;
      scheduled[next] = stamp;
      if (end > days) days = end;
      left--;
    }

    let cents = 0;
    const venues = this.venues;
    venues.clear();
    for (let i = 0; i < items.length; i++) {
      if (applies[i] !== 1) continue;
      const item = items[i] as ItemPlan;
      const amount = item.fee[this.feePick[i] as number]?.amount;
      if (amount !== undefined && amount > 0) cents += Math.round(amount * 100);
      const venue = item.presence[this.presencePick[i] as number]?.venue;
      if (venue !== undefined && venue !== null) venues.add(venue);
    }
    const status: OutcomeStatus = blocked
      ? 'blocked'
      : ids.length === 0 && notNeeded
        ? 'not-needed'
        : 'ready';
    const summary = {
      status,
      items: Object.freeze(ids),
      materials: toSubmit,
      days,
      fee: cents / 100,
      visits: venues.size,
      notices,
      signature,
    };
    if (!this.options.detail) return Object.freeze(summary);
    return Object.freeze({ ...summary, detail: this.detailOf(status, days, cents / 100, venues.size) });
  }

  /**
   * A hash of the current case's outcome entry by entry, as `detailOf` lists it (names aside): status,
   * notices, items with the days, fee and venue that hold, merged materials in order of first use with form,
   * copies and status, and the totals. Equal outcomes, equal hashes; nothing is built. Call it right after
   * `summarize` for the same case, with the summary that returned.
   */
  outcomeHash(summary: LeafSummary): number {
    const { notices, producers } = this.plan;
    const items = this.items;
    const applies = this.applies;
    const commit = this.materialCommit;
    const hash = new Hash();
    hash.string(summary.status);
    for (let n = 0; n < notices.length; n++) if (this.buffer[n] === ONE) hash.number(n);
    hash.string('|');
    const stamp = ++this.stamp;
    const seen = this.materialStamp;
    const order = this.materialOrder;
    const rank = this.materialRank;
    const copies = this.materialCopies;
    const passed = this.materialPassed;
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      if (applies[i] !== 1) continue;
      const item = items[i] as ItemPlan;
      const fee = item.fee[this.feePick[i] as number]?.amount;
      hash.number(i);
      hash.number(item.days[this.dayPick[i] as number]?.value ?? -1);
      hash.number(fee === undefined ? -1 : Math.round(fee * 100));
      hash.string(item.presence[this.presencePick[i] as number]?.venue ?? '');
      const useOn = this.useOn[i] as Uint8Array;
      for (let u = 0; u < item.uses.length; u++) {
        if (useOn[u] !== 1) continue;
        const use = item.uses[u] as ItemPlan['uses'][number];
        const m = use.material;
        const received = producerOf(producers[m] as readonly number[], applies, i) >= 0;
        if (seen[m] !== stamp) {
          seen[m] = stamp;
          order[count++] = m;
          rank[m] = FORM_RANK[use.form];
          copies[m] = use.copies;
          passed[m] = received ? 1 : 0;
          commit[m] = use.commitment ? 1 : 0;
          continue;
        }
        if (FORM_RANK[use.form] > (rank[m] as number)) rank[m] = FORM_RANK[use.form];
        if (use.copies > (copies[m] as number)) copies[m] = use.copies;
        if (!received) passed[m] = 0;
        if (!use.commitment) commit[m] = 0;
      }
    }
    hash.string('|');
    for (let k = 0; k < count; k++) {
      const m = order[k] as number;
      hash.number(m);
      hash.number(rank[m] as number);
      hash.number(copies[m] as number);
      hash.string(this.statusOf(m));
    }
    hash.number(summary.days);
    hash.number(Math.round(summary.fee * 100));
    hash.number(summary.visits);
    return hash.value();
  }

  /** The case entry by entry, as `detailOf(session)` in detail.ts reads it from `outcome()`. */
  private detailOf(status: OutcomeStatus, days: number, fee: number, visits: number): CaseDetail {
    const { notices, materials: ids, materialNames, producers } = this.plan;
    const items = this.items;
    const applies = this.applies;
    const noticeList: { id: string; kind: CaseDetail['notices'][number]['kind'] }[] = [];
    notices.forEach((notice, n) => {
      if (this.buffer[n] === ONE) noticeList.push({ id: notice.id, kind: notice.kind });
    });
    const itemList: CaseDetail['items'][number][] = [];
    const merged = new Map<
      number,
      { form: MaterialForm; copies: number; passed: boolean; commitment: boolean }
    >();
    for (let i = 0; i < items.length; i++) {
      if (applies[i] !== 1) continue;
      const item = items[i] as ItemPlan;
      const dayValue = item.days[this.dayPick[i] as number]?.value;
      const feeValue = item.fee[this.feePick[i] as number]?.amount;
      const venue = item.presence[this.presencePick[i] as number]?.venue;
      itemList.push({
        id: item.id,
        name: item.name,
        ...(dayValue === undefined ? {} : { days: dayValue }),
        ...(feeValue === undefined ? {} : { fee: feeValue }),
        ...(venue === undefined || venue === null ? {} : { venue }),
      });
      const useOn = this.useOn[i] as Uint8Array;
      item.uses.forEach((use, u) => {
        if (useOn[u] !== 1) return;
        const received = producerOf(producers[use.material] as readonly number[], applies, i) >= 0;
        const entry = merged.get(use.material);
        if (!entry) {
          const { form, copies, commitment } = use;
          merged.set(use.material, { form, copies, passed: received, commitment });
          return;
        }
        if (FORM_RANK[use.form] > FORM_RANK[entry.form]) entry.form = use.form;
        if (use.copies > entry.copies) entry.copies = use.copies;
        if (!received) entry.passed = false;
        if (!use.commitment) entry.commitment = false;
      });
    }
    const materialList = [...merged].map(([m, entry]) => {
      this.materialPassed[m] = entry.passed ? 1 : 0;
      this.materialCommit[m] = entry.commitment ? 1 : 0;
      const materialStatus: MaterialStatus = this.statusOf(m);
      return {
        id: ids[m] as string,
        name: materialNames[m] as string,
        form: entry.form,
        copies: entry.copies,
        status: materialStatus,
      };
    });
    return { status, notices: noticeList, items: itemList, materials: materialList, days, fee, visits };
  }

  /** A merged material's status in the current case, from the scratch state of its uses. */
  private statusOf(m: number): MaterialStatus {
    const plan = this.plan;
    return dispositionOf({
      users: 1,
      receiving: this.materialPassed[m] === 1 ? 1 : 0,
      generated: plan.generated[m] === 1,
      licence: plan.waivable[m] === 1,
      shared: this.sharedOn[m] === 1,
      committed: plan.clause[m] === 1 && this.materialCommit[m] === 1,
    });
  }

  /**
   * Whether `test` holds for every item the applying item i depends on: the producer of each material it
   * uses (`produces` edges) and the applying items of its `after` list.
   */
  private dependencies(i: number, test: (d: number) => boolean): boolean {
    const item = this.items[i] as ItemPlan;
    const applies = this.applies;
    const useOn = this.useOn[i] as Uint8Array;
    const producers = this.plan.producers;
    for (let u = 0; u < item.uses.length; u++) {
      if (useOn[u] !== 1) continue;
      const p = producerOf(
        producers[(item.uses[u] as ItemPlan['uses'][number]).material] as readonly number[],
        applies,
        i,
      );
      if (p >= 0 && !test(p)) return false;
    }
    for (const a of item.after) if (applies[a] === 1 && !test(a)) return false;
    return true;
  }
}

/** The first applying item other than `user` among a material's producers, or -1. */
function producerOf(producers: readonly number[], applies: Uint8Array, user: number): number {
  for (let p = 0; p < producers.length; p++) {
    const item = producers[p] as number;
    if (item !== user && applies[item] === 1) return item;
  }
  return -1;
}

/** Index of the first variant whose condition holds, or the list's length when none does. */
function pick(variants: readonly { readonly when: number }[], verdicts: Uint8Array): number {
  for (let v = 0; v < variants.length; v++) {
    const when = (variants[v] as (typeof variants)[number]).when;
    if (when < 0 || verdicts[when] === 1) return v;
  }
  return variants.length;
}

function sameBytes(a: Uint8Array, b: Uint8Array, length: number): boolean {
  if (a.length !== length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
