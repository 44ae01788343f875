import type { CaseField, FieldType } from '../model/form.js';
import { parseDate } from '../util/dates.js';

/** What a field's value breaks, before it is worded: one of the form error codes with what it needs. */
export type ValueProblem =
  | { readonly code: 'wrong-type' | 'format' | 'invalid-date' }
  | { readonly code: 'out-of-range'; readonly min?: number | string; readonly max?: number | string }
  | { readonly code: 'unknown-option' | 'duplicate-option'; readonly option: string };

/** The fields a value check reads: a catalog field or a field of a merged form. */
export type CheckedField = Pick<CaseField, 'type' | 'pattern' | 'min' | 'max' | 'options'>;

/**
 * The built-in format of ID numbers and phone numbers: an 18-character 居民身份证号码 (its check character is
 * verified apart), a mobile number, or a landline with its area code.
 */
export const BUILT_IN_PATTERNS: Readonly<Partial<Record<FieldType, string>>> = {
  'id-number': '^[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]$',
  phone: '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$',
};

/** Whether a value is missing for a required field: absent, null, blank text or no choice. */
export function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The first problem of a (non-empty) value for a field, or undefined when the field accepts it. */
export function valueProblem(field: CheckedField, value: unknown): ValueProblem | undefined {
  return PROBLEMS[field.type](field, value);
}

type ProblemOf = (field: CheckedField, value: unknown) => ValueProblem | undefined;

/** The value check of each field type. */
const PROBLEMS: { readonly [K in FieldType]: ProblemOf } = {
  text: textProblem,
  address: textProblem,
  'id-number': textProblem,
  phone: textProblem,
  number: (field, value) => numberProblem(field, value, undefined),
  // An amount of money is never negative.
  amount: (field, value) => numberProblem(field, value, 0),
  date: dateProblem,
  'yes-no': (_field, value) => (typeof value === 'boolean' ? undefined : { code: 'wrong-type' }),
  single: (field, value) =>
    typeof value === 'string' ? optionProblem(field, value) : { code: 'wrong-type' },
  multiple: multipleProblem,
};

/** A number within the field's bounds (`least` when it sets no minimum). */
function numberProblem(
  field: CheckedField,
  value: unknown,
  least: number | undefined,
): ValueProblem | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'wrong-type' };
  const min = typeof field.min === 'number' ? field.min : least;
  const max = typeof field.max === 'number' ? field.max : undefined;
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return { code: 'out-of-range', ...bounds(min, max) };
  return undefined;
}

/** A `YYYY-MM-DD` day that exists, within the field's bounds. */
function dateProblem(field: CheckedField, value: unknown): ValueProblem | undefined {
  if (typeof value !== 'string') return { code: 'wrong-type' };
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) || !parseDate(value)) return { code: 'invalid-date' };
  const min = typeof field.min === 'string' ? field.min : undefined;
  const max = typeof field.max === 'string' ? field.max : undefined;
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return { code: 'out-of-range', ...bounds(min, max) };
  return undefined;
}

function textProblem(field: CheckedField, value: unknown): ValueProblem | undefined {
  if (typeof value !== 'string') return { code: 'wrong-type' };
  const length = [...value].length;
  const min = typeof field.min === 'number' ? field.min : undefined;
  const max = typeof field.max === 'number' ? field.max : undefined;
  if ((min !== undefined && length < min) || (max !== undefined && length > max))
    return { code: 'out-of-range', ...bounds(min, max) };
  const builtIn = BUILT_IN_PATTERNS[field.type];
  if (builtIn !== undefined && !new RegExp(builtIn, 'u').test(value)) return { code: 'format' };
  if (field.type === 'id-number' && !idNumberChecks(value)) return { code: 'format' };
  if (field.pattern !== undefined && !new RegExp(field.pattern, 'u').test(value)) return { code: 'format' };
  return undefined;
}

function multipleProblem(field: CheckedField, value: unknown): ValueProblem | undefined {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return { code: 'wrong-type' };
  const seen = new Set<string>();
  for (const option of value as string[]) {
    const problem = optionProblem(field, option);
    if (problem) return problem;
    if (seen.has(option)) return { code: 'duplicate-option', option };
    seen.add(option);
  }
  return undefined;
}

function optionProblem(field: CheckedField, option: string): ValueProblem | undefined {
  return field.options?.some((o) => o.id === option) ? undefined : { code: 'unknown-option', option };
}

function bounds(min: number | string | undefined, max: number | string | undefined) {
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of an 18-character ID number (GB 11643): weighted sum of the first 17 digits mod 11. */
export function idNumberChecks(value: string): boolean {
  if (value.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] === value[17];
}
