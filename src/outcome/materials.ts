import type { Condition } from '../model/condition.js';
import type { CommitmentClause, MaterialUseInOutcome, OutcomeMaterial } from '../model/outcome.js';
import type { Profile } from '../model/profile.js';
import type { Material, MaterialForm } from '../model/theme.js';
import { own } from '../util/own.js';
import type { OutcomeContext } from './context.js';
import { dispositionOf } from './disposition.js';
import type { AppliedItem } from './items.js';
import { conjunction, unionReason } from './reasons.js';

/** One material use that applies: its item applies and its own `when` holds; defaults filled in. */
export interface AppliedUse {
  readonly item: string;
  readonly material: Material;
  readonly form: MaterialForm;
  readonly copies: number;
  readonly commitment: boolean;
  readonly note?: string;
  /** The item's condition and the use's own, together: what made this use apply. */
  readonly condition?: Condition;
}

/** A material one item of the case receives from another that produces it. */
export interface Pass {
  readonly item: string;
  readonly producer: string;
  readonly material: string;
}

/**
 * How strong a form is when items disagree. 表格 ranks first: a form the applicant fills in and signs is an
 * original they produce, and any item that asks for it that way needs the filling-in, which 原件 would hide.
 * Then 原件 > 复印件 > 电子: an original serves where a copy is asked for, and paper where electronic is.
 */
export const FORM_RANK: Readonly<Record<MaterialForm, number>> = { 表格: 3, 原件: 2, 复印件: 1, 电子: 0 };

/** The stronger of two forms (see `FORM_RANK`). */
export function strongerForm(a: MaterialForm, b: MaterialForm): MaterialForm {
  return FORM_RANK[b] > FORM_RANK[a] ? b : a;
}

/** Every material use that applies, item by item in the theme's order, uses in the item's order. */
export function applyingUses(applied: readonly AppliedItem[], context: OutcomeContext): AppliedUse[] {
  const uses: AppliedUse[] = [];
  for (const { entry, item } of applied) {
    for (const use of item.materials) {
      const material = own(context.theme.catalog.materials, use.material);
      if (!material || !context.holds(use.when)) continue;
      const condition = conjunction(entry.when, use.when);
      uses.push({
        item: item.id,
        material,
        form: use.form ?? material.form,
        copies: use.copies ?? material.copies,
        commitment: use.commitment ?? material.commitment,
        ...(use.note === undefined ? {} : { note: use.note }),
        ...(condition === undefined ? {} : { condition }),
      });
    }
  }
  return uses;
}

/**
 * Materials one item passes on to another: for each item that uses a material, the first item of the case
 * (in the theme's order) other than itself that produces it. An item that uses what it produces itself (a
 * renewal hands in the old permit) gets it from no one.
 */
export function passesOf(applied: readonly AppliedItem[], uses: readonly AppliedUse[]): Pass[] {
  const passes: Pass[] = [];
  const seen = new Set<string>();
  for (const use of uses) {
    const key = `${use.item}\n${use.material.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const producer = applied.find((a) => a.item.id !== use.item && a.item.produces.includes(use.material.id));
    if (producer) passes.push({ item: use.item, producer: producer.item.id, material: use.material.id });
  }
  return passes;
}

/**
 * The merged material list, one entry per material in order of first use: every item that uses it (an item
 * that asks twice counts once, with the stronger form and more copies), the strongest form, the most copies.
 * Its status is `dispositionOf` (passed on, generated, waived by a licence, shared, committed, submitted);
 * the producer named is the first in the theme's order.
 */
export function mergeMaterials(
  uses: readonly AppliedUse[],
  passes: readonly Pass[],
  applied: readonly AppliedItem[],
  context: OutcomeContext,
): OutcomeMaterial[] {
  const byMaterial = new Map<string, AppliedUse[]>();
  for (const use of uses) byMaterial.set(use.material.id, [...(byMaterial.get(use.material.id) ?? []), use]);
  const order = (id: string) => applied.findIndex((a) => a.item.id === id);
  return [...byMaterial.values()].map((list) => {
    const material = (list[0] as AppliedUse).material;
    const usedBy = usesByItem(list);
    const received = passes.filter((p) => p.material === material.id);
    const passedOn = usedBy.every((u) => received.some((p) => p.item === u.item));
    const producer = passedOn
      ? received.map((p) => p.producer).sort((a, b) => order(a) - order(b))[0]
      : undefined;
    const producerItem = producer === undefined ? undefined : applied[order(producer)]?.item;
    const licence = licenceOnFile(material, context);
    const sharing = material.shared;
    const status = dispositionOf({
      users: usedBy.length,
      receiving: passedOn ? usedBy.length : 0,
      generated: material.fill !== undefined,
      licence: licence !== undefined,
      shared: sharing !== undefined && context.holds(sharing.when),
      committed: material.clause !== undefined && usedBy.every((u) => u.commitment),
    });
    const department = sharing && own(context.theme.catalog.departments, sharing.department);
    return {
      id: material.id,
      name: material.name,
      form: usedBy.map((u) => u.form).reduce(strongerForm),
      copies: Math.max(...usedBy.map((u) => u.copies)),
      status,
      ...(status === 'passed-on' && producerItem
        ? { producedBy: { id: producerItem.id, name: producerItem.name } }
        : {}),
      ...(status === 'waived' && licence ? { waivedBy: licence } : {}),
      ...(status === 'shared' && sharing
        ? {
            sharedBy: {
              id: sharing.department,
              name: department?.name ?? sharing.department,
              ...(sharing.system === undefined ? {} : { system: sharing.system }),
            },
          }
        : {}),
      ...(status === 'generated' && material.fill !== undefined ? { fill: material.fill } : {}),
      ...(status === 'committed' && material.clause !== undefined ? { clause: material.clause } : {}),
      commitment: usedBy.filter((u) => u.commitment).map((u) => u.item),
      usedBy: usedBy.map(({ commitment: _c, ...use }) => use),
      ...(material.note === undefined ? {} : { note: material.note }),
      ...(material.source === undefined ? {} : { source: material.source }),
      reason: unionReason(
        list.map((u) => u.condition),
        context,
      ),
    };
  });
}

/** Distinct (item, material) pairs: what going item by item would have the applicant hand in. */
export function itemByItemCount(uses: readonly AppliedUse[]): number {
  return new Set(uses.map((u) => `${u.item}\n${u.material.id}`)).size;
}

/** Of `itemByItemCount`, the pairs whose material is a form (`fill`). */
export function formsItemByItemCount(uses: readonly AppliedUse[]): number {
  return new Set(uses.filter((u) => u.material.fill !== undefined).map((u) => `${u.item}\n${u.material.id}`))
    .size;
}

/**
 * The case's one commitment letter: a clause for each committed material, in material order, with the items
 * it serves.
 */
export function commitmentOf(materials: readonly OutcomeMaterial[]): CommitmentClause[] {
  return materials.flatMap((m) =>
    m.status === 'committed' && m.clause !== undefined
      ? [{ material: m.id, text: m.clause, items: m.usedBy.map((u) => u.item) }]
      : [],
  );
}

type ItemUse = MaterialUseInOutcome & { readonly commitment: boolean };

/**
 * One entry per item: an item asking for the same material twice gets the stronger form and more copies,
 * and accepts a commitment only if each of its uses does (it cannot be both required and replaceable).
 */
function usesByItem(list: readonly AppliedUse[]): ItemUse[] {
  const byItem = new Map<string, ItemUse>();
  for (const use of list) {
    const previous = byItem.get(use.item);
    if (!previous) {
      byItem.set(use.item, {
        item: use.item,
        form: use.form,
        copies: use.copies,
        ...(use.note === undefined ? {} : { note: use.note }),
        commitment: use.commitment,
      });
      continue;
    }
    const notes = [previous.note, use.note].filter((n): n is string => n !== undefined);
    const note = [...new Set(notes)].join('；');
    byItem.set(use.item, {
      item: use.item,
      form: strongerForm(previous.form, use.form),
      copies: Math.max(previous.copies, use.copies),
      ...(note === '' ? {} : { note }),
      commitment: previous.commitment && use.commitment,
    });
  }
  return [...byItem.values()];
}

/**
 * The licence on file that replaces a material: the material names a licence kind, the profile holds one of
 * that kind, and it has not expired on the session's `today` (valid through its expiry date). A licence
 * with an expiry date cannot be checked without `today`, so it does not waive anything then: asking for a
 * paper that was not needed is better than waiving one that was.
 */
function licenceOnFile(
  material: Material,
  context: OutcomeContext,
): { readonly id: string; readonly name: string } | undefined {
  const kind = material.licence;
  const profile: Profile | undefined = context.session.profile;
  if (kind === undefined || !profile) return undefined;
  const today = context.session.today;
  const valid = profile.licences.some(
    (l) => l.licence === kind && (l.expires === undefined || (today !== undefined && l.expires >= today)),
  );
  if (!valid) return undefined;
  return { id: kind, name: own(context.theme.catalog.licences, kind)?.name ?? kind };
}
