import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIAGNOSTIC_PARAM_SPECS, type Diagnostic } from '../../src/model/diagnostic.js';
import type { ParamsSpec } from '../../src/model/params.js';
import { CJK, englishProblems, isWritten } from '../support/params.js';
import { cli, expectNoStack } from './io.js';

const BROKEN = 'test/cli/fixtures/bad/broken.yaml';
const tmp = mkdtempSync(join(tmpdir(), 'tongban-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('tongban validate', () => {
  test('the bundled themes, catalog and scenario files: no errors (exit 0), a summary line', async () => {
    const r = await cli(['validate']);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/检查了 \d+ 个文件：0 个错误，\d+ 个警告\n$/);
    expect(r.stderr).toBe('');
  });

  test('errors: located lines `file:line:col  error  code  message`, exit 1', async () => {
    const r = await cli(['validate', BROKEN]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${BROKEN}:7:1  error  unknown-key  未知的键“colour”`);
    expect(r.stdout).toContain('检查了 1 个文件：1 个错误');
    const en = await cli(['validate', BROKEN, '--lang', 'en']);
    expect(en.stdout).toContain('1 file checked: 1 error, 0 warnings');
  });

  test('warnings only (analysis checks): exit 0; profiles, catalogs and scenario files are classified', async () => {
    const r = await cli(['validate', 'test/cli/fixtures/good', 'test/cli/fixtures/scenarios']);
    expect(r.code, r.stdout).toBe(0);
    // The analysis: a question without effect, and an unused catalog entry (the whole catalog folder is in).
    expect(r.stdout).toContain('warning  no-effect-question');
    expect(r.stdout).toContain('warning  unused-catalog-entry');
    // catalog.yaml, eatery.yaml, company.yaml (a profile: no theme errors), two scenario files.
    expect(r.stdout).toContain('检查了 5 个文件：0 个错误，2 个警告');
  });

  test('a theme alone is analysed without the library-wide checks', async () => {
    const r = await cli(['validate', 'test/cli/fixtures/good/eatery.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no-effect-question');
    expect(r.stdout).not.toContain('unused-catalog-entry');
  });

  test('a broken profile and a broken scenario file are reported with their own codes', async () => {
    const dir = join(tmp, 'mixed');
    cpSync('test/cli/fixtures/good', dir, { recursive: true });
    writeFileSync(join(dir, 'person.yaml'), 'kind: person\nfacts: []\n');
    writeFileSync(join(dir, 'eatery.test.yaml'), 'theme: eatery.yaml\nscenarios: []\n');
    const r = await cli(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const diagnostics = JSON.parse(r.stdout) as { file: string; code: string; severity: string }[];
    const byFile = (name: string) => diagnostics.filter((d) => d.file.endsWith(name)).map((d) => d.code);
    expect(byFile('person.yaml')).toContain('wrong-type');
    expect(byFile('eatery.test.yaml').length).toBeGreaterThan(0);
  });

  test('json: an array of diagnostics', async () => {
    const r = await cli(['validate', BROKEN, '--format', 'json']);
    expect(r.code).toBe(1);
    const diagnostics = JSON.parse(r.stdout);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'unknown-key', line: 7, column: 1 });
  });

  test('github: workflow commands with file, line, col and title, escaped', async () => {
    const r = await cli(['validate', BROKEN, '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`::error file=${BROKEN},line=7,col=1,title=unknown-key::未知的键“colour”\n`);
    const warnings = await cli(['validate', 'test/cli/fixtures/good/eatery.yaml', '--format', 'github']);
    expect(warnings.stdout).toMatch(
      /^::warning file=test\/cli\/fixtures\/good\/eatery\.yaml,line=\d+,col=\d+,title=no-effect-question::/,
    );
  });

  test('sarif: a SARIF 2.1.0 log with rules from the codes and located results', async () => {
    const r = await cli(['validate', BROKEN, 'test/cli/fixtures/good/eatery.yaml', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toContain('sarif-2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('tongban');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'no-effect-question',
      'unknown-key',
    ]);
    expect(run.tool.driver.rules[0].shortDescription.text).not.toBe('no-effect-question');
    expect(run.results).toHaveLength(2);
    const error = run.results.find((x: { ruleId: string }) => x.ruleId === 'unknown-key');
    expect(error).toMatchObject({ level: 'error', ruleIndex: 1, message: { text: '未知的键“colour”' } });
    expect(error.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: BROKEN, uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 1 },
    });
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  test('a folder without YAML files: exit 1 with a message', async () => {
    const empty = join(tmp, 'empty');
    cpSync('test/cli/fixtures/good/company.yaml', join(tmp, 'not-yaml.txt'));
    const r = await cli(['validate', empty]);
    // A missing path is reported as unreadable, not as an empty folder.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unreadable-file');
    expectNoStack(r.stdout + r.stderr);
    const dir = mkdtempSync(join(tmp, 'none-'));
    const none = await cli(['validate', dir]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('没有找到 YAML 文件');
  });

  test('bad --format: usage error', async () => {
    expect((await cli(['validate', '--format', 'xml'])).code).toBe(2);
  });
});

describe('--lang en', () => {
  test('validate and test say nothing in Chinese but what the files themselves say', async () => {
    // Every broken theme of the load tests, beside the catalog they load with.
    const dir = join(tmp, 'english');
    const broken = 'test/fixtures/broken';
    cpSync(`${broken}/_base/catalog.yaml`, join(dir, 'catalog', 'catalog.yaml'));
    for (const name of readdirSync(broken).filter((n) => n.endsWith('.yaml') && !n.startsWith('catalog-')))
      cpSync(join(broken, name), join(dir, name));
    const runs = [
      ['validate', dir],
      ['validate', 'test/cli/fixtures/good', 'test/cli/fixtures/scenarios'],
      ['test', 'test/fixtures/scenarios', 'test/cli/fixtures/scenarios'],
    ];
    for (const argv of runs) {
      const text = await cli([...argv, '--lang', 'en']);
      const json = await cli([...argv, '--lang', 'en', '--format', 'json']);
      const parsed = JSON.parse(json.stdout) as Diagnostic[] | TestRun;
      const diagnostics = Array.isArray(parsed) ? parsed : parsed.diagnostics;
      // Scenario names are the files' words too.
      const names = Array.isArray(parsed) ? [] : parsed.files.flatMap((f) => f.results.map((r) => r.name));
      expect(diagnostics.length, argv.join(' ')).toBeGreaterThan(0);
      for (const d of diagnostics)
        expect(englishProblems(d, () => `${d.message} ${d.hint ?? ''}`)).toEqual([]);
      // The text output, less what the files say (names, labels, values as written), is English.
      const written = [...names, ...diagnostics.flatMap((d) => writtenParams(d))];
      const rest = written
        .sort((a, b) => b.length - a.length)
        .reduce((out, value) => out.split(value).join(''), text.stdout + text.stderr);
      expect(
        rest.split('\n').filter((line) => CJK.test(line)),
        argv.join(' '),
      ).toEqual([]);
    }
  });
});

describe('--lang en at the edge', () => {
  test('paths out of the root, missing catalogs, ids used twice, odd ids: English params and messages', async () => {
    const hostile = 'test/fixtures/hostile';
    const argv = [
      'validate',
      ...['catalog-escape', 'confusable-ids', 'duplicate-id-a', 'duplicate-id-b'].map(
        (name) => `${hostile}/${name}.yaml`,
      ),
      `${hostile}/lone`,
      '--lang',
      'en',
    ];
    const json = await cli([...argv, '--format', 'json']);
    const diagnostics = JSON.parse(json.stdout) as Diagnostic[];
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(
      new Set([
        'path-outside-root',
        'invalid-id',
        'duplicate-theme-id',
        'catalog-unavailable',
        'yaml-syntax',
        'no-effect-question',
      ]),
    );
    for (const d of diagnostics) expect(englishProblems(d, () => `${d.message} ${d.hint ?? ''}`)).toEqual([]);
    const text = await cli(argv);
    const written = diagnostics.flatMap((d) => writtenParams(d)).sort((a, b) => b.length - a.length);
    const rest = written.reduce((out, value) => out.split(value).join(''), text.stdout + text.stderr);
    expect(rest.split('\n').filter((line) => CJK.test(line))).toEqual([]);
  });

  test('build: conflicts and unwritable outputs in English', async () => {
    const dir = join(tmp, 'build-en');
    cpSync('test/fixtures/hostile/build-index.yaml', join(dir, 'themes', 'index.yaml'));
    cpSync('test/fixtures/broken/_base/catalog.yaml', join(dir, 'themes', 'catalog', 'catalog.yaml'));
    const reserved = await cli(['build', 'themes', '--out', 'out', '--lang', 'en'], { cwd: dir });
    expect(reserved.code).toBe(1);
    expect(reserved.stderr).toContain(
      `output-conflict  theme id "index" would write index.json, the name of tongban build's index`,
    );
    rmSync(join(dir, 'themes', 'index.yaml'));
    cpSync('test/fixtures/broken/_base/minimal.yaml', join(dir, 'themes', 'shop.yaml'));
    writeFileSync(join(dir, 'afile'), 'not a folder\n');
    const unwritable = await cli(['build', 'themes', '--out', 'afile', '--lang', 'en'], { cwd: dir });
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('unwritable-output  cannot write afile: a file of that name exists');
    for (const r of [reserved, unwritable]) expect(r.stdout + r.stderr).not.toMatch(CJK);
  });
});

/** What `tongban test --format json` prints. */
interface TestRun {
  readonly diagnostics: Diagnostic[];
  readonly files: { readonly results: { readonly name: string }[] }[];
}

/** The texts of a diagnostic's params that come from the file (and the file's path). */
function writtenParams(d: Diagnostic): string[] {
  const spec: ParamsSpec = DIAGNOSTIC_PARAM_SPECS[d.code];
  const params = d.params as Readonly<Record<string, unknown>>;
  return [
    d.file,
    ...Object.entries(params)
      .filter(([name]) => {
        const s = spec[name];
        return s !== undefined && isWritten(s);
      })
      .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
      .map(String)
      .filter((value) => value !== ''),
  ];
}
