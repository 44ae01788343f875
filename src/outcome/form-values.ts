import { LIST_FIELDS, WORD_FIELDS } from '../forms/convert.js';
import { isEmpty, valueProblem } from '../forms/values.js';
import {
  type CaseFieldOrigin,
  type Field,
  type FieldAnswer,
  type FieldSource,
  type FieldValueSource,
  LICENCE_DATA,
} from '../model/form.js';
import type { Json } from '../model/json.js';
import type { Item } from '../model/theme.js';
import { own } from '../util/own.js';
import type { OutcomeContext } from './context.js';
import { displayValue, factDomain } from './display.js';
import { validOn } from './rules/waiver.js';

/** A field's resolved value: where it comes from, the value when known, and what exactly gave it. */
export interface Resolved {
  readonly source: FieldValueSource;
  readonly value?: Json;
  readonly from?: CaseFieldOrigin;
}

/**
 * The value of a field in a case: the theme's answer binding first, then the field's sources in order. A
 * source yields when it has a value the field accepts; a produced material yields when an item of the case
 * other than the field's users produces it (the value comes when that item is done).
 */
export function fieldValue(
  field: Field,
  users: readonly string[],
  applied: readonly Item[],
  context: OutcomeContext,
): Resolved {
  const binding = own(context.theme.fieldAnswers, field.id);
  if (binding) {
    const value = answerValue(field, binding, context);
    if (value !== undefined) return { source: 'answer', value, from: { question: binding.answer } };
  }
  for (const source of field.from) {
    const resolved = fromSource(field, source, users, applied, context);
    if (resolved) return resolved;
  }
  return { source: 'applicant' };
}

function fromSource(
  field: Field,
  source: FieldSource,
  users: readonly string[],
  applied: readonly Item[],
  context: OutcomeContext,
): Resolved | undefined {
  if ('fact' in source) {
    const raw = context.facts.get(source.fact);
    const value = accepted(field, converted(field, raw, context, source.fact));
    return value === undefined ? undefined : { source: 'profile', value, from: { fact: source.fact } };
  }
  if ('licence' in source) {
    const value = accepted(field, licenceData(source.licence, source.data, context));
    if (value === undefined) return undefined;
    return { source: 'licence', value, from: { licence: source.licence, data: source.data } };
  }
  const producer = applied.find(
    (item) => !users.includes(item.id) && item.produces.includes(source.produced),
  );
  if (!producer) return undefined;
  const from = {
    material: source.produced,
    item: producer.id,
    ...(source.data === undefined ? {} : { data: source.data }),
  };
  return { source: 'produced', from };
}

/** The data of a licence of a kind on file and valid on the session's `today` (as the licence waiver says). */
function licenceData(kind: string, key: string, context: OutcomeContext): unknown {
  const { profile, today } = context.session;
  const licence = profile?.licences.find((l) => l.licence === kind && validOn(l, today));
  if (!licence) return undefined;
  if (isBuiltIn(key)) return licence[key];
  return licence.data === undefined ? undefined : own(licence.data, key);
}

/** Whether a licence data key is one every licence on file has (`LICENCE_DATA`). */
function isBuiltIn(key: string): key is (typeof LICENCE_DATA)[number] {
  return (LICENCE_DATA as readonly string[]).includes(key);
}

/** The value an answer gives a field: mapped option by option, or converted as it is. */
function answerValue(field: Field, binding: FieldAnswer, context: OutcomeContext): Json | undefined {
  const raw = context.facts.get(binding.answer);
  if (raw === undefined || raw === null) return undefined;
  if (binding.map) {
    const map = binding.map;
    const mapped = (v: unknown) => own(map, String(v));
    if (Array.isArray(raw)) {
      const values = raw.flatMap((v) => [mapped(v)].flat()).filter((v): v is Json => v !== undefined);
      const list = [...new Set(values)];
      return accepted(field, LIST_FIELDS.has(field.type) ? list : list.join('、'));
    }
    const value = mapped(raw);
    return accepted(field, LIST_FIELDS.has(field.type) && value !== undefined ? [value].flat() : value);
  }
  return accepted(field, converted(field, raw, context, binding.answer));
}

/**
 * A fact's value as the field takes it: option ids in choice fields (one option in a multiple choice becomes
 * a list), readable words (option labels, yes/no texts, numbers with their unit) in text fields.
 */
function converted(field: Field, raw: unknown, context: OutcomeContext, fact: string): unknown {
  if (raw === undefined || raw === null) return undefined;
  const domain = factDomain(context.theme, fact);
  // A text fact is taken as it is: only typed values (choices, yes/no, numbers, dates) are put into words.
  if (domain.type === 'text' || domain.type === 'unknown') return raw;
  if (LIST_FIELDS.has(field.type) && typeof raw === 'string') return [raw];
  if (WORD_FIELDS.has(field.type)) return displayValue(domain, raw);
  return raw;
}

/** The value when the field accepts it as JSON, else undefined (the source then yields nothing). */
function accepted(field: Field, value: unknown): Json | undefined {
  if (isEmpty(value) || valueProblem(field, value) !== undefined) return undefined;
  return value as Json;
}
