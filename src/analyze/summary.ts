import type { OutcomeStatus } from '../model/outcome.js';
import { composeBody, composeNotices, statusWith } from '../outcome/compose.js';
import type { CompositionBody } from '../outcome/composition.js';
import { bodyIdentity, identityWith, withChoice } from '../outcome/identity.js';
import type { OutcomePlan } from '../outcome/plan.js';
import { emptySelection, type Selection, selectByVerdicts } from '../outcome/selection.js';
import { type BodyDetail, bodyDetail, type CaseDetail, detailWith } from './detail.js';
import { BytesMemo, memoBody } from './memo.js';
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
  /** Their ids, in the theme's order. */
  readonly noticeIds: readonly string[];
  /** The case entry by entry: only from a `Summarizer` made with `{ detail: true }`. */
  readonly detail?: CaseDetail;
  /** `outcomeIdentity` of the case: only from a `Summarizer` made with `{ identity: true }`. */
  readonly identity?: number;
}

/** A `LeafSummary` while it is made. */
type LeafSummaryFields = { -readonly [K in keyof LeafSummary]: LeafSummary[K] };

/** What a `Summarizer` adds to the figures. */
export interface SummaryOptions {
  readonly detail?: boolean;
  readonly identity?: boolean;
  /**
   * With `identity`: the id also tells apart what the applicant's choice of delivery adds (`withChoice`), for
   * checks that ask whether an answer changes what the applicant gets. Situations leave it out.
   */
  readonly choice?: boolean;
}

/** Signature bytes: '0' and '1' for verdicts, '|' after the notices; a variant's index follows as a varint. */
const ZERO = 48;
const ONE = 49;
const BAR = 124;
/** Bytes of a variant index at most (7 bits each). */
const VARINT_BYTES = 5;
const NO_IDS: readonly string[] = Object.freeze([]);

/** What the body of a composition (`composeBody`) gives a summary. */
interface BodySummary {
  readonly items: readonly string[];
  readonly steps: number;
  readonly materials: number;
  readonly days: number;
  readonly fee: number;
  readonly visits: number;
  readonly detail?: BodyDetail;
  readonly identity?: number;
}

/**
 * Summarises cases from the verdicts of the conditions an outcome reads: the verdicts become a `Selection`
 * (`select`) and the selection an outcome by the parts of `compose`, as `outcome()` does for a session, with
 * the plan's outcome rules. Summaries are memoised by the selection's bytes, since many cases share one; and a
 * case's notices matter to its body (`composeBody`) only through whether they withhold the items, so bodies
 * are memoised apart, by the bytes of the items' part of the selection: cases that differ in their notices
 * alone compose one body. Either memo rests while it is idle (see `BytesMemo`).
 */
export class Summarizer {
  private readonly summaries = new BytesMemo<LeafSummary>();
  private readonly bodies = new BytesMemo<BodySummary>();
  private readonly outcome: OutcomePlan;
  private readonly selection: Selection;
  /** The signature of the current case: the notices' bytes, BAR, then the items' bytes from `bodyStart`. */
  private readonly buffer: Uint8Array;
  private readonly bodyStart: number;
  /** By condition of the outcome: its index among the verdicts (`ThemePlan.outcomeConditions`). */
  private readonly verdictOf: Int32Array;

  constructor(
    plan: ThemePlan,
    private readonly options: SummaryOptions = {},
  ) {
    const outcome = plan.outcome;
    this.outcome = outcome;
    this.selection = emptySelection(outcome);
    this.verdictOf = plan.outcomeConditions;
    this.bodyStart = outcome.notices.length + 1;
    this.buffer = new Uint8Array(selectionBytes(outcome));
  }

  /** The summary of the case whose condition verdicts these are (1 = true; see `CaseWalker.verdicts`). */
  summarize(verdicts: Uint8Array): LeafSummary {
    const selection = selectByVerdicts(this.outcome, verdicts, this.verdictOf, this.selection);
    const memo = !this.summaries.rests();
    const bodyMemo = !this.bodies.rests();
    // Nothing to sign while both memos rest.
    const end = memo || bodyMemo ? this.sign(selection) : 0;
    if (memo) {
      const known = this.summaries.get(this.buffer, 0, end);
      if (known !== undefined) return known;
    }
    const summary = this.summaryOf(selection, end, bodyMemo);
    if (memo) this.summaries.set(this.buffer, 0, end, summary);
    return summary;
  }

  /** Writes the selection's bytes into the buffer (`signSelection`); returns their length. */
  private sign(selection: Selection): number {
    return signSelection(this.outcome, selection, this.buffer);
  }

  /** The summary of a selection whose bytes end at `end`: its notices and its body (memoised when `memo`). */
  private summaryOf(selection: Selection, end: number, memo: boolean): LeafSummary {
    const outcome = this.outcome;
    const notices = composeNotices(outcome, selection);
    const body = memoBody(this.bodies, memo, notices.withheld, this.buffer, this.bodyStart, end, () =>
      this.bodySummary(composeBody(outcome, selection, notices.withheld)),
    );
    const status = statusWith(outcome, notices, body.steps);
    const { detail, identity } = body;
    const summary: LeafSummaryFields = {
      status,
      items: body.items,
      materials: body.materials,
      days: body.days,
      fee: body.fee,
      visits: body.visits,
      notices: notices.notices.length,
      // Most cases have no notice: they share one empty list.
      noticeIds:
        notices.notices.length === 0
          ? NO_IDS
          : Object.freeze(
              notices.notices.map((n) => (outcome.notices[n] as OutcomePlan['notices'][number]).notice.id),
            ),
    };
    // Added only when asked for (a summary has no `detail` key otherwise), without spreading a literal per case.
    if (detail !== undefined) summary.detail = detailWith(outcome, status, notices.notices, detail);
    if (identity !== undefined)
      summary.identity = identityWith(
        status,
        notices.notices.map((n) => (outcome.notices[n] as OutcomePlan['notices'][number]).notice),
        identity,
      );
    return Object.freeze(summary);
  }

  /** What a summary reads of a body, with its detail and id when the options ask for them. */
  private bodySummary(body: CompositionBody): BodySummary {
    const { items } = this.outcome;
    // The id is written from the detail, by the same definition as the signatures of situations.
    const detail = this.options.detail || this.options.identity ? bodyDetail(this.outcome, body) : undefined;
    const summary: { -readonly [K in keyof BodySummary]: BodySummary[K] } = {
      items: Object.freeze(
        body.steps.map((step) => (items[step.item] as OutcomePlan['items'][number]).item.id),
      ),
      steps: body.steps.length,
      materials: body.merge.toSubmit,
      days: body.days.critical,
      fee: body.fee.total,
      visits: body.visits.length + body.collections.length,
    };
    if (this.options.detail && detail !== undefined) summary.detail = detail;
    if (this.options.identity && detail !== undefined) {
      const id = bodyIdentity(detail);
      summary.identity =
        this.options.choice && body.chosen !== undefined
          ? withChoice(id, body.chosen.fee, body.collections.length)
          : id;
    }
    return summary;
  }
}

/** The most bytes `signSelection` writes for a plan's selections. */
export function selectionBytes(outcome: OutcomePlan): number {
  const shared = outcome.sharing.filter((when) => when !== undefined).length;
  return (
    outcome.notices.length +
    1 +
    outcome.items.reduce(
      (total, item) => total + 1 + item.uses.length + 3 * VARINT_BYTES + item.delivery.length,
      0,
    ) +
    VARINT_BYTES +
    shared
  );
}

/**
 * Writes a selection's bytes (only what `compose` reads) into `buffer`, returns their length: the notices (one
 * byte each), BAR, then the items' part from `notices.length + 1` on, which is all `composeBody` reads once
 * the notices are known not to withhold the items. Equal bytes, equal compositions.
 */
export function signSelection(outcome: OutcomePlan, selection: Selection, buffer: Uint8Array): number {
  const { notices, items } = outcome;
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
    const offered = selection.delivery[i] as Uint8Array;
    for (let d = 0; d < offered.length; d++) buffer[length++] = offered[d] === 1 ? ONE : ZERO;
  }
  // Whether each shared material's data sharing applies: the `materialStatus` rule reads it.
  const { sharing } = outcome;
  for (let m = 0; m < sharing.length; m++) {
    if (sharing[m] !== undefined) buffer[length++] = selection.shared[m] === 1 ? ONE : ZERO;
  }
  // Last, the applicant's choice of delivery (+1: none is -1), which only `chooseDelivery` reads: the bytes
  // before it (`choiceBytes`) are all `composeBase` reads.
  return varint(buffer, length, (selection.chosen[0] as number) + 1);
}

/** How many of a selection's bytes (`signSelection`) its choice of delivery takes: they come last. */
export function choiceBytes(selection: Selection): number {
  let rest = (selection.chosen[0] as number) + 1;
  let length = 1;
  while (rest >= 0x80) {
    rest >>>= 7;
    length++;
  }
  return length;
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
