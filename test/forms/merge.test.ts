import { describe, expect, test } from 'vitest';
import { formSchema, prefilledData } from '../../src/forms/schema.js';
import { checkFormData } from '../../src/forms/validate.js';
import { formatFormError } from '../../src/messages/runtime.js';
import type { CaseField, CaseForm } from '../../src/model/form.js';
import { caseForm } from '../../src/outcome/index.js';
import { loadFixture, profileWith, run } from '../outcome/fixtures.js';
import { FORMS_CATALOG, FORMS_THEME } from './fixtures.js';

const theme = loadFixture(FORMS_CATALOG, FORMS_THEME);
const profile = profileWith(
  [{ licence: 'business-licence', data: { 'credit-code': '91310115MA1K000000', name: '示例餐饮有限公司' } }],
  { 'enterprise.phone': '13800000000', 'enterprise.staff': 12 },
);
const ANSWERS = { exists: true, dishes: ['hot', 'cold'], area: 120, big: true, sign: true };

function fields(form: CaseForm): CaseField[] {
  return form.sections.flatMap((s) => s.fields);
}

function field(form: CaseForm, id: string): CaseField {
  const found = fields(form).find((f) => f.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

describe('the merged form of a case', () => {
  test('lists each field once, by section in order of first use, with the items that use it', () => {
    const form = caseForm(run(theme, ANSWERS, { profile }));
    expect(form.sections.map((s) => [s.title, s.fields.map((f) => f.id)])).toEqual([
      ['申请主体', ['name', 'credit-code', 'phone']],
      ['经营场所', ['area', 'kinds', 'staff']],
      ['户外招牌', ['sign-text']],
    ]);
    expect(field(form, 'name').items).toEqual(['food', 'sign']);
    expect(field(form, 'name').forms).toEqual(['food-application', 'sign-application']);
    expect(field(form, 'sign-text').items).toEqual(['sign']);
  });

  test('prefills from the licence, the profile and the answers, and names each source', () => {
    const form = caseForm(run(theme, ANSWERS, { profile }));
    expect(field(form, 'name')).toMatchObject({ source: 'licence', value: '示例餐饮有限公司' });
    expect(field(form, 'credit-code')).toMatchObject({
      source: 'licence',
      value: '91310115MA1K000000',
      from: { licence: 'business-licence', data: 'credit-code' },
    });
    expect(field(form, 'phone')).toMatchObject({ source: 'profile', value: '13800000000' });
    expect(field(form, 'area')).toMatchObject({ source: 'answer', value: 120, from: { question: 'area' } });
    expect(field(form, 'kinds')).toMatchObject({ source: 'answer', value: ['hot', 'cold'] });
    expect(field(form, 'sign-text')).toMatchObject({ source: 'applicant' });
    expect(field(form, 'sign-text')).not.toHaveProperty('value');
    expect(form.counts).toEqual({ fields: 7, prefilled: 6, produced: 0, toFill: 1 });
  });

  test('a value produced by an earlier item of the case is filled in the flow', () => {
    const form = caseForm(run(theme, { ...ANSWERS, exists: false }));
    expect(field(form, 'credit-code')).toMatchObject({
      source: 'produced',
      from: { material: 'business-licence', item: 'company', data: 'credit-code' },
    });
    // The company's own form does not list the credit code; the name it does: the applicant fills it in.
    expect(field(form, 'name')).toMatchObject({ source: 'applicant', items: ['company', 'food', 'sign'] });
  });

  test('fields of items outside the case and of conditions that fail never appear', () => {
    const form = caseForm(run(theme, { ...ANSWERS, big: false, sign: false }, { profile }));
    const ids = fields(form).map((f) => f.id);
    expect(ids).not.toContain('sign-text');
    expect(ids).not.toContain('staff');
    expect(field(form, 'name').items).toEqual(['food']);
  });

  test('a required field is required when any item needs it; an optional one stays optional', () => {
    const form = caseForm(run(theme, ANSWERS, { profile }));
    expect(field(form, 'staff').required).toBe(false);
    expect(field(form, 'sign-text').required).toBe(true);
  });

  test('a source value the field would refuse does not prefill it', () => {
    const odd = profileWith([], { 'enterprise.phone': '12345' });
    const form = caseForm(run(theme, ANSWERS, { profile: odd }));
    expect(field(form, 'phone').source).toBe('applicant');
  });
});

describe('the JSON Schema and the check of filled-in data', () => {
  const form = caseForm(run(theme, ANSWERS, { profile }));
  const schema = formSchema(form, { title: '开店 · 一表申请' });

  test('the schema has one property per field, in order, with sections as annotations', () => {
    expect(Object.keys(schema.properties as object)).toEqual([
      'name',
      'credit-code',
      'phone',
      'area',
      'kinds',
      'staff',
      'sign-text',
    ]);
    expect(schema['x-tongban-sections']).toEqual([
      { title: '申请主体', fields: ['name', 'credit-code', 'phone'] },
      { title: '经营场所', fields: ['area', 'kinds', 'staff'] },
      { title: '户外招牌', fields: ['sign-text'] },
    ]);
    expect(schema.required).toEqual(['name', 'credit-code', 'phone', 'area', 'kinds', 'sign-text']);
  });

  test('the prefilled data passes except for what the applicant must fill in', () => {
    const data = prefilledData(form);
    const result = checkFormData(form, data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.pointer, e.code, e.message])).toEqual([
      ['/sign-text', 'required', '请填写“招牌文字”'],
    ]);
    const filled = checkFormData(form, { ...data, 'sign-text': '示例面馆' });
    expect(filled).toEqual({ ok: true, data: { ...data, 'sign-text': '示例面馆' } });
  });

  test('wrong values are refused with located, translated errors', () => {
    const data = {
      ...prefilledData(form),
      phone: '123',
      'sign-text': 'x'.repeat(51),
      staff: -1.5,
      area: 99,
      extra: 1,
    };
    const result = checkFormData(form, data);
    if (result.ok) throw new Error('accepted');
    expect(result.errors.map((e) => [e.pointer, e.code])).toEqual([
      ['/phone', 'format'],
      ['/area', 'fixed'],
      ['/sign-text', 'out-of-range'],
      ['/extra', 'unknown-field'],
    ]);
    const [phone, , sign] = result.errors;
    expect(phone?.message).toBe('“联系电话”格式不正确：请填写手机号码或带区号的固定电话');
    expect(sign && formatFormError(sign, 'en')).toBe('"招牌文字": Enter at most 50 characters');
  });
});
