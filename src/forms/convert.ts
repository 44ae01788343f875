import type { FieldType } from '../model/form.js';
import type { FactType } from '../model/theme.js';

/** The field types whose values are option ids: one (`single`) or a list (`multiple`). */
export const CHOICE_FIELDS: ReadonlySet<FieldType> = new Set(['single', 'multiple']);

/** The field types whose value is a list of option ids. */
export const LIST_FIELDS: ReadonlySet<FieldType> = new Set(['multiple']);

/** The field types that take a typed fact in words (option labels, yes/no texts, numbers with their unit). */
export const WORD_FIELDS: ReadonlySet<FieldType> = new Set(['text', 'address']);

/** Field types a fact or answer of each type can fill without a `map`. */
const FILLS: Readonly<Record<FactType, readonly FieldType[]>> = {
  single: ['single', 'multiple', 'text', 'address'],
  multiple: ['multiple', 'text', 'address'],
  'yes-no': ['yes-no', 'text'],
  number: ['number', 'amount', 'text'],
  date: ['date', 'text'],
  text: ['text', 'address', 'id-number', 'phone'],
  list: [],
  object: [],
};

/**
 * Whether a fact or an answer of `source` type can fill a field of `field` type as it is: choices fill choice
 * fields (option ids) and text fields (their labels), numbers fill numbers and amounts, and so on.
 */
export function sourceFits(field: FieldType, source: FactType): boolean {
  return FILLS[source].includes(field);
}
