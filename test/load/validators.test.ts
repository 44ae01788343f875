/**
 * The JSON Schema validators generated at build time (scripts/generate-validators.mjs) check exactly what ajv
 * compiling the schemas checks, and collect errors in linear time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import { catalog, profile, scenario, theme } from '../../src/load/generated/validators.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KINDS = ['theme', 'catalog', 'profile', 'scenario'] as const;
const generated = { theme, catalog, profile, scenario };

function schema(file: string): object {
  return JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')) as object;
}

/** The same schemas compiled by ajv in this process, with the options the generator uses. */
function compiled(): Record<(typeof KINDS)[number], ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  ajv.addSchema(schema('common.schema.json'), 'common.schema.json');
  ajv.addSchema(schema('profile.schema.json'), 'profile.schema.json');
  return {
    theme: ajv.compile(schema('theme.schema.json')),
    catalog: ajv.compile(schema('catalog.schema.json')),
    profile: ajv.getSchema('profile.schema.json') as ValidateFunction,
    scenario: ajv.compile(schema('scenario.schema.json')),
  };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** What a diagnostic is made of: the errors as the loader reads them. */
function essentials(errors: readonly ErrorObject[] | null | undefined) {
  return (errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    params: e.params,
    propertyName: e.propertyName,
    data: e.data,
    parentSchema: e.parentSchema,
  }));
}

describe('generated validators', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('agree with ajv compiling the schemas on every bundled, example and fixture file, as every kind', () => {
    const reference = compiled();
    const files = [
      ...yamlFiles(join(ROOT, 'themes')),
      ...yamlFiles(join(ROOT, 'examples')),
      ...yamlFiles(join(ROOT, 'test/fixtures/broken')),
      ...yamlFiles(join(ROOT, 'test/fixtures/scenarios')),
    ];
    expect(files.length).toBeGreaterThan(80);
    let rejected = 0;
    for (const file of files) {
      let value: unknown;
      try {
        value = parse(readFileSync(file, 'utf8'));
      } catch {
        continue; // YAML errors: the loader reports them before any schema check.
      }
      for (const kind of KINDS) {
        const expected = reference[kind](value);
        const actual = generated[kind](value);
        expect(actual, `${relative(ROOT, file)} as ${kind}`).toBe(expected);
        expect(essentials(generated[kind].errors), `${relative(ROOT, file)} as ${kind}`).toEqual(
          essentials(reference[kind].errors),
        );
        if (!actual) rejected++;
      }
    }
    // Not vacuous: most files are the wrong kind for most validators, and the broken fixtures are broken.
    expect(rejected).toBeGreaterThan(files.length);
  });

  test('collect the errors of referenced schemas without copying them (never Array#concat)', () => {
    const n = 2_000;
    const big = {
      id: 'big',
      title: '大',
      version: '1',
      audience: 'person',
      items: { signboard: 'always' },
      questions: [
        {
          id: 'kind',
          ask: '类型？',
          // Every option and every member of the condition fails its referenced schema.
          options: Object.fromEntries(Array.from({ length: n }, (_, i) => [`o${i}`, [i]])),
          when: { all: Array.from({ length: n }, () => ({ fact: 1 })) },
        },
      ],
    };
    const concat = vi.spyOn(Array.prototype, 'concat');
    expect(generated.theme(big)).toBe(false);
    const calls = concat.mock.calls.length;
    concat.mockRestore();
    expect(generated.theme.errors?.length).toBeGreaterThanOrEqual(2 * n);
    expect(calls).toBe(0);
    // The same check sees ajv's own merge, which copies the errors found so far at each failing reference.
    const reference = compiled();
    const spied = vi.spyOn(Array.prototype, 'concat');
    reference.theme(big);
    expect(spied.mock.calls.length).toBeGreaterThanOrEqual(n);
  });

  test('count string lengths in code points as ajv does, near every limit (the UTF-16 length decides first)', () => {
    const reference = compiled();
    // Units that are one code point each, two units that make one (an astral character) and lone surrogates.
    const unit = fc.constantFrom('a', '文', '😀', '\ud800', '\udc00');
    const text = (max: number) => fc.array(unit, { maxLength: max }).map((parts) => parts.join(''));
    const unitOf = fc.oneof(text(25), fc.constant(''));
    const label = fc.oneof(
      text(8),
      text(1_010).map((t) => t.repeat(2)),
    );
    fc.assert(
      fc.property(unitOf, label, (unitText, labelText) => {
        // `unit` is 1–20 code points, `label` 1–2000 (common.schema.json's text).
        const value = { facts: { 'person.area': { label: labelText, type: 'number', unit: unitText } } };
        const expected = reference.catalog(value);
        expect(catalog(value)).toBe(expected);
        expect(essentials(catalog.errors)).toEqual(essentials(reference.catalog.errors));
      }),
      { numRuns: 300 },
    );
  });
});
