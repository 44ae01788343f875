import { describe, expect, test } from 'vitest';
import { applicationPackage } from '../../src/outcome/application.js';
import { outcome } from '../../src/outcome/index.js';
import { start } from '../../src/session/index.js';
import { loadFixture, profileWith, run } from '../outcome/fixtures.js';
import { FORMS_CATALOG, FORMS_THEME } from './fixtures.js';

const theme = loadFixture(FORMS_CATALOG, FORMS_THEME);
const profile = profileWith(
  [{ licence: 'business-licence', data: { 'credit-code': '91310115MA1K000000', name: '示例餐饮有限公司' } }],
  { 'enterprise.phone': '13800000000', 'enterprise.staff': 12 },
);
const ANSWERS = { exists: true, dishes: ['hot', 'cold'], area: 120, big: true, sign: true };

describe('the application package of a case', () => {
  test('holds the theme, the case, the answers, the normalised data and the material checklist', () => {
    const session = run(theme, ANSWERS, { profile });
    const result = applicationPackage(session, { 'sign-text': '示例小馆' });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { application } = result;
    const whole = outcome(session);
    expect(application.format).toBe('tongban/application@1');
    expect(application.theme).toEqual(whole.theme);
    expect(application.case).toEqual({ key: whole.case?.key, label: whole.case?.label });
    expect(application.answers).toEqual(ANSWERS);
    expect(application.prefilled).toEqual([]);
    // The prefilled values join what the citizen typed.
    expect(application.data).toMatchObject({
      'credit-code': '91310115MA1K000000',
      phone: '13800000000',
      area: 120,
      'sign-text': '示例小馆',
    });
    expect(application.materials.map((m) => [m.id, m.status])).toEqual(
      whole.materials.map((m) => [m.id, m.status]),
    );
    // Plain JSON: what is written is what is read back.
    expect(JSON.parse(JSON.stringify(application))).toEqual(application);
  });

  test('gives the located form errors instead of a package, and nothing for an unfinished questionnaire', () => {
    const session = run(theme, ANSWERS, { profile });
    const refused = applicationPackage(session, { 'sign-text': '', nonsense: 1 });
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.reason !== 'form') throw new Error('expected form errors');
    expect(refused.errors.map((e) => [e.code, e.pointer])).toEqual([
      ['required', '/sign-text'],
      ['unknown-field', '/nonsense'],
    ]);
    expect(refused.errors[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(applicationPackage(start(theme, { profile }), {})).toEqual({ ok: false, reason: 'incomplete' });
  });
});
