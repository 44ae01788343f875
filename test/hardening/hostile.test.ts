/**
 * Hostile input: every file of the corpus in test/fixtures/hostile (small, committed) and every file built
 * here (large or deep, not committed) loads to located diagnostics — a known code, the file, line ≥ 1 and
 * column ≥ 1 — within a fixed time and a bounded heap, never reaches a built-in prototype, and never throws.
 * Each goes through the library (`loadTheme`, `loadCatalog`, `loadProfile`, `loadScenarios`, and
 * `parseSource` for answer files: its own loader with its expected codes and position, and every other one
 * for robustness) and through the command line (`run(['validate', file], io)`; `run --answers` for answer
 * files). The corpus table says, for each file, the codes its own loader must report and where.
 *
 * No wall-clock bound: a busy machine (other test files, a second `npm test`) slows everything alike. Each
 * load is compared instead with a baseline measured just before it on the same machine — a plain `yaml` parse
 * of the same text plus one of a fixed 256 KB document (`expectWithinBaseline`): a blow-up (an alias bomb
 * expanded, a quadratic check) is many times over it, an ordinary load is not. The largest times and heap
 * growths are printed at the end; `npm run bench` keeps the figures that matter for speed.
 */
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { run } from '../../src/cli/run.js';
import {
  type Catalog,
  loadCatalog,
  loadProfile,
  loadTheme,
  type ParseLimits,
  parseMapping,
  type Source,
} from '../../src/load/index.js';
import type { Diagnostic, DiagnosticCode } from '../../src/model/diagnostic.js';
import { readSource } from '../../src/node/files.js';
import { outcome } from '../../src/outcome/index.js';
import { loadScenarios } from '../../src/scenarios/read.js';
import { restore, serialize, start } from '../../src/session/index.js';
import { bufferIO } from '../cli/io.js';
import {
  baselineMs,
  expectLocated,
  expectNoPollution,
  expectNoStackTrace,
  expectWithinBaseline,
  largestRatio,
  Maxima,
  measure,
  measureAsync,
  time,
  WORK_FACTOR,
} from './support.js';

/** Heap still held after a load (the result kept, garbage collected). */
const RETAINED_MB = 200;
/** Heap growth right after a load, garbage included (a lower bound of the peak). */
const HEAP_MB = 1_500;

const DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const BASE_CATALOG: Source = {
  file: 'catalog/base.yaml',
  text: readFileSync(join(DIR, 'catalog/base.yaml'), 'utf8'),
};
const MINIMAL = readFileSync(
  fileURLToPath(new URL('../fixtures/broken/_base/minimal.yaml', import.meta.url)),
  'utf8',
);

function baseCatalog(): Catalog {
  const result = loadCatalog([BASE_CATALOG]);
  if (!result.ok) throw new Error(`the base catalog does not load: ${JSON.stringify(result.diagnostics)}`);
  return result.catalog;
}
const catalog = baseCatalog();

type Kind = 'theme' | 'catalog' | 'profile' | 'scenario' | 'answers';
const KINDS: readonly Kind[] = ['theme', 'catalog', 'profile', 'scenario', 'answers'];

interface Hostile {
  /** The file name diagnostics carry (the path under test/fixtures/hostile for committed files). */
  readonly name: string;
  readonly kind: Kind;
  /** The bytes of the file; the library gets them decoded leniently, as a browser's TextDecoder would. */
  readonly bytes: Buffer;
  /** The codes reported by its own loader, exactly (as a set). Empty: it loads. */
  readonly codes: readonly DiagnosticCode[];
  /** The position of its first diagnostic in reading order. */
  readonly at?: `${number}:${number}`;
  /** The number of diagnostics, when it matters. */
  readonly count?: number;
  /** Limits given to the library (the command line always uses the defaults). */
  readonly limits?: ParseLimits;
  /** The codes the command line reports, when not `codes` (it reads bytes strictly, with default limits). */
  readonly cliCodes?: readonly DiagnosticCode[];
}

const maxima = new Maxima();

// ---------------------------------------------------------------------------------------------------------
// The corpus: committed files

const committed = (
  name: string,
  kind: Kind,
  expected: Omit<Hostile, 'name' | 'kind' | 'bytes'>,
): Hostile => ({
  name,
  kind,
  bytes: readFileSync(join(DIR, name)),
  ...expected,
});

const COMMITTED: readonly Hostile[] = [
  committed('billion-laughs.yaml', 'theme', { codes: ['yaml-alias-limit'], at: '7:8', count: 1 }),
  committed('alias-fanout.yaml', 'theme', { codes: ['yaml-alias-limit'], at: '11:34', count: 1 }),
  committed('proto-keys.yaml', 'theme', { codes: ['forbidden-key'], at: '3:1', count: 18 }),
  committed('proto-values.yaml', 'theme', {
    codes: ['unknown-condition', 'unknown-fact', 'unknown-option', 'unknown-operator'],
    at: '8:23',
    count: 8,
  }),
  committed('proto-ids.yaml', 'theme', { codes: ['invalid-id'], at: '3:5', count: 6 }),
  committed('proto-question-id.yaml', 'theme', { codes: ['reserved-id'], at: '8:9', count: 2 }),
  committed('duplicate-keys.yaml', 'theme', { codes: ['yaml-duplicate-key'], at: '10:5', count: 4 }),
  committed('bom.yaml', 'theme', { codes: ['wrong-type'], at: '4:10', count: 1 }),
  committed('crlf.yaml', 'theme', { codes: ['unknown-fact'], at: '10:13', count: 1 }),
  committed('bom-crlf.yaml', 'theme', { codes: ['unknown-item'], at: '12:3', count: 1 }),
  committed('tabs.yaml', 'theme', { codes: ['yaml-syntax'], at: '7:1' }),
  committed('empty.yaml', 'theme', { codes: ['not-a-mapping'], at: '1:1', count: 1 }),
  committed('json-array.yaml', 'theme', { codes: ['not-a-mapping'], at: '1:1', count: 1 }),
  // Decoded leniently, the first bad byte is located; read from disk, the whole file is refused at 1:1.
  committed('invalid-utf8.yaml', 'theme', { codes: ['invalid-encoding'], at: '1:3', count: 1 }),
  committed('binary.yaml', 'theme', { codes: ['invalid-encoding'], at: '1:1', count: 1 }),
  committed('catalogs/proto-keys.yaml', 'catalog', { codes: ['forbidden-key'], at: '2:1', count: 7 }),
  committed('catalogs/proto-values.yaml', 'catalog', {
    codes: [
      'unknown-licence',
      'unknown-department',
      'unknown-item',
      'unknown-material',
      'unknown-venue',
      'unknown-derivation',
      'unknown-fact',
    ],
    at: '5:56',
    count: 9,
  }),
  committed('catalogs/proto-ids.yaml', 'catalog', { codes: ['invalid-id', 'wrong-type'], at: '3:3' }),
  committed('profiles/proto-keys.yaml', 'profile', { codes: ['forbidden-key'], at: '3:1', count: 4 }),
  committed('profiles/proto-values.yaml', 'profile', { codes: [] }),
  committed('scenarios/proto-keys.test.yaml', 'scenario', { codes: ['forbidden-key'], at: '3:1', count: 5 }),
  committed('scenarios/proto-values.test.yaml', 'scenario', { codes: ['invalid-id'], at: '6:23', count: 1 }),
  committed('answers/proto-keys.yaml', 'answers', { codes: ['forbidden-key'], at: '2:1', count: 2 }),
  // Control sequences and a bidirectional override in a key: reported (escaped when printed).
  committed('control-key.yaml', 'theme', { codes: ['unknown-key'], at: '12:1', count: 1 }),
  // Look-alike and invisible characters in ids: each named by its code point and position.
  committed('confusable-ids.yaml', 'theme', { codes: ['invalid-id'], at: '2:5', count: 5 }),
  // A catalog out of the project: the library is given its catalog; the command line never reads the path.
  committed('catalog-escape.yaml', 'theme', { codes: [], cliCodes: ['path-outside-root'] }),
  committed('catalog-root.yaml', 'theme', { codes: [], cliCodes: ['path-outside-root'] }),
  // Two files with one id (validate and test report it when both are checked: test/hardening/edge.test.ts).
  committed('duplicate-id-a.yaml', 'theme', { codes: [] }),
  committed('duplicate-id-b.yaml', 'theme', { codes: [] }),
  // Ids that are names of other outputs of tongban build (test/hardening/edge.test.ts builds them).
  committed('build-index.yaml', 'theme', { codes: [] }),
  committed('build-package.yaml', 'theme', { codes: [] }),
  // YAML tags: refused where they are written, never turned into bytes, Dates or Sets (C2, W4, P4).
  committed('tags.yaml', 'theme', { codes: ['yaml-unsupported'], at: '8:19', count: 6 }),
  committed('profiles/binary-fact.yaml', 'profile', { codes: ['yaml-unsupported'], at: '4:26', count: 1 }),
  committed('profiles/timestamp-fact.yaml', 'profile', { codes: ['yaml-unsupported'], at: '4:34', count: 2 }),
  // A merge key: refused, with what to write instead (P5).
  committed('merge-keys.yaml', 'theme', { codes: ['yaml-unsupported'], at: '11:5', count: 1 }),
  // Numbers that are not finite, and one that loses precision (P3, W6).
  committed('numbers.yaml', 'theme', { codes: ['not-finite'], at: '11:10', count: 3 }),
  // Items that wait for each other only under conditions that cannot hold together: no cycle (W7).
  committed('catalogs/conditional-cycle.yaml', 'catalog', { codes: [], cliCodes: ['item-incomplete'] }),
  // No catalog folder next to it, and a syntax error: both reported (test/hardening/edge.test.ts).
  committed('lone/unclosed.yaml', 'theme', { codes: ['yaml-syntax'], at: '4:1', count: 1 }),
];

// ---------------------------------------------------------------------------------------------------------
// The corpus: files built here

const built = (
  name: string,
  kind: Kind,
  text: string,
  expected: Omit<Hostile, 'name' | 'kind' | 'bytes'>,
) => ({
  name: `generated/${name}`,
  kind,
  bytes: Buffer.from(text, 'utf8'),
  ...expected,
});

const THEME_HEAD =
  'id: big\ntitle: 大\nversion: "1"\naudience: person\nitems:\n  signboard: always\nquestions:\n';
const N = 100_000;

function indentedMaps(levels: number): string {
  const lines = ['id: deep'];
  for (let i = 0; i < levels; i++) lines.push(`${' '.repeat(i)}k:`);
  lines.push(`${' '.repeat(levels)}v`);
  return `${lines.join('\n')}\n`;
}

/**
 * A theme whose named conditions form a chain `c0 → c1 → … → c<n>`, each link written by `link` (a plain
 * reference by default), the last one a test of `cooking` or, with `last`, a reference back to that name.
 */
function conditionChain(n: number, link = (next: string) => `{ condition: ${next} }`, last?: string): string {
  const links = Array.from({ length: n }, (_, i) => `  c${i}: ${link(`c${i + 1}`)}`).join('\n');
  const end = last === undefined ? '{ cooking: true }' : `{ condition: ${last} }`;
  return `id: shop\ntitle: 开店\nversion: "1"\naudience: enterprise\nconditions:\n${links}\n  c${n}: ${end}\nquestions:\n  - { id: cooking, ask: 是否现场制作食品？, type: yes-no }\nitems:\n  signboard: { when: { condition: c0 } }\n`;
}

/**
 * A catalog of `n + 1` items `i0 … i<n>` (and their materials), each item but the last (every item when
 * `closed`) with the links `link` writes.
 */
function itemChain(n: number, link: (i: number) => string, closed = false): string {
  const materials = Array.from({ length: n + 2 }, (_, i) => `  m${i}: { name: 材料${i} }`).join('\n');
  const items = Array.from(
    { length: n + 1 },
    (_, i) => `  i${i}: { name: 事项${i}${i < n || closed ? `, ${link(i)}` : ''} }`,
  ).join('\n');
  return `materials:\n${materials}\nitems:\n${items}\n`;
}

function buildGenerated(): Hostile[] {
  const options = Array.from({ length: N }, (_, i) => `o${i}: x${i}`).join(', ');
  const wrongOptions = Array.from({ length: N }, (_, i) => `o${i}: [1]`).join(', ');
  const bigAnchor = Array.from({ length: N }, (_, i) => `o${i}: x`).join(', ');
  const manyKeys = Array.from({ length: N }, (_, i) => `k${i}: 1`).join('\n');
  return [
    // Long chains of every kind of reference, far under the size limit: a located diagnostic or a load, never a
    // stack overflow, in time linear in the chain (C1).
    built('condition-chain.yaml', 'theme', conditionChain(8_000), {
      codes: ['condition-too-deep'],
      at: '6:3',
      count: 1,
    }),
    built(
      'not-chain.yaml',
      'theme',
      conditionChain(8_000, (next) => `{ not: { condition: ${next} } }`),
      {
        codes: ['condition-too-deep'],
        at: '6:3',
        count: 1,
      },
    ),
    built('condition-chain-cycle.yaml', 'theme', conditionChain(8_000, undefined, 'c0'), {
      codes: ['condition-cycle'],
      at: '6:3',
      count: 1,
    }),
    // Items without department, time limit or fee: the command line's analysis says so.
    built(
      'after-chain.yaml',
      'catalog',
      itemChain(5_000, (i) => `after: [i${i + 1}]`),
      {
        codes: [],
        cliCodes: ['item-incomplete'],
      },
    ),
    built(
      'produces-chain.yaml',
      'catalog',
      itemChain(5_000, (i) => `materials: [m${i + 1}], produces: [m${i}]`),
      {
        codes: [],
        cliCodes: ['item-incomplete'],
      },
    ),
    built(
      'after-chain-cycle.yaml',
      'catalog',
      itemChain(5_000, (i) => `after: [i${(i + 1) % 5_001}]`, true),
      {
        codes: ['item-cycle'],
        count: 1,
      },
    ),
    // 10 MB: refused before parsing.
    built('ten-megabytes.yaml', 'theme', `${MINIMAL}# ${'长'.repeat((10 * 1024 * 1024) / 3)}\n`, {
      codes: ['input-too-large'],
      at: '1:1',
      count: 1,
    }),
    // 10,000 levels, flow and block style; the first collection below level 64 is reported.
    built('deep-flow-seq.yaml', 'theme', `id: deep\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, {
      codes: ['yaml-too-deep'],
      at: '2:67',
      count: 1,
    }),
    built('deep-flow-map.yaml', 'theme', `id: deep\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, {
      codes: ['yaml-too-deep'],
      at: '2:256',
      count: 1,
    }),
    built('deep-flow-unclosed.yaml', 'theme', `id: deep\nx: ${'['.repeat(10_000)}\n`, {
      codes: ['yaml-too-deep', 'yaml-syntax'],
      at: '2:67',
    }),
    built('deep-block-seq.yaml', 'theme', `id: deep\nx:\n  ${'- '.repeat(10_000)}a\n`, {
      codes: ['yaml-too-deep'],
      at: '3:129',
      count: 1,
    }),
    built('deep-block-key.yaml', 'theme', `id: deep\nx:\n${'? '.repeat(10_000)}a\n`, {
      codes: ['yaml-too-deep'],
      at: '3:129',
      count: 1,
    }),
    // Indented mappings grow quadratically: 1,400 levels fit in 2 MB; 10,000 levels need 50 MB.
    built('deep-block-map.yaml', 'theme', indentedMaps(1_400), {
      codes: ['yaml-too-deep'],
      at: '66:65',
      count: 1,
    }),
    built('deep-block-map-10000.yaml', 'theme', indentedMaps(10_000), {
      codes: ['yaml-too-deep'],
      at: '66:65',
      count: 1,
      limits: { maxBytes: 64 * 1024 * 1024 },
      cliCodes: ['input-too-large'],
    }),
    // One line of 1.9 million characters.
    built('long-line.yaml', 'theme', MINIMAL.replace('title: 开店', `title: "${'x'.repeat(1_900_000)}"`), {
      codes: ['invalid-value'],
      at: '3:8',
      count: 1,
    }),
    // Keys of 100,000 characters: implicit keys are limited to 1024 characters; explicit ones are just unknown.
    built('long-key.yaml', 'theme', `${MINIMAL}${'k'.repeat(100_000)}: 1\n`, {
      codes: ['yaml-syntax'],
      at: '12:1',
    }),
    built('long-key-quoted.yaml', 'theme', `${MINIMAL}"${'k'.repeat(100_000)}": 1\n`, {
      codes: ['yaml-syntax'],
      at: '12:1',
    }),
    built('long-key-explicit.yaml', 'theme', `${MINIMAL}? ${'k'.repeat(100_000)}\n: 1\n`, {
      codes: ['unknown-key'],
      at: '12:3',
      count: 1,
    }),
    // 100,000 options: valid (the theme loads), and every one of the wrong type.
    built(
      'options.yaml',
      'theme',
      `${THEME_HEAD}  - id: kind\n    ask: 类型？\n    options: {${options}}\n`,
      {
        codes: [],
      },
    ),
    built(
      'options-wrong.yaml',
      'theme',
      `${THEME_HEAD}  - id: kind\n    ask: 类型？\n    options: {${wrongOptions}}\n`,
      {
        codes: ['wrong-type'],
        at: '10:19',
        count: N,
      },
    ),
    // 100,000 keys with the last one repeating the first: duplicates are found in linear time.
    built(
      'many-keys-duplicate.yaml',
      'catalog',
      `departments:\n  d: { name: 局, level: 区县 }\n${manyKeys}\nk0: 2\n`,
      {
        codes: ['yaml-duplicate-key'],
        at: `${N + 3}:1`,
        count: 1,
      },
    ),
    // Quadratic blow-up: 99 aliases of a 100,000-entry anchor, each alias under yaml's count limit.
    built(
      'alias-fanout-big.yaml',
      'theme',
      `${THEME_HEAD}  - { id: q0, ask: 问？, options: &o {${bigAnchor}} }\n${Array.from(
        { length: 99 },
        (_, i) => `  - { id: q${i + 1}, ask: 问？, options: *o }\n`,
      ).join('')}`,
      { codes: ['yaml-alias-limit'], at: '9:33', count: 1 },
    ),
    // 101 uses of a scalar anchor: yaml's own count limit.
    built(
      'aliases-101.yaml',
      'profile',
      `kind: person\ntags: [&t a, ${Array(101).fill('*t').join(', ')}]\n`,
      {
        codes: ['yaml-alias-limit'],
        at: '2:14',
        count: 1,
      },
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Loading

interface Loaded {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** Loads a file as `kind`: a theme with the base catalog, a catalog file together with it (or `alone`). */
function loadAs(kind: Kind, source: Source, limits: ParseLimits = {}, alone = false): Loaded {
  switch (kind) {
    case 'theme':
      return loadTheme(source, catalog, limits);
    case 'catalog':
      return loadCatalog(alone ? [source] : [BASE_CATALOG, source], limits);
    case 'profile':
      return loadProfile(source, limits);
    case 'scenario':
      return loadScenarios(source, limits);
    case 'answers': {
      // As `tongban run --answers` reads them: a mapping of question ids to values.
      const mapping = parseMapping('answers', source, limits);
      return { ok: mapping.ok, diagnostics: mapping.parsed.reporter.diagnostics };
    }
  }
}

function sorted(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}

function checkOwn(h: Hostile): void {
  const source = { file: h.name, text: new TextDecoder('utf-8').decode(h.bytes) };
  const baseline = baselineMs(source.text);
  const m = measure(() => loadAs(h.kind, source, h.limits));
  maxima.add(`library ${h.kind}`, h.name, m);
  expectNoPollution(h.name);
  const { ok, diagnostics } = m.result;
  expectLocated(diagnostics, [h.name, BASE_CATALOG.file], h.name);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  expect(ok, `${h.name}: ${errors.map((d) => d.code).join(', ')}`).toBe(h.codes.length === 0);
  expect([...new Set(errors.map((d) => d.code))].sort()).toEqual([...h.codes].sort());
  if (h.at !== undefined) {
    const first = sorted(errors)[0] as Diagnostic;
    expect(`${first.line}:${first.column}`, `${h.name}: ${first.code} ${first.message.slice(0, 80)}`).toBe(
      h.at,
    );
  }
  if (h.count !== undefined) expect(errors).toHaveLength(h.count);
  // Every line reported is in the file (lines as yaml counts them: \n ends a line, \r\n too).
  const lines = source.text.split('\n').length;
  expect(diagnostics.filter((d) => d.file === h.name && d.line > lines).map((d) => d.line)).toEqual([]);
  expectWithinBaseline(m.ms, baseline, h.name);
  expect(m.retainedMB, `${h.name}: retained ${m.retainedMB.toFixed(0)} MB`).toBeLessThan(RETAINED_MB);
  expect(m.heapMB, `${h.name}: heap ${m.heapMB.toFixed(0)} MB`).toBeLessThan(HEAP_MB);
}

/** Through the other loaders: no throw, located diagnostics, bounded time, nothing polluted. */
function checkOthers(h: Hostile): void {
  const source = { file: h.name, text: new TextDecoder('utf-8').decode(h.bytes) };
  const baseline = baselineMs(source.text);
  for (const kind of KINDS.filter((k) => k !== h.kind)) {
    const m = time(() => loadAs(kind, source, h.limits));
    maxima.add('library, as another kind', `${h.name} as ${kind}`, m);
    expectNoPollution(`${h.name} as ${kind}`);
    expectLocated(m.result.diagnostics, [h.name, BASE_CATALOG.file], `${h.name} as ${kind}`);
    expect(m.result.ok).toBe(m.result.diagnostics.every((d) => d.severity !== 'error'));
    expectWithinBaseline(m.ms, baseline, `${h.name} as ${kind}`);
  }
}

const GENERATED = buildGenerated();
const ALL = [...COMMITTED, ...GENERATED];

describe('the committed corpus', () => {
  test('every file in test/fixtures/hostile is in the table, and each YAML text says what it is', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(DIR, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const listed = [...COMMITTED.map((h) => h.name), BASE_CATALOG.file].sort();
    expect(files('').sort()).toEqual(listed);
    for (const h of COMMITTED) {
      const text = h.bytes.toString('utf8');
      if (['empty.yaml', 'json-array.yaml', 'binary.yaml'].includes(h.name)) continue;
      expect(text.replace(/^\uFEFF/, ''), h.name).toMatch(/^# /);
    }
  });

  test('the byte-level fixtures have the bytes they are about (not normalised by git or an editor)', () => {
    const bytes = (name: string) => readFileSync(join(DIR, name));
    expect(bytes('bom.yaml').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes('bom.yaml').includes('\r')).toBe(false);
    expect(bytes('crlf.yaml').toString('utf8').split('\r\n').length).toBe(13);
    expect(bytes('crlf.yaml').toString('utf8').replaceAll('\r\n', '')).not.toContain('\n');
    expect(bytes('bom-crlf.yaml').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes('bom-crlf.yaml').toString('utf8').split('\r\n').length).toBe(13);
    expect(bytes('tabs.yaml').toString('utf8')).toContain('\n\t- id');
    expect(bytes('empty.yaml').length).toBe(0);
    expect(bytes('binary.yaml').includes(0)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes('invalid-utf8.yaml'))).toThrow();
  });
});

describe('through the library: located diagnostics, within the bounds, no pollution', () => {
  test.each(ALL.map((h) => [h.name, h] as const))('%s (its own loader)', (_, h) => {
    checkOwn(h);
  });

  test.each(ALL.map((h) => [h.name, h] as const))('%s (as every other kind of file)', (_, h) => {
    checkOthers(h);
  });
});

describe('positions with a BOM and CRLF line ends', () => {
  // Errors on several lines, at several columns, at each stage (parse, schema, linking).
  const stages: Record<string, string> = {
    parse: 'id: pos\ntitle: 位置\nversion: "1"\naudience: person\ntitle: 又一个\n',
    schema:
      'id: pos\ntitle: 位置\nversion: 1.5\naudience: people\nquestions:\n  - id: q\n    ask: 问？\n    type: yes-no\n    optoins: {}\nitems:\n  signboard: always\n',
    linking:
      'id: pos\ntitle: 位置\nversion: "1"\naudience: person\nquestions:\n  - id: q\n    ask: 问？\n    type: yes-no\n    when: { qq: true }\n  - { id: r, ask: 问？, options: { a: 甲 }, when: { q: { greaterThn: 1 } } }\nitems:\n  signbord: always\n',
    'tab in a value': 'id: pos\ntitle: "a\tb"\nversion: 2\naudience: person\n',
  };
  const variants: Record<string, (text: string) => string> = {
    CRLF: (t) => t.replaceAll('\n', '\r\n'),
    BOM: (t) => `\uFEFF${t}`,
    'BOM + CRLF': (t) => `\uFEFF${t.replaceAll('\n', '\r\n')}`,
    'a comment first': (t) => `# 注释\r\n${t.replaceAll('\n', '\r\n')}`,
  };
  const at = (text: string) =>
    sorted(loadTheme({ file: 't.yaml', text }, catalog).diagnostics).map(
      (d) => `${d.line}:${d.column} ${d.code}`,
    );
  for (const [stage, text] of Object.entries(stages)) {
    test(`${stage}: the same line:column in every variant`, () => {
      const plain = at(text);
      expect(plain.length).toBeGreaterThan(0);
      for (const [name, variant] of Object.entries(variants)) {
        const expected =
          name === 'a comment first'
            ? plain.map((p) => p.replace(/^(\d+)/, (l) => String(Number(l) + 1)))
            : plain;
        expect(at(variant(text)), name).toEqual(expected);
      }
    });
  }

  test('CRLF: a column is never counted past the end of its line (the \\r is not a column)', () => {
    const text = 'id: pos\r\ntitle: 位置\r\nversion: 1\r\naudience: people\r\n';
    for (const d of loadTheme({ file: 't.yaml', text }, catalog).diagnostics) {
      const line = text.split('\r\n')[d.line - 1] ?? '';
      expect(d.column, `${d.line}:${d.column} ${d.code}`).toBeLessThanOrEqual(line.length + 1);
    }
  });
});

describe('prototype keys and values, beyond the files', () => {
  test('a profile holding __proto__ and constructor as values starts, answers and restores sessions', () => {
    const profile = loadProfile({
      file: 'p.yaml',
      text: readFileSync(join(DIR, 'profiles/proto-values.yaml'), 'utf8'),
    });
    expect(profile.ok).toBe(true);
    if (!profile.ok) return;
    const theme = loadTheme({ file: 'minimal.yaml', text: MINIMAL }, catalog);
    if (!theme.ok) throw new Error('minimal does not load');
    const session = start(theme.theme, { profile: profile.profile, today: '2026-01-01' });
    expect(outcome(session).status).toBe('ready');
    const restored = restore(theme.theme, serialize(session), { profile: profile.profile });
    expect(restored.ok && restored.session).toEqual(session);
    expectNoPollution();
  });

  test('a file of 4,000 prototype keys, nested, is refused at each one', () => {
    let text = '';
    for (let i = 0; i < 2_000; i++) {
      const key = ['__proto__', 'constructor', 'prototype'][i % 3] as string;
      text += `k${i}: { ${key}: { ${key}: { polluted: true } }, "${key}x": 1 }\n`;
    }
    const baseline = baselineMs(text);
    const m = measure(() => loadTheme({ file: 'many.yaml', text }, catalog));
    expect(m.result.ok).toBe(false);
    const forbidden = m.result.diagnostics.filter((d) => d.code === 'forbidden-key');
    expect(forbidden).toHaveLength(4_000);
    expectLocated(m.result.diagnostics, ['many.yaml'], 'many');
    expectWithinBaseline(m.ms, baseline, 'many.yaml');
    expectNoPollution();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Wrong types everywhere: each node of a valid file replaced by a value of another type, one at a time.

type Path = (string | number)[];

/** Every node of a plain value, with its path (the root is not included). */
function nodesOf(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const out: { path: Path; value: unknown }[] = path.length === 0 ? [] : [{ path, value }];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...nodesOf(v, [...path, i]));
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...nodesOf(v, [...path, k]));
  return out;
}

/** Values of every other type than `value`'s. */
function wrongTypes(value: unknown): unknown[] {
  const all: [string, unknown][] = [
    ['string', 'wrong'],
    ['number', 7.5],
    ['boolean', true],
    ['null', null],
    ['array', ['wrong']],
    ['object', { wrong: 1 }],
  ];
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return all.filter(([t]) => t !== type).map(([, v]) => v);
}

function replaced(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
  return copy;
}

const pointerOf = (path: Path) =>
  path.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

describe('wrong types everywhere (one node at a time)', () => {
  const read = (path: string) =>
    readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
  const bases: readonly { name: string; kind: Kind; text: string }[] = [
    { name: 'theme', kind: 'theme', text: read('test/fixtures/broken/_base/theme.yaml') },
    { name: 'catalog', kind: 'catalog', text: read('test/fixtures/broken/_base/catalog.yaml') },
    { name: 'profile', kind: 'profile', text: read('examples/profiles/shanghai-resident.yaml') },
    {
      name: 'scenario',
      kind: 'scenario',
      text: stringify({
        theme: '../theme.yaml',
        scenarios: [
          {
            name: '情形',
            profile: { kind: 'enterprise', facts: { 'enterprise.kind': 'company' } },
            today: '2026-01-01',
            answers: { cooking: true, area: 40, extras: ['signboard'] },
            expect: { items: ['food-licence'], 'not-items': [], status: 'ready', days: 10, fee: 0 },
          },
        ],
      }),
    },
  ];

  for (const base of bases) {
    test(`${base.name}: every replacement is refused with a located diagnostic at, above or below it`, () => {
      const value = parseYaml(base.text) as unknown;
      // The base itself loads.
      const load = (text: string, file: string) => loadAs(base.kind, { file, text }, {}, true);
      expect(load(base.text, 'base.yaml').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      let replacements = 0;
      let refused = 0;
      let near = 0;
      const accepted: string[] = [];
      for (const node of nodesOf(value)) {
        for (const wrong of wrongTypes(node.value)) {
          replacements++;
          const text = stringify(replaced(value, node.path, wrong));
          const file = `${base.name}-wrong.yaml`;
          const m = time(() => load(text, file));
          // Small variations of a valid file: their times are reported, not bounded.
          maxima.add(`wrong types: ${base.name}`, `${pointerOf(node.path)} = ${JSON.stringify(wrong)}`, m);
          const errors = m.result.diagnostics.filter((d) => d.severity === 'error');
          expectLocated(m.result.diagnostics, [file, BASE_CATALOG.file], pointerOf(node.path));
          if (errors.length === 0) {
            accepted.push(`${pointerOf(node.path)} = ${JSON.stringify(wrong)}`);
            continue;
          }
          refused++;
          const at = pointerOf(node.path);
          if (
            errors.some(
              (d) => d.pointer === at || at.startsWith(`${d.pointer}/`) || d.pointer.startsWith(`${at}/`),
            )
          )
            near++;
        }
      }
      expectNoPollution(base.name);
      // Some replacements are still valid (a number where any JSON value is allowed, such as a profile fact,
      // or `null` for an optional member); all others are refused, and nearly always at the node itself,
      // its parent (a missing or misplaced key) or below it.
      console.log(
        `wrong types, ${base.name}: ${replacements} replacements, ${refused} refused (${near} located at, above or below the node), ${accepted.length} accepted: ${accepted.slice(0, 8).join('; ')}${accepted.length > 8 ? ' …' : ''}`,
      );
      expect(replacements).toBeGreaterThan(50);
      expect(refused / replacements).toBeGreaterThan(0.75);
      expect(near / refused).toBeGreaterThan(0.9);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// Through the command line: `run(['validate', file, '--format', 'json'], io)`.

describe('through the command line (tongban validate)', () => {
  let tmp = '';
  const paths = new Map<string, string>();

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'tongban-hostile-'));
    const themes = join(tmp, 'themes');
    mkdirSync(join(themes, 'catalog'), { recursive: true });
    writeFileSync(join(themes, 'catalog', 'base.yaml'), BASE_CATALOG.text);
    writeFileSync(join(themes, 'valid.yaml'), MINIMAL);
    for (const h of ALL) {
      const name = basename(h.name);
      let path: string;
      if (h.kind === 'catalog') {
        // A catalog file is validated with the catalog folder it belongs to.
        const dir = join(tmp, 'catalogs', name.replace(/\.yaml$/, ''), 'catalog');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'base.yaml'), BASE_CATALOG.text);
        path = join(dir, name);
      } else if (h.kind === 'scenario') {
        mkdirSync(join(tmp, 'scenarios'), { recursive: true });
        path = join(
          tmp,
          'scenarios',
          name.endsWith('.test.yaml') ? name : name.replace(/\.yaml$/, '.test.yaml'),
        );
      } else if (h.kind === 'theme') {
        path = join(themes, name);
      } else {
        mkdirSync(join(tmp, h.kind), { recursive: true });
        path = join(tmp, h.kind, name);
      }
      writeFileSync(path, h.bytes);
      paths.set(h.name, path);
    }
  });

  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  test.each(ALL.map((h) => [h.name, h] as const))('%s', async (_, h) => {
    const path = paths.get(h.name) as string;
    const io = bufferIO({ cwd: tmp });
    // Answer files are read by `run --answers`; everything else by `validate`.
    const argv =
      h.kind === 'answers'
        ? ['run', join(tmp, 'themes', 'valid.yaml'), '--answers', path, '--format', 'json']
        : ['validate', path, '--format', 'json', '--today', '2026-06-15'];
    const baseline = baselineMs(h.bytes.toString('utf8'));
    const m = await measureAsync(() => run(argv, io));
    maxima.add(`cli ${h.kind}`, h.name, m);
    expectNoPollution(h.name);
    const stdout = io.out();
    const stderr = io.err();
    expectNoStackTrace(stdout + stderr, h.name);
    expectWithinBaseline(m.ms, baseline, `tongban on ${h.name}`);
    const codes = h.cliCodes ?? h.codes;
    if (h.kind === 'answers') {
      expect(m.result).toBe(1);
      for (const code of codes) expect(stderr).toMatch(new RegExp(`:\\d+:\\d+ {2}error {2}${code}`));
      return;
    }
    const errorsExpected = codes.length > 0;
    expect(m.result, `${h.name}\n${stderr}`).toBe(errorsExpected ? 1 : 0);
    const diagnostics = JSON.parse(stdout) as Diagnostic[];
    expectLocated(
      diagnostics,
      [
        path,
        join(tmp, 'themes', 'catalog', 'base.yaml'),
        join(paths.get(h.name) as string, '..', 'base.yaml'),
      ],
      h.name,
    );
    const own = diagnostics.filter((d) => d.file === path && d.severity === 'error');
    // Read from disk, bytes that are not UTF-8 are refused as a whole (1:1); everything else as in the library.
    expect([...new Set(own.map((d) => d.code))].sort()).toEqual([...codes].sort());
    if (h.count !== undefined && h.cliCodes === undefined) expect(own).toHaveLength(h.count);
  });

  test('readSource refuses a file by its size, without reading it (10 MB, and a sparse 1 TB file)', async () => {
    // Reading the sparse file would take hours and all the memory: refused from its size alone, it cannot be.
    const sparse = join(tmp, 'terabyte.yaml');
    const fd = openSync(sparse, 'w');
    ftruncateSync(fd, 2 ** 40);
    closeSync(fd);
    for (const path of [paths.get('generated/ten-megabytes.yaml') as string, sparse]) {
      const m = await measureAsync(() => readSource(path));
      expect(m.result.ok ? undefined : m.result.diagnostic).toMatchObject({
        code: 'input-too-large',
        line: 1,
        column: 1,
      });
      expect(m.retainedMB).toBeLessThan(RETAINED_MB);
    }
  });
});

afterAll(() => {
  console.log(
    maxima.report('hostile input: largest wall time and heap growth per group (bounded by the baselines)'),
    `\n  largest ratio to a baseline: ${largestRatio().toFixed(2)} (bound ${WORK_FACTOR})`,
  );
});
