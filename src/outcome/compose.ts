import type { MaterialStatus, MergeFigures, OutcomeStatus } from '../model/outcome.js';
import type { StepTiming } from '../model/outcome-rules.js';
import type { Delivery, Fee, MaterialForm, Presence } from '../model/theme.js';
import { kindBit, noticeKinds } from './notice-kinds.js';
import type { OutcomePlan, PlannedUse } from './plan.js';
import type { Selection } from './selection.js';

/**
 * A case's outcome as the rules decide it, by index into its `OutcomePlan`: what `outcome()` names and explains
 * for a session, and what the analysis counts, compares and hashes for every case. Steps are the items that
 * apply, in the theme's order; "step" below is an index into `steps`.
 */
export interface Composition {
  readonly status: OutcomeStatus;
  /** Indices in `plan.notices` of the notices that apply, in the theme's order. */
  readonly notices: readonly number[];
  readonly steps: readonly ComposedStep[];
  /** The merged material list, in order of first use. */
  readonly materials: readonly ComposedMaterial[];
  /** By step: what it waits for, by the other step's position, `produces` before `after`, then material id. */
  readonly dependsOn: readonly (readonly ComposedEdge[])[];
  /** By step: its earliest times (`schedule` rule). */
  readonly timing: readonly StepTiming[];
  /** Steps of the critical path, first to last (`criticalPath` rule). */
  readonly criticalPath: readonly number[];
  readonly days: { readonly critical: number; readonly sum: number; readonly saved: number };
  /** Steps that charge a fee (amount > 0), and their total (`fee` rule). */
  readonly fee: { readonly total: number; readonly charged: readonly number[] };
  /** Steps grouped into on-site visits (`visits` rule). */
  readonly visits: readonly (readonly number[])[];
  readonly delivery: readonly Delivery[];
  readonly merge: MergeFigures;
}

/** An item that applies, with the days, fee and presence of the variants that count. */
export interface ComposedStep {
  /** Index in `plan.items`. */
  readonly item: number;
  readonly days: number | undefined;
  readonly fee: Fee | undefined;
  readonly presence: Presence | null;
}

/** One merged material. */
export interface ComposedMaterial {
  /** Index in `plan.materials`. */
  readonly material: number;
  readonly form: MaterialForm;
  readonly copies: number;
  readonly status: MaterialStatus;
  /** When passed on: the step that passes it, the first in the theme's order; else -1. */
  readonly producer: number;
  /** When waived: the licence kind that replaces it. */
  readonly waiver: string | undefined;
  /** One entry per step that uses it, in the steps' order. */
  readonly usedBy: readonly ComposedUse[];
  /** Every use of it that applies, in order (a step may use it twice): their conditions are its reason. */
  readonly uses: readonly PlannedUse[];
}

/** A material as one step asks for it (uses of one step merged). */
export interface ComposedUse {
  readonly step: number;
  readonly form: MaterialForm;
  readonly copies: number;
  readonly commitment: boolean;
  readonly note: string | undefined;
}

export interface ComposedEdge {
  readonly step: number;
  /** `produces`: the other step passes it `material` (an index in `plan.materials`); `after`: explicit order. */
  readonly because: 'produces' | 'after';
  readonly material: number;
}

interface MaterialMerge {
  readonly material: number;
  readonly usedBy: ComposedUse[];
  readonly uses: PlannedUse[];
  receiving: number;
  producer: number;
}

/**
 * Composes a case's outcome from what holds in it, by the plan's rules: the notices that apply and whether they
 * withhold the items; the steps; the merged materials (each step receives a material from the item that passes
 * it on, else hands it in; a step asking twice is one user; form and copies merged by the rules; the status by
 * the rules from the users that receive it and the licence on file); the workflow (dependencies on the steps
 * that pass materials and on the applying items of `after`, scheduled and its critical path by the rules);
 * days, fees, visits and delivery; the merge figures. Pure: the same plan and selection, the same composition.
 */
export function compose(plan: OutcomePlan, selection: Selection): Composition {
  const { rules, items } = plan;
  const notices: number[] = [];
  let mask = 0;
  for (let n = 0; n < plan.notices.length; n++) {
    if (selection.notices[n] !== 1) continue;
    notices.push(n);
    mask |= kindBit((plan.notices[n] as OutcomePlan['notices'][number]).notice.kind);
  }
  const kinds = noticeKinds(mask);

  const steps: ComposedStep[] = [];
  const stepOf: number[] = new Array(items.length).fill(-1);
  if (!rules.withholds(kinds)) {
    for (let i = 0; i < items.length; i++) {
      if (selection.items[i] !== 1) continue;
      const { item } = items[i] as OutcomePlan['items'][number];
      stepOf[i] = steps.length;
      steps.push({
        item: i,
        days: item.days[selection.days[i] as number]?.value,
        fee: item.fee[selection.fee[i] as number]?.value,
        presence: item.presence[selection.presence[i] as number]?.value ?? null,
      });
    }
  }
  const applies = (item: number) => (stepOf[item] as number) >= 0;

  // Materials, and the `produces` edges of the steps that receive one.
  const merges: MaterialMerge[] = [];
  const mergeOf: number[] = new Array(plan.materials.length).fill(-1);
  const dependsOn: ComposedEdge[][] = [];
  for (let s = 0; s < steps.length; s++) {
    const i = (steps[s] as ComposedStep).item;
    const planned = items[i] as OutcomePlan['items'][number];
    const useOn = selection.uses[i] as Uint8Array;
    const edges: ComposedEdge[] = [];
    for (let u = 0; u < planned.uses.length; u++) {
      if (useOn[u] !== 1) continue;
      const use = planned.uses[u] as PlannedUse;
      const m = use.material;
      let merge = merges[mergeOf[m] as number];
      if (merge === undefined) {
        merge = { material: m, usedBy: [], uses: [], receiving: 0, producer: -1 };
        mergeOf[m] = merges.length;
        merges.push(merge);
      }
      merge.uses.push(use);
      const last = merge.usedBy[merge.usedBy.length - 1];
      if (last !== undefined && last.step === s) {
        merge.usedBy[merge.usedBy.length - 1] = {
          step: s,
          form: rules.form(last.form, use.form),
          copies: rules.copies(last.copies, use.copies),
          commitment: rules.commitment(last.commitment, use.commitment),
          note: joinNotes(last.note, use.note),
        };
        continue;
      }
      merge.usedBy.push({
        step: s,
        form: use.form,
        copies: use.copies,
        commitment: use.commitment,
        note: use.note,
      });
      const producer = rules.producer(i, plan.producers[m] as readonly number[], applies);
      const from = producer < 0 ? -1 : (stepOf[producer] as number);
      if (from < 0) continue;
      merge.receiving++;
      if (merge.producer < 0 || from < merge.producer) merge.producer = from;
      edges.push({ step: from, because: 'produces', material: m });
    }
    for (const before of planned.after) {
      // `after` orders two items only when both apply in the case.
      const from = stepOf[before] as number;
      if (from >= 0) edges.push({ step: from, because: 'after', material: -1 });
    }
    if (edges.length > 1) edges.sort((a, b) => compareEdges(plan, a, b));
    dependsOn.push(edges);
  }

  let passedOn = 0;
  let waived = 0;
  let itemByItem = 0;
  const materials = merges.map((merge): ComposedMaterial => {
    const { usedBy } = merge;
    const first = usedBy[0] as ComposedUse;
    let form = first.form;
    let copies = first.copies;
    for (let k = 1; k < usedBy.length; k++) {
      const use = usedBy[k] as ComposedUse;
      form = rules.form(form, use.form);
      copies = rules.copies(copies, use.copies);
    }
    const waiver = plan.waivers[merge.material];
    const status = rules.materialStatus(usedBy.length, merge.receiving, waiver);
    if (status === 'passed-on') passedOn++;
    else if (status === 'waived') waived++;
    itemByItem += usedBy.length;
    return {
      material: merge.material,
      form,
      copies,
      status,
      producer: status === 'passed-on' ? merge.producer : -1,
      waiver: status === 'waived' ? waiver : undefined,
      usedBy,
      uses: merge.uses,
    };
  });

  const days: number[] = [];
  const venues: (string | null)[] = [];
  const charged: number[] = [];
  const amounts: number[] = [];
  let sum = 0;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s] as ComposedStep;
    const d = step.days ?? 0;
    days.push(d);
    sum += d;
    venues.push(step.presence === null ? null : step.presence.venue);
    if (step.fee !== undefined && step.fee.amount > 0) {
      charged.push(s);
      amounts.push(step.fee.amount);
    }
  }
  const waitsFor = dependsOn.map((edges) => edges.map((e) => e.step));
  const timing = rules.schedule(days, waitsFor);
  const criticalPath = rules.criticalPath(timing, waitsFor);
  const end = criticalPath[criticalPath.length - 1];
  const critical = end === undefined ? 0 : (timing[end] as StepTiming).finish;
  return {
    status: rules.status(kinds, steps.length > 0),
    notices,
    steps,
    materials,
    dependsOn,
    timing,
    criticalPath,
    days: { critical, sum, saved: sum - critical },
    fee: { total: rules.fee(amounts), charged },
    visits: rules.visits(venues),
    delivery: rules.delivery(
      steps.map((step) => (items[step.item] as OutcomePlan['items'][number]).item.delivery),
    ),
    merge: {
      itemByItem,
      merged: materials.length,
      toSubmit: materials.length - passedOn - waived,
      passedOn,
      waived,
      daysSaved: sum - critical,
    },
  };
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
