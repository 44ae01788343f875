import type { OutcomeStatus } from '../model/outcome.js';
import { compose } from '../outcome/compose.js';
import type { Composition } from '../outcome/composition.js';
import { outcomeIdentity } from '../outcome/identity.js';
import type { OutcomePlan } from '../outcome/plan.js';
import { emptySelection, type Selection, select } from '../outcome/selection.js';
import { type CaseDetail, detailOfComposition } from './detail.js';
import type { ThemePlan } from './plan.js';

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
  /** The case entry by entry: only from a `Summarizer` made with `{ detail: true }`. */
  readonly detail?: CaseDetail;
  /** `outcomeIdentity` of the case: only from a `Summarizer` made with `{ identity: true }`. */
  readonly identity?: number;
}

/** What a `Summarizer` adds to the figures. */
export interface SummaryOptions {
  readonly detail?: boolean;
  readonly identity?: boolean;
}

/** Summaries are memoised by signature, up to this many (then the memo starts over: memory stays flat). */
const MEMO_LIMIT = 16_384;
/**
 * A full memo that answered fewer than this share of its lookups was not worth its upkeep (cases of this
 * theme rarely share an outcome): the memo then rests (is neither read nor filled) for a while, twice as long
 * each time it is found idle again, up to MAX_REST memo fills.
 */
const IDLE_SHARE = 0.25;
const MAX_REST = 64;
/** Signature bytes: '0' and '1' for verdicts, '|' after the notices; a variant's index follows as a varint. */
const ZERO = 48;
const ONE = 49;
const BAR = 124;
/** Bytes of a variant index at most (7 bits each). */
const VARINT_BYTES = 5;

interface MemoEntry {
  /**
   * The selection the summary was composed from, as bytes: which notices and items hold, which material uses
   * of those items hold, and which variant of their days, fee and presence counts.
   */
  readonly bytes: Uint8Array;
  readonly summary: LeafSummary;
}

/**
 * Summarises cases from the verdicts of the conditions an outcome reads: the verdicts become a `Selection`
 * (`select`) and the selection an outcome (`compose`), as `outcome()` does for a session, with the plan's
 * outcome rules. Summaries are memoised by the selection's bytes, since many cases share one: `compose` runs
 * once per distinct selection (while the memo is not resting, see IDLE_SHARE).
 */
export class Summarizer {
  /** Summaries by signature hash; a bucket holds the entries whose signatures share a hash. */
  private readonly memo = new Map<number, MemoEntry[]>();
  private memoSize = 0;
  /** Lookups answered since the memo was last cleared. */
  private memoHits = 0;
  /** Cases left before the memo is used again, and the next rest in memo fills. */
  private resting = 0;
  private nextRest = 1;
  private readonly outcome: OutcomePlan;
  private readonly selection: Selection;
  /** The signature of the current case. */
  private readonly buffer: Uint8Array;
  /** The verdicts `summarize` was called with, read by `holds`. */
  private verdicts: Uint8Array = new Uint8Array(0);
  private readonly holds: (condition: number) => boolean;

  constructor(
    plan: ThemePlan,
    private readonly options: SummaryOptions = {},
  ) {
    const outcome = plan.outcome;
    this.outcome = outcome;
    this.selection = emptySelection(outcome);
    const verdictOf = plan.outcomeConditions;
    this.holds = (c) => this.verdicts[verdictOf[c] as number] === 1;
    const length =
      outcome.notices.length +
      1 +
      outcome.items.reduce((total, item) => total + 1 + item.uses.length + 3 * VARINT_BYTES, 0);
    this.buffer = new Uint8Array(length);
  }

  /** The summary of the case whose condition verdicts these are (1 = true; see `CaseWalker.verdicts`). */
  summarize(verdicts: Uint8Array): LeafSummary {
    this.verdicts = verdicts;
    const selection = select(this.outcome, this.holds, this.selection);
    if (this.resting > 0) {
      this.resting--;
      return this.summaryOf(compose(this.outcome, selection));
    }
    const length = this.sign(selection);
    const buffer = this.buffer;
    // FNV-1a over the signature bytes.
    let hash = 0x811c9dc5;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ (buffer[i] as number), 0x01000193);
    const bucket = this.memo.get(hash);
    if (bucket !== undefined) {
      for (const entry of bucket) {
        if (!sameBytes(entry.bytes, buffer, length)) continue;
        this.memoHits++;
        return entry.summary;
      }
    }
    const summary = this.summaryOf(compose(this.outcome, selection));
    if (this.memoSize >= MEMO_LIMIT) {
      this.restart();
      if (this.resting > 0) return summary;
    }
    const entry = { bytes: buffer.slice(0, length), summary };
    if (bucket) bucket.push(entry);
    else this.memo.set(hash, [entry]);
    this.memoSize++;
    return summary;
  }

  /** Clears the full memo; lets it rest when it was idle (see IDLE_SHARE). */
  private restart(): void {
    const idle = this.memoHits < IDLE_SHARE * (this.memoHits + this.memoSize);
    this.memo.clear();
    this.memoSize = 0;
    this.memoHits = 0;
    if (!idle) {
      this.nextRest = 1;
      return;
    }
    this.resting = this.nextRest * MEMO_LIMIT;
    this.nextRest = Math.min(MAX_REST, 2 * this.nextRest);
  }

  /** Writes the selection's bytes (only what `compose` reads) into the buffer; returns their length. */
  private sign(selection: Selection): number {
    const buffer = this.buffer;
    const { notices, items } = this.outcome;
    let length = 0;
    for (let n = 0; n < notices.length; n++) buffer[length++] = selection.notices[n] === 1 ? ONE : ZERO;
    buffer[length++] = BAR;
    for (let i = 0; i < items.length; i++) {
      if (selection.items[i] !== 1) {
        buffer[length++] = ZERO;
        continue;
      }
      buffer[length++] = ONE;
      const useOn = selection.uses[i] as Uint8Array;
      for (let u = 0; u < useOn.length; u++) buffer[length++] = useOn[u] === 1 ? ONE : ZERO;
      length = varint(buffer, length, selection.days[i] as number);
      length = varint(buffer, length, selection.fee[i] as number);
      length = varint(buffer, length, selection.presence[i] as number);
    }
    return length;
  }

  private summaryOf(composition: Composition): LeafSummary {
    const { items } = this.outcome;
    const summary = {
      status: composition.status,
      items: Object.freeze(
        composition.steps.map((step) => (items[step.item] as OutcomePlan['items'][number]).item.id),
      ),
      materials: composition.merge.toSubmit,
      days: composition.days.critical,
      fee: composition.fee.total,
      visits: composition.visits.length,
      notices: composition.notices.length,
      ...(this.options.detail ? { detail: detailOfComposition(this.outcome, composition) } : {}),
      ...(this.options.identity ? { identity: outcomeIdentity(composition) } : {}),
    };
    return Object.freeze(summary);
  }
}

/** Writes a whole number ≥ 0 as 7-bit groups, low first, each but the last with its high bit set. */
function varint(buffer: Uint8Array, at: number, value: number): number {
  let rest = value;
  let length = at;
  while (rest >= 0x80) {
    buffer[length++] = (rest & 0x7f) | 0x80;
    rest >>>= 7;
  }
  buffer[length++] = rest;
  return length;
}

function sameBytes(a: Uint8Array, b: Uint8Array, length: number): boolean {
  if (a.length !== length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
