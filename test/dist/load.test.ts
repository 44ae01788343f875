/**
 * `tongban/load` from the built package: YAML text to a compiled theme, located diagnostics (from the schema
 * validators generated at build time and from the load checks), profiles and scenario files.
 */
import { readFileSync } from 'node:fs';
import {
  checkSchema,
  DIAGNOSTIC_CODES,
  loadCatalog,
  loadProfile,
  loadScenarios,
  loadTheme,
  Reporter,
} from 'tongban/load';
import { describe, expect, test } from 'vitest';
import { at } from './support.js';

const read = (path: string) => ({ file: path, text: readFileSync(at(path), 'utf8') });
const CATALOG = read('test/fixtures/broken/_base/catalog.yaml');
const MINIMAL = read('test/fixtures/broken/_base/minimal.yaml');

function catalog() {
  const loaded = loadCatalog([CATALOG]);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.catalog;
}

describe('tongban/load', () => {
  test('loads a theme from text: plain, frozen, hashed, located', () => {
    const loaded = loadTheme(MINIMAL, catalog());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const { theme } = loaded;
    expect(theme).toMatchObject({
      format: 'tongban/theme@1',
      id: 'shop',
      hash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(Object.isFrozen(theme)).toBe(true);
    expect(JSON.parse(JSON.stringify(theme))).toStrictEqual(theme);
    expect(theme.locations['question:cooking']).toMatchObject({ file: MINIMAL.file, line: 7, column: 5 });
  });

  test('a schema error and a check error come back located, with stable codes; nothing half-loads', () => {
    const text = MINIMAL.text
      .replace('version: "1"', 'version: 1')
      .replace('type: yes-no', 'type: yes-no\n    when: { fact: nowhere, operator: equal, value: 1 }');
    const wrongType = loadTheme({ file: 'wrong.yaml', text }, catalog());
    expect(wrongType.ok).toBe(false);
    expect(wrongType.diagnostics[0]).toMatchObject({
      code: 'wrong-type',
      file: 'wrong.yaml',
      line: 4,
      column: 10,
    });
    const unknownFact = loadTheme(
      { file: 'fact.yaml', text: text.replace('version: 1', 'version: "1"') },
      catalog(),
    );
    expect(unknownFact).toMatchObject({ ok: false, diagnostics: [{ code: 'unknown-fact', line: 10 }] });
    for (const d of [...wrongType.diagnostics, ...unknownFact.diagnostics])
      expect(DIAGNOSTIC_CODES).toContain(d.code);
  });

  test('checkSchema uses the generated validators for every kind of file', () => {
    const reporter = new Reporter('x.yaml', () => ({ line: 1, column: 1 }));
    expect(checkSchema('profile', { kind: 'person' }, reporter)).toBe(true);
    expect(checkSchema('catalog', { departments: [] }, reporter)).toBe(false);
    expect(checkSchema('scenario', {}, reporter)).toBe(false);
    expect(checkSchema('theme', { id: 'Bad Id' }, reporter)).toBe(false);
    expect(new Set(reporter.diagnostics.map((d) => d.code))).toEqual(
      new Set(['wrong-type', 'missing-key', 'invalid-id']),
    );
  });

  test('loads profiles and scenario files', () => {
    const profile = loadProfile(read('examples/profiles/shanghai-resident.yaml'));
    expect(profile.ok && profile.profile.kind).toBe('person');
    const scenarios = loadScenarios(read('test/fixtures/scenarios/pass.test.yaml'));
    expect(scenarios.ok && scenarios.file.scenarios.length).toBeGreaterThan(1);
    const broken = loadScenarios(read('test/fixtures/scenarios/broken.test.yaml'));
    expect(broken.ok).toBe(false);
  });
});
