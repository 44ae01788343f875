import { describe, expect, test } from 'vitest';
import { outcome } from '../../src/outcome/index.js';
import {
  FULL_ANSWERS,
  loadFixture,
  profileWith,
  RESTAURANT_CATALOG,
  RESTAURANT_THEME,
  run,
} from './fixtures.js';
import { validateOutcome } from './schema-validator.js';

const theme = loadFixture(RESTAURANT_CATALOG, RESTAURANT_THEME);

describe('schemas/outcome.schema.json', () => {
  const cases = {
    complete: run(theme, FULL_ANSWERS, { profile: profileWith([{ licence: 'id-card' }]) }),
    blocked: run(theme, { ...FULL_ANSWERS, building: 'residential', flue: false }),
    'not-needed': run(theme, { 'company-exists': false, kind: 'prepacked' }),
    partial: run(theme, { 'company-exists': false, kind: 'cook' }),
    prefilled: run(
      theme,
      { kind: 'cook', dishes: ['hot'], area: 40, building: 'street', sign: false, tobacco: false },
      {
        profile: profileWith([], { 'enterprise.registered': true }),
      },
    ),
  };
  for (const [name, session] of Object.entries(cases)) {
    test(`a ${name} outcome conforms`, () => {
      expect(validateOutcome(outcome(session))).toEqual([]);
    });
  }

  test('the schema is strict: extra members and missing members are refused', () => {
    const o = outcome(cases.complete);
    expect(validateOutcome({ ...o, extra: 1 })).not.toEqual([]);
    const { merge: _merge, ...missing } = o;
    expect(validateOutcome(missing)).not.toEqual([]);
    const material = { ...o.materials[0], status: 'lost' };
    expect(validateOutcome({ ...o, materials: [material] })).not.toEqual([]);
  });
});
