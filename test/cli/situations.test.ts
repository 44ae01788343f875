import { describe, expect, test } from 'vitest';
import { cli } from './io.js';

const EATERY = 'test/cli/fixtures/good/eatery.yaml';
const MARRIAGE = 'themes/marriage.yaml';
const TODAY = ['--today', '2026-11-27'];

describe('tongban cases: situations by default', () => {
  test('table: one row per situation with its path count, rule and notices; a total', async () => {
    const r = await cli(['cases', EATERY, ...TODAY]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /#\s+状态\s+路径\s+事项\s+需提交材料\s+时限\s+费用\s+到场\s+情形规则（满足任一行）\s+提示/,
    );
    // The market-entity type changes nothing: the rule does not name it. The notice by number, its text below.
    expect(lines[1]).toMatch(
      /^1\s+可以办理\s+2\s+2\s+3\s+15\s+0\s+1\s+经营场所面积是多少？50㎡以下，设置户外招牌\s+1$/,
    );
    expect(lines).toContain('  1. [提示] 面积不超过 50 平方米的小餐饮可以简化办理');
    expect(r.stdout).not.toContain('公司');
    // Where the area is not asked, the rule names what decides that (no cooking), not "不问".
    expect(lines.some((line) => /^7\s.*\s否，设置户外招牌\s/.test(line))).toBe(true);
    expect(r.stdout).not.toContain('不问“经营场所面积是多少？”');
    expect(lines.at(-1)).toBe('共 8 种情形，覆盖 16 条路径');
  });

  test('table: fits the terminal width', async () => {
    const r = await cli(['cases', MARRIAGE, ...TODAY], { isTTY: true, columns: 100 });
    expect(r.code).toBe(0);
    const { displayWidth } = await import('../../src/cli/format/table.js');
    expect(Math.max(...r.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(100);
  });

  test('md: a Markdown table, rule rows split by <br>, notices by number', async () => {
    const r = await cli(['cases', MARRIAGE, ...TODAY, '--format', 'md']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      '| # | 状态 | 路径 | 情形规则（满足任一行） | 事项 | 需提交材料 | 时限 | 费用 | 到场 | 提示 |',
    );
    expect(lines[1]).toMatch(/^\| ---: \| --- \|/);
    const rows = lines.filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.length).toBeGreaterThan(2);
    // Every row has the ten cells (no unescaped pipe inside).
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(12);
    expect(rows[0]).toContain('对方有配偶<br>本人有配偶');
    // Its notice by number (in the theme's order), the text once after the table.
    const number = / \| (\d+) \|$/.exec(rows[0] ?? '')?.[1];
    expect(lines).toContain(`${number}. [不予办理] 一方或双方已有配偶的，婚姻登记机关不予登记。`);
    expect(r.stdout).toMatch(/共 \d+ 种情形，覆盖 \d+ 条路径/);
  });

  test('csv: UTF-8 with a BOM, one record per rule row, one column per question, 任意 where it does not matter', async () => {
    const r = await cli(['cases', EATERY, ...TODAY, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF情形,行,路径,您的市场主体类型是？,是否现场制作食品？,')).toBe(true);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    const records = r.stdout.slice(1).trimEnd().split('\r\n');
    expect(records).toHaveLength(1 + 8);
    // The area rows cook on site (the area is asked only then): "是" written, not "任意"; without cooking the
    // area is not asked ("不问").
    expect(records[1]).toMatch(/^1,1,2,任意,是,经营场所面积是多少？50㎡以下,设置户外招牌,可以办理,/);
    expect(records[7]).toMatch(/^7,1,2,任意,否,不问,设置户外招牌,/);
    expect(records[1]).toContain('[提示] 面积不超过 50 平方米的小餐饮可以简化办理');
  });

  test('csv: each material with its status in words, not a code', async () => {
    const zh = await cli(['cases', MARRIAGE, ...TODAY, '--format', 'csv']);
    expect(zh.stdout).toMatch(/居民身份证（需提交）/);
    const en = await cli(['--lang', 'en', 'cases', MARRIAGE, ...TODAY, '--format', 'csv']);
    expect(en.stdout).toMatch(/ \(to submit\)/);
    expect(zh.stdout).not.toMatch(/\((submit|passed-on|generated|waived|shared|committed)\)/);
  });

  test('json: paths, situations with outcome, notices (id, kind, text), rule rows and a first path', async () => {
    const r = await cli(['cases', MARRIAGE, ...TODAY, '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list).toMatchObject({ theme: 'marriage', truncated: false, paths: expect.any(Number) });
    const total = list.situations.reduce((sum: number, s: { paths: number }) => sum + s.paths, 0);
    expect(total).toBe(list.paths);
    const [first] = list.situations;
    expect(first).toMatchObject({ index: 1, status: 'blocked', items: [], materials: [] });
    expect(first.notices[0]).toEqual({ id: expect.any(String), kind: 'block', text: expect.any(String) });
    expect(first.rows[0].cells[0]).toEqual({
      question: 'partner-married',
      answers: [{ key: 'yes', label: '对方有配偶' }],
      notAsked: false,
    });
    expect(first.first).toMatchObject({ key: expect.any(String), answers: expect.any(Object) });
  });

  test('--lang en: English headings and total', async () => {
    const r = await cli(['--lang', 'en', 'cases', EATERY, ...TODAY]);
    expect(r.stdout).toMatch(/#\s+status\s+paths\s+items/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('8 situations covering 16 paths');
  });

  test('--max-cases: situations of the first paths, said on stderr', async () => {
    const r = await cli(['cases', MARRIAGE, ...TODAY, '--max-cases', '5', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ paths: 5, truncated: true });
    expect(r.stderr).toContain('已达到上限 5 条路径');
  });
});

describe('tongban cases: the delivery choice splits no situation', () => {
  const SHOP = 'themes/convenience-store.yaml';

  test('csv: no row narrows the delivery question to one answer; a 送达方式 column says what each adds', async () => {
    const r = await cli(['cases', SHOP, ...TODAY, '--format', 'csv']);
    expect(r.code).toBe(0);
    const [head = '', ...records] = r.stdout.slice(1).trimEnd().split('\r\n');
    const columns = head.split(',');
    const asked = columns.indexOf('纸质证照办好后，您想怎样领取？');
    const delivery = columns.indexOf('送达方式');
    expect([asked > 0, delivery > asked]).toEqual([true, true]);
    // No field holds a comma or a line break in this theme's columns up to 送达方式.
    const cells = records.map((record) => record.split(','));
    // Any answer (已回答: asked), any answer or not asked (任意), or not asked: never one method alone.
    const seen = new Set(cells.map((c) => c[asked]));
    expect([...seen].sort()).toEqual(['不问', '任意', '已回答'].filter((x) => seen.has(x)));
    expect(seen.has('已回答') || seen.has('任意')).toBe(true);
    expect(
      cells.some((c) => c[delivery] === '窗口领取：另需到场 1 次；邮寄送达：免去领取的 1 次到场，免费邮寄'),
    ).toBe(true);
  });

  test('json: each situation lists the methods offered with the visits and fee each adds', async () => {
    const r = await cli(['cases', SHOP, ...TODAY, '--format', 'json']);
    const list = JSON.parse(r.stdout);
    const asking = list.situations.filter((s: { delivery?: unknown }) => s.delivery !== undefined);
    expect(asking.length).toBeGreaterThan(0);
    for (const s of asking) {
      expect(s.delivery.map((d: { method: string }) => d.method)).toEqual(['窗口领取', '邮寄送达']);
      for (const row of s.rows)
        for (const cell of row.cells)
          if (cell.question === 'receive')
            expect(cell.answers.map((a: { key: string }) => a.key).sort()).toEqual(['mail', 'window']);
    }
  });

  test('a capped walk says in every format itself that the list is incomplete', async () => {
    const cap = [...TODAY, '--max-cases', '5'];
    const records = (csv: string) => csv.split('\r\n').filter((line) => line !== '');
    const table = await cli(['cases', MARRIAGE, ...cap]);
    expect(table.stdout.trimEnd().split('\n').at(-1)).toMatch(/覆盖 5 条路径（已达到路径上限，清单不完整）$/);
    const md = await cli(['cases', MARRIAGE, ...cap, '--format', 'md']);
    expect(md.stdout.trimEnd().split('\n').at(-1)).toMatch(/（已达到路径上限，清单不完整）$/);
    const csv = await cli(['cases', MARRIAGE, ...cap, '--format', 'csv']);
    expect(records(csv.stdout).at(-1)).toBe('清单不完整：已达到路径上限，只走了前 5 条路径');
    const json = JSON.parse((await cli(['cases', MARRIAGE, ...cap, '--format', 'json'])).stdout);
    expect(json.incomplete).toContain('清单不完整');
    // --paths, written row by row, ends the same way.
    const paths = await cli(['cases', '--paths', MARRIAGE, ...cap]);
    expect(paths.stdout.trimEnd().split('\n').at(-1)).toBe('共 5 条路径（已达到路径上限，清单不完整）');
    const pathsMd = await cli(['cases', '--paths', MARRIAGE, ...cap, '--format', 'md']);
    expect(pathsMd.stdout.trimEnd().split('\n').at(-1)).toBe('共 5 条路径（已达到路径上限，清单不完整）');
    const pathsCsv = await cli(['cases', '--paths', MARRIAGE, ...cap, '--format', 'csv']);
    expect(records(pathsCsv.stdout).at(-1)).toBe('清单不完整：已达到路径上限，只走了前 5 条路径');
    const en = await cli(['cases', MARRIAGE, ...cap, '--lang', 'en']);
    expect(en.stdout).toContain('the list is incomplete');
    // A whole walk is not marked.
    for (const args of [[], ['--format', 'csv'], ['--paths'], ['--paths', '--format', 'csv']])
      expect((await cli(['cases', MARRIAGE, ...TODAY, ...args])).stdout).not.toContain('清单不完整');
  });
});
