import type { FieldType } from '../model/form.js';
import type { Bounds, FormErrorCatalog } from './runtime-catalog.js';

/** What a field's value is, as a request ("Enter …") and as a noun for ranges. */
const KIND: Readonly<Record<FieldType, { readonly enter: string; readonly noun: string }>> = {
  text: { enter: 'Enter text', noun: 'characters' },
  address: { enter: 'Enter an address', noun: 'characters' },
  'id-number': { enter: 'Enter an 18-character resident ID number', noun: 'characters' },
  phone: { enter: 'Enter a mobile number or a landline with its area code', noun: 'characters' },
  number: { enter: 'Enter a number', noun: 'a number' },
  amount: { enter: 'Enter an amount in yuan', noun: 'an amount' },
  date: { enter: 'Enter a date such as 2026-03-01', noun: 'a date' },
  'yes-no': { enter: 'Choose yes or no', noun: '' },
  single: { enter: 'Choose one option', noun: '' },
  multiple: { enter: 'Choose one or more options', noun: '' },
};

/** "Enter 2 to 50 characters", "Enter a number from 1 to 100000". */
function within(type: FieldType, { min, max }: Bounds): string {
  const noun = KIND[type].noun;
  if (noun === 'characters') {
    if (min !== undefined && max !== undefined) return `Enter ${min} to ${max} characters`;
    if (min !== undefined) return `Enter at least ${min} characters`;
    return `Enter at most ${max} characters`;
  }
  if (min !== undefined && max !== undefined) return `Enter ${noun} from ${min} to ${max}`;
  if (min !== undefined) return `Enter ${noun} of at least ${min}`;
  return `Enter ${noun} of at most ${max}`;
}

/** Form errors in English, each naming the field by its (Chinese) label. */
export const formEn: FormErrorCatalog = {
  'not-an-object': () => 'Form data is an object of values by field',
  'unknown-field': (p) => `The form has no field "${p.field}"`,
  required: (p) => `Fill in "${p.label}"`,
  'wrong-type': (p) => `"${p.label}": ${KIND[p.expected].enter}`,
  format: (p) => `"${p.label}" is not in the right format: ${KIND[p.expected].enter}`,
  'out-of-range': (p) => `"${p.label}": ${within(p.expected, p)}`,
  'unknown-option': (p) => `"${p.label}": choose one of the options listed`,
  'duplicate-option': (p) => `"${p.label}": choose each option once`,
  'invalid-date': (p) => `"${p.label}": enter a real date such as 2026-03-01`,
  fixed: (p) => `"${p.label}" is set by a questionnaire answer: change that answer instead`,
};
