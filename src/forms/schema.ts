import type { CaseField, CaseForm, FieldType } from '../model/form.js';
import type { Json } from '../model/json.js';
import { BUILT_IN_PATTERNS } from './values.js';

type JsonObject = { [key: string]: Json };

/** What the JSON Schema of a case's form says about itself. */
export interface FormSchemaInfo {
  /** The schema's title ("我要开餐饮公司 · 一表申请"). */
  readonly title: string;
  /** Where the schema may be found, if anywhere. */
  readonly id?: string;
}

/**
 * The merged form as a JSON Schema (draft 2020-12) that any JSON-Schema form library can render: one property
 * per field (flat, keyed by field id) with its title, help, type and validation; `required` lists the fields
 * the applicant must give (not those produced in the flow). Order and sections ride as annotations: each
 * property's `x-tongban` holds `order`, `section`, `source`, `items` (and a date's `min`, `max`); the top-level `x-tongban-sections` lists
 * the sections with their fields in order. Fields produced in the flow or fixed by an answer are `readOnly`.
 * The prefilled data (`prefilledData`) is the schema's `default`.
 */
export function formSchema(form: CaseForm, info: FormSchemaInfo): JsonObject {
  const properties: JsonObject = {};
  const required: string[] = [];
  let order = 0;
  for (const section of form.sections) {
    for (const field of section.fields) {
      properties[field.id] = {
        ...propertyOf(field),
        'x-tongban': {
          order: order++,
          section: section.title,
          source: field.source,
          items: [...field.items],
          // Date bounds have no standard keyword: they ride here, and `checkFormData` checks them.
          ...(DATED_BOUNDS.has(field.type) && field.min !== undefined ? { min: field.min } : {}),
          ...(DATED_BOUNDS.has(field.type) && field.max !== undefined ? { max: field.max } : {}),
        },
      };
      if (field.required && field.source !== 'produced') required.push(field.id);
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(info.id === undefined ? {} : { $id: info.id }),
    title: info.title,
    type: 'object',
    properties,
    required,
    additionalProperties: false,
    default: prefilledData(form),
    'x-tongban-sections': form.sections.map((s) => ({ title: s.title, fields: s.fields.map((f) => f.id) })),
  };
}

/** The prefilled values of a case's form, by field id: the data a portal starts the form with. */
export function prefilledData(form: CaseForm): JsonObject {
  const data: JsonObject = {};
  for (const section of form.sections)
    for (const field of section.fields) if (field.value !== undefined) data[field.id] = field.value;
  return data;
}

function propertyOf(field: CaseField): JsonObject {
  const base: JsonObject = {
    title: field.label,
    ...(field.help === undefined ? {} : { description: field.help }),
    ...(field.source === 'produced' || field.source === 'answer' ? { readOnly: true } : {}),
  };
  return { ...base, ...PROPERTIES[field.type](field) };
}

/** Field types whose bounds ride in `x-tongban` (no standard keyword bounds a date). */
const DATED_BOUNDS: ReadonlySet<FieldType> = new Set(['date']);

/** The JSON Schema keywords of each field type (besides title, description and readOnly). */
const PROPERTIES: { readonly [K in FieldType]: (field: CaseField) => JsonObject } = {
  text: textProperty,
  address: textProperty,
  'id-number': textProperty,
  phone: textProperty,
  number: (field) => ({ type: 'number', ...bound('minimum', field.min), ...bound('maximum', field.max) }),
  // An amount of money is never negative.
  amount: (field) => ({
    type: 'number',
    ...bound('minimum', field.min ?? 0),
    ...bound('maximum', field.max),
  }),
  date: () => ({
    type: 'string',
    format: 'date',
    pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
  }),
  'yes-no': () => ({ type: 'boolean' }),
  single: (field) => ({ type: 'string', oneOf: choicesOf(field) }),
  multiple: (field) => ({
    type: 'array',
    items: { type: 'string', oneOf: choicesOf(field) },
    uniqueItems: true,
    ...(field.required ? { minItems: 1 } : {}),
  }),
};

function textProperty(field: CaseField): JsonObject {
  const patterns = [BUILT_IN_PATTERNS[field.type], field.pattern].filter((p): p is string => p !== undefined);
  return {
    type: 'string',
    ...(field.required ? { minLength: Math.max(1, numberOr(field.min, 1)) } : bound('minLength', field.min)),
    ...bound('maxLength', field.max),
    // Two patterns cannot both be `pattern`: the field's own is checked with `allOf`.
    ...(patterns[0] === undefined ? {} : { pattern: patterns[0] }),
    ...(patterns[1] === undefined ? {} : { allOf: [{ pattern: patterns[1] }] }),
  };
}

function choicesOf(field: CaseField): JsonObject[] {
  return (field.options ?? []).map((o) => ({ const: o.id, title: o.label }));
}

function bound(key: string, value: number | string | undefined): JsonObject {
  return typeof value === 'number' ? { [key]: value } : {};
}

function numberOr(value: number | string | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}
