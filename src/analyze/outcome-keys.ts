import type { OutcomeStatus } from '../model/statuses.js';
import { composeBase, composeNotices, statusWith } from '../outcome/compose.js';
import type { BodyBase, ComposedNotices, CompositionBody } from '../outcome/composition.js';
import { chooseDelivery } from '../outcome/delivery-choice.js';
import type { BodyEntries, DeliveryEntry } from '../outcome/identity.js';
import type { OutcomePlan } from '../outcome/plan.js';
import { emptySelection, type Selection, select } from '../outcome/selection.js';
import { BodyNumbers } from './body-numbers.js';
import {
  type BodyDetail,
  type BodyLists,
  bodyDetail,
  bodyLists,
  type CaseDetail,
  detailWith,
} from './detail.js';
import { BytesMemo, memoBody } from './memo.js';
import type { ThemePlan } from './plan.js';
import { bodySignature, headSignature } from './signature.js';
import { choiceBytes, selectionBytes, signSelection } from './summary.js';

/** A writable copy of an object type (the entries `entriesOf` fills in place). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A composed body as the keys know it: the number of its signature, and whether it has steps. */
interface BodyKey {
  readonly body: number;
  readonly steps: number;
}

/** A distinct outcome: the detail and signature of its first case. */
interface Outcome {
  readonly detail: CaseDetail;
  readonly signature: string;
}

/**
 * Numbers the distinct outcomes of cases, from the verdicts of the conditions an outcome reads, as a walk meets
 * them: equal keys exactly for equal outcome signatures (`outcomeSignature`). The verdicts become a `Selection`
 * and the selection an outcome by the parts of `compose`, as `Summarizer` does, but only numbers are kept per
 * selection: a case whose selection's bytes were met before gets its key from a memo, one whose items' part was
 * met before (its notices alone differ) composes no body, and a detail is built only for a body whose
 * signature is new. Memory follows the distinct outcomes; the memos stay bounded (`BytesMemo`).
 */
export class OutcomeKeys {
  private readonly outcome: OutcomePlan;
  private readonly selection: Selection;
  /** The selection's bytes (`signSelection`): the notices, then the items' part from `bodyStart`. */
  private readonly buffer: Uint8Array;
  private readonly bodyStart: number;
  private verdicts: Uint8Array = new Uint8Array(0);
  private readonly holds: (condition: number) => boolean;
  /** Keys by the whole selection's bytes. */
  private readonly cases = new BytesMemo<number>();
  /** Bodies by the items' part of the bytes (or the one key of withheld bodies: `memoBody`). */
  private readonly bodies = new BytesMemo<BodyKey>();
  /** Bodies numbered by signature (`BodyNumbers`); the signature and detail of the first body of each. */
  private readonly bodyNumbers = new BodyNumbers();
  private readonly bodyTexts: string[] = [];
  private readonly bodyDetails: BodyDetail[] = [];
  /** Head signatures (status and notices), numbered as met. */
  private readonly headNumbers = new Map<string, number>();
  /** By head number: its signature. */
  private readonly headTexts: string[] = [];
  /** Head numbers by status and notice indices (`headOf`). */
  private readonly headsByIndices = new Map<string, number>();
  /** By body number: the key of each head number met with it. */
  private readonly keysByBody: Map<number, number>[] = [];
  private readonly outcomes: Outcome[] = [];
  /** The base of the last body composed, its lists, and the bytes it was composed from (-1: none). */
  private base: BodyBase | undefined;
  private lists: BodyLists | undefined;
  private readonly baseBytes: Uint8Array;
  private baseLength = -1;
  /** The entries `entriesOf` fills, and its delivery entries. */
  private readonly entries: Mutable<BodyEntries> = { items: [], materials: [], days: 0, fee: 0, visits: 0 };
  private readonly entryDelivery: Mutable<DeliveryEntry>[] = [];

  constructor(plan: ThemePlan) {
    const outcome = plan.outcome;
    this.outcome = outcome;
    this.selection = emptySelection(outcome);
    const verdictOf = plan.outcomeConditions;
    this.holds = (c) => this.verdicts[verdictOf[c] as number] === 1;
    this.bodyStart = outcome.notices.length + 1;
    this.buffer = new Uint8Array(selectionBytes(outcome));
    this.baseBytes = new Uint8Array(this.buffer.length);
  }

  /** Distinct outcomes met so far: keys are 0…size-1, in order of first case. */
  get size(): number {
    return this.outcomes.length;
  }

  /** The key of the case whose condition verdicts these are (1 = true; see `CaseWalker.verdicts`). */
  key(verdicts: Uint8Array): number {
    this.verdicts = verdicts;
    const selection = select(this.outcome, this.holds, this.selection);
    const memo = !this.cases.rests();
    const bodyMemo = !this.bodies.rests();
    // Signed even while both memos rest: the kept base is found by its bytes.
    const end = signSelection(this.outcome, selection, this.buffer);
    if (memo) {
      const known = this.cases.get(this.buffer, 0, end);
      if (known !== undefined) return known;
    }
    const key = this.keyOf(selection, end, bodyMemo);
    if (memo) this.cases.set(this.buffer, 0, end, key);
    return key;
  }

  /** The detail of the first case of a key. */
  detail(key: number): CaseDetail {
    return (this.outcomes[key] as Outcome).detail;
  }

  /** The outcome signature of a key's cases (`outcomeSignature`). */
  signature(key: number): string {
    return (this.outcomes[key] as Outcome).signature;
  }

  /** The key of a selection whose bytes end at `end`: its notices, and its body (memoised when `memo`). */
  private keyOf(selection: Selection, end: number, memo: boolean): number {
    const outcome = this.outcome;
    const notices = composeNotices(outcome, selection);
    const body = memoBody(this.bodies, memo, notices.withheld, this.buffer, this.bodyStart, end, () =>
      this.bodyOf(selection, notices, end),
    );
    const status = statusWith(outcome, notices, body.steps);
    const head = this.headOf(status, notices.notices);
    const keys = this.keysByBody[body.body] as Map<number, number>;
    let key = keys.get(head);
    if (key === undefined) {
      key = this.outcomes.length;
      keys.set(head, key);
      this.outcomes.push({
        detail: detailWith(outcome, status, notices.notices, this.bodyDetails[body.body] as BodyDetail),
        signature: (this.headTexts[head] as string) + (this.bodyTexts[body.body] as string),
      });
    }
    return key;
  }

  /**
   * The number of a head (status and notices). Its signature is written once per status and list of notice
   * indices: two lists may still share one signature (notices alike), so numbers go by the signature.
   */
  private headOf(status: OutcomeStatus, indices: readonly number[]): number {
    const short = `${status}|${indices.join(',')}`;
    const known = this.headsByIndices.get(short);
    if (known !== undefined) return known;
    const outcome = this.outcome;
    const ids = indices.map((n) => {
      const { notice } = outcome.notices[n] as OutcomePlan['notices'][number];
      return { id: notice.id, kind: notice.kind };
    });
    const headText = headSignature({ status, notices: ids });
    let head = this.headNumbers.get(headText);
    if (head === undefined) {
      head = this.headNumbers.size;
      this.headNumbers.set(headText, head);
      this.headTexts.push(headText);
    }
    this.headsByIndices.set(short, head);
    return head;
  }

  /**
   * Composes a body and numbers its signature. The base (`composeBase`) of the last body composed is kept with
   * the bytes it was composed from: cases that differ only in the applicant's choice of delivery are
   * neighbours in a walk where that question comes late, and then share it.
   */
  private bodyOf(selection: Selection, notices: ComposedNotices, end: number): BodyKey {
    const outcome = this.outcome;
    const baseEnd = notices.withheld ? -1 : end - choiceBytes(selection);
    if (baseEnd < 0 || !this.sameBase(baseEnd)) {
      this.base = composeBase(outcome, selection, notices.withheld);
      this.lists = bodyLists(outcome, this.base);
      this.keepBase(baseEnd);
    }
    const composed = chooseDelivery(outcome, this.base as BodyBase, selection.chosen[0] as number);
    const body = this.bodyNumbers.numberOf(this.entriesOf(composed));
    if (body === this.bodyTexts.length) {
      // Only a new body's detail is kept, so only then is it built.
      const detail = bodyDetail(outcome, composed, this.lists);
      this.bodyTexts.push(bodySignature(detail));
      this.bodyDetails.push(detail);
      this.keysByBody.push(new Map());
    }
    return { body, steps: composed.steps.length };
  }

  /**
   * What `writeBody` reads of a body's detail (`bodyDetail`), in objects kept from body to body: most bodies
   * are numbered before, and their detail is not needed.
   */
  private entriesOf(composed: CompositionBody): BodyEntries {
    const { entries, entryDelivery } = this;
    const lists = this.lists as BodyLists;
    entries.items = lists.items;
    entries.materials = lists.materials;
    entries.days = composed.days.critical;
    entries.fee = composed.fee.total - (composed.chosen?.fee ?? 0);
    entries.visits = composed.visits.length;
    const choices = composed.choices;
    for (let c = entryDelivery.length; c < choices.length; c++)
      entryDelivery.push({ method: '窗口领取', fee: 0, visits: 0 });
    entryDelivery.length = choices.length;
    for (let c = 0; c < choices.length; c++) {
      const choice = choices[c] as CompositionBody['choices'][number];
      const entry = entryDelivery[c] as Mutable<DeliveryEntry>;
      entry.method = choice.method;
      entry.fee = choice.fee;
      entry.visits = choice.collections;
    }
    entries.delivery = entryDelivery;
    return entries;
  }

  /** Whether the kept base was composed from the buffer's bytes up to `baseEnd`. */
  private sameBase(baseEnd: number): boolean {
    const length = baseEnd - this.bodyStart;
    if (this.base === undefined || length !== this.baseLength) return false;
    const { buffer, baseBytes, bodyStart } = this;
    for (let i = 0; i < length; i++) if (baseBytes[i] !== buffer[bodyStart + i]) return false;
    return true;
  }

  /** Keeps the bytes the base was just composed from (none for withheld items: -1). */
  private keepBase(baseEnd: number): void {
    if (baseEnd < 0) {
      this.baseLength = -1;
      return;
    }
    this.baseLength = baseEnd - this.bodyStart;
    this.baseBytes.set(this.buffer.subarray(this.bodyStart, baseEnd));
  }
}
