import type { MaterialStatus, OutcomeStatus } from '../model/outcome.js';
import type { Delivery, MaterialForm } from '../model/theme.js';
import { Hash } from '../util/id-hash.js';

// Numbers for the words an outcome's parts hold: hashing a number is cheaper than hashing a word.
const STATUS: Readonly<Record<OutcomeStatus, number>> = { ready: 0, 'not-needed': 1, blocked: 2 };
const FORM: Readonly<Record<MaterialForm, number>> = { 原件: 0, 复印件: 1, 电子: 2, 表格: 3 };
const MATERIAL_STATUS: Readonly<Record<MaterialStatus, number>> = {
  submit: 0,
  'passed-on': 1,
  waived: 2,
  generated: 3,
  shared: 4,
  committed: 5,
};

/** The entries of a case's body that tell outcomes apart (names aside: they follow from the ids). */
export interface BodyEntries {
  /** Items in order, with the days, fee and venue of the variants that hold. */
  readonly items: readonly {
    readonly id: string;
    readonly days?: number;
    readonly fee?: number;
    readonly venue?: string;
  }[];
  /** The merged materials in order, with form, copies and status. */
  readonly materials: readonly {
    readonly id: string;
    readonly form: MaterialForm;
    readonly copies: number;
    readonly status: MaterialStatus;
  }[];
  /**
   * Critical-path days, total fee and visits, leaving out what the applicant's choice of delivery adds (its
   * postage and visits to collect results): that is in `delivery`.
   */
  readonly days: number;
  readonly fee: number;
  readonly visits: number;
  /**
   * With the applicant's choice of delivery asked: each method offered with what choosing it adds, the same
   * whichever was chosen, so that the choice itself splits no situation. Absent: no choice.
   */
  readonly delivery?: readonly DeliveryEntry[];
}

/** What choosing one delivery method adds to a case: its fee once (postage) and its visits to collect results. */
export interface DeliveryEntry {
  readonly method: Delivery;
  readonly fee: number;
  readonly visits: number;
}

/** A case's entries that tell outcomes apart: its status, the notices that apply, and its body. */
export interface OutcomeEntries extends BodyEntries {
  readonly status: OutcomeStatus;
  readonly notices: readonly { readonly id: string }[];
}

/** Where the parts of an outcome are written: a `Hash` (an id) or an `OutcomeText` (a signature). */
export interface OutcomeSink {
  number(value: number): void;
  string(value: string): void;
}

/**
 * The one definition of "the same outcome": two cases have the same outcome exactly when these parts are
 * equal — the status and the notices (`writeHead`), then the body: items with their days, fee (to the cent)
 * and venue, the merged materials with form, copies and status, the critical days, total fee and visits,
 * and the delivery methods the applicant may choose with what each adds. The applicant's choice of delivery
 * is a preference, not a requirement: the fee and visits here leave out what it adds, and the methods are
 * listed whichever was chosen, so two cases that differ only in that choice have the same outcome. Nothing
 * that names the path's answers (case labels, reasons) enters it. Ids (`outcomeIdentity`) and signatures
 * (`outcomeText`) are both written by it, so they agree.
 */
export function writeBody(sink: OutcomeSink, body: BodyEntries): void {
  for (const item of body.items) {
    sink.string(item.id);
    sink.number(item.days ?? -1);
    sink.number(item.fee === undefined ? -1 : cents(item.fee));
    sink.string(item.venue ?? '');
  }
  // Counts are ≥ 0: -1 ends a list.
  sink.number(-1);
  for (const m of body.materials) {
    sink.string(m.id);
    sink.number(FORM[m.form]);
    sink.number(m.copies);
    sink.number(MATERIAL_STATUS[m.status]);
  }
  sink.number(-1);
  sink.number(body.days);
  sink.number(cents(body.fee));
  sink.number(body.visits);
  for (const d of body.delivery ?? []) {
    sink.string(d.method);
    sink.number(cents(d.fee));
    sink.number(d.visits);
  }
  sink.number(-1);
}

/** The head of an outcome (see `writeBody`): its status and the ids of the notices that apply, in order. */
export function writeHead(
  sink: OutcomeSink,
  status: OutcomeStatus,
  notices: readonly { readonly id: string }[],
): void {
  sink.number(STATUS[status]);
  for (const n of notices) sink.string(n.id);
  sink.number(-1);
}

const cents = (yuan: number): number => Math.round(yuan * 100);

/**
 * An id of what a case yields (see `writeBody`): equal outcomes, equal ids; unequal ones share an id with a
 * chance of about 2^-53. The analysis tells paths with the same outcome apart from others by it.
 */
export function outcomeIdentity(outcome: OutcomeEntries): number {
  return identityWith(outcome.status, outcome.notices, bodyIdentity(outcome));
}

/** `outcomeIdentity` from a case's status, its notices and the `bodyIdentity` of its body. */
export function identityWith(
  status: OutcomeStatus,
  notices: readonly { readonly id: string }[],
  body: number,
): number {
  const hash = new Hash();
  writeHead(hash, status, notices);
  hash.number(body);
  return hash.value();
}

/** An id of a case's body (see `writeBody`), for bodies shared by cases that differ in their notices alone. */
export function bodyIdentity(body: BodyEntries): number {
  const hash = new Hash();
  writeBody(hash, body);
  return hash.value();
}

/**
 * A `bodyIdentity` that also tells apart what the applicant's choice of delivery adds (its fee and visits to
 * collect results): for the checks that ask whether an answer changes what the applicant gets, the delivery
 * choice included. Situations do not use it: the choice splits none (see `writeBody`).
 */
export function withChoice(body: number, fee: number, visits: number): number {
  const hash = new Hash();
  hash.number(body);
  hash.number(cents(fee));
  hash.number(visits);
  return hash.value();
}

/**
 * The signature of what a case yields: one string, equal for two cases exactly when `writeHead` and
 * `writeBody` write the same parts for both (so exactly when their `outcomeIdentity` is equal, collisions
 * aside). Ids never hold control characters, so the separators cannot occur inside a part.
 */
export function outcomeText(outcome: OutcomeEntries): string {
  return headText(outcome.status, outcome.notices) + bodyText(outcome);
}

/** The part of `outcomeText` that `writeHead` writes (it comes first). */
export function headText(status: OutcomeStatus, notices: readonly { readonly id: string }[]): string {
  const text = new OutcomeText();
  writeHead(text, status, notices);
  return text.value();
}

/** The part of `outcomeText` that `writeBody` writes, for bodies shared by cases that differ in notices alone. */
export function bodyText(body: BodyEntries): string {
  const text = new OutcomeText();
  writeBody(text, body);
  return text.value();
}

/** An `OutcomeSink` that writes the parts as text: numbers and strings marked apart, each ended by \u0001. */
class OutcomeText implements OutcomeSink {
  // Parts joined once: appended one by one they would leave a rope of many pieces behind each signature.
  private readonly parts: string[] = [];

  number(value: number): void {
    this.parts.push(`#${value}\u0001`);
  }

  string(value: string): void {
    this.parts.push(`'${value}\u0001`);
  }

  value(): string {
    return this.parts.join('');
  }
}
