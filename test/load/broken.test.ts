import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Catalog,
  formatDiagnostic,
  formatHint,
  loadCatalog,
  loadTheme,
  type Source,
} from '../../src/load/index.js';
import { messageOf } from '../../src/messages/index.js';
import type { Diagnostic, DiagnosticCode, Severity } from '../../src/model/diagnostic.js';
import { readSource } from '../../src/node/files.js';
import { englishProblems } from '../support/params.js';

/**
 * The corpus of broken files in test/fixtures/broken: each has one problem, and each loads to exactly one
 * diagnostic at the place an author would look. Themes load against _base/catalog.yaml; catalog fixtures
 * (named catalog-*) load together with it, as a second catalog file.
 */

const DIR = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));
const BASE_CATALOG = '_base/catalog.yaml';

/** Reads a fixture; its `file` is the path below test/fixtures/broken, as diagnostics show it. */
function fixture(name: string): Source {
  return { file: name, text: readFileSync(join(DIR, name), 'utf8') };
}

function baseCatalog(): Catalog {
  const result = loadCatalog([fixture(BASE_CATALOG)]);
  if (!result.ok) throw new Error(`the base catalog does not load: ${JSON.stringify(result.diagnostics)}`);
  return result.catalog;
}

interface Case {
  readonly fixture: string;
  readonly code: DiagnosticCode;
  /** `line:column`, counted by hand in the fixture (or in `file`). */
  readonly at: `${number}:${number}`;
  /** The file the diagnostic points into, when not the fixture itself. */
  readonly file?: string;
  /** The hint, when one is expected; otherwise the diagnostic must have none. */
  readonly hint?: string;
  /** A part of the message that matters (a key name, a cycle). */
  readonly says?: string;
  readonly severity?: Severity;
}

const THEMES: readonly Case[] = [
  // reading the file
  { fixture: 'yaml-syntax-indent.yaml', code: 'yaml-syntax', at: '9:1', says: '列表项前的“- ”' },
  { fixture: 'yaml-syntax-tab.yaml', code: 'yaml-syntax', at: '11:1', says: '不能用 Tab 缩进，请改用空格' },
  { fixture: 'yaml-syntax-unclosed-quote.yaml', code: 'yaml-syntax', at: '3:11', says: '引号或括号没有闭合' },
  { fixture: 'yaml-syntax-unclosed-flow.yaml', code: 'yaml-syntax', at: '10:1', says: '缩进不一致' },
  {
    fixture: 'yaml-syntax-two-documents.yaml',
    code: 'yaml-syntax',
    at: '13:1',
    says: '一个文件只能写一个文档',
  },
  { fixture: 'yaml-duplicate-key.yaml', code: 'yaml-duplicate-key', at: '6:1', says: '重复的键“title”' },
  { fixture: 'yaml-alias-limit.yaml', code: 'yaml-alias-limit', at: '3:8' },
  { fixture: 'yaml-too-deep.yaml', code: 'yaml-too-deep', at: '3:70' },
  { fixture: 'not-a-mapping-list.yaml', code: 'not-a-mapping', at: '2:1', says: '列表' },
  { fixture: 'not-a-mapping-empty.yaml', code: 'not-a-mapping', at: '1:1' },
  { fixture: 'forbidden-key-proto.yaml', code: 'forbidden-key', at: '10:5', says: '__proto__' },
  { fixture: 'forbidden-key-constructor.yaml', code: 'forbidden-key', at: '11:3', says: 'constructor' },
  { fixture: 'forbidden-key-prototype.yaml', code: 'forbidden-key', at: '16:13', says: 'prototype' },
  // schema
  { fixture: 'unknown-key.yaml', code: 'unknown-key', at: '9:5', hint: '是否想写“options”？' },
  { fixture: 'missing-key.yaml', code: 'missing-key', at: '7:5', says: '“ask”' },
  { fixture: 'wrong-type-version.yaml', code: 'wrong-type', at: '4:10', hint: '请给值加引号，例如 "2025.1"' },
  { fixture: 'wrong-type-min.yaml', code: 'wrong-type', at: '10:10' },
  { fixture: 'invalid-value-audience.yaml', code: 'invalid-value', at: '5:11', says: 'person、enterprise' },
  { fixture: 'invalid-value-date-bound.yaml', code: 'invalid-value', at: '10:10', says: '2025-13-01' },
  { fixture: 'invalid-id.yaml', code: 'invalid-id', at: '7:9', says: 'Purpose_1' },
  { fixture: 'invalid-id-option.yaml', code: 'invalid-id', at: '10:7', says: 'Company' },
  { fixture: 'misplaced-key-options.yaml', code: 'misplaced-key', at: '10:5', says: '“options”' },
  { fixture: 'misplaced-key-unit.yaml', code: 'misplaced-key', at: '9:5', says: '“unit”' },
  // linking
  { fixture: 'duplicate-id.yaml', code: 'duplicate-id', at: '10:9', says: '“cooking”' },
  { fixture: 'reserved-id-all.yaml', code: 'reserved-id', at: '7:9', says: '“all”' },
  { fixture: 'reserved-id-today.yaml', code: 'reserved-id', at: '7:9', says: '“today”' },
  { fixture: 'unknown-item.yaml', code: 'unknown-item', at: '11:3', hint: '是否想写“signboard”？' },
  { fixture: 'unknown-fact.yaml', code: 'unknown-fact', at: '16:13', hint: '是否想写“cooking”？' },
  {
    fixture: 'unknown-fact-prefill.yaml',
    code: 'unknown-fact',
    at: '9:14',
    hint: '是否想写“enterprise.kind”？',
  },
  // The theme includes an item whose catalog condition reads a question the theme lacks: the diagnostic
  // points into the catalog file, where `area` is read.
  {
    fixture: 'unknown-fact-in-catalog.yaml',
    code: 'unknown-fact',
    at: '27:22',
    file: BASE_CATALOG,
    says: '“area”',
  },
  { fixture: 'unknown-option.yaml', code: 'unknown-option', at: '11:30', hint: '是否想写“company”？' },
  {
    fixture: 'unknown-operator.yaml',
    code: 'unknown-operator',
    at: '11:32',
    hint: '是否想写“greaterThan”？',
  },
  {
    fixture: 'unknown-operator-full.yaml',
    code: 'unknown-operator',
    at: '12:35',
    hint: '是否想写“greaterThan”？',
  },
  {
    fixture: 'unknown-condition.yaml',
    code: 'unknown-condition',
    at: '13:35',
    hint: '是否想写“wants-sign”？',
  },
  { fixture: 'condition-cycle.yaml', code: 'condition-cycle', at: '11:3', says: 'big → busy → big' },
  { fixture: 'invalid-condition-mixed.yaml', code: 'invalid-condition', at: '14:22', says: '单独' },
  { fixture: 'invalid-condition-full.yaml', code: 'invalid-condition', at: '11:22', says: '缺少 operator' },
  { fixture: 'trigger-reads-question.yaml', code: 'trigger-reads-question', at: '14:13' },
  {
    fixture: 'forward-reference.yaml',
    code: 'forward-reference',
    at: '10:13',
    hint: '把“kind”移到“cooking”之前，或删去这个条件',
  },
  { fixture: 'self-reference.yaml', code: 'self-reference', at: '10:13' },
  // `contains` cannot apply to a single choice at all: the operator is what to change.
  {
    fixture: 'value-type-mismatch-contains.yaml',
    code: 'value-type-mismatch',
    at: '11:32',
    says: 'contains',
  },
  { fixture: 'value-type-mismatch-yes-no.yaml', code: 'value-type-mismatch', at: '11:33', says: '"yes"' },
  { fixture: 'value-type-mismatch-number.yaml', code: 'value-type-mismatch', at: '11:45', says: '"一百"' },
  { fixture: 'unsupported-path.yaml', code: 'unsupported-path', at: '12:45', says: '$..district' },
  { fixture: 'exclusive-option-two.yaml', code: 'exclusive-option', at: '13:14', says: '至多有一个' },
  { fixture: 'exclusive-option-single.yaml', code: 'exclusive-option', at: '11:46', says: '单选题' },
  { fixture: 'prefill-mismatch.yaml', code: 'prefill-mismatch', at: '9:14', says: 'individual' },
  { fixture: 'empty-range.yaml', code: 'empty-range', at: '10:10' },
];

const CATALOGS: readonly Case[] = [
  { fixture: 'catalog-not-a-mapping.yaml', code: 'not-a-mapping', at: '2:1' },
  { fixture: 'catalog-missing-key.yaml', code: 'missing-key', at: '3:3', says: '“level”' },
  { fixture: 'catalog-invalid-value-form.yaml', code: 'invalid-value', at: '3:32', hint: '是否想写“原件”？' },
  {
    fixture: 'catalog-duplicate-id.yaml',
    code: 'duplicate-id',
    at: '3:3',
    says: '另见 _base/catalog.yaml:7',
  },
  {
    fixture: 'catalog-unknown-department.yaml',
    code: 'unknown-department',
    at: '5:17',
    hint: '是否想写“market”？',
  },
  { fixture: 'catalog-unknown-venue.yaml', code: 'unknown-venue', at: '5:24' },
  { fixture: 'catalog-unknown-licence.yaml', code: 'unknown-licence', at: '3:36' },
  {
    fixture: 'catalog-unknown-material.yaml',
    code: 'unknown-material',
    at: '5:35',
    hint: '是否想写“floor-plan”？',
  },
  {
    fixture: 'catalog-unknown-item.yaml',
    code: 'unknown-item',
    at: '5:13',
    hint: '是否想写“food-licence”？',
  },
  { fixture: 'catalog-unknown-derivation.yaml', code: 'unknown-derivation', at: '3:62' },
  {
    fixture: 'catalog-unknown-fact-derive.yaml',
    code: 'unknown-fact',
    at: '3:86',
    says: 'enterprise.opened',
  },
  {
    fixture: 'catalog-value-type-mismatch-derive.yaml',
    code: 'value-type-mismatch',
    at: '3:63',
    says: 'years-since',
  },
  { fixture: 'catalog-variant-default.yaml', code: 'variant-default', at: '7:11', says: '最后一项' },
  {
    fixture: 'catalog-variant-default-middle.yaml',
    code: 'variant-default',
    at: '6:9',
    says: '除最后一项外',
  },
  {
    fixture: 'catalog-item-cycle.yaml',
    code: 'item-cycle',
    at: '3:3',
    says: 'fire-check → health-check → fire-check',
  },
];

/** The one diagnostic of a result, checked against its case. */
function expectOne(diagnostics: readonly Diagnostic[], c: Case): void {
  const shown = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
  expect(shown, 'exactly one problem').toHaveLength(1);
  const d = diagnostics[0] as Diagnostic;
  expect({
    code: d.code,
    severity: d.severity,
    file: d.file,
    at: `${d.line}:${d.column}`,
    hint: d.hint,
  }).toEqual({
    code: c.code,
    severity: c.severity ?? 'error',
    file: c.file ?? c.fixture,
    at: c.at,
    hint: c.hint,
  });
  expect(d.message).toBe(messageOf(d.code, d.params));
  if (c.says !== undefined) expect(d.message).toContain(c.says);
  // Params as their code's spec describes them; in English, no Chinese but what the file itself says.
  expect(englishProblems(d, (lang) => `${formatDiagnostic(d, lang)} ${formatHint(d, lang) ?? ''}`)).toEqual(
    [],
  );
}

describe('the base files', () => {
  test('the base catalog loads with no diagnostics', () => {
    const result = loadCatalog([fixture(BASE_CATALOG)]);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test.each(['_base/theme.yaml', '_base/minimal.yaml'])('%s loads with no diagnostics', (name) => {
    const result = loadTheme(fixture(name), baseCatalog());
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('broken themes', () => {
  const catalog = baseCatalog();
  test.each(THEMES.map((c) => [c.fixture, c] as const))('%s', (_, c) => {
    const result = loadTheme(fixture(c.fixture), catalog);
    expect(result.ok).toBe((c.severity ?? 'error') === 'warning');
    expectOne(result.diagnostics, c);
  });
});

describe('broken catalogs (loaded with the base catalog)', () => {
  test.each(CATALOGS.map((c) => [c.fixture, c] as const))('%s', (_, c) => {
    const result = loadCatalog([fixture(BASE_CATALOG), fixture(c.fixture)]);
    expect(result.ok).toBe((c.severity ?? 'error') === 'warning');
    expectOne(result.diagnostics, c);
  });
});

describe('problems that are built in the test', () => {
  const catalog = baseCatalog();
  const minimal = fixture('_base/minimal.yaml').text;

  test('input-too-large: a text over the 2 MB default, and over a configured limit', () => {
    const huge = `${minimal}# ${'长'.repeat(2 * 1024 * 1024)}\n`;
    const result = loadTheme({ file: 'huge.yaml', text: huge }, catalog);
    expect(result.ok).toBe(false);
    expectOne(result.diagnostics, { fixture: 'huge.yaml', code: 'input-too-large', at: '1:1' });
    const limited = loadTheme({ file: 'small.yaml', text: minimal }, catalog, { maxBytes: 100 });
    expectOne(limited.diagnostics, {
      fixture: 'small.yaml',
      code: 'input-too-large',
      at: '1:1',
      says: '100',
    });
    const catalogResult = loadCatalog([{ file: 'huge-catalog.yaml', text: huge }]);
    expectOne(catalogResult.diagnostics, {
      fixture: 'huge-catalog.yaml',
      code: 'input-too-large',
      at: '1:1',
    });
  });

  describe('files on disk', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'tongban-broken-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    test('invalid-encoding: bytes that are not UTF-8 are refused by readSource', async () => {
      const file = join(dir, 'latin1.yaml');
      // `title: café` written in Latin-1: 0xE9 alone is not UTF-8.
      await writeFile(
        file,
        Buffer.concat([Buffer.from('id: shop\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
      );
      const read = await readSource(file);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      // readSource cannot say where the bad byte is: it reports the whole file.
      expect(read.diagnostic).toMatchObject({ code: 'invalid-encoding', file, line: 1, column: 1 });
    });

    test('invalid-encoding: text decoded leniently points at the first bad byte', () => {
      const bytes = Buffer.concat([
        Buffer.from('id: shop\ntitle: caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]);
      const text = new TextDecoder('utf-8').decode(bytes);
      const result = loadTheme({ file: 'latin1.yaml', text }, catalog);
      expectOne(result.diagnostics, { fixture: 'latin1.yaml', code: 'invalid-encoding', at: '2:11' });
    });

    test('invalid-encoding: a NUL byte marks a binary file', async () => {
      const file = join(dir, 'binary.yaml');
      await writeFile(file, Buffer.from([0x69, 0x64, 0x3a, 0x00]));
      const read = await readSource(file);
      expect(read.ok ? undefined : read.diagnostic.code).toBe('invalid-encoding');
    });

    test('input-too-large: readSource checks the size before reading', async () => {
      const file = join(dir, 'big.yaml');
      await writeFile(file, minimal);
      const read = await readSource(file, 64);
      expect(read.ok ? undefined : read.diagnostic).toMatchObject({
        code: 'input-too-large',
        line: 1,
        column: 1,
      });
    });

    test('unreadable-file: a missing file and a folder', async () => {
      const missing = await readSource(join(dir, 'missing.yaml'));
      expect(missing.ok ? undefined : missing.diagnostic.code).toBe('unreadable-file');
      const folder = await readSource(dir);
      expect(folder.ok ? undefined : folder.diagnostic.code).toBe('unreadable-file');
    });
  });

  test('not-a-mapping: a file of zero bytes', () => {
    const result = loadTheme({ file: 'empty.yaml', text: '' }, catalog);
    expectOne(result.diagnostics, { fixture: 'empty.yaml', code: 'not-a-mapping', at: '1:1' });
  });

  test('yaml-too-deep: thousands of levels do not overflow the stack', () => {
    const text = `id: shop\ndeep: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const result = loadTheme({ file: 'deep.yaml', text }, catalog);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['yaml-too-deep']);
    expect(result.diagnostics[0]?.line).toBe(2);
  });

  test('duplicate-id: a catalog id repeated in a second catalog file points back at the first', () => {
    const result = loadCatalog([fixture(BASE_CATALOG), fixture('catalog-duplicate-id.yaml')]);
    expect(result.diagnostics[0]?.params).toMatchObject({
      kind: 'venue',
      id: 'hall',
      other: `${BASE_CATALOG}:7`,
    });
  });

  test('item-cycle: an item written after itself', () => {
    const text = 'items:\n  fire-check:\n    name: 消防安全检查\n    after: [fire-check]\n';
    const result = loadCatalog([fixture(BASE_CATALOG), { file: 'self.yaml', text }]);
    expectOne(result.diagnostics, {
      fixture: 'self.yaml',
      code: 'item-cycle',
      at: '4:13',
      says: 'fire-check → fire-check',
    });
  });

  test('exclusive-option: `exclusive: false` makes no option exclusive', () => {
    const text = minimal.replace(
      '  - id: cooking\n    ask: 是否现场制作食品？\n    type: yes-no\n',
      '  - id: extras\n    ask: 还需要？\n    type: multiple\n    options:\n      a: { label: 甲, exclusive: false }\n      b: { label: 乙, exclusive: false }\n',
    );
    expect(text).not.toBe(minimal);
    const result = loadTheme({ file: 'excl.yaml', text }, catalog);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('the corpus covers every load-time code', () => {
  test('each code a theme or catalog file can produce has a case', () => {
    const covered = new Set<DiagnosticCode>([
      ...THEMES.map((c) => c.code),
      ...CATALOGS.map((c) => c.code),
      'input-too-large',
      'invalid-encoding',
      'unreadable-file',
    ]);
    const loadTime: DiagnosticCode[] = [
      'unreadable-file',
      'input-too-large',
      'invalid-encoding',
      'yaml-syntax',
      'yaml-duplicate-key',
      'yaml-alias-limit',
      'yaml-too-deep',
      'not-a-mapping',
      'forbidden-key',
      'unknown-key',
      'missing-key',
      'wrong-type',
      'invalid-value',
      'invalid-id',
      'misplaced-key',
      'duplicate-id',
      'reserved-id',
      'unknown-department',
      'unknown-venue',
      'unknown-licence',
      'unknown-material',
      'unknown-item',
      // 'unknown-question' is not reported by the loader: questions are facts, so a condition naming a
      // missing question is an unknown-fact.
      'unknown-fact',
      'unknown-option',
      'unknown-operator',
      'unknown-condition',
      'unknown-derivation',
      'condition-cycle',
      'invalid-condition',
      'trigger-reads-question',
      'forward-reference',
      'self-reference',
      'value-type-mismatch',
      'unsupported-path',
      'variant-default',
      'item-cycle',
      'exclusive-option',
      'prefill-mismatch',
      'empty-range',
    ];
    expect(loadTime.filter((code) => !covered.has(code))).toEqual([]);
  });

  test('every fixture file is in the table, with a leading comment', async () => {
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(DIR)).filter((f) => f.endsWith('.yaml')).sort();
    const listed = [...THEMES, ...CATALOGS].map((c) => c.fixture).sort();
    expect(files).toEqual(listed);
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files) expect(readFileSync(join(DIR, file), 'utf8'), file).toMatch(/^# 错误：/);
  });
});
