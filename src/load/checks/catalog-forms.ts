import { CHOICE_FIELDS, sourceFits } from '../../forms/convert.js';
import type { Catalog } from '../../model/catalog.js';
import { type Field, LICENCE_DATA } from '../../model/form.js';
import { own } from '../../util/own.js';
import { suggestionFor } from '../../util/suggest.js';
import type { CatalogCheck, CatalogReport } from './types.js';

/**
 * Forms and fields hold together: a material's form and a sharing department exist, a form lists known
 * fields each once, a choice field has options, a pattern compiles, and every value source of a field can
 * give it a value (a fact of a fitting type, licence data its kind carries, a material some item produces).
 */
export const catalogForms: CatalogCheck = {
  name: 'catalog-forms',
  run(catalog, report) {
    for (const material of Object.values(catalog.materials)) {
      const element = `material:${material.id}`;
      if (material.fill !== undefined && !own(catalog.forms, material.fill)) {
        const params = { id: material.fill, ...suggestionFor(material.fill, Object.keys(catalog.forms)) };
        report(element, ['fill'], 'unknown-form', params);
      }
      const department = material.shared?.department;
      if (department !== undefined && !own(catalog.departments, department)) {
        const params = { id: department, ...suggestionFor(department, Object.keys(catalog.departments)) };
        report(element, ['shared', 'from'], 'unknown-department', params);
      }
    }
    for (const form of Object.values(catalog.forms)) {
      const seen = new Set<string>();
      form.fields.forEach((entry, i) => {
        // A plain id has no `field` member: the locator then stops at the list entry itself.
        const below = ['fields', i, 'field'];
        if (!own(catalog.fields, entry.field)) {
          const params = { id: entry.field, ...suggestionFor(entry.field, Object.keys(catalog.fields)) };
          report(`form:${form.id}`, below, 'unknown-field', params);
        } else if (seen.has(entry.field)) {
          report(`form:${form.id}`, below, 'duplicate-field', { form: form.id, id: entry.field });
        }
        seen.add(entry.field);
      });
    }
    // The materials some item produces, gathered once for all fields (not once per field).
    const producers = new Set(Object.values(catalog.items).flatMap((item) => item.produces));
    for (const field of Object.values(catalog.fields)) checkField(field, catalog, producers, report);
  },
};

function checkField(
  field: Field,
  catalog: Catalog,
  producers: ReadonlySet<string>,
  report: CatalogReport,
): void {
  const element = `field:${field.id}`;
  if (CHOICE_FIELDS.has(field.type) && !field.options) {
    report(element, [], 'missing-key', { key: 'options' });
  }
  if (field.pattern !== undefined && !compiles(field.pattern)) {
    report(element, ['pattern'], 'invalid-value', { value: field.pattern, rule: 'regex' });
  }
  field.from.forEach((source, i) => {
    const unresolved = (
      problem: 'fact-type' | 'licence-data' | 'not-produced' | 'produced-data',
      more = {},
    ) =>
      report(element, ['from', i], 'unresolved-field-source', {
        field: field.id,
        problem,
        source: 'fact' in source ? source.fact : 'licence' in source ? source.licence : source.produced,
        fieldType: field.type,
        ...more,
      });
    if ('fact' in source) {
      const fact = own(catalog.facts, source.fact);
      if (!fact) {
        const params = { id: source.fact, ...suggestionFor(source.fact, Object.keys(catalog.facts)) };
        report(element, ['from', i, 'fact'], 'unknown-fact', params);
      } else if (!sourceFits(field.type, fact.type)) {
        unresolved('fact-type', { sourceType: fact.type });
      }
    } else if ('licence' in source) {
      const licence = own(catalog.licences, source.licence);
      if (!licence) {
        const params = {
          id: source.licence,
          ...suggestionFor(source.licence, Object.keys(catalog.licences)),
        };
        report(element, ['from', i, 'licence'], 'unknown-licence', params);
      } else if (!carries(licence.data, source.data)) {
        unresolved('licence-data', { data: source.data });
      }
    } else {
      const material = own(catalog.materials, source.produced);
      if (!material) {
        const params = {
          id: source.produced,
          ...suggestionFor(source.produced, Object.keys(catalog.materials)),
        };
        report(element, ['from', i, 'produced'], 'unknown-material', params);
      } else if (!producers.has(material.id)) {
        unresolved('not-produced');
      } else if (source.data !== undefined) {
        const licence = material.licence === undefined ? undefined : own(catalog.licences, material.licence);
        if (!licence || !carries(licence.data, source.data))
          unresolved('produced-data', { data: source.data });
      }
    }
  });
}

/** Whether a licence kind carries a data key: one it declares or one every licence on file has. */
function carries(data: Readonly<Record<string, string>> | undefined, key: string): boolean {
  return (
    (LICENCE_DATA as readonly string[]).includes(key) || (data !== undefined && Object.hasOwn(data, key))
  );
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
