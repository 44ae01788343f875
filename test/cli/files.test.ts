import { accessSync, chmodSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli, expectNoStack } from './io.js';

/** Bad inputs every command must turn into a clear message and exit 1 — never a stack trace. */
const tmp = mkdtempSync(join(tmpdir(), 'tongban-files-'));
const MISSING = join(tmp, 'no-such-theme.yaml');
const BINARY = join(tmp, 'binary.yaml');
const LATIN1 = join(tmp, 'latin1.yaml');
const UNREADABLE = join(tmp, 'unreadable.yaml');
writeFileSync(BINARY, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
writeFileSync(LATIN1, Buffer.from('id: caf\xe9\n', 'latin1'));
writeFileSync(UNREADABLE, 'id: secret\n');
chmodSync(UNREADABLE, 0o000);
afterAll(() => {
  chmodSync(UNREADABLE, 0o600);
  rmSync(tmp, { recursive: true, force: true });
});

// Root (as in many CI containers) reads files whatever their mode, so chmod 000 cannot make a file
// unreadable there: that one sub-case is skipped when the file can still be read, and only then.
const unreadableIsReadable = (() => {
  try {
    accessSync(UNREADABLE, constants.R_OK);
    return true;
  } catch {
    return false;
  }
})();

const PROFILE = 'examples/profiles/shanghai-resident.yaml';
const THEME = 'themes/hk-macau-permit.yaml';

/** Every place a command reads a file, with the file put in. */
const USES: readonly (readonly [string, (file: string) => string[]])[] = [
  ['validate <path>', (f) => ['validate', f]],
  ['run <theme>', (f) => ['run', f]],
  ['run --profile', (f) => ['run', THEME, '--profile', f]],
  ['run --answers', (f) => ['run', THEME, '--answers', f]],
  ['cases <theme>', (f) => ['cases', f]],
  ['cases --profile', (f) => ['cases', THEME, '--profile', f]],
  ['render <theme>', (f) => ['render', f]],
  ['render --answers', (f) => ['render', THEME, '--answers', f]],
  ['diff <old>', (f) => ['diff', f, THEME]],
  ['diff <new>', (f) => ['diff', THEME, f]],
  ['recommend --profile', (f) => ['recommend', '--profile', f]],
  ['test <file>', (f) => ['test', f]],
];

async function expectClear(argv: string[], pattern: RegExp) {
  const r = await cli(argv);
  expect(r.code, `${argv.join(' ')}\n${r.stdout}${r.stderr}`).toBe(1);
  expect(r.stdout + r.stderr).toMatch(pattern);
  expectNoStack(r.stdout + r.stderr);
}

describe('bad files: a clear message and exit 1, never a stack trace', () => {
  for (const [name, argv] of USES) {
    test(`${name}: a missing file`, async () => {
      await expectClear(argv(MISSING), /unreadable-file .*文件不存在/);
    });
    test(`${name}: a directory`, async () => {
      // validate and test read folders: an empty one has nothing to check.
      const pattern = /这是一个文件夹|is a directory|没有找到/;
      await expectClear(argv(mkdtempSync(join(tmp, 'dir-'))), pattern);
    });
    test(`${name}: a binary file`, async () => {
      await expectClear(argv(BINARY), /invalid-encoding/);
    });
    test.skipIf(unreadableIsReadable)(`${name}: an unreadable file (chmod 000)`, async () => {
      await expectClear(argv(UNREADABLE), /unreadable-file .*没有读取权限/);
    });
  }

  test('a file that is not UTF-8 is located at its first bad byte', async () => {
    await expectClear(['validate', LATIN1], /latin1\.yaml:1:\d+ {2}error {2}invalid-encoding/);
  });

  test('a profile given where a theme is expected, and a theme given as a profile', async () => {
    await expectClear(['run', PROFILE], /error/);
    await expectClear(['run', THEME, '--profile', THEME], /unknown-key|missing-key/);
  });

  test('build: a missing themes folder', async () => {
    await expectClear(['build', MISSING, '--out', join(tmp, 'out')], /unreadable-file/);
  });
});
