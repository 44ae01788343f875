import type { MaterialStatus, MergeFigures, OutcomeStatus } from '../model/outcome.js';
import type { StepTiming } from '../model/outcome-rules.js';
import type { Delivery, DeliveryOption, MaterialForm } from '../model/theme.js';
import type {
  BodyBase,
  ComposedEdge,
  ComposedMaterial,
  ComposedNotices,
  ComposedStep,
  ComposedUse,
  Composition,
  CompositionBody,
} from './composition.js';
import { chooseDelivery } from './delivery-choice.js';
import { kindBit, noticeKinds } from './notice-kinds.js';
import type { OutcomePlan, PlannedItem, PlannedUse } from './plan.js';
import type { Selection } from './selection.js';

/**
 * Composes a case's outcome from what holds in it, by the plan's rules, part after part: the notices that
 * apply and whether they withhold the items (`composeNotices`); the steps (items that apply), the merged
 * materials and what each step receives from another, the workflow, days, fees, visits, delivery and the merge
 * figures (`composeBody`); the status. `outcome()` calls it for a session and the analysis for every case (by
 * its parts, so that cases differing in their notices alone share a body), so a part added here is in both.
 * Pure: the same plan and selection, the same composition.
 */
export function compose(plan: OutcomePlan, selection: Selection): Composition {
  const notices = composeNotices(plan, selection);
  return withNotices(plan, notices, composeBody(plan, selection, notices.withheld));
}

/** The notices that apply, their kinds, and whether they withhold the items (`withholds` rule). */
export function composeNotices(plan: OutcomePlan, selection: Selection): ComposedNotices {
  const notices: number[] = [];
  let mask = 0;
  for (let n = 0; n < plan.notices.length; n++) {
    if (selection.notices[n] !== 1) continue;
    notices.push(n);
    mask |= kindBit((plan.notices[n] as OutcomePlan['notices'][number]).notice.kind);
  }
  const kinds = noticeKinds(mask);
  return { notices, kinds, withheld: plan.rules.withholds(kinds) };
}

/** The composition of a body and the notices it was composed with. */
export function withNotices(plan: OutcomePlan, notices: ComposedNotices, body: CompositionBody): Composition {
  return { status: statusWith(plan, notices, body.steps.length), notices: notices.notices, ...body };
}

/** The case's status (`status` rule) from its notices and how many steps its body has. */
export function statusWith(plan: OutcomePlan, notices: ComposedNotices, steps: number): OutcomeStatus {
  return plan.rules.status(notices.kinds, steps > 0);
}

/**
 * Everything but the notices and the status, from what holds and whether the notices withhold the items. It
 * reads nothing else of the notices: the analysis shares one body between cases whose notices alone differ.
 * Composed in two parts: what the applicant's choice of delivery does not change (`composeBase`), then what it
 * adds (`chooseDelivery`), so that the analysis composes the first once for cases that differ in that choice.
 */
export function composeBody(plan: OutcomePlan, selection: Selection, withheld: boolean): CompositionBody {
  return chooseDelivery(plan, composeBase(plan, selection, withheld), selection.chosen[0] as number);
}

/** The part of a body the applicant's choice of delivery does not change (see `composeBody`). */
export function composeBase(plan: OutcomePlan, selection: Selection, withheld: boolean): BodyBase {
  const { rules } = plan;
  const steps = withheld ? NO_STEPS : stepsThatApply(plan, selection);
  const merged = mergeMaterials(plan, selection, steps);
  const { materials, dependsOn, counts } = merged;
  const days: number[] = new Array(steps.length);
  const venues: (string | null)[] = new Array(steps.length);
  const charged: number[] = [];
  const amounts: number[] = [];
  let sum = 0;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s] as ComposedStep;
    const d = step.days ?? 0;
    days[s] = d;
    sum += d;
    venues[s] = step.presence === null ? null : step.presence.venue;
    if (step.fee !== undefined && step.fee.amount > 0) {
      charged.push(s);
      amounts.push(step.fee.amount);
    }
  }
  // Most items offer no delivery options: they share one empty list rather than each map theirs.
  const offered = steps.map((step) =>
    step.delivery.length === 0 ? NO_METHODS : step.delivery.map((option) => option.method),
  );
  const timing = rules.schedule(days, dependsOn);
  const criticalPath = rules.criticalPath(timing, dependsOn);
  const end = criticalPath.length === 0 ? undefined : criticalPath[criticalPath.length - 1];
  const critical = end === undefined ? 0 : (timing[end] as StepTiming).finish;
  return {
    steps,
    materials,
    dependsOn,
    timing,
    criticalPath,
    days: { critical, sum, saved: sum - critical },
    charged,
    amounts,
    visits: rules.visits(venues),
    delivery: rules.delivery(offered),
    offered,
    merge: {
      itemByItem: counts.itemByItem,
      forms: counts.forms,
      toSubmit: counts.toSubmit,
      passedOn: counts.passedOn,
      generated: counts.generated,
      waived: counts.waived,
      shared: counts.shared,
      committed: counts.committed,
      merged: materials.length,
      daysSaved: sum - critical,
    },
  };
}

const NO_METHODS: readonly Delivery[] = Object.freeze([]);
const NO_STEPS: readonly ComposedStep[] = Object.freeze([]);
const NO_EDGES: readonly ComposedEdge[] = Object.freeze([]);

/** The items that apply, in the theme's order, with the values of the variants that count. */
function stepsThatApply(plan: OutcomePlan, selection: Selection): ComposedStep[] {
  const steps: ComposedStep[] = [];
  for (let i = 0; i < plan.items.length; i++) {
    if (selection.items[i] !== 1) continue;
    const item = plan.items[i] as PlannedItem;
    const issued = item.issuedWith >= 0 && selection.items[item.issuedWith] === 1;
    steps.push({
      item: i,
      // Issued with another item's certificate (随证件一并签发) when that item applies: no time of its own.
      days: issued ? 0 : item.item.days[selection.days[i] as number]?.value,
      issuedWith: issued ? item.issuedWith : -1,
      fee: item.item.fee[selection.fee[i] as number]?.value,
      presence: item.item.presence[selection.presence[i] as number]?.value ?? null,
      delivery: offeredOptions(item, selection.delivery[i] as Uint8Array),
    });
  }
  return steps;
}

/** The delivery options of an item that are offered in the case (all of them when none has a condition). */
function offeredOptions(item: PlannedItem, offered: Uint8Array): readonly DeliveryOption[] {
  const options = item.item.delivery;
  // A loop rather than `every`: most items offer no options, and this runs for every step of every case.
  let all = true;
  for (let d = 0; d < offered.length; d++) if (offered[d] !== 1) all = false;
  if (all) return options;
  return options.filter((_, d) => offered[d] === 1);
}

/** A `ComposedMaterial` while its uses are merged. */
interface MaterialMerge {
  readonly material: number;
  form: MaterialForm;
  copies: number;
  status: MaterialStatus;
  producer: number;
  waiver: string | undefined;
  usedBy: ComposedUse[];
  /** Users that receive it from another step. */
  receiving: number;
}

interface MergedMaterials {
  readonly materials: readonly ComposedMaterial[];
  /** By step: what it waits for (`ComposedEdge`), ordered. */
  readonly dependsOn: readonly (readonly ComposedEdge[])[];
  /** The merge figures the material list gives: uses item by item, forms among them, materials by status. */
  readonly counts: Omit<MergeFigures, 'merged' | 'daysSaved'>;
}

/**
 * The merged material list, in order of first use (steps in order, uses in the item's order): one entry per
 * step that uses a material (a step asking twice is one user, its uses merged by the `form`, `copies` and
 * `commitment` rules, notes joined); each user receives it from the step the `producer` rule names, if any;
 * the material's form and copies merged over its users, its status by the `materialStatus` rule. With each
 * step's dependencies: on the steps that pass it a material and on the applying items its `after` names.
 */
function mergeMaterials(
  plan: OutcomePlan,
  selection: Selection,
  steps: readonly ComposedStep[],
): MergedMaterials {
  const { rules, items } = plan;
  // Filled afresh for every case (a rule that threw in the last one may have left them half filled).
  const { stepOf, mergeOf } = plan.work;
  stepOf.fill(-1);
  for (let s = 0; s < steps.length; s++) stepOf[(steps[s] as ComposedStep).item] = s;
  const applies = (item: number) => (stepOf[item] as number) >= 0;
  const merges: MaterialMerge[] = [];
  mergeOf.fill(-1);
  const dependsOn: (readonly ComposedEdge[])[] = new Array(steps.length);
  for (let s = 0; s < steps.length; s++) {
    const i = (steps[s] as ComposedStep).item;
    const planned = items[i] as PlannedItem;
    const useOn = selection.uses[i] as Uint8Array;
    let edges: ComposedEdge[] | undefined;
    for (let u = 0; u < planned.uses.length; u++) {
      if (useOn[u] !== 1) continue;
      const use = planned.uses[u] as PlannedUse;
      const m = use.material;
      const at = mergeOf[m] as number;
      // (Index -1 would be read as a named property, which is slow.)
      const merge = at < 0 ? undefined : merges[at];
      const last = merge === undefined ? undefined : merge.usedBy[merge.usedBy.length - 1];
      if (merge !== undefined && last !== undefined && last.step === s) {
        merge.usedBy[merge.usedBy.length - 1] = mergeUses(plan, last, use);
        continue;
      }
      const user: ComposedUse = {
        step: s,
        form: use.form,
        copies: use.copies,
        commitment: use.commitment,
        deferrable: use.deferrable,
        note: use.note,
      };
      const producer = rules.producer(i, plan.producers[m] as readonly number[], applies);
      const from = producer < 0 ? -1 : (stepOf[producer] as number);
      if (merge === undefined) {
        mergeOf[m] = merges.length;
        merges.push({
          material: m,
          form: use.form,
          copies: use.copies,
          status: 'submit',
          producer: from,
          waiver: undefined,
          usedBy: [user],
          receiving: from < 0 ? 0 : 1,
        });
      } else {
        merge.usedBy.push(user);
        if (from >= 0) {
          merge.receiving++;
          if (merge.producer < 0 || from < merge.producer) merge.producer = from;
        }
      }
      if (from >= 0) edges = withEdge(edges, { step: from, because: 'produces', material: m });
    }
    for (let a = 0; a < planned.after.length; a++) {
      // `after` orders two items only when both apply in the case.
      const from = stepOf[planned.after[a] as number] as number;
      if (from >= 0) edges = withEdge(edges, { step: from, because: 'after', material: -1 });
    }
    // Issued with another item's certificate (随证件一并签发): it waits for that item, unless it already does.
    const issuer = planned.issuedWith < 0 ? -1 : (stepOf[planned.issuedWith] as number);
    if (issuer >= 0 && !(edges ?? NO_EDGES).some((edge) => edge.step === issuer))
      edges = withEdge(edges, { step: issuer, because: 'after', material: -1 });
    if (edges !== undefined && edges.length > 1) edges.sort((x, y) => compareEdges(plan, x, y));
    dependsOn[s] = edges ?? NO_EDGES;
  }
  const byStatus: Record<MaterialStatus, number> = {
    submit: 0,
    'passed-on': 0,
    generated: 0,
    waived: 0,
    shared: 0,
    committed: 0,
  };
  let itemByItem = 0;
  let forms = 0;
  for (const merge of merges) {
    settle(plan, selection, merge);
    byStatus[merge.status]++;
    itemByItem += merge.usedBy.length;
    // Each item's application or filing form counts as one of the papers going item by item.
    if ((plan.materials[merge.material] as OutcomePlan['materials'][number]).fill !== undefined)
      forms += merge.usedBy.length;
  }
  const counts = {
    itemByItem,
    forms,
    toSubmit: byStatus.submit,
    passedOn: byStatus['passed-on'],
    generated: byStatus.generated,
    waived: byStatus.waived,
    shared: byStatus.shared,
    committed: byStatus.committed,
  };
  return { materials: merges, dependsOn, counts };
}

/** The list with the edge added (a list is made for a step's first edge only: most steps have none). */
function withEdge(edges: ComposedEdge[] | undefined, edge: ComposedEdge): ComposedEdge[] {
  if (edges === undefined) return [edge];
  edges.push(edge);
  return edges;
}

/** A step's two uses of one material as one: the rules merge form, copies and commitment; notes are joined. */
function mergeUses(plan: OutcomePlan, a: ComposedUse, b: PlannedUse): ComposedUse {
  const { rules } = plan;
  return {
    step: a.step,
    form: rules.form(a.form, b.form),
    copies: rules.copies(a.copies, b.copies),
    commitment: rules.commitment(a.commitment, b.commitment),
    // Deferred only if neither use needs it at acceptance.
    deferrable: a.deferrable && b.deferrable,
    note: joinNotes(a.note, b.note),
  };
}

/**
 * A merged material's form, copies and acceptance of a commitment over its users (the `form`, `copies` and
 * `commitment` rules, as for two uses of one step), and its status (`materialStatus` rule).
 */
function settle(plan: OutcomePlan, selection: Selection, merge: MaterialMerge): void {
  const { rules } = plan;
  const { usedBy } = merge;
  const first = usedBy[0] as ComposedUse;
  let form = first.form;
  let copies = first.copies;
  let commitment = first.commitment;
  for (let k = 1; k < usedBy.length; k++) {
    const use = usedBy[k] as ComposedUse;
    form = rules.form(form, use.form);
    copies = rules.copies(copies, use.copies);
    commitment = rules.commitment(commitment, use.commitment);
  }
  const m = merge.material;
  const material = plan.materials[m] as OutcomePlan['materials'][number];
  const waiver = plan.waivers[m];
  const status = rules.materialStatus({
    users: usedBy.length,
    receiving: merge.receiving,
    waiver,
    generated: material.fill !== undefined,
    shared: selection.shared[m] === 1,
    committed: material.clause !== undefined && commitment,
  });
  merge.form = form;
  merge.copies = copies;
  merge.status = status;
  if (status !== 'passed-on') merge.producer = -1;
  merge.waiver = status === 'waived' ? waiver : undefined;
}

/** By the other step's position, `produces` before `after`, then by material id. */
function compareEdges(plan: OutcomePlan, a: ComposedEdge, b: ComposedEdge): number {
  if (a.step !== b.step) return a.step - b.step;
  if (a.because !== b.because) return a.because === 'produces' ? -1 : 1;
  if (a.material === b.material) return 0;
  const idA = plan.materials[a.material]?.id ?? '';
  const idB = plan.materials[b.material]?.id ?? '';
  return idA.localeCompare(idB);
}

/** The notes of two uses of one material by one step, each distinct text once (none: no note). */
function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  const notes = [a, b].filter((note): note is string => note !== undefined);
  const note = [...new Set(notes)].join('；');
  return note === '' ? undefined : note;
}
