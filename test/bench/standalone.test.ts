/**
 * Every script under bench/ runs on its own as bench/README.md documents it (at its smallest size), and every
 * helper module loads on its own. Figures and goals are not asserted (timings on a shared machine).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import { loadFile } from '../analyze/support.js';
import { ensureBuilt } from '../support/built.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BENCH = join(ROOT, 'bench');
const ENTRIES = ['cli.js', 'index.js', 'load.js', 'node.js', 'analyze.js'].map((f) => join(ROOT, 'dist', f));
const out = mkdtempSync(join(tmpdir(), 'tongban-bench-'));

beforeAll(() => {
  ensureBuilt(ENTRIES);
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

function node(args: readonly string[]) {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  expect(run.stderr).toBe('');
  expect(run.status, run.stdout).toBe(0);
  return run.stdout;
}

const verdicts = (stdout: string) => stdout.split('\n').filter((l) => /^(PASS|FAIL) {2}/.test(l));

/** Scripts, with how each is run here; modules are only imported. */
const SCRIPTS = [
  'cold-start.mjs',
  'dev.mjs',
  'enumerate.mjs',
  'floor.mjs',
  'library.mjs',
  'run.mjs',
  'runtime.mjs',
  'session.mjs',
  'situations.mjs',
  'validate.mjs',
];
const MODULES = [
  'engines.mjs',
  'questionnaire.mjs',
  'random.mjs',
  'report.mjs',
  'rss-probe.mjs',
  'session-figures.mjs',
  'yes-no-theme.mjs',
];

describe('bench/ scripts on their own', () => {
  it('lists every file under bench/ as a script or a module', () => {
    const files = readdirSync(BENCH).filter((f) => f.endsWith('.mjs'));
    expect(files.sort()).toEqual([...SCRIPTS, ...MODULES].sort());
  });

  it('loads every module', () => {
    const quiet = MODULES.filter((m) => m !== 'rss-probe.mjs');
    const imports = quiet.map((m) => `await import(${JSON.stringify(join(BENCH, m))});`).join(' ');
    node(['--input-type=module', '-e', imports]);
  });

  it('rss-probe.mjs prints the peak RSS and CPU time when the process exits', () => {
    const run = spawnSync(process.execPath, ['--import', join(BENCH, 'rss-probe.mjs'), '-e', '0'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^\nrss-probe maxrss-kb=[1-9]\d* cpu-us=[1-9]\d*\n$/);
  });

  it('library.mjs writes a library that floor.mjs parses and validates', () => {
    const dir = join(out, 'library');
    const written = node([join(BENCH, 'library.mjs'), '--scale', '0.1', '--out', dir]);
    expect(written.split('\n')[0]).toBe(dir);
    const floor = JSON.parse(node([join(BENCH, 'floor.mjs'), dir]));
    expect(floor.files).toBeGreaterThan(10);
    expect(floor.invalid).toBe(0);
  }, 120_000);

  it('session.mjs prints the four engines and its goals', () => {
    const stdout = node([join(BENCH, 'session.mjs'), '--quick', '--sizes', '10,40']);
    expect(stdout).toMatch(/\| 40 \| [\d.]+ \| naive \|/);
    expect(verdicts(stdout)).toHaveLength(4);
  }, 240_000);

  it('cold-start.mjs prints its two goals', () => {
    expect(verdicts(node([join(BENCH, 'cold-start.mjs'), '--runs', '1']))).toHaveLength(2);
  }, 120_000);

  it('validate.mjs prints its two goals', () => {
    expect(verdicts(node([join(BENCH, 'validate.mjs'), '--scale', '0.1', '--runs', '1']))).toHaveLength(2);
  }, 240_000);

  it('situations.mjs prints paths per second with situations against its goal', () => {
    expect(node([join(BENCH, 'situations.mjs'), '--runs', '1'])).toMatch(/paths\/s over the bundled themes/);
  });

  it('dev.mjs prints its goal', () => {
    expect(verdicts(node([join(BENCH, 'dev.mjs'), '--quick']))).toHaveLength(1);
  }, 240_000);

  it('runtime.mjs prints its goals', () => {
    expect(verdicts(node(['--expose-gc', join(BENCH, 'runtime.mjs'), '--quick']))).toHaveLength(5);
  }, 240_000);

  it('enumerate.mjs prints its table, with as many cases as the enumeration yields', async () => {
    const stdout = node(['--expose-gc', join(BENCH, 'enumerate.mjs'), '--runs', '1']);
    expect(stdout).toMatch(/^theme +cases/);
    const { theme } = await loadFile('themes/hk-macau-permit.yaml');
    let cases = 0;
    for (const _ of enumerateCases(theme)) cases++;
    expect(stdout).toMatch(new RegExp(`hk-macau-permit +${cases}\\b`));
  }, 240_000);
});
