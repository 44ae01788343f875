import type { Condition } from './condition.js';
import type { CaseForm } from './form.js';
import type { Json } from './json.js';
import type { CaseKey } from './session.js';
import type { MaterialStatus, OutcomeStatus } from './statuses.js';
import type { Delivery, Level, MaterialForm, NoticeKind } from './theme.js';

// The outcome's statuses, exported with it. They are declared apart so that the outcome rules, which a session
// holds, name them without importing the outcome (which imports the session).
export type { MaterialStatus, OutcomeStatus } from './statuses.js';

/**
 * What a case yields for the citizen: status, items, one merged material list, one workflow, totals, and why
 * each entry is there. Plain JSON; its schema is `schemas/outcome.schema.json`.
 */
export interface Outcome {
  readonly format: typeof OUTCOME_FORMAT;
  readonly theme: {
    readonly id: string;
    readonly title: string;
    readonly version: string;
    readonly hash: string;
  };
  /** True when the session is not complete: entries may still change as questions are answered. */
  readonly provisional: boolean;
  readonly case: CaseKey | null;
  readonly status: OutcomeStatus;
  readonly notices: readonly OutcomeNotice[];
  readonly items: readonly OutcomeItem[];
  readonly materials: readonly OutcomeMaterial[];
  readonly workflow: Workflow;
  readonly totals: Totals;
  readonly merge: MergeFigures;
  /** The one merged application form of the case (一表申请). */
  readonly form: CaseForm;
  /** The clauses of the case's one commitment letter (告知承诺), in material order; empty: no letter. */
  readonly commitment: readonly CommitmentClause[];
}

/** One clause of the commitment letter: the material it replaces and the items it serves. */
export interface CommitmentClause {
  readonly material: string;
  readonly text: string;
  readonly items: readonly string[];
}

export const OUTCOME_FORMAT = 'tongban/outcome@1' as const;

/** Why an entry is in the outcome: the condition and the facts it read, with their values. */
export interface Reason {
  /** Absent when the entry applies unconditionally. */
  readonly condition?: Condition;
  readonly facts: readonly ReasonFact[];
  /** The full condition for authors, e.g. "业务类型 = 首次申领；年龄 ≥ 16". */
  readonly text: string;
  /**
   * The facts that decide the condition on this path, in the order it reads them: it holds with only these
   * settled, and not when any one of them is left unknown (see `decisiveFacts`). Empty when unconditional.
   */
  readonly decisive: readonly string[];
  /** The reason as the citizen reads it, from the decisive facts: "因为您选择了：新设公司；沿街商铺". */
  readonly plain: { readonly zh: string; readonly en: string };
}

export interface ReasonFact {
  readonly fact: string;
  /** The question or fact label. */
  readonly label: string;
  readonly value: Json;
  /** The value as shown (option labels, units). */
  readonly display: string;
  readonly source: 'answer' | 'prefilled' | 'profile' | 'derived';
}

export interface OutcomeNotice {
  readonly id: string;
  readonly kind: NoticeKind;
  readonly text: string;
  readonly basis?: string;
  readonly reason: Reason;
}

export interface OutcomeItem {
  readonly id: string;
  readonly name: string;
  readonly department?: { readonly id: string; readonly name: string };
  readonly level?: Level;
  readonly basis: readonly string[];
  /** Promised working days (承诺时限), used for scheduling; absent when the item has no time limit. */
  readonly days?: number;
  /** Statutory working days (法定时限), for reference. */
  readonly statutoryDays?: number;
  /** The item of the case whose certificate this one is issued with (随证件一并签发); its `days` is then 0. */
  readonly issuedWith?: { readonly id: string; readonly name: string };
  readonly fee?: { readonly amount: number; readonly note?: string };
  readonly presence?: {
    readonly venue: { readonly id: string; readonly name: string };
    readonly purpose: string;
  };
  readonly produces: readonly string[];
  /** The delivery methods it offers in the case. */
  readonly delivery: readonly Delivery[];
  /** Of those, the ones with a fee (postage) or a note. */
  readonly deliveryDetails?: readonly DeliveryDetail[];
  readonly reason: Reason;
}

/** A delivery option's fee and note. */
export interface DeliveryDetail {
  readonly method: Delivery;
  /** Yuan (postage). */
  readonly fee?: number;
  readonly note?: string;
}

export interface OutcomeMaterial {
  readonly id: string;
  readonly name: string;
  /** The strongest form any item asks for: 表格 over 原件 over 复印件 over 电子 (see docs/outcomes.md). */
  readonly form: MaterialForm;
  /** The highest number of copies any item asks for. */
  readonly copies: number;
  readonly status: MaterialStatus;
  /** Set when `passed-on`: the item of this case that produces it. */
  readonly producedBy?: { readonly id: string; readonly name: string };
  /** Set when `waived`: the electronic licence on file that replaces it (免提交). */
  readonly waivedBy?: { readonly id: string; readonly name: string };
  /** Set when `shared`: the department (and system) that supplies it by data sharing (免提交). */
  readonly sharedBy?: { readonly id: string; readonly name: string; readonly system?: string };
  /** Set when `generated`: the form it is generated from (一表申请). */
  readonly fill?: string;
  /** Set when `committed`: the clause of the commitment letter that replaces it. */
  readonly clause?: string;
  /** Items that accept a signed commitment instead of this proof (告知承诺). */
  readonly commitment: readonly string[];
  /** Set when every item using it accepts the application without it (容缺受理): supplied after acceptance. */
  readonly deferrable?: true;
  readonly usedBy: readonly MaterialUseInOutcome[];
  readonly note?: string;
  readonly source?: string;
  readonly reason: Reason;
}

export interface MaterialUseInOutcome {
  readonly item: string;
  readonly form: MaterialForm;
  readonly copies: number;
  /** The item's own note on this material ("作为经营布局图…"). */
  readonly note?: string;
}

export interface Workflow {
  readonly steps: readonly WorkflowStep[];
  /** Item ids by stage: the items of one stage can run in parallel once the previous stages are done. */
  readonly stages: readonly (readonly string[])[];
  readonly criticalPath: { readonly days: number; readonly items: readonly string[] };
}

export interface WorkflowStep {
  readonly item: string;
  readonly stage: number;
  readonly dependsOn: readonly WorkflowEdge[];
  /** Earliest start and finish, in working days from the start of the case. */
  readonly start: number;
  readonly finish: number;
}

export interface WorkflowEdge {
  readonly item: string;
  /** `produces`: this step needs a material the other produces; `after`: explicit ordering. */
  readonly because: 'produces' | 'after';
  readonly material?: string;
}

export interface Totals {
  readonly days: { readonly critical: number; readonly sum: number; readonly saved: number };
  readonly fee: { readonly total: number; readonly breakdown: readonly FeeLine[] };
  /** On-site visits; with a choice of delivery, visits to collect results (`collect`) are among them. */
  readonly visits: { readonly count: number; readonly list: readonly Visit[] };
  /** The delivery methods some item offers. */
  readonly delivery: readonly Delivery[];
  /** The applicant's choice of delivery (the theme asks it): its fee is in `fee`, its visits in `visits`. */
  readonly chosenDelivery?: {
    readonly method: Delivery;
    /** The items that offer it. */
    readonly items: readonly string[];
    /** Yuan, once for the case (postage); 0: none. */
    readonly fee: number;
    readonly note?: string;
  };
  /**
   * With `chosenDelivery`: each method of the theme's choice that some item offers, with what choosing it adds
   * (`fee` once, postage; `visits` to collect results), whichever was chosen: what a portal shows beside the
   * question, and what the analysis lists for a situation.
   */
  readonly deliveryChoices?: readonly DeliveryChoiceEffect[];
}

/** What choosing one delivery method adds to a case. */
export interface DeliveryChoiceEffect {
  readonly method: Delivery;
  /** Yuan, once for the case (postage); 0: none. */
  readonly fee: number;
  /** Visits to collect results (窗口领取). */
  readonly visits: number;
  readonly note?: string;
}

export interface FeeLine {
  readonly item: string;
  readonly amount: number;
  readonly note?: string;
}

export interface Visit {
  readonly venue: {
    readonly id: string;
    readonly name: string;
    readonly address?: string;
    /** Opening hours. */
    readonly hours?: string;
    /**
     * Set when this visit must be booked beforehand (预约): a visit to apply when its venue books, a visit to
     * collect only when the item's 窗口领取 option says so. The portal shows what to book, it books nothing.
     */
    readonly appointment?: true;
    /** How to book (the venue's text), left out of a visit to collect that needs no booking. */
    readonly booking?: string;
  };
  readonly items: readonly string[];
  readonly purposes: readonly string[];
  /** Set for a visit to collect results (窗口领取), which mail delivery saves. */
  readonly collect?: true;
}

/** The figures a portal shows: "逐项办理需 17 份材料 → 一表申请，需准备 2 份". */
export interface MergeFigures {
  /** Materials the applicant would hand in going item by item (each use counted). */
  readonly itemByItem: number;
  /** Of these, the application, filing and declaration forms (each item's form counted). */
  readonly forms: number;
  /** Distinct materials after merging. */
  readonly merged: number;
  /** Materials the applicant still prepares: merged − passedOn − generated − waived − shared − committed. */
  readonly toSubmit: number;
  readonly passedOn: number;
  /** Forms generated from the one merged form. */
  readonly generated: number;
  /** Replaced by a licence on file. */
  readonly waived: number;
  /** Obtained by data sharing. */
  readonly shared: number;
  /** Replaced by clauses of the one commitment letter. */
  readonly committed: number;
  /** Working days saved by running independent steps in parallel: sum − critical path. */
  readonly daysSaved: number;
}
