import type { Profile } from './profile.js';
import type { MaterialStatus, OutcomeStatus } from './statuses.js';
import type { Delivery, Material, MaterialForm, NoticeKind } from './theme.js';

/** When a workflow step can run, in working days from the start of the case. */
export interface StepTiming {
  /** Longest-path layer: 0 without dependencies, else one more than its latest dependency's stage. */
  readonly stage: number;
  readonly start: number;
  readonly finish: number;
}

/** What a workflow step waits for: another step (by index). */
export interface Dependency {
  readonly step: number;
}

/** What the `materialStatus` rule reads of a merged material in a case. */
export interface MaterialStatusInputs {
  /** How many steps use it, and how many of them receive it from another step (`producer` rule). */
  readonly users: number;
  readonly receiving: number;
  /** The licence on file (its kind) that replaces it (`waiver` rule), if any. */
  readonly waiver: string | undefined;
  /** It is a form (`fill`): generated from the case's merged form (一表申请). */
  readonly generated: boolean;
  /** A department obtains it by data sharing, and the sharing's condition holds in the case. */
  readonly shared: boolean;
  /** It has a clause of the commitment letter and every step using it accepts a commitment (`commitment` rule). */
  readonly committed: boolean;
}

/**
 * The policy an outcome is composed by, one rule per entry (the defaults are `defaultOutcomeRules`, one file
 * each in src/outcome/rules/). Sessions (`start(theme, { rules })`) and the analysis (`enumerateCases`,
 * `exploreTheme`, `diffThemes`, `analyzeTheme` with `{ rules }`) compose outcomes with the same rules, so
 * replacing one changes both. Every rule is a pure function; steps and items are numbered in the theme's order.
 */
export interface OutcomeRules {
  /** Whether the notices that apply withhold every item (不予办理: nothing is to be done). */
  readonly withholds: (notices: ReadonlySet<NoticeKind>) => boolean;
  /** The case's status from the kinds of the notices that apply and whether some item applies. */
  readonly status: (notices: ReadonlySet<NoticeKind>, anyItem: boolean) => OutcomeStatus;
  /** The form a material is handed in as when two uses ask for it differently. */
  readonly form: (a: MaterialForm, b: MaterialForm) => MaterialForm;
  /** The copies handed in when two uses ask for different numbers. */
  readonly copies: (a: number, b: number) => number;
  /** Whether an item that asks twice for a material accepts a commitment (告知承诺) instead of it. */
  readonly commitment: (a: boolean, b: boolean) => boolean;
  /**
   * The item that passes a material to an item that uses it: one of the material's `producers` (items, in
   * the theme's order) that applies, or -1 when the user gets it from no one and hands it in.
   */
  readonly producer: (
    user: number,
    producers: readonly number[],
    applies: (item: number) => boolean,
  ) => number;
  /** The licence on file (its kind) that replaces a material, if any. */
  readonly waiver: (
    material: Material,
    profile: Profile | undefined,
    today: string | undefined,
  ) => string | undefined;
  /**
   * How a merged material is dealt with: passed on, generated from the merged form, waived by a licence,
   * obtained by data sharing, replaced by a commitment clause, or handed in (see `MaterialStatusInputs`).
   */
  readonly materialStatus: (inputs: MaterialStatusInputs) => MaterialStatus;
  /** Earliest times of the workflow's steps from their days and what each waits for. */
  readonly schedule: (days: readonly number[], dependsOn: readonly (readonly Dependency[])[]) => StepTiming[];
  /** The critical path: its steps, first to last (its days are the last step's finish). */
  readonly criticalPath: (
    timing: readonly StepTiming[],
    dependsOn: readonly (readonly Dependency[])[],
  ) => number[];
  /** The total of the fees charged, in yuan. */
  readonly fee: (amounts: readonly number[]) => number;
  /** On-site visits: the steps that need presence (their venues; null: none), grouped into visits. */
  readonly visits: (venues: readonly (string | null)[]) => number[][];
  /** The delivery options of the case from each step's. */
  readonly delivery: (offered: readonly (readonly Delivery[])[]) => Delivery[];
}
