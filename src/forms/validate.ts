import { formErrorMessage } from '../messages/runtime-messages.js';
import type { CaseField, CaseForm, FormError, FormErrorCode, FormErrorParamsOf } from '../model/form.js';
import type { Json } from '../model/json.js';
import { isEmpty, valueProblem } from './values.js';

/** Filled-in data checked against a case's form: the normalised data, or every problem found. */
export type FormCheck =
  | { readonly ok: true; readonly data: Readonly<Record<string, Json>> }
  | { readonly ok: false; readonly errors: readonly FormError[] };

/**
 * Checks filled-in data against a case's merged form, every field in the form's order: required fields are
 * given, values fit their type, pattern, range and options, no unknown field is given, and a field fixed by
 * a questionnaire answer keeps that answer's value. Fields produced in the flow are filled in later: a value
 * given for one is dropped. Errors are located (`/field-id`), with a Chinese message for the person filling
 * in (`formatFormError` gives English). The normalised data holds the prefilled values the data leaves out.
 */
export function checkFormData(form: CaseForm, data: unknown): FormCheck {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, errors: [formError('not-an-object', '', {})] };
  const given = data as Record<string, unknown>;
  const fields = form.sections.flatMap((s) => s.fields);
  const known = new Set(fields.map((f) => f.id));
  const errors: FormError[] = [];
  const normalised: Record<string, Json> = {};
  for (const field of fields) {
    const value = Object.hasOwn(given, field.id) ? given[field.id] : field.value;
    const problem = fieldError(field, value);
    if (problem) errors.push(problem);
    else if (field.source !== 'produced' && !isEmpty(value)) normalised[field.id] = value as Json;
  }
  for (const key of Object.keys(given)) {
    if (!known.has(key)) errors.push(formError('unknown-field', `/${escapeSegment(key)}`, { field: key }));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: normalised };
}

function fieldError(field: CaseField, value: unknown): FormError | undefined {
  const at = `/${escapeSegment(field.id)}`;
  const base = { field: field.id, label: field.label };
  if (field.source === 'answer' && field.value !== undefined && !sameJson(value, field.value))
    return formError('fixed', at, base);
  if (isEmpty(value)) {
    return field.required && field.source !== 'produced' ? formError('required', at, base) : undefined;
  }
  const problem = valueProblem(field, value);
  if (!problem) return undefined;
  switch (problem.code) {
    case 'wrong-type':
    case 'format':
      return formError(problem.code, at, { ...base, expected: field.type });
    case 'invalid-date':
      return formError('invalid-date', at, base);
    case 'out-of-range': {
      const { code: _code, ...range } = problem;
      return formError('out-of-range', at, { ...base, expected: field.type, ...range });
    }
    default:
      return formError(problem.code, at, { ...base, option: problem.option });
  }
}

function formError<C extends FormErrorCode>(
  code: C,
  pointer: string,
  params: FormErrorParamsOf<C>,
): FormError {
  return { code, pointer, message: formErrorMessage(code, params), params } as FormError;
}

/** JSON Pointer escaping of one segment. */
function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
