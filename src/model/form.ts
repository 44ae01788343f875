import type { Condition } from './condition.js';
import type { Json } from './json.js';
import type { ParamsOf, ParamsSpec } from './params.js';

/** The types of form fields, in the order documentation lists them. */
export const FIELD_TYPES = [
  'text',
  'number',
  'amount',
  'date',
  'yes-no',
  'single',
  'multiple',
  'id-number',
  'phone',
  'address',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * A choice of a single or multiple choice field: declared apart from a question's option so that the theme's
 * types may name the form's without an import cycle.
 */
export interface FieldOption {
  readonly id: string;
  readonly label: string;
  readonly en?: string;
  readonly help?: string;
}

/**
 * One field of an application form (一表申请), declared once in the catalog and shared by every form that
 * lists it. Labels are Chinese; `en` is optional.
 */
export interface Field {
  readonly id: string;
  readonly label: string;
  readonly en?: string;
  readonly type: FieldType;
  /** The section of the merged form the field is shown in ("申请主体"). */
  readonly section: string;
  /** Whether a value is needed; a form may list the field as optional. Defaults to true. */
  readonly required: boolean;
  /** A regular expression (Unicode, whole value) that text values match. */
  readonly pattern?: string;
  /** Numbers and amounts: the value; dates: `YYYY-MM-DD`; text: the number of characters. */
  readonly min?: number | string;
  readonly max?: number | string;
  /** Choices of a single or multiple choice field. */
  readonly options?: readonly FieldOption[];
  readonly unit?: string;
  readonly help?: string;
  /** Where the value can come from, first that yields a value wins; the applicant fills in the rest. */
  readonly from: readonly FieldSource[];
}

/**
 * Where a field's value comes from: a profile fact (一人一档 / 一企一档), data of an electronic licence on file
 * (`data` is a key of the licence's data, or `number`, `issuer`, `issued`, `expires`), or a material that an
 * earlier item of the same case produces (流程内产生: known once that item is done).
 */
export type FieldSource =
  | { readonly fact: string }
  | { readonly licence: string; readonly data: string }
  | { readonly produced: string; readonly data?: string };

/** A theme's binding of a field to one of its questions: the answer fills the field (问卷). */
export interface FieldAnswer {
  readonly answer: string;
  /** Answer option id (or `true`/`false` of a yes-no question) → the field's value. */
  readonly map?: Readonly<Record<string, Json>>;
}

/** An application, filing or declaration form: a list of fields, each possibly conditional. */
export interface Form {
  readonly id: string;
  readonly name?: string;
  readonly fields: readonly FormField[];
}

export interface FormField {
  readonly field: string;
  /** Listed only when this holds. */
  readonly when?: Condition;
  /** Overrides the field's `required` for this form. */
  readonly required?: boolean;
}

/**
 * A material a department obtains by data sharing (两个免于提交): from which department and system, under which
 * condition (absent: always). Distinct from an electronic licence the applicant holds.
 */
export interface Sharing {
  readonly department: string;
  readonly system?: string;
  readonly when?: Condition;
}

/** Built-in data of every licence on file, besides the data its kind declares. */
export const LICENCE_DATA = ['number', 'issuer', 'issued', 'expires'] as const;

/**
 * Where a field of a case's merged form takes its value: 档案 (a profile fact), 问卷 (an answer), 电子证照 (data
 * of a licence on file), 流程内产生 (a material an earlier item of the case produces: filled in when it is
 * done), or 待填写 (the applicant fills it in).
 */
export type FieldValueSource = 'profile' | 'answer' | 'licence' | 'produced' | 'applicant';

/** The one merged form of a case (一表申请): every field any item of the case needs, once, by section. */
export interface CaseForm {
  readonly sections: readonly CaseFormSection[];
  /** How many fields, how many of them prefilled (档案, 问卷, 电子证照), produced in the flow, left to fill in. */
  readonly counts: {
    readonly fields: number;
    readonly prefilled: number;
    readonly produced: number;
    readonly toFill: number;
  };
}

export interface CaseFormSection {
  readonly title: string;
  readonly fields: readonly CaseField[];
}

/** One field of a case's merged form. */
export interface CaseField {
  readonly id: string;
  readonly label: string;
  readonly en?: string;
  readonly type: FieldType;
  /** Whether some item of the case needs a value. */
  readonly required: boolean;
  readonly pattern?: string;
  readonly min?: number | string;
  readonly max?: number | string;
  readonly options?: readonly { readonly id: string; readonly label: string }[];
  readonly unit?: string;
  readonly help?: string;
  /** The items of the case whose forms list it, in the theme's order. */
  readonly items: readonly string[];
  /** The form materials of the case that list it (申请书, 备案表). */
  readonly forms: readonly string[];
  readonly source: FieldValueSource;
  /** The prefilled value (absent for `produced` and `applicant`). */
  readonly value?: Json;
  /** What the value is taken from: the fact, question, licence kind and data, or the producing item. */
  readonly from?: CaseFieldOrigin;
}

export type CaseFieldOrigin =
  | { readonly fact: string }
  | { readonly question: string }
  | { readonly licence: string; readonly data: string }
  | { readonly material: string; readonly item: string; readonly data?: string };

/** Why filled-in form data is refused, field by field (`checkFormData`). */
export const FORM_ERROR_CODES = [
  'not-an-object',
  'unknown-field',
  'required',
  'wrong-type',
  'format',
  'out-of-range',
  'unknown-option',
  'duplicate-option',
  'invalid-date',
  'fixed',
] as const;

export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

/**
 * The params of each form error: `field` is the field's id (for programs), `label` its label (for people);
 * `expected` the field's type; range bounds are numbers, dates or (text fields) numbers of characters.
 */
export const FORM_ERROR_PARAM_SPECS = {
  'not-an-object': {},
  'unknown-field': { field: 'text' },
  required: { field: 'text', label: 'text' },
  'wrong-type': { field: 'text', label: 'text', expected: { tokens: FIELD_TYPES } },
  format: { field: 'text', label: 'text', expected: { tokens: FIELD_TYPES } },
  'out-of-range': {
    field: 'text',
    label: 'text',
    expected: { tokens: FIELD_TYPES },
    min: 'scalar?',
    max: 'scalar?',
  },
  'unknown-option': { field: 'text', label: 'text', option: 'text' },
  'duplicate-option': { field: 'text', label: 'text', option: 'text' },
  'invalid-date': { field: 'text', label: 'text' },
  fixed: { field: 'text', label: 'text' },
} as const satisfies Record<FormErrorCode, ParamsSpec>;

export type FormErrorParamsOf<C extends FormErrorCode> = ParamsOf<(typeof FORM_ERROR_PARAM_SPECS)[C]>;

/** One problem of filled-in form data: located by a JSON Pointer into the data, with a translated message. */
export interface FormErrorOf<C extends FormErrorCode> {
  readonly code: C;
  /** `/credit-code`; '' for the data as a whole. */
  readonly pointer: string;
  /** The message in Chinese for the person filling in; `formatFormError` renders it in English. */
  readonly message: string;
  readonly params: FormErrorParamsOf<C>;
}

export type FormError = { readonly [C in FormErrorCode]: FormErrorOf<C> }[FormErrorCode];
