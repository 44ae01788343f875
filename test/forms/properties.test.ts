import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formSchema, prefilledData } from '../../src/forms/schema.js';
import { checkFormData } from '../../src/forms/validate.js';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import type { CaseField, CaseForm } from '../../src/model/form.js';
import type { Session } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { caseForm, outcome } from '../../src/outcome/index.js';
import { answer, next, rulesFor, start, walk } from '../../src/session/index.js';
import { type FormsGenerated, formsArb, TODAY, valueArb } from './arbitrary.js';

const RUNS = { numRuns: 200 };

const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
ajv.addKeyword({ keyword: 'x-tongban' });
ajv.addKeyword({ keyword: 'x-tongban-sections' });

function drive(g: FormsGenerated): Session {
  const c = loadCatalog([{ file: 'c.yaml', text: g.catalog }]);
  if (!c.ok) throw new Error(JSON.stringify(c.diagnostics.filter((d) => d.severity === 'error')));
  const t = loadTheme({ file: 't.yaml', text: g.theme }, c.catalog);
  if (!t.ok) throw new Error(JSON.stringify(t.diagnostics.filter((d) => d.severity === 'error')));
  let session = start(t.theme, { today: TODAY, profile: g.profile });
  for (;;) {
    const step = next(session);
    if (step.done) return session;
    const pick = g.picks[t.theme.questions.indexOf(step.question)] ?? 0;
    const value =
      step.question.type === 'yes-no' ? pick % 2 === 0 : (step.options[pick % step.options.length]?.id ?? '');
    const result = answer(session, step.question.id, value);
    if (!result.ok) throw new Error(result.error.message);
    session = result.session;
  }
}

const fieldsOf = (form: CaseForm): CaseField[] => form.sections.flatMap((s) => s.fields);

/** Which fields the case needs, and which items need each, recomputed the plainest way. */
function expectedUsers(session: Session): Map<string, Set<string>> {
  const theme: CompiledTheme = session.theme;
  const rules = rulesFor(theme);
  const facts = walk(session).facts;
  const holds = (c: Parameters<typeof rules.evaluate>[0]) => rules.evaluate(c, facts) === true;
  const users = new Map<string, Set<string>>();
  for (const entry of theme.items) {
    if (!holds(entry.when)) continue;
    for (const use of theme.catalog.items[entry.item]?.materials ?? []) {
      const fill = theme.catalog.materials[use.material]?.fill;
      if (!holds(use.when) || fill === undefined) continue;
      for (const f of theme.catalog.forms[fill]?.fields ?? []) {
        if (!holds(f.when)) continue;
        users.set(f.field, (users.get(f.field) ?? new Set()).add(entry.item));
      }
    }
  }
  return users;
}

describe('the merged form over random themes', () => {
  test('each field once; exactly the fields of the items of the case; each with the items that use it', () => {
    fc.assert(
      fc.property(formsArb, (g) => {
        const session = drive(g);
        const form = caseForm(session);
        const ids = fieldsOf(form).map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
        const expected = expectedUsers(session);
        expect(new Set(ids)).toEqual(new Set(expected.keys()));
        const applied = new Set(outcome(session).items.map((i) => i.id));
        for (const field of fieldsOf(form)) {
          expect(field.items.length).toBeGreaterThan(0);
          expect(new Set(field.items)).toEqual(expected.get(field.id));
          for (const item of field.items) expect(applied.has(item)).toBe(true);
        }
        // Sections hold the fields of their title, each section once.
        const titles = form.sections.map((s) => s.title);
        expect(new Set(titles).size).toBe(titles.length);
        expect(outcome(session).form).toEqual(form);
      }),
      RUNS,
    );
  });

  test('every prefilled value equals its source', () => {
    fc.assert(
      fc.property(formsArb, (g) => {
        const session = drive(g);
        for (const field of fieldsOf(caseForm(session))) {
          const from = field.from;
          switch (field.source) {
            case 'answer':
              expect(from && 'question' in from).toBe(true);
              if (from && 'question' in from)
                expect(field.value).toEqual(session.answers[from.question]?.value);
              break;
            case 'profile':
              if (from && 'fact' in from) expect(field.value).toEqual(g.profile.facts[from.fact]);
              else throw new Error('profile value without its fact');
              break;
            case 'licence':
              if (from && 'licence' in from)
                expect(field.value).toEqual(g.profile.licences[0]?.data?.[from.data]);
              else throw new Error('licence value without its licence');
              break;
            default:
              expect(field).not.toHaveProperty('value');
          }
        }
      }),
      RUNS,
    );
  });

  test('the JSON Schema is valid and the prefilled data breaks only `required` of fields left to fill', () => {
    fc.assert(
      fc.property(formsArb, (g) => {
        const form = caseForm(drive(g));
        const validate = ajv.compile(formSchema(form, { title: '表单' }));
        const data = prefilledData(form);
        validate(data);
        const toFill = new Set(
          fieldsOf(form)
            .filter((f) => f.source === 'applicant')
            .map((f) => f.id),
        );
        for (const error of validate.errors ?? []) {
          expect(error.keyword).toBe('required');
          expect(toFill.has(String(error.params.missingProperty))).toBe(true);
        }
        const check = checkFormData(form, data);
        const problems = check.ok ? [] : check.errors;
        for (const error of problems) {
          expect(error.code).toBe('required');
          expect(toFill.has('field' in error.params ? error.params.field : '')).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test('the schema and checkFormData agree on filled-in data', () => {
    const arb = formsArb.chain((g) => {
      const form = caseForm(drive(g));
      const fields = fieldsOf(form).filter((f) => f.source !== 'answer');
      const entries = fields.map((f) => fc.option(valueArb(f.type), { nil: undefined }));
      return fc.tuple(fc.constant(form), fc.tuple(...entries)).map(([form, values]) => {
        const data: Record<string, unknown> = { ...prefilledData(form) };
        fields.forEach((f, i) => {
          if (values[i] !== undefined) data[f.id] = values[i];
        });
        return { form, data };
      });
    });
    fc.assert(
      fc.property(arb, ({ form, data }) => {
        const validate = ajv.compile(formSchema(form, { title: '表单' }));
        // The schema cannot say what the check does of an ID number's check character and of a calendar date
        // (30 February), nor that an empty value of an optional field counts as not given.
        const special = fieldsOf(form).some(
          (f) =>
            (f.type === 'id-number' && data[f.id] === '110105194912310021') ||
            (f.type === 'date' && data[f.id] === '2026-02-30') ||
            (!f.required && (data[f.id] === null || data[f.id] === '' || Array.isArray(data[f.id]))) ||
            (f.source === 'produced' && data[f.id] !== undefined),
        );
        fc.pre(!special);
        const check = checkFormData(form, data);
        expect(check.ok).toBe(validate(data));
      }),
      RUNS,
    );
  });
});
