/**
 * Hostile command lines: every option of every command misused (unknown, without its value, with a value it
 * does not take, repeated, with a bad value), and hostile paths (missing, a folder, unreadable, binary, with
 * spaces and Chinese characters, a symbolic link loop, a device, empty, too long). Each gives a clear message
 * and exit code 2 (usage) or 1 (bad input), never a stack trace — through `run(argv, io)`, and for a handful
 * through the real `node dist/cli.js` process.
 *
 * test/cli/basics.test.ts covers `--no-such-flag` for each command, `run --answers` without a value and a few
 * bad values; test/cli/files.test.ts covers missing, folder, binary and chmod-000 files for every command that
 * reads one (skipping chmod 000 as root). This file covers the rest, and runs the unreadable case as `nobody`
 * when the tests run as root.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { cli, ROOT } from '../cli/io.js';
import { ensureBuilt } from '../support/built.js';
import { expectNoStackTrace } from './support.js';

const CLI = join(ROOT, 'dist/cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'tongban-args-'));
// Readable by `nobody` (the unreadable-file case runs as that user when the tests run as root).
chmodSync(tmp, 0o755);
const THEMES = join(tmp, 'themes');
const THEME = join(THEMES, 'shop.yaml');
const ODD_DIR = join(tmp, '主题 目录 with spaces');
const ODD_THEME = join(ODD_DIR, '开店 主题（测试）.yaml');
const PROFILE = join(ROOT, 'examples/profiles/new-restaurant-company.yaml');
const SCENARIOS = join(tmp, 'shop.test.yaml');
const TODAY = ['--today', '2026-11-27'];

mkdirSync(join(THEMES, 'catalog'), { recursive: true });
copyFileSync(join(ROOT, 'test/fixtures/hostile/catalog/base.yaml'), join(THEMES, 'catalog', 'base.yaml'));
copyFileSync(join(ROOT, 'test/fixtures/broken/_base/minimal.yaml'), THEME);
mkdirSync(join(ODD_DIR, 'catalog'), { recursive: true });
copyFileSync(join(ROOT, 'test/fixtures/hostile/catalog/base.yaml'), join(ODD_DIR, 'catalog', 'base.yaml'));
copyFileSync(join(ROOT, 'test/fixtures/broken/_base/minimal.yaml'), ODD_THEME);
writeFileSync(
  SCENARIOS,
  'theme: themes/shop.yaml\nscenarios:\n  - name: 现场制作\n    answers: { cooking: true }\n    expect: { items: [signboard] }\n',
);

// Links, a folder that links to itself, a binary file.
symlinkSync(join(tmp, 'loop-b.yaml'), join(tmp, 'loop-a.yaml'));
symlinkSync(join(tmp, 'loop-a.yaml'), join(tmp, 'loop-b.yaml'));
symlinkSync(join(tmp, 'self.yaml'), join(tmp, 'self.yaml'));
symlinkSync(join(tmp, 'nowhere.yaml'), join(tmp, 'dangling.yaml'));
// A folder that contains a link to itself: validating it terminates and reports the loop.
mkdirSync(join(tmp, 'cycle', 'catalog'), { recursive: true });
symlinkSync(join(tmp, 'cycle'), join(tmp, 'cycle', 'again'));
copyFileSync(THEME, join(tmp, 'cycle', 'shop.yaml'));
copyFileSync(join(THEMES, 'catalog', 'base.yaml'), join(tmp, 'cycle', 'catalog', 'base.yaml'));
writeFileSync(join(tmp, 'binary.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Arguments that make each command do its work, so that only the misused option is wrong. */
const VALID: Readonly<Record<string, readonly string[]>> = {
  validate: [THEME, ...TODAY],
  run: [THEME, '--answers', 'cooking=true', ...TODAY],
  cases: [THEME, ...TODAY],
  render: [THEME, ...TODAY],
  diff: [THEME, THEME, ...TODAY],
  recommend: ['--profile', PROFILE, '--themes', THEMES, ...TODAY],
  test: [SCENARIOS],
  build: [THEMES, '--out', join(tmp, 'out')],
  dev: [THEMES, '--port', '0', ...TODAY],
};

/** Commands that serve until Ctrl-C: `tongban dev` starts and stops (exit 130) in test/e2e/dev.test.ts. */
const SERVING = new Set(['dev']);

interface Expected {
  readonly code: 1 | 2;
  /** What stderr (or stdout, for diagnostics) must say. */
  readonly says: RegExp;
}

async function expectRun(argv: readonly string[], expected: Expected): Promise<string> {
  const r = await cli(argv, { cwd: tmp });
  const output = r.stdout + r.stderr;
  expect(r.code, `tongban ${argv.join(' ')}\n${output}`).toBe(expected.code);
  expect(output, argv.join(' ')).toMatch(expected.says);
  expectNoStackTrace(output, argv.join(' '));
  return output;
}

describe('the valid command lines these tests start from', () => {
  for (const command of COMMANDS.filter((c) => !SERVING.has(c.name))) {
    test(`${command.name} ${VALID[command.name]?.join(' ')}: exit 0`, async () => {
      const r = await cli([command.name, ...(VALID[command.name] ?? [])], { cwd: tmp });
      expect(r.code, r.stdout + r.stderr).toBe(0);
    });
  }
});

describe('options misused, for every option of every command: exit 2 and a clear message', () => {
  for (const command of COMMANDS) {
    const valid = VALID[command.name] ?? [];
    const options = Object.entries({
      ...command.options,
      lang: { type: 'string' },
      help: { type: 'boolean' },
    });

    test(`${command.name}: unknown options in other spellings`, async () => {
      for (const flag of ['-x', '-Z', '--no-such=1', '---format', '--格式', '--FORMAT', '--format_', '-']) {
        if (flag === '-') {
          // A lone dash is a positional (stdin by convention), not a file tongban reads: a bad path, exit 1.
          continue;
        }
        await expectRun([command.name, ...valid, flag], { code: 2, says: /未知选项|unknown option/ });
      }
      await expectRun(['--bogus', command.name], { code: 2, says: /未知命令|unknown command/ });
    });

    for (const [name, option] of options) {
      if (option.type === 'string') {
        if (name !== 'lang')
          test(`${command.name} --${name}: no value, at the end and before another option`, async () => {
            await expectRun([command.name, ...valid, `--${name}`], {
              code: 2,
              says: new RegExp(`--${name} 需要一个值`),
            });
            await expectRun([command.name, `--${name}`, '--help'], {
              code: 2,
              says: new RegExp(`--${name} 需要一个值`),
            });
          });
        test(`${command.name} --${name}: given twice`, async () => {
          const at = valid.indexOf(`--${name}`);
          const value = name === 'lang' ? 'zh' : at === -1 ? 'x' : (valid[at + 1] as string);
          await expectRun([command.name, ...valid, `--${name}`, value, `--${name}=${value}`], {
            code: 2,
            says: name === 'lang' ? /--lang/ : new RegExp(`--${name} 只能给一次`),
          });
        });
      } else {
        test(`${command.name} --${name}: a value it does not take, and given twice`, async () => {
          await expectRun([command.name, ...valid, `--${name}=yes`], {
            code: 2,
            says: new RegExp(`--${name} 不接受值`),
          });
          await expectRun([command.name, ...valid, `--${name}`, `--${name}`], {
            code: 2,
            says: new RegExp(`--${name} 只能给一次`),
          });
        });
      }
    }

    if ('format' in command.options)
      test(`${command.name} --format with bad values`, async () => {
        for (const format of ['pdf', 'TEXT', ' json', 'json,text', '']) {
          const without = valid.filter((_, i) => valid[i] !== '--format' && valid[i - 1] !== '--format');
          await expectRun([command.name, ...without, `--format=${format}`], { code: 2, says: /--format/ });
        }
      });

    if ('today' in command.options)
      test(`${command.name} --today with dates that are not`, async () => {
        const without = valid.filter((_, i) => valid[i] !== '--today' && valid[i - 1] !== '--today');
        for (const today of [
          '2025-02-30',
          '2025-13-01',
          '2025-2-3',
          'today',
          '20250101',
          '2025-02-28T00:00',
          '',
        ]) {
          await expectRun([command.name, ...without, `--today=${today}`], {
            code: 2,
            says: /--today 需要 YYYY-MM-DD/,
          });
        }
      });

    test(`${command.name}: an empty path`, async () => {
      if (command.name === 'recommend') {
        await expectRun([command.name, ...valid, ''], { code: 2, says: /路径不能为空|多余的参数/ });
        return;
      }
      await expectRun([command.name, '', ...valid.slice(1)], { code: 2, says: /路径不能为空/ });
    });
  }

  test('--max-cases: -1, =-1, abc, 1.5, 1e3, 0x10, " 5", empty; all and 0 are fine', async () => {
    for (const command of ['cases', 'diff']) {
      const valid = VALID[command] ?? [];
      await expectRun([command, ...valid, '--max-cases', '-1'], {
        code: 2,
        says: /--max-cases 需要一个值（以 - 开头的值请写成 --max-cases=值）/,
      });
      for (const value of ['-1', 'abc', '1.5', '1e3', '0x10', ' 5', '', 'Infinity ', '-0'])
        await expectRun([command, ...valid, `--max-cases=${value}`], {
          code: 2,
          says: /--max-cases 需要非负整数或 all/,
        });
      for (const value of ['all', '0', '5'])
        expect((await cli([command, ...valid, '--max-cases', value], { cwd: tmp })).code).toBe(0);
    }
  });

  test('English messages too', async () => {
    const r = await cli(['cases', THEME, '--max-cases', '-1', '--lang', 'en'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('option --max-cases needs a value (write --max-cases=value');
    const twice = await cli(['validate', THEME, '--format', 'json', '--format', 'text', '--lang=en'], {
      cwd: tmp,
    });
    expect(twice.stderr).toContain('option --format is given more than once');
    const empty = await cli(['validate', '', '--lang', 'en'], { cwd: tmp });
    expect(empty.stderr).toContain('a path cannot be empty');
  });
});

describe('hostile paths: exit 1 and a located message', () => {
  test('a path with spaces and Chinese characters: read, and shown as given', async () => {
    const ok = await cli(['validate', ODD_THEME, ...TODAY], { cwd: tmp });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('主题 目录 with spaces/开店 主题（测试）.yaml:7:5  warning');
    const ran = await cli(['run', ODD_THEME, '--answers', 'cooking=false', ...TODAY], { cwd: tmp });
    expect(ran.code).toBe(0);
    // Missing, with the same kind of name.
    await expectRun(['validate', join(ODD_DIR, '不存在 的.yaml')], {
      code: 1,
      says: /不存在 的\.yaml:1:1 {2}error {2}unreadable-file {2}无法读取文件：文件不存在/,
    });
    await expectRun(['run', ODD_DIR], { code: 1, says: /这是一个文件夹/ });
  });

  test('symbolic link loops and dangling links', async () => {
    for (const name of ['loop-a.yaml', 'self.yaml'])
      for (const argv of [
        ['validate', name],
        ['run', name],
        ['cases', name],
        ['run', THEME, '--profile', name],
      ])
        await expectRun(argv, { code: 1, says: /unreadable-file {2}无法读取文件：符号链接循环/ });
    await expectRun(['validate', 'dangling.yaml'], {
      code: 1,
      says: /unreadable-file {2}无法读取文件：文件不存在/,
    });
    // A folder that links to itself: listed once, and the loop is reported where the link is.
    const cycle = await cli(['validate', 'cycle', ...TODAY], { cwd: tmp });
    expect(cycle.code).toBe(1);
    expect(cycle.stdout).toContain('cycle/again:1:1  error  unreadable-file  无法读取文件：符号链接循环');
    expect(cycle.stdout).toContain('检查了 2 个文件：1 个错误');
  });

  test('devices: /dev/null is empty, /dev/zero is refused after its first 2 MB', async () => {
    await expectRun(['run', THEME, '--answers', '/dev/null'], { code: 1, says: /not-a-mapping/ });
    await expectRun(['run', THEME, '--profile', '/dev/null'], { code: 1, says: /not-a-mapping/ });
    for (const argv of [
      ['validate', '/dev/zero'],
      ['run', '/dev/zero'],
      ['run', THEME, '--answers', '/dev/zero'],
      ['run', THEME, '--profile', '/dev/zero'],
      ['recommend', '--profile', '/dev/zero', '--themes', THEMES],
    ])
      await expectRun(argv, { code: 1, says: /input-too-large {2}文件过大（超过 2097152 字节）/ });
  });

  test('a path too long, a path through a file, a path with a NUL byte', async () => {
    await expectRun(['validate', `${'长'.repeat(200)}.yaml`], { code: 1, says: /路径过长|path too long/ });
    await expectRun(['run', join(THEME, 'inside.yaml')], { code: 1, says: /路径中的一段不是文件夹/ });
    await expectRun(['run', 'a\u0000b.yaml'], { code: 1, says: /unreadable-file {2}无法读取文件：路径无效/ });
  });
});

// ---------------------------------------------------------------------------------------------------------
// The real process

const isRoot = process.getuid?.() === 0;
const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p));

describe('through the real process (node dist/cli.js)', () => {
  beforeAll(() => {
    ensureBuilt([CLI]);
  });

  const node = (args: readonly string[], asNobody = false) => {
    const command = asNobody ? (runuser as string) : process.execPath;
    const argv = asNobody ? ['-u', 'nobody', '--', process.execPath, CLI, ...args] : [CLI, ...args];
    const r = spawnSync(command, argv, {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 30_000,
    });
    return { code: r.status, out: `${r.stdout}${r.stderr}`, signal: r.signal };
  };

  test.each([
    [['validate', '{tmp}/themes/shop.yaml', '--no-such-flag'], 2, /未知选项 --no-such-flag/],
    [['validate', '{tmp}/themes/shop.yaml', '--format'], 2, /--format 需要一个值/],
    [
      ['validate', '{tmp}/themes/shop.yaml', '--format', 'json', '--format', 'json'],
      2,
      /--format 只能给一次/,
    ],
    [['validate', '{tmp}/themes/shop.yaml', '--format', 'pdf'], 2, /--format 只能是/],
    [['validate', '{tmp}/themes/shop.yaml', '--today', '2025-02-30'], 2, /--today 需要 YYYY-MM-DD/],
    [['cases', '{tmp}/themes/shop.yaml', '--max-cases', '-1'], 2, /--max-cases 需要一个值/],
    [['cases', '{tmp}/themes/shop.yaml', '--max-cases', 'abc'], 2, /--max-cases 需要非负整数或 all/],
    [['validate', ''], 2, /路径不能为空/],
    [['validate', 'no-such.yaml'], 1, /unreadable-file {2}无法读取文件：文件不存在/],
    [['validate', 'loop-a.yaml'], 1, /符号链接循环/],
    [['validate', 'binary.yaml'], 1, /invalid-encoding/],
    [['run', '/dev/zero'], 1, /input-too-large/],
    [
      ['validate', '{tmp}/主题 目录 with spaces/开店 主题（测试）.yaml', '--today', '2026-11-27'],
      0,
      /开店 主题（测试）\.yaml:7:5 {2}warning/,
    ],
  ] as const)('tongban %j: exit %i', (shown, code, says) => {
    // Shown relative to the temporary folder; run with the full paths.
    const argv = shown.map((a) => a.replace('{tmp}', tmp));
    const r = node(argv);
    expect(r.signal, r.out).toBeNull();
    expect(r.code, r.out).toBe(code);
    expect(r.out).toMatch(says);
    expectNoStackTrace(r.out, argv.join(' '));
  });

  // Root reads chmod 000 files; run as `nobody` to see the refusal (test/cli/files.test.ts skips it as root).
  // Everything `nobody` needs is in a folder of its own, the command line bundled into one file with its
  // dependencies: the test does not depend on where the clone lies (a folder `nobody` may not enter).
  test.skipIf(!isRoot || runuser === undefined)(
    'an unreadable file, folder and output folder (chmod 000 / read-only), run as nobody',
    async (context) => {
      const own = mkdtempSync(join(tmpdir(), 'tongban-nobody-'));
      try {
        chmodSync(own, 0o755);
        const cli = join(own, 'cli.mjs');
        await esbuild.build({
          entryPoints: [join(ROOT, 'src/cli/bin.ts')],
          outfile: cli,
          bundle: true,
          format: 'esm',
          platform: 'node',
          target: 'node20',
          logLevel: 'silent',
          // CommonJS dependencies (ajv) call require(): give the bundle one.
          banner: {
            js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
          },
        });
        const asNobody = (args: readonly string[]) => {
          const r = spawnSync(runuser as string, ['-u', 'nobody', '--', process.execPath, cli, ...args], {
            cwd: own,
            encoding: 'utf8',
            env: { ...process.env, NO_COLOR: '1' },
            timeout: 30_000,
          });
          return { code: r.status, out: `${r.stdout}${r.stderr}`, error: r.error };
        };
        const probe = asNobody(['--version']);
        if (probe.code !== 0)
          return context.skip(
            `nobody cannot run ${process.execPath} on ${cli} (${probe.error?.message ?? probe.out.trim()})`,
          );

        const themes = join(own, 'themes');
        mkdirSync(join(themes, 'catalog'), { recursive: true });
        copyFileSync(join(THEMES, 'catalog', 'base.yaml'), join(themes, 'catalog', 'base.yaml'));
        const theme = join(themes, 'shop.yaml');
        copyFileSync(THEME, theme);
        const file = join(own, 'secret.yaml');
        writeFileSync(file, 'id: secret\n');
        chmodSync(file, 0o000);
        const closed = join(own, 'closed');
        mkdirSync(join(closed, 'inner'), { recursive: true });
        copyFileSync(THEME, join(closed, 'inner', 'shop.yaml'));
        chmodSync(closed, 0o000);
        // An unreadable folder inside a catalog: every command that reads the catalog says so (exit 1).
        const privateDir = join(themes, 'catalog', 'private');
        mkdirSync(privateDir);
        chmodSync(privateDir, 0o000);
        for (const argv of [
          ['validate', file],
          ['run', file],
          ['run', theme, '--profile', file],
          ['run', theme, '--answers', file],
          ['validate', join(closed, 'inner', 'shop.yaml')],
          ['validate', themes],
          ['run', theme, '--answers', 'cooking=true'],
          ['build', themes, '--out', join(own, 'out-new')],
        ]) {
          const r = asNobody(argv);
          expect(r.code, `${argv.join(' ')}\n${r.out}`).toBe(1);
          expect(r.out).toMatch(/unreadable-file {2}无法读取文件：没有读取权限/);
          expectNoStackTrace(r.out, argv.join(' '));
        }
        expect(asNobody(['validate', themes]).out).toMatch(
          /catalog\/private:1:1 {2}error {2}unreadable-file/,
        );
        chmodSync(privateDir, 0o755);

        // An output folder nobody may not write: exit 1 with a diagnostic, the previous build untouched.
        const out = join(own, 'out');
        mkdirSync(out);
        writeFileSync(join(out, 'index.json'), '{"previous":true}\n');
        writeFileSync(
          join(out, '.tongban-build.json'),
          '{"format":"tongban/build@1","files":["index.json"]}\n',
        );
        for (const target of [out, join(out, 'sub')]) {
          const r = asNobody(['build', themes, '--out', target]);
          expect(r.code, r.out).toBe(1);
          expect(r.out).toMatch(/unwritable-output {2}无法写出 \S+：没有写入权限/);
          expectNoStackTrace(r.out, target);
        }
        expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe('{"previous":true}\n');
        expect(readdirSync(out).sort()).toEqual(['.tongban-build.json', 'index.json']);
        expect(readdirSync(own).filter((n) => n.includes('tongban-'))).toEqual([]);
      } finally {
        chmodSync(own, 0o755);
        for (const dir of ['closed', 'themes/catalog/private'])
          if (existsSync(join(own, dir))) chmodSync(join(own, dir), 0o755);
        rmSync(own, { recursive: true, force: true });
      }
    },
  );

  test.skipIf(isRoot)('an unreadable file (chmod 000), not root', () => {
    const file = join(tmp, 'secret-user.yaml');
    writeFileSync(file, 'id: secret\n');
    chmodSync(file, 0o000);
    try {
      const r = node(['validate', file]);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/没有读取权限/);
    } finally {
      chmodSync(file, 0o600);
    }
  });
});
