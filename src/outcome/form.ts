import type {
  CaseField,
  CaseFieldOrigin,
  CaseForm,
  CaseFormSection,
  Field,
  FieldValueSource,
} from '../model/form.js';
import type { Json } from '../model/json.js';
import type { Item } from '../model/theme.js';
import { own } from '../util/own.js';
import type { Composition } from './composition.js';
import type { OutcomeContext } from './context.js';
import { fieldValue } from './form-values.js';
import type { OutcomePlan } from './plan.js';
import type { Selection } from './selection.js';

/** A field as the case's items list it, before its value is resolved. */
interface Gathered {
  readonly field: Field;
  required: boolean;
  readonly items: string[];
  readonly forms: string[];
}

/**
 * The one merged form of a composed case (一表申请): every field that a form material of an item of the case
 * lists (the material's use and the field's `when` holding), once, grouped by section in order of first use
 * (items in the theme's order, materials in the item's order, fields in the form's order). A field is required
 * when any item needs it. Its value is the first of its sources that yields one: the theme's answer binding
 * (问卷), then the field's own sources in order (档案, 电子证照, 流程内产生); a value the field would refuse
 * does not count. Items outside the case, and every item of a case whose notices withhold the items,
 * contribute nothing: the items and uses are those `compose` found. Pure and deterministic.
 */
export function mergedForm(
  plan: OutcomePlan,
  selection: Selection,
  composition: Composition,
  context: OutcomeContext,
): CaseForm {
  const { theme } = context;
  const applied: Item[] = composition.steps.map(
    (step) => (plan.items[step.item] as OutcomePlan['items'][number]).item,
  );
  const gathered = new Map<string, Gathered>();
  for (const step of composition.steps) {
    const { item, uses } = plan.items[step.item] as OutcomePlan['items'][number];
    const useOn = selection.uses[step.item] as Uint8Array;
    for (let u = 0; u < uses.length; u++) {
      const material = plan.materials[(uses[u] as OutcomePlan['items'][number]['uses'][number]).material];
      const form = material?.fill === undefined ? undefined : own(theme.catalog.forms, material.fill);
      if (useOn[u] !== 1 || !material || !form) continue;
      for (const entry of form.fields) {
        const field = own(theme.catalog.fields, entry.field);
        if (!field || !context.holds(entry.when)) continue;
        let g = gathered.get(field.id);
        if (!g) {
          g = { field, required: false, items: [], forms: [] };
          gathered.set(field.id, g);
        }
        g.required ||= entry.required ?? field.required;
        if (!g.items.includes(item.id)) g.items.push(item.id);
        if (!g.forms.includes(material.id)) g.forms.push(material.id);
      }
    }
  }
  const sections = new Map<string, CaseField[]>();
  const counts = { fields: 0, prefilled: 0, produced: 0, toFill: 0 };
  for (const g of gathered.values()) {
    const resolved = fieldValue(g.field, g.items, applied, context);
    const field = caseField(g, resolved);
    counts.fields++;
    if (field.source === 'produced') counts.produced++;
    else if (field.source === 'applicant') counts.toFill++;
    else counts.prefilled++;
    const list = sections.get(g.field.section) ?? [];
    list.push(field);
    sections.set(g.field.section, list);
  }
  const list: CaseFormSection[] = [...sections].map(([title, fields]) => ({ title, fields }));
  return { sections: list, counts };
}

function caseField(
  g: Gathered,
  resolved: { source: FieldValueSource; value?: Json; from?: CaseFieldOrigin },
): CaseField {
  const f = g.field;
  return {
    id: f.id,
    label: f.label,
    ...(f.en === undefined ? {} : { en: f.en }),
    type: f.type,
    required: g.required,
    ...(f.pattern === undefined ? {} : { pattern: f.pattern }),
    ...(f.min === undefined ? {} : { min: f.min }),
    ...(f.max === undefined ? {} : { max: f.max }),
    ...(f.options === undefined ? {} : { options: f.options.map((o) => ({ id: o.id, label: o.label })) }),
    ...(f.unit === undefined ? {} : { unit: f.unit }),
    ...(f.help === undefined ? {} : { help: f.help }),
    items: g.items,
    forms: g.forms,
    source: resolved.source,
    ...(resolved.value === undefined ? {} : { value: resolved.value }),
    ...(resolved.from === undefined ? {} : { from: resolved.from }),
  };
}
