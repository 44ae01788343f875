/**
 * The benchmarks cannot rot: `bench/run.mjs --quick --no-write` runs every benchmark at small sizes (a
 * generated library at scale 0.1 that must validate cleanly, sessions, enumeration, heap, bundle sizes, a
 * `tongban dev` server following edits) and
 * prints a PASS or FAIL line for each. Targets are not asserted here (timings on a shared machine); that the
 * code runs, and that the generated library is valid, is.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/built.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRIES = ['cli.js', 'index.js', 'load.js', 'node.js', 'analyze.js'].map((f) => join(ROOT, 'dist', f));

beforeAll(() => {
  ensureBuilt(ENTRIES);
});

describe('bench/run.mjs --quick', () => {
  it('runs every benchmark and reports each against its target', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bench', 'run.mjs'), '--quick', '--no-write'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status, run.stdout).toBe(0);
    const verdicts = run.stdout.split('\n').filter((line) => /^(PASS|FAIL) {2}/.test(line));
    expect(verdicts.map((line) => line.slice(6).split(' ')[0])).toEqual([
      'cold',
      'streaming',
      'heap',
      'per-answer',
      'runtime',
      'tongban',
    ]);
    // The generated library is valid: the benchmark would not be measuring validation otherwise.
    expect(run.stdout).toMatch(/0 errors, 0 warnings/);
    expect(run.stdout).toMatch(/targets met/);
  }, 270_000);
});
