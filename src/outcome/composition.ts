import type { MaterialStatus, MergeFigures, OutcomeStatus } from '../model/outcome.js';
import type { Dependency, StepTiming } from '../model/outcome-rules.js';
import type { Delivery, DeliveryOption, Fee, MaterialForm, NoticeKind, Presence } from '../model/theme.js';

/**
 * A case's outcome as the rules decide it, by index into its `OutcomePlan`: what `outcome()` names and explains
 * for a session, and what the analysis counts, compares and hashes for every case. Steps are the items that
 * apply, in the theme's order; "step" below is an index into `steps`.
 */
export interface Composition extends CompositionBody {
  readonly status: OutcomeStatus;
  /** Indices in `plan.notices` of the notices that apply, in the theme's order. */
  readonly notices: readonly number[];
}

/** The notices that apply in a case and what the rules make of them before anything else is composed. */
export interface ComposedNotices {
  /** Indices in `plan.notices`, in the theme's order. */
  readonly notices: readonly number[];
  /** Their kinds, as the `withholds` and `status` rules read them. */
  readonly kinds: ReadonlySet<NoticeKind>;
  /** Whether they withhold every item (`withholds` rule). */
  readonly withheld: boolean;
}

/**
 * Everything a case yields besides its notices and status: it depends on the notices only through whether they
 * withhold the items, so cases that differ in their notices alone share it (the analysis composes it once).
 */
export interface CompositionBody {
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
  /** Steps grouped into on-site visits (`visits` rule), not counting visits to collect results. */
  readonly visits: readonly (readonly number[])[];
  /**
   * Steps whose results the applicant collects at their venue (窗口领取), grouped into visits by the `visits`
   * rule: only when the applicant chose how results are delivered (a step that does not offer the chosen way
   * is collected at the window if it offers that). Each group is one more visit.
   */
  readonly collections: readonly (readonly number[])[];
  /** The delivery methods some step offers in the case (`delivery` rule). */
  readonly delivery: readonly Delivery[];
  /** The applicant's choice of delivery, when the theme asks and it is answered. */
  readonly chosen: ChosenDelivery | undefined;
  /**
   * With `chosen`: every method of the theme's choice that some step offers, in the theme's order, with what
   * choosing it adds (the chosen one's fee and collections are those of `chosen` and `collections`); else empty.
   */
  readonly choices: readonly DeliveryEffect[];
  readonly merge: MergeFigures;
}

/**
 * The part of a `CompositionBody` the applicant's choice of delivery does not change, with what the choice
 * reads: the methods each step offers and the items' fees (`composeBase`, then `chooseDelivery`).
 */
export interface BodyBase
  extends Pick<
    CompositionBody,
    'steps' | 'materials' | 'dependsOn' | 'timing' | 'criticalPath' | 'days' | 'visits' | 'delivery' | 'merge'
  > {
  /** By step: the delivery methods it offers in the case. */
  readonly offered: readonly (readonly Delivery[])[];
  /** Steps that charge a fee (amount > 0), and those amounts. */
  readonly charged: readonly number[];
  readonly amounts: readonly number[];
}

/** What choosing one delivery method adds to a case: a fee once (postage) and visits to collect results. */
export interface DeliveryEffect {
  readonly method: Delivery;
  /** Yuan, once for the case; 0: none. */
  readonly fee: number;
  readonly note: string | undefined;
  /** Visits to collect results (窗口领取) it needs. */
  readonly collections: number;
}

/** How the applicant chose to receive results, and what it costs. */
export interface ChosenDelivery {
  readonly method: Delivery;
  /** Steps that offer it in the case. */
  readonly steps: readonly number[];
  /** The fee it adds once for the case (postage: one parcel), the highest of those steps' options; 0: none. */
  readonly fee: number;
  /** The note of the option that sets the fee. */
  readonly note: string | undefined;
}

/** An item that applies, with the days, fee and presence of the variants that count. */
export interface ComposedStep {
  /** Index in `plan.items`. */
  readonly item: number;
  readonly days: number | undefined;
  readonly fee: Fee | undefined;
  readonly presence: Presence | null;
  /**
   * Index in `plan.items` of the item whose certificate it is issued with (随证件一并签发) when that item
   * applies in the case (its days are then 0), else -1.
   */
  readonly issuedWith: number;
  /** Its delivery options offered in the case, in the item's order. */
  readonly delivery: readonly DeliveryOption[];
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
}

/** A material as one step asks for it (uses of one step merged). */
export interface ComposedUse {
  readonly step: number;
  readonly form: MaterialForm;
  readonly copies: number;
  readonly commitment: boolean;
  /** Non-key (容缺受理) for this step: it accepts the application without it. */
  readonly deferrable: boolean;
  readonly note: string | undefined;
}

export interface ComposedEdge extends Dependency {
  /** `produces`: the other step passes it `material` (an index in `plan.materials`); `after`: explicit order. */
  readonly because: 'produces' | 'after';
  readonly material: number;
}
