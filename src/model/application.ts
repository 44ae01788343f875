import type { CaseForm, FormError } from './form.js';
import type { Json } from './json.js';
import type { MaterialStatus } from './statuses.js';
import type { MaterialForm } from './theme.js';

export const APPLICATION_FORMAT = 'tongban/application@1' as const;

/**
 * What a citizen submits for a case (一表申请): the theme by id, version and content hash, the case reached, the
 * answers that reach it, the filled-in form data (checked and normalised) and the material checklist. Plain
 * JSON; a server replays the answers on the same theme to check it (see the server example).
 */
export interface ApplicationPackage {
  readonly format: typeof APPLICATION_FORMAT;
  readonly theme: {
    readonly id: string;
    readonly title: string;
    readonly version: string;
    readonly hash: string;
  };
  /** `YYYY-MM-DD` the questionnaire was answered on, when the session has one (ages, deadlines). */
  readonly today?: string;
  readonly case: { readonly key: string; readonly label: string };
  /** Every answer on the path by question id, in question order, the profile's included. */
  readonly answers: Readonly<Record<string, Json>>;
  /** The questions of `answers` the profile answered (not the citizen). */
  readonly prefilled: readonly string[];
  /** The merged form's data, by field id: checked and normalised (`checkFormData`). */
  readonly data: Readonly<Record<string, Json>>;
  /** Every material of the case and how it is handled: handed in, generated, waived, shared, committed… */
  readonly materials: readonly ApplicationMaterial[];
}

export interface ApplicationMaterial {
  readonly id: string;
  readonly name: string;
  readonly status: MaterialStatus;
  readonly form: MaterialForm;
  readonly copies: number;
}

/**
 * The package of a case with its form data, or why there is none: the questionnaire is not complete, or the
 * data does not fit the case's form (located, translated errors, as `checkFormData` gives them).
 */
export type ApplicationResult =
  | { readonly ok: true; readonly application: ApplicationPackage; readonly form: CaseForm }
  | { readonly ok: false; readonly reason: 'incomplete' }
  | { readonly ok: false; readonly reason: 'form'; readonly errors: readonly FormError[] };
