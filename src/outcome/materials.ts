import type { Condition } from '../model/condition.js';
import type { CommitmentClause, OutcomeMaterial } from '../model/outcome.js';
import { own } from '../util/own.js';
import type { ComposedMaterial, Composition } from './composition.js';
import type { OutcomeContext } from './context.js';
import type { OutcomePlan } from './plan.js';
import { conjunction, unionReason } from './reasons.js';
import type { Selection } from './selection.js';

/**
 * One merged material as the citizen reads it: names of the item that passes it on, the licence that waives
 * it, the department that obtains it by data sharing, the form it is generated from or the commitment clause
 * that replaces it (whichever its status says), the items that accept a commitment instead, each user's form, copies and note, and its reason (the union
 * of its uses' conditions).
 */
export function outcomeMaterial(
  plan: OutcomePlan,
  selection: Selection,
  composition: Composition,
  merged: ComposedMaterial,
  context: OutcomeContext,
): OutcomeMaterial {
  const material = plan.materials[merged.material] as OutcomePlan['materials'][number];
  const itemOf = (step: number) => {
    const at = (composition.steps[step] as Composition['steps'][number]).item;
    return (plan.items[at] as OutcomePlan['items'][number]).item;
  };
  const producer = merged.producer < 0 ? undefined : itemOf(merged.producer);
  const licence = merged.waiver;
  const { status } = merged;
  const sharing = status === 'shared' ? material.shared : undefined;
  const department = sharing && own(plan.theme.catalog.departments, sharing.department);
  return {
    id: material.id,
    name: material.name,
    form: merged.form,
    copies: merged.copies,
    status,
    ...(producer ? { producedBy: { id: producer.id, name: producer.name } } : {}),
    ...(licence === undefined
      ? {}
      : { waivedBy: { id: licence, name: own(plan.theme.catalog.licences, licence)?.name ?? licence } }),
    ...(sharing === undefined
      ? {}
      : {
          sharedBy: {
            id: sharing.department,
            name: department?.name ?? sharing.department,
            ...(sharing.system === undefined ? {} : { system: sharing.system }),
          },
        }),
    ...(status === 'generated' && material.fill !== undefined ? { fill: material.fill } : {}),
    ...(status === 'committed' && material.clause !== undefined ? { clause: material.clause } : {}),
    commitment: merged.usedBy.filter((u) => u.commitment).map((u) => itemOf(u.step).id),
    // 容缺受理: only a material the applicant hands in, and only if no item needs it at acceptance.
    ...(status === 'submit' && merged.usedBy.every((u) => u.deferrable) ? { deferrable: true } : {}),
    usedBy: merged.usedBy.map((u) => ({
      item: itemOf(u.step).id,
      form: u.form,
      copies: u.copies,
      ...(u.note === undefined ? {} : { note: u.note }),
    })),
    ...(material.note === undefined ? {} : { note: material.note }),
    ...(material.source === undefined ? {} : { source: material.source }),
    reason: unionReason(conditionsOfUses(plan, selection, composition, merged.material), context),
  };
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

/** The conditions of every use of a material that applies, in order (a step may use it twice). */
function conditionsOfUses(
  plan: OutcomePlan,
  selection: Selection,
  composition: Composition,
  material: number,
): (Condition | undefined)[] {
  const conditions: (Condition | undefined)[] = [];
  for (const step of composition.steps) {
    const useOn = selection.uses[step.item] as Uint8Array;
    const { entry, uses } = plan.items[step.item] as OutcomePlan['items'][number];
    uses.forEach((use, u) => {
      // The item's condition and the use's own, together: what makes this use apply.
      if (useOn[u] === 1 && use.material === material)
        conditions.push(conjunction(entry.when, use.when < 0 ? undefined : plan.conditions[use.when]));
    });
  }
  return conditions;
}
