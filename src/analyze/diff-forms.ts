import type { Field, FieldAnswer } from '../model/form.js';
import type { CompiledTheme } from '../model/theme.js';
import { own } from '../util/own.js';

/** What of a field can change between two versions, in the order reported. */
export const FIELD_ASPECTS = [
  'label',
  'type',
  'section',
  'required',
  'pattern',
  'range',
  'options',
  'sources',
  'answer',
] as const;

export type FieldAspect = (typeof FIELD_ASPECTS)[number];

/** A change to the forms and fields a theme's items use (一表申请), between two versions. */
export type FormChange =
  | { readonly kind: 'form-added' | 'form-removed'; readonly form: string; readonly name: string }
  | {
      readonly kind: 'form-field-added' | 'form-field-removed';
      readonly form: string;
      readonly field: string;
      readonly label: string;
    }
  | {
      readonly kind: 'field-changed';
      readonly field: string;
      readonly label: string;
      readonly aspects: readonly FieldAspect[];
    };

/**
 * How the forms and fields carried by two versions of a theme differ: forms added or removed, fields added to
 * or removed from a form, and fields whose definition changed (label, type, section, required, pattern, range,
 * options, value sources, or the answer the theme fills them from). Forms in the new version's order, then
 * the old one's; fields likewise.
 */
export function formChanges(old: CompiledTheme, next: CompiledTheme): FormChange[] {
  const changes: FormChange[] = [];
  const a = old.catalog.forms;
  const b = next.catalog.forms;
  const name = (form: { readonly id: string; readonly name?: string }) => form.name ?? form.id;
  const label = (id: string) => (own(next.catalog.fields, id) ?? own(old.catalog.fields, id))?.label ?? id;
  for (const form of Object.values(b)) {
    const before = own(a, form.id);
    if (!before) {
      changes.push({ kind: 'form-added', form: form.id, name: name(form) });
      continue;
    }
    const was = new Set(before.fields.map((f) => f.field));
    const is = new Set(form.fields.map((f) => f.field));
    for (const id of is)
      if (!was.has(id))
        changes.push({ kind: 'form-field-added', form: form.id, field: id, label: label(id) });
    for (const id of was)
      if (!is.has(id))
        changes.push({ kind: 'form-field-removed', form: form.id, field: id, label: label(id) });
  }
  for (const form of Object.values(a))
    if (!own(b, form.id)) changes.push({ kind: 'form-removed', form: form.id, name: name(form) });
  for (const field of Object.values(next.catalog.fields)) {
    const before = own(old.catalog.fields, field.id);
    if (!before) continue;
    const aspects = FIELD_ASPECTS.filter((aspect) =>
      differs(aspect, before, field, own(old.fieldAnswers, field.id), own(next.fieldAnswers, field.id)),
    );
    if (aspects.length > 0)
      changes.push({ kind: 'field-changed', field: field.id, label: field.label, aspects });
  }
  return changes;
}

function differs(
  aspect: FieldAspect,
  a: Field,
  b: Field,
  answerA: FieldAnswer | undefined,
  answerB: FieldAnswer | undefined,
): boolean {
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  switch (aspect) {
    case 'range':
      return a.min !== b.min || a.max !== b.max;
    case 'options':
      return !same(a.options ?? [], b.options ?? []);
    case 'sources':
      return !same(a.from, b.from);
    case 'answer':
      return !same(answerA ?? null, answerB ?? null);
    default:
      return a[aspect] !== b[aspect];
  }
}
