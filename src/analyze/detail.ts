import type { MaterialStatus, OutcomeStatus } from '../model/outcome.js';
import type { Session } from '../model/session.js';
import type { MaterialForm, NoticeKind } from '../model/theme.js';
import { outcome } from '../outcome/index.js';

/** What a case yields, entry by entry: the part of an outcome that policy diffs and checks compare. */
export interface CaseDetail {
  readonly status: OutcomeStatus;
  readonly notices: readonly { readonly id: string; readonly kind: NoticeKind }[];
  /** Items in the theme's order, with the days, fee and venue of the variants that hold. */
  readonly items: readonly {
    readonly id: string;
    readonly name: string;
    readonly days?: number;
    readonly fee?: number;
    readonly venue?: string;
  }[];
  /** The merged material list, in order of first use. */
  readonly materials: readonly {
    readonly id: string;
    readonly name: string;
    readonly form: MaterialForm;
    readonly copies: number;
    readonly status: MaterialStatus;
  }[];
  /** Critical-path days, total fee, visits. */
  readonly days: number;
  readonly fee: number;
  readonly visits: number;
}

/** The detail of a session's outcome, read from `outcome()` (the enumeration computes the same faster). */
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
    fee: o.totals.fee.total,
    visits: o.totals.visits.count,
  };
}
