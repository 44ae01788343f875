import type { OutcomeStatus } from '../model/outcome.js';
import type { Session } from '../model/session.js';
import type { NoticeKind } from '../model/theme.js';
import type { CompositionBody } from '../outcome/composition.js';
import type { DeliveryEntry, OutcomeEntries } from '../outcome/identity.js';
import { outcome } from '../outcome/index.js';
import type { OutcomePlan } from '../outcome/plan.js';

/**
 * What a case yields, entry by entry: the part of an outcome that policy diffs and checks compare. The entries
 * that tell outcomes apart are `OutcomeEntries` (src/outcome/identity.ts); the detail adds names and kinds.
 */
export interface CaseDetail extends OutcomeEntries {
  readonly notices: readonly { readonly id: string; readonly kind: NoticeKind }[];
  /** Items in the theme's order, with the days, fee and venue of the variants that hold. */
  readonly items: readonly (OutcomeEntries['items'][number] & { readonly name: string })[];
  /** The merged material list, in order of first use. */
  readonly materials: readonly (OutcomeEntries['materials'][number] & { readonly name: string })[];
  /** The delivery methods the applicant may choose, with what each adds and the note of its option. */
  readonly delivery?: readonly (DeliveryEntry & { readonly note?: string })[];
}

/** The part of a `CaseDetail` a composition's body gives (see `CompositionBody`). */
export type BodyDetail = Omit<CaseDetail, 'status' | 'notices'>;

/** The detail of a composed case from its status, its notices and the detail of its body. */
export function detailWith(
  plan: OutcomePlan,
  status: OutcomeStatus,
  notices: readonly number[],
  body: BodyDetail,
): CaseDetail {
  return {
    status,
    notices: notices.map((n) => {
      const { notice } = plan.notices[n] as OutcomePlan['notices'][number];
      return { id: notice.id, kind: notice.kind };
    }),
    items: body.items,
    materials: body.materials,
    days: body.days,
    fee: body.fee,
    visits: body.visits,
    ...(body.delivery === undefined ? {} : { delivery: body.delivery }),
  };
}

/** The detail of a composition's body: items with their days, fee and venue, merged materials, totals. */
export function bodyDetail(
  plan: OutcomePlan,
  body: CompositionBody,
  lists: BodyLists = bodyLists(plan, body),
): BodyDetail {
  return {
    items: lists.items,
    materials: lists.materials,
    days: body.days.critical,
    // What the delivery choice adds is in `delivery`, the same whichever was chosen (see `writeBody`).
    fee: body.fee.total - (body.chosen?.fee ?? 0),
    // Visits to collect results are in `delivery` when the applicant chooses; without a choice they are here.
    visits: body.visits.length + (body.chosen === undefined ? body.collections.length : 0),
    ...(body.choices.length === 0
      ? {}
      : {
          delivery: body.choices.map((c) => ({
            method: c.method,
            fee: c.fee,
            visits: c.collections,
            ...(c.note === undefined ? {} : { note: c.note }),
          })),
        }),
  };
}

/** The lists of a body's detail: what its steps and merged materials give, whatever the choice of delivery. */
export type BodyLists = Pick<BodyDetail, 'items' | 'materials'>;

/** The lists of a body's detail (`bodyDetail`), from its steps and merged materials. */
export function bodyLists(plan: OutcomePlan, body: Pick<CompositionBody, 'steps' | 'materials'>): BodyLists {
  return {
    items: body.steps.map((step) => {
      const { item } = plan.items[step.item] as OutcomePlan['items'][number];
      // Keys added in this order (as `detailOf` spreads them), without a literal spread per key and case.
      const entry: { -readonly [K in keyof BodyDetail['items'][number]]: BodyDetail['items'][number][K] } = {
        id: item.id,
        name: item.name,
      };
      if (step.days !== undefined) entry.days = step.days;
      if (step.fee !== undefined) entry.fee = step.fee.amount;
      if (step.presence !== null) entry.venue = step.presence.venue;
      return entry;
    }),
    materials: body.materials.map((m) => {
      const material = plan.materials[m.material] as OutcomePlan['materials'][number];
      return { id: material.id, name: material.name, form: m.form, copies: m.copies, status: m.status };
    }),
  };
}

/** The detail of a session's outcome, read from `outcome()` (the enumeration reads it from `compose`). */
export function detailOf(session: Session): CaseDetail {
  const o = outcome(session);
  return {
    status: o.status,
    notices: o.notices.map((n) => ({ id: n.id, kind: n.kind })),
    items: o.items.map((item) => ({
      id: item.id,
      name: item.name,
      ...(item.days === undefined ? {} : { days: item.days }),
      ...(item.fee === undefined ? {} : { fee: item.fee.amount }),
      ...(item.presence === undefined ? {} : { venue: item.presence.venue.id }),
    })),
    materials: o.materials.map((m) => ({
      id: m.id,
      name: m.name,
      form: m.form,
      copies: m.copies,
      status: m.status,
    })),
    days: o.totals.days.critical,
    fee: o.totals.fee.total - (o.totals.chosenDelivery?.fee ?? 0),
    visits:
      o.totals.chosenDelivery === undefined
        ? o.totals.visits.count
        : o.totals.visits.list.filter((visit) => visit.collect !== true).length,
    ...(o.totals.deliveryChoices === undefined || o.totals.deliveryChoices.length === 0
      ? {}
      : { delivery: o.totals.deliveryChoices }),
  };
}
