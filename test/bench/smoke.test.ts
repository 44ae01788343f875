/**
 * The benchmarks cannot rot: `bench/run.mjs --quick --no-write` runs every benchmark at small sizes (a
 * generated library at scale 0.1 that must validate cleanly, cold start, enumeration, heap, the four-engine
 * session benchmark, bundle sizes, a `tongban dev` server following edits) and prints a PASS or FAIL line for
 * each goal. Goals are not asserted here (timings on a shared machine); that the code runs, that every goal is
 * reported, and that the engines of the session benchmark agree, are.
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

function node(args: readonly string[], timeout: number) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout });
}

/** The goal of each PASS/FAIL line (the text before its figure), with the load average printed beside it. */
function goals(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => /^(PASS|FAIL) {2}/.test(line))
    .map((line) => {
      expect(line, 'the load average beside each goal').toMatch(
        / {2}\[load \d+\.\d\d \d+\.\d\d \d+\.\d\d\]$/,
      );
      return line.slice(6).split(/ = |: /)[0] as string;
    });
}

describe('bench/run.mjs --quick', () => {
  it('runs every benchmark and reports each goal with its figure', () => {
    const run = node([join(ROOT, 'bench', 'run.mjs'), '--quick', '--no-write'], 400_000);
    expect(run.stderr).toBe('');
    expect(run.status, run.stdout).toBe(0);
    expect(goals(run.stdout)).toEqual([
      'cold tongban validate, library scale 0.1',
      'peak RSS of tongban validate, library scale 0.1',
      'cold start, tongban --help',
      'cold start, tongban validate themes/hk-macau-permit.yaml',
      'streaming enumeration of 65,536 cases',
      'heap while enumerating 65,536 cases',
      'heap over 10,000 session steps',
      'per-answer step on 15 library themes',
      'per-answer step at 40 questions, SurveyJS / tongban',
      'per-answer step at 40 questions, json-rules-engine / tongban',
      'per-answer step at 40 questions, naive / tongban',
      'per-answer step at 40 questions, tongban p95',
      'incremental step, tongban at 640 / at 40 questions',
      'runtime bundle (esbuild --minify, gzip -9)',
      'situations in the same pass as the enumeration, bundled themes',
      'tongban dev, a one-theme edit pushed to the page, library scale 0.1',
    ]);
    // The generated library is valid: the benchmark would not be measuring validation otherwise.
    expect(run.stdout).toMatch(/0 errors, 0 warnings/);
    // Every engine ran every size of the session benchmark (a row each, with its load average).
    for (const size of [10, 40, 160, 640]) {
      for (const engine of ['tongban', 'SurveyJS', 'json-rules-engine', 'naive']) {
        expect(run.stdout).toMatch(
          new RegExp(`\\| ${size} \\| [\\d.]+ \\| ${engine} \\| \\d+ \\|.*\\| \\d+\\.\\d\\d`),
        );
      }
    }
    expect(run.stdout).toMatch(/Enumeration of the bundled themes/);
    expect(run.stdout).toMatch(/\d+ of 16 goals met/);
  }, 450_000);
});

describe('bench/session.mjs --check', () => {
  it('finds that the four engines ask the same questions and show the same ones at the end', () => {
    const sizes = [10, 40, 160];
    const run = node(
      [join(ROOT, 'bench', 'session.mjs'), '--check', '8', '--sizes', sizes.join(',')],
      300_000,
    );
    expect(run.stderr).toBe('');
    expect(run.status, run.stdout).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(sizes.length);
    for (const [i, size] of sizes.entries()) {
      const m =
        /^agree at (\d+) questions: 8 respondents, ([\d.]+) questions asked on average, (\d+) distinct/.exec(
          lines[i] ?? '',
        );
      expect(m, lines[i]).not.toBeNull();
      const [, at, asked, distinct] = (m ?? []).map(Number);
      expect(at).toBe(size);
      // The conditions matter: some questions are skipped, and answers lead to different questions.
      expect(asked).toBeGreaterThan(1);
      expect(asked).toBeLessThan(size);
      expect(distinct).toBeGreaterThan(1);
    }
  }, 330_000);
});
