import type { OutcomeStatus } from '../model/outcome.js';
import type { Profile } from '../model/profile.js';
import type { SourceLocation } from '../model/theme.js';

/** A scenario file (`*.test.yaml`) as `loadScenarios` reads it. */
export interface ScenarioFile {
  readonly file: string;
  /** The theme file as written, relative to this file. */
  readonly theme: string;
  readonly scenarios: readonly Scenario[];
  /** Where the `theme` value is written. */
  readonly themeAt: SourceLocation;
}

/** One scenario: who answers, what, and what the outcome must contain. */
export interface Scenario {
  readonly name: string;
  /** Inline, or the path of a profile file as written (resolved by the caller, see `runScenarios`). */
  readonly profile?: Profile | { readonly path: string };
  readonly today?: string;
  /** Answers by question id, as written (each is checked by the session when its question is asked). */
  readonly answers: Readonly<Record<string, unknown>>;
  readonly expect: ScenarioExpect;
  /**
   * Where things are written: `scenario` (the entry), `name`, `profile`, `today`, `answers`, `answer:<id>`,
   * `expect`, `expect:<key>` (the key as written, e.g. `expect:not-items`) and `expect:<key>/<index>`.
   */
  readonly locations: Readonly<Record<string, SourceLocation>>;
}

/** What a scenario expects; lists must be contained, `not…` lists must not be. */
export interface ScenarioExpect {
  readonly case?: string;
  readonly key?: string;
  readonly status?: OutcomeStatus;
  readonly items?: readonly string[];
  readonly notItems?: readonly string[];
  readonly materials?: readonly string[];
  readonly notMaterials?: readonly string[];
  readonly waived?: readonly string[];
  readonly passedOn?: readonly string[];
  readonly shared?: readonly string[];
  readonly generated?: readonly string[];
  readonly committed?: readonly string[];
  /** What the applicant prepares after merging (`merge.toSubmit`). */
  readonly toSubmit?: number;
  readonly days?: number;
  readonly fee?: number;
  readonly visits?: number;
  readonly notices?: readonly string[];
  readonly notNotices?: readonly string[];
  /** Options as `question=option` that were offered when their question was asked. */
  readonly offered?: readonly string[];
  /** Options as `question=option` that were not offered (or whose question was not asked). */
  readonly notOffered?: readonly string[];
  /** Delivery methods the case must offer / must not offer. */
  readonly delivery?: readonly string[];
  readonly notDelivery?: readonly string[];
  /** Materials marked 容缺受理 (supplied after acceptance). */
  readonly deferrable?: readonly string[];
  /** Venues whose visit needs an appointment. */
  readonly appointments?: readonly string[];
  /** Promised working days (承诺时限) of items of the case, by item id. */
  readonly itemDays?: Readonly<Record<string, number>>;
  /** Statutory working days (法定时限) of items of the case, by item id. */
  readonly statutoryDays?: Readonly<Record<string, number>>;
}
