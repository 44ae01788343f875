import type { OutcomeStatus } from '../model/statuses.js';
import { composeBase, composeNotices, statusWith } from '../outcome/compose.js';
import type { BodyBase, ComposedNotices, DeliveryEffect } from '../outcome/composition.js';
import {
  chooseDelivery,
  deliveryEffects,
  postageOf,
  totalFee,
  unchosenCollections,
} from '../outcome/delivery-choice.js';
import type { BodyEntries, DeliveryEntry } from '../outcome/identity.js';
import type { OutcomePlan } from '../outcome/plan.js';
import { emptySelection, type Selection, selectByVerdicts } from '../outcome/selection.js';
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

/**
 * A base as the keys know it (the bytes `composeBase` reads): whether it has steps, and by choice of delivery
 * + 1 (0: none) the number of its body (`BodyNumbers`), -1 until a case met it.
 */
interface BaseKey {
  readonly steps: number;
  readonly bodies: Int32Array;
}

/** The notices of a selection (by their bytes), and by whether the body has steps its head's number (-1: not yet). */
interface NoticeKey {
  readonly notices: ComposedNotices;
  readonly heads: Int32Array;
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
 * selection: a case whose selection's bytes were met before gets its key from a memo; one whose base (the
 * items' part of the bytes but the choice of delivery) was met with its choice before composes nothing; a
 * base is composed once for every choice of delivery, since what the choice adds to a body's entries is the
 * same list of methods whichever was chosen and the total fee; and a detail is built only for a body whose
 * signature is new. Memory follows the distinct outcomes; the memos stay bounded (`BytesMemo`).
 */
export class OutcomeKeys {
  private readonly outcome: OutcomePlan;
  private readonly selection: Selection;
  /** The selection's bytes (`signSelection`): the notices, then the items' part from `bodyStart`. */
  private readonly buffer: Uint8Array;
  private readonly bodyStart: number;
  /** By condition of the outcome: its index among the verdicts (`ThemePlan.outcomeConditions`). */
  private readonly verdictOf: Int32Array;
  /** Keys by the whole selection's bytes. */
  private readonly cases = new BytesMemo<number>();
  /** Bases by the items' part of the bytes without the choice (or the one key of withheld bodies: `memoBody`). */
  private readonly bases = new BytesMemo<BaseKey>();
  /** Notices by their bytes. */
  private readonly noticeKeys = new BytesMemo<NoticeKey>();
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
  /** What each method of delivery adds to the kept base (`deliveryEffects`), once a choice asked for it. */
  private effects: readonly DeliveryEffect[] | undefined;
  /** The kept base's visits to collect without a choice of delivery (`unchosenCollections`), once needed. */
  private unchosen: number | undefined;
  /** By choice + 1: the fee of the kept base's body (as its entries have it), and its number (-1: none yet). */
  private readonly baseFees: Float64Array;
  private readonly baseBodies: Int32Array;
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
    this.verdictOf = verdictOf;
    this.bodyStart = outcome.notices.length + 1;
    this.buffer = new Uint8Array(selectionBytes(outcome));
    this.baseBytes = new Uint8Array(this.buffer.length);
    this.baseFees = new Float64Array(outcome.choice.length + 1);
    this.baseBodies = new Int32Array(outcome.choice.length + 1);
  }

  /** Distinct outcomes met so far: keys are 0…size-1, in order of first case. */
  get size(): number {
    return this.outcomes.length;
  }

  /** The key of the case whose condition verdicts these are (1 = true; see `CaseWalker.verdicts`). */
  key(verdicts: Uint8Array): number {
    const selection = selectByVerdicts(this.outcome, verdicts, this.verdictOf, this.selection);
    const memo = !this.cases.rests();
    // Signed even while the memos rest: the kept base is found by its bytes.
    const end = signSelection(this.outcome, selection, this.buffer);
    if (memo) {
      const known = this.cases.get(this.buffer, 0, end);
      if (known !== undefined) return known;
    }
    const key = this.keyOf(selection, end);
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

  /** The key of a selection whose bytes end at `end`: its notices, and its body. */
  private keyOf(selection: Selection, end: number): number {
    const outcome = this.outcome;
    const noticeKey = this.noticesOf(selection);
    const notices = noticeKey.notices;
    const withheld = notices.withheld;
    // The base's bytes end before the choice's (`choiceBytes`); withheld bodies share one key whatever holds.
    const baseEnd = withheld ? -1 : end - choiceBytes(selection);
    const chosen = selection.chosen[0] as number;
    const base = memoBody(
      this.bases,
      !this.bases.rests(),
      withheld,
      this.buffer,
      this.bodyStart,
      baseEnd,
      () => this.baseKeyOf(selection, withheld, baseEnd),
    );
    let body = base.bodies[chosen + 1] as number;
    if (body < 0) {
      // A base from the memo, met before with other choices only, is composed again unless it is the one kept.
      this.keep(selection, withheld, baseEnd);
      body = this.bodyOf(chosen);
      // A withheld body has no steps: the first case's body stands for every choice.
      if (withheld) base.bodies.fill(body);
      else base.bodies[chosen + 1] = body;
    }
    const some = base.steps > 0 ? 1 : 0;
    let head = noticeKey.heads[some] as number;
    if (head < 0) {
      head = this.headOf(statusWith(outcome, notices, base.steps), notices.notices);
      noticeKey.heads[some] = head;
    }
    const keys = this.keysByBody[body] as Map<number, number>;
    let key = keys.get(head);
    if (key === undefined) {
      key = this.outcomes.length;
      keys.set(head, key);
      this.outcomes.push({
        detail: detailWith(
          outcome,
          statusWith(outcome, notices, base.steps),
          notices.notices,
          this.bodyDetails[body] as BodyDetail,
        ),
        signature: (this.headTexts[head] as string) + (this.bodyTexts[body] as string),
      });
    }
    return key;
  }

  /** The notices of a selection (`composeNotices`), memoised by their bytes (the buffer's first ones). */
  private noticesOf(selection: Selection): NoticeKey {
    const memo = !this.noticeKeys.rests();
    const end = this.bodyStart - 1;
    let known = memo ? this.noticeKeys.get(this.buffer, 0, end) : undefined;
    if (known === undefined) {
      known = { notices: composeNotices(this.outcome, selection), heads: Int32Array.of(-1, -1) };
      if (memo) this.noticeKeys.set(this.buffer, 0, end, known);
    }
    return known;
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

  /** A base met for the first time (or while the memo rests), with the numbers the kept base knows if it is that one. */
  private baseKeyOf(selection: Selection, withheld: boolean, baseEnd: number): BaseKey {
    this.keep(selection, withheld, baseEnd);
    return { steps: (this.base as BodyBase).steps.length, bodies: new Int32Array(this.baseBodies) };
  }

  /**
   * Makes the selection's base the one kept, composing it unless it is already (a withheld body's always). The
   * base (`composeBase`) of the last body composed is kept with the bytes it was composed from: cases that
   * differ only in the applicant's choice of delivery are neighbours in a walk where that question comes late.
   */
  private keep(selection: Selection, withheld: boolean, baseEnd: number): void {
    if (baseEnd >= 0 && this.sameBase(baseEnd)) return;
    const outcome = this.outcome;
    this.base = composeBase(outcome, selection, withheld);
    this.lists = bodyLists(outcome, this.base);
    this.effects = undefined;
    this.unchosen = undefined;
    this.baseBodies.fill(-1);
    this.keepBase(baseEnd);
  }

  /**
   * Numbers the body of the kept base with this choice of delivery (an index in `plan.choice`, -1: none), by
   * its entries: two choices whose bodies have the same fee have the same entries, and one number.
   */
  private bodyOf(chosen: number): number {
    const outcome = this.outcome;
    const base = this.base as BodyBase;
    const choice = chosen < 0 ? undefined : outcome.choice[chosen];
    let effects: readonly DeliveryEffect[] = NO_EFFECTS;
    let fee: number;
    if (choice === undefined) fee = totalFee(outcome, base, undefined);
    else {
      if (this.effects === undefined) this.effects = deliveryEffects(outcome, base.steps, base.offered);
      effects = this.effects;
      // What the choice adds is in the delivery entries: the fee leaves its postage out (see `writeBody`).
      const postage = postageOf(effects, choice.method);
      fee = totalFee(outcome, base, postage) - postage;
    }
    const { baseFees, baseBodies } = this;
    let body = -1;
    if (choice !== undefined)
      for (let c = 1; c < baseBodies.length && body < 0; c++)
        if ((baseBodies[c] as number) >= 0 && Object.is(baseFees[c], fee)) body = baseBodies[c] as number;
    // Without a choice, what only a window hands over is collected in visits of its own (`chooseDelivery`).
    if (choice === undefined && this.unchosen === undefined)
      this.unchosen = unchosenCollections(outcome, base.steps, base.offered).length;
    const collections = choice === undefined ? (this.unchosen as number) : 0;
    if (body < 0) body = this.bodyNumbers.numberOf(this.entriesOf(base, fee, effects, collections));
    if (body === this.bodyTexts.length) {
      // Only a new body's detail is kept, so only then is it built; with the kept base's effects, which
      // `chooseDelivery` would make again (they are the same whichever method was chosen).
      const detail = bodyDetail(outcome, chooseDelivery(outcome, base, chosen, this.effects), this.lists);
      this.bodyTexts.push(bodySignature(detail));
      this.bodyDetails.push(detail);
      this.keysByBody.push(new Map());
    }
    baseFees[chosen + 1] = fee;
    baseBodies[chosen + 1] = body;
    return body;
  }

  /**
   * What `writeBody` reads of a body's detail (`bodyDetail`), in objects kept from body to body: most bodies
   * are numbered before, and their detail is not needed.
   */
  private entriesOf(
    base: BodyBase,
    fee: number,
    effects: readonly DeliveryEffect[],
    collections: number,
  ): BodyEntries {
    const { entries, entryDelivery } = this;
    const lists = this.lists as BodyLists;
    entries.items = lists.items;
    entries.materials = lists.materials;
    entries.days = base.days.critical;
    entries.fee = fee;
    entries.visits = base.visits.length + collections;
    for (let c = entryDelivery.length; c < effects.length; c++)
      entryDelivery.push({ method: '窗口领取', fee: 0, visits: 0 });
    entryDelivery.length = effects.length;
    for (let c = 0; c < effects.length; c++) {
      const effect = effects[c] as DeliveryEffect;
      const entry = entryDelivery[c] as Mutable<DeliveryEntry>;
      entry.method = effect.method;
      entry.fee = effect.fee;
      entry.visits = effect.collections;
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

const NO_EFFECTS: readonly DeliveryEffect[] = Object.freeze([]);
