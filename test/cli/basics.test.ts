import { describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { cli, expectNoStack } from './io.js';

describe('tongban: the command list, help and usage errors', () => {
  test('no arguments: the overview on stderr, exit 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('用法：tongban <命令>');
    for (const c of COMMANDS) expect(r.stderr).toContain(c.name);
  });

  test('--help and help: the overview on stdout, exit 0, in both languages', async () => {
    const zh = await cli(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('命令：');
    const en = await cli(['--help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Commands:');
    const viaEnv = await cli(['help'], { env: { TONGBAN_LANG: 'en' } });
    expect(viaEnv.stdout).toContain('Commands:');
  });

  test('every command is one of the nine documented ones', () => {
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(
      ['build', 'cases', 'dev', 'diff', 'recommend', 'render', 'run', 'test', 'validate'].sort(),
    );
  });

  for (const command of COMMANDS) {
    test(`${command.name} --help / -h in Chinese and English`, async () => {
      const zh = await cli([command.name, '--help']);
      expect(zh.code).toBe(0);
      expect(zh.stdout).toMatch(/^用法：tongban /);
      expect(zh.stdout).toContain('退出码');
      expect(zh.stdout).toContain('--lang zh|en');
      const en = await cli([command.name, '-h', '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(/^usage: tongban /);
      expect(en.stdout).toContain('Exit codes');
      expect(en.stdout).not.toMatch(/[用法退出码]{3}/);
      const viaHelp = await cli(['help', command.name]);
      expect(viaHelp.stdout).toBe(zh.stdout);
    });

    test(`${command.name}: an unknown flag is a usage error (exit 2) without a stack trace`, async () => {
      const r = await cli([command.name, '--no-such-flag']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('未知选项 --no-such-flag');
      expect(r.stderr).toContain(`tongban ${command.name} --help`);
      expectNoStack(r.stderr);
      const en = await cli([command.name, '--no-such-flag', '--lang=en']);
      expect(en.stderr).toContain('unknown option --no-such-flag');
    });
  }

  test('an unknown command: exit 2, one line with the closest command and --help, not the overview', async () => {
    const r = await cli(['valdate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('tongban：未知命令“valdate”，是否想用“validate”？命令列表见 tongban --help\n');
    expectNoStack(r.stderr);
    const en = await cli(['rnu', '--lang', 'en']);
    expect(en.stderr).toBe(
      'tongban: unknown command "rnu"; did you mean "run"? See tongban --help for the commands\n',
    );
    const far = await cli(['frobnicate', '--lang', 'en']);
    expect(far.code).toBe(2);
    expect(far.stderr).toBe('tongban: unknown command "frobnicate"; see tongban --help for the commands\n');
    // A prefix is near enough; `help <unknown>` says the same one line.
    expect((await cli(['recomm'])).stderr).toContain('是否想用“recommend”？');
    const help = await cli(['help', 'valdate']);
    expect(help.code).toBe(2);
    expect(help.stderr.split('\n')).toHaveLength(2);
  });

  test('--lang must be zh or en (exit 2); global options may precede the command', async () => {
    const bad = await cli(['validate', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang');
    const before = await cli(['--lang', 'en', 'run', '--help']);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/^usage: tongban run/);
  });

  test('a flag without its value, and a bad --format, are usage errors', async () => {
    const missing = await cli(['run', 'themes/marriage.yaml', '--answers']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--answers');
    const format = await cli(['run', 'themes/marriage.yaml', '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('text | json | md');
    const today = await cli(['run', 'themes/marriage.yaml', '--today', '2026-02-30']);
    expect(today.code).toBe(2);
    expect(today.stderr).toContain('YYYY-MM-DD');
  });

  test('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^tongban \d+\.\d+\.\d+/);
  });

  test('colours: only on a terminal, never with NO_COLOR', async () => {
    const tty = await cli(['validate', 'test/cli/fixtures/bad/broken.yaml'], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[');
    const noColor = await cli(['validate', 'test/cli/fixtures/bad/broken.yaml'], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\u001b[');
    const pipe = await cli(['validate', 'test/cli/fixtures/bad/broken.yaml']);
    expect(pipe.stdout).not.toContain('\u001b[');
  });
});
