import type { MaterialStatus, OutcomeStatus } from '../model/outcome.js';
import type { MaterialForm } from '../model/theme.js';
import type { DeliveryEntry } from '../outcome/identity.js';
import type { CaseDetail } from './detail.js';

/** What changed in one case, in a fixed order: status, items, materials, days, fee, visits, delivery, notices. */
export type CaseChange =
  | { readonly kind: 'status'; readonly from: OutcomeStatus; readonly to: OutcomeStatus }
  | { readonly kind: 'item-added' | 'item-removed'; readonly item: string; readonly name: string }
  | {
      readonly kind: 'material-added';
      readonly material: string;
      readonly name: string;
      readonly form: MaterialForm;
      readonly copies: number;
      readonly status: MaterialStatus;
    }
  | { readonly kind: 'material-removed'; readonly material: string; readonly name: string }
  | {
      readonly kind: 'material-changed';
      readonly material: string;
      readonly name: string;
      readonly form?: { readonly from: MaterialForm; readonly to: MaterialForm };
      readonly copies?: { readonly from: number; readonly to: number };
      readonly status?: { readonly from: MaterialStatus; readonly to: MaterialStatus };
    }
  | { readonly kind: 'days' | 'fee' | 'visits'; readonly from: number; readonly to: number }
  /** The delivery methods the applicant may choose, or what one of them adds, changed. */
  | {
      readonly kind: 'delivery';
      /** With each option's note, which says who pays postage (the comparison leaves notes aside). */
      readonly from: readonly DeliveryChange[];
      readonly to: readonly DeliveryChange[];
    }
  | {
      readonly kind: 'notice-added' | 'notice-removed';
      readonly notice: string;
      /** What the notice says (a policy diff adds it; `changesBetween` has only the id). */
      readonly text?: string;
    };

/** The totals of an outcome that a change can shift by an amount. */
export type ShiftedTotal = 'days' | 'fee' | 'visits';

/**
 * How a group of paths changed: as each of them changed, except that a total that moved by the same amount from
 * different values on different paths reads as one shift (fee +20 on paths that paid 75 to 135), so that one
 * change of the catalog reads as one group rather than one group per resulting total.
 */
export type GroupChange =
  | CaseChange
  | {
      readonly kind: 'shift';
      readonly aspect: ShiftedTotal;
      /** The amount added (negative: taken off), the same on every path of the group. */
      readonly by: number;
      /** The smallest and largest value before, and after (each `from` plus `by`). */
      readonly from: { readonly min: number; readonly max: number };
      readonly to: { readonly min: number; readonly max: number };
    };

/**
 * The key that groups paths' changes: the changes themselves, with each total that moved stated only by how much,
 * so that paths whose totals differ but moved alike share a group.
 */
export function groupKey(changes: readonly CaseChange[]): string {
  return JSON.stringify(
    changes.map((c) =>
      c.kind === 'days' || c.kind === 'fee' || c.kind === 'visits' ? { kind: c.kind, by: c.to - c.from } : c,
    ),
  );
}

/**
 * The changes of a group from those of its paths (all with the same `groupKey`): a total that moved from one
 * value on every path stays `from → to`; one that moved from several reads as a `shift` over their range.
 */
export function groupChanges(paths: readonly (readonly CaseChange[])[]): GroupChange[] {
  const [first = []] = paths;
  return first.map((change, at): GroupChange => {
    if (change.kind !== 'days' && change.kind !== 'fee' && change.kind !== 'visits') return change;
    let min = change.from;
    let max = change.from;
    for (const changes of paths) {
      const from = (changes[at] as { readonly from: number }).from;
      if (from < min) min = from;
      if (from > max) max = from;
    }
    if (min === max) return change;
    const by = change.to - change.from;
    return {
      kind: 'shift',
      aspect: change.kind,
      by,
      from: { min, max },
      to: { min: min + by, max: max + by },
    };
  });
}

/** What changed from one case outcome to another, in a fixed order. */
export function changesBetween(a: CaseDetail, b: CaseDetail): CaseChange[] {
  const changes: CaseChange[] = [];
  if (a.status !== b.status) changes.push({ kind: 'status', from: a.status, to: b.status });
  const itemsA = new Set(a.items.map((i) => i.id));
  const itemsB = new Set(b.items.map((i) => i.id));
  for (const item of a.items)
    if (!itemsB.has(item.id)) changes.push({ kind: 'item-removed', item: item.id, name: item.name });
  for (const item of b.items)
    if (!itemsA.has(item.id)) changes.push({ kind: 'item-added', item: item.id, name: item.name });
  const materialsA = new Map(a.materials.map((m) => [m.id, m]));
  const materialsB = new Map(b.materials.map((m) => [m.id, m]));
  for (const m of a.materials)
    if (!materialsB.has(m.id)) changes.push({ kind: 'material-removed', material: m.id, name: m.name });
  for (const m of b.materials) {
    const was = materialsA.get(m.id);
    if (!was) {
      changes.push({
        kind: 'material-added',
        material: m.id,
        name: m.name,
        form: m.form,
        copies: m.copies,
        status: m.status,
      });
      continue;
    }
    if (was.form === m.form && was.copies === m.copies && was.status === m.status) continue;
    changes.push({
      kind: 'material-changed',
      material: m.id,
      name: m.name,
      ...(was.form === m.form ? {} : { form: { from: was.form, to: m.form } }),
      ...(was.copies === m.copies ? {} : { copies: { from: was.copies, to: m.copies } }),
      ...(was.status === m.status ? {} : { status: { from: was.status, to: m.status } }),
    });
  }
  for (const kind of ['days', 'fee', 'visits'] as const) {
    if (a[kind] !== b[kind]) changes.push({ kind, from: a[kind], to: b[kind] });
  }
  // As `writeBody` compares them: method, fee and visits (notes aside); the change shows the notes, which say
  // what a method costs where its fee is not a number (邮费由申请人支付).
  if (JSON.stringify(deliveryEntries(a)) !== JSON.stringify(deliveryEntries(b)))
    changes.push({ kind: 'delivery', from: a.delivery ?? [], to: b.delivery ?? [] });
  const noticesA = new Set(a.notices.map((n) => n.id));
  const noticesB = new Set(b.notices.map((n) => n.id));
  for (const n of a.notices) if (!noticesB.has(n.id)) changes.push({ kind: 'notice-removed', notice: n.id });
  for (const n of b.notices) if (!noticesA.has(n.id)) changes.push({ kind: 'notice-added', notice: n.id });
  return changes;
}

/** A delivery method a case offers, with what choosing it adds and its option's note. */
export type DeliveryChange = DeliveryEntry & { readonly note?: string };

const deliveryEntries = (detail: CaseDetail): DeliveryEntry[] =>
  (detail.delivery ?? []).map((d) => ({ method: d.method, fee: d.fee, visits: d.visits }));
