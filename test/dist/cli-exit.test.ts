/**
 * The built command line leaves as soon as its work is done (`process.exit` once the event loop is empty, which
 * skips Node's teardown of the heap), with the command's exit code and every byte of its output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../support/built.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = join(ROOT, 'dist', 'cli.js');

/** Preloaded: says on stderr when the process leaves through `process.exit`, and with which code. */
const WATCH_EXIT = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; const exit = process.exit; process.exit = (code) => { writeSync(2, 'left-by-exit ' + code + '\\n'); return exit(code); };",
)}`;

function cli(args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', WATCH_EXIT, ENTRY, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('the command line exits once its work is done', () => {
  beforeAll(() => ensureBuilt([ENTRY]), 300_000);

  test('validate with problems: exit 1 through process.exit, the whole JSON report in the pipe', () => {
    const result = cli(['validate', 'test/fixtures/broken', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('left-by-exit 1');
    const report = JSON.parse(result.stdout) as unknown[];
    expect(report.length).toBeGreaterThan(100);
  });

  test('--help and a usage error keep their exit codes (0 and 2)', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stderr).toContain('left-by-exit 0');
    expect(help.stdout).toContain('validate');
    const usage = cli(['validate', '--no-such-option']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('left-by-exit 2');
  });
});
