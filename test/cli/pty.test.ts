import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from '../support/built.js';
import { ROOT } from './io.js';

const CLI = join(ROOT, 'dist/cli.js');
const DRIVER = join(ROOT, 'test/cli/pty-driver.py');

beforeAll(() => {
  // This test needs Python's pty module: fail loudly rather than skip when python3 is missing.
  const python = spawnSync('python3', ['-c', 'import pty, termios, fcntl'], { encoding: 'utf8' });
  if (python.error || python.status !== 0)
    throw new Error(
      `python3 with the pty module is required for this test: ${python.error?.message ?? python.stderr}`,
    );
  ensureBuilt([CLI]);
});

const DOWN = '\u001b[B';
const ENTER = '\r';

/** Runs the built CLI in a pseudo-terminal, typing `keys` after each `wait_for` text appears. */
function drive(
  script: readonly (readonly [string, string])[],
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
) {
  return spawnSync('python3', [DRIVER, JSON.stringify(script), '--', process.execPath, CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, TERM: 'xterm-256color', ...env },
  });
}

/** Terminal output without colour and cursor codes. */
function plain(text: string): string {
  return text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g'), '');
}

describe('tongban run in a real pseudo-terminal', () => {
  test('arrow keys and enter walk the HK/Macao theme to its outcome', () => {
    const result = drive(
      [
        ['您要办理哪项业务', ENTER], // 首次申领 (the first option)
        ['是否属于下列人员', ENTER], // 都不是
        ['是否同时申请签注', ENTER], // 是
        ['前往港澳的目的是', DOWN + ENTER], // 个人旅游（G）
        ['前往哪里', ENTER], // 香港
        ['需要几次往返', DOWN + ENTER], // 两次往返
        ['想怎样领取', ENTER], // 凭回执到办证大厅领取
        ['要修改之前的回答吗', `n${ENTER}`],
      ],
      [
        'run',
        'themes/hk-macau-permit.yaml',
        '--profile',
        'examples/profiles/shanghai-resident.yaml',
        '--today',
        '2026-11-27',
      ],
    );
    const out = plain(result.stdout);
    expect(result.stderr, out).toBe('');
    expect(result.status, out).toBe(0);
    expect(out).toContain('已根据档案预填');
    expect(out).toMatch(/第 1 题，至多还有 \d+ 题/);
    expect(out).toContain('当前事项：');
    expect(out).toContain(
      '情形：首次申领 · 本市户籍 · 年龄16至59周岁 · 非备案人员 · 同时申请签注 · 个人旅游（G） · 赴港 · 赴港二次 · 窗口领取',
    );
    expect(out).toContain('状态：可以办理');
    expect(out).toContain('赴香港签注签发（随证件一并签发）');
    expect(out).not.toContain('0 个工作日');
    expect(out).toContain('逐项办理需 4 份材料 → 一表申请，需准备 1 份');
  });

  test('← 上一题 goes back a question in the terminal too', () => {
    const result = drive(
      [
        ['您要办理哪项业务', ENTER],
        // At 是否属于下列人员: two options, the separator, then ← 上一题.
        ['是否属于下列人员', `${DOWN}${DOWN}${ENTER}`],
        ['您要办理哪项业务', `${DOWN}${ENTER}`], // 换发 this time
        ['是否属于下列人员', ENTER],
        ['是否同时申请签注', `${DOWN}${ENTER}`], // 否：只办证件
        ['想怎样领取', `${DOWN}${ENTER}`], // 邮寄送达
        ['要修改之前的回答吗', `n${ENTER}`],
      ],
      [
        'run',
        'themes/hk-macau-permit.yaml',
        '--profile',
        'examples/profiles/shanghai-resident.yaml',
        '--today',
        '2026-11-27',
      ],
      { NO_COLOR: '1' },
    );
    const out = plain(result.stdout);
    expect(result.status, out).toBe(0);
    expect(out).toContain('情形：换发 · 本市户籍');
    expect(out).toContain('只办证件');
  });
});
