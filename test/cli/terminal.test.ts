import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { textTable, wrap } from '../../src/cli/format/table.js';
import { type CliIO, colorOf } from '../../src/cli/io.js';
import { ensureBuilt } from '../support/built.js';
import { bufferIO, cli, ROOT } from './io.js';

const HK = 'themes/hk-macau-permit.yaml';
const EATERY = 'themes/open-restaurant.yaml';
const EATERY_ANSWERS = [
  '--answers',
  'company-exists=false,entity-type=company,hire-staff=true,dishes=hot+cold,alcohol=true,location=street,area=120,food-track=standard,fire-track=commitment,sign=true,sign-heritage=false,tobacco=true',
  '--today',
  '2026-11-27',
];
const ESC = String.fromCharCode(27);
/** What rewrites a progress line: back to its start, then erase it. */
const REWRITE = `\r${ESC}[K`;

/** scripts/start.mjs, the plain JavaScript behind `npm start`. */
interface StartScript {
  needsBuild(root: string): boolean;
  startPlan(interactive: boolean, lang: 'zh' | 'en'): { args: string[]; note: string };
}
const { needsBuild, startPlan } = (await import(
  pathToFileURL(join(ROOT, 'scripts/start.mjs')).href
)) as StartScript;

/** The display width of the widest line (colour codes take none). */
const widest = (text: string) => Math.max(...text.split('\n').map((line) => stringWidth(line)));

describe('tables on a terminal', () => {
  test('wrap: words at spaces, Chinese between any two characters, a long word inside itself', () => {
    expect(wrap('passed on to 往来港澳通行证签发', 12)).toEqual(['passed on to', '往来港澳通行', '证签发']);
    expect(wrap('中华人民共和国', 6)).toEqual(['中华人', '民共和', '国']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('', 5)).toEqual(['']);
    for (const line of wrap('居民身份证、往来港澳通行证签发、赴香港签注签发 hand in', 10))
      expect(stringWidth(line)).toBeLessThanOrEqual(10);
  });

  test('textTable: within a width the widest columns wrap; without one, cells keep to one line', () => {
    const rows = [[1, '往来港澳通行证（电子卡式）', '流程内传递（往来港澳通行证签发）']];
    const wide = textTable(['#', '材料', '提交方式'], rows, { indent: '  ', right: [0] });
    expect(wide).toHaveLength(2);
    const narrow = textTable(['#', '材料', '提交方式'], rows, { indent: '  ', right: [0], width: 40 });
    expect(narrow.length).toBeGreaterThan(2);
    for (const line of narrow) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    // Every character is still there.
    const chars = (lines: readonly string[]) => [...lines.join('').replace(/\s/g, '')].sort().join('');
    expect(chars(narrow)).toBe(chars(wide));
  });

  for (const columns of [60, 80, 120]) {
    test(`run: the outcome's material table fits a terminal ${columns} columns wide`, async () => {
      const r = await cli(['run', EATERY, ...EATERY_ANSWERS], { isTTY: true, columns });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`${ESC}[`);
      const table = r.stdout.slice(r.stdout.indexOf('材料（'), r.stdout.indexOf('流程（'));
      expect(table.split('\n').length).toBeGreaterThan(10);
      expect(widest(table)).toBeLessThanOrEqual(columns);
    });
  }

  test('run in a pipe: no width, so the table keeps one line per material (wider than a terminal)', async () => {
    const r = await cli(['run', EATERY, ...EATERY_ANSWERS]);
    const table = r.stdout.slice(r.stdout.indexOf('材料（'), r.stdout.indexOf('流程（'));
    expect(widest(table)).toBeGreaterThan(120);
    const tty = await cli(['run', EATERY, ...EATERY_ANSWERS], {
      isTTY: true,
      columns: 80,
      env: { NO_COLOR: '1' },
    });
    expect(tty.stdout.split('\n').length).toBeGreaterThan(r.stdout.split('\n').length);
  });
});

describe('validate: progress on a terminal only', () => {
  test('more than a few files: files done / total on stderr when it is a terminal', async () => {
    const r = await cli(['validate', 'themes'], { stderrIsTTY: true });
    expect(r.code).toBe(0);
    const total = Number(/检查了 (\d+) 个文件/.exec(r.stdout)?.[1]);
    expect(total).toBeGreaterThan(5);
    expect(r.stderr).toContain(`${REWRITE}检查中：0/${total} 个文件…`);
    expect(r.stderr).toContain(`${REWRITE}检查中：${total - 1}/${total} 个文件…`);
    expect(r.stderr).toContain(`${total}/${total} 个文件，分析主题…`);
    // The line is cleared before the report, which stays on stdout.
    expect(r.stderr.endsWith(REWRITE)).toBe(true);
    const en = await cli(['validate', 'themes', '--lang', 'en'], { stderrIsTTY: true });
    expect(en.stderr).toContain(`checking: 3/${total} files…`);
  });

  test('piped, or a few files: nothing beyond the report', async () => {
    const piped = await cli(['validate', 'themes']);
    expect(piped.stderr).toBe('');
    const few = await cli(['validate', HK, 'themes/marriage.yaml'], { stderrIsTTY: true });
    expect(few.stderr).toBe('');
  });
});

describe('colours follow NO_COLOR and FORCE_COLOR', () => {
  const io = (isTTY: boolean, env: Record<string, string>): CliIO => bufferIO({ isTTY, env });
  test.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    // no-color.org: an empty NO_COLOR does not count.
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    // FORCE_COLOR wins over NO_COLOR, as in Node and chalk.
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ])('terminal %s, env %j: colour %s', (isTTY, env, expected) => {
    expect(colorOf(io(isTTY, env))).toBe(expected);
  });

  test('a piped validate with FORCE_COLOR is coloured; on a terminal with NO_COLOR it is not', async () => {
    expect((await cli(['validate', HK], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}[`);
    expect((await cli(['validate', HK], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(
      `${ESC}[`,
    );
  });
});

describe('npm start', () => {
  test('builds only when dist/ is missing or older than src/', () => {
    const root = mkdtempSync(join(tmpdir(), 'tongban-start-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/index.ts'), '');
    expect(needsBuild(root)).toBe(true);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/cli.js'), '');
    const old = new Date('2026-01-01T00:00:00Z');
    const now = new Date('2026-02-01T00:00:00Z');
    utimesSync(join(root, 'src/index.ts'), old, old);
    utimesSync(join(root, 'dist/cli.js'), now, now);
    expect(needsBuild(root)).toBe(false);
    utimesSync(join(root, 'src/index.ts'), now, new Date('2026-03-01T00:00:00Z'));
    expect(needsBuild(root)).toBe(true);
  });

  test('says where its answers come from', () => {
    expect(startPlan(false, 'zh').note).toContain('答案取自 examples/answers/hk-macau-permit.yaml');
    expect(startPlan(false, 'zh').args).toContain('--answers');
    expect(startPlan(true, 'en').note).toContain('examples/profiles/shanghai-resident.yaml');
    expect(startPlan(true, 'en').args).not.toContain('--answers');
  });

  test('on a built checkout: no build, the note on stderr, the outcome without "0 个工作日"', () => {
    ensureBuilt([join(ROOT, 'dist/cli.js')]);
    const r = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TONGBAN_LANG: '' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('正在构建');
    expect(r.stderr).toContain('不在终端上运行，答案取自 examples/answers/hk-macau-permit.yaml');
    expect(r.stdout).toContain('赴香港签注签发（随证件一并签发）');
    // "0 个工作日" on its own, not the end of a longer figure such as "20 个工作日"
    expect(r.stdout).not.toMatch(/(^|[^0-9])0 个工作日/);
    // Two visits: to apply (booked beforehand) and to collect at the window (no booking).
    const totals = r.stdout.slice(r.stdout.indexOf('合计'));
    expect(totals).toMatch(/\n {4}1\. 申请办理：上海市公安局出入境办证大厅（示例）（[^\n]*需预约/u);
    expect(totals).toMatch(/\n {4}2\. 领取办理结果：上海市公安局出入境办证大厅（示例）（[^\n预]*\n/u);
    expect(totals.match(/需预约/g)).toHaveLength(1);
  });
});
