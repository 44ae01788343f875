import { describe, expect, test } from 'vitest';
import { cli } from './io.js';

const MARRIAGE = 'themes/marriage.yaml';
const TODAY = ['--today', '2026-11-27'];

describe('tongban cases --by-item: the lists a reviewer signs off', () => {
  test('text: each item with its situations, materials and rules; the refusals; a total', async () => {
    const r = await cli(['cases', MARRIAGE, ...TODAY, '--by-item']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('结婚登记（内地居民）（2 种情形；不适用 9 条路径）');
    // The military case is its own situation of the item, with its two extra materials.
    // "一方为现役军人" is asked of two mainland residents only, which the item's own condition reads.
    expect(r.stdout).toMatch(/规则：双方均为内地居民，一方为现役军人/);
    expect(r.stdout).toContain('《军人婚姻登记证明》（原件；需提交）');
    expect(r.stdout).toContain('没有事项的情形');
    // Refusal rules are shortened among every path: the one answer that refuses.
    expect(r.stdout).toMatch(/不予办理；1 条路径：.*\n\s+规则：未到法定婚龄\n/);
    // When each notice shows, also in the text output.
    expect(r.stdout).toContain('提示何时显示');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '共 8 种情形（事项情形 5 种，共用材料情形 0 种，不予办理或无需办理 3 种），覆盖 23 条路径',
    );
  });

  test('md, csv (with a BOM, a column per question) and json agree on the counts', async () => {
    const md = await cli(['cases', MARRIAGE, ...TODAY, '--by-item', '--format', 'md']);
    expect(md.stdout).toContain('### 结婚登记（内地居民）');
    expect(md.stdout).toContain('### 提示何时显示');
    const csv = await cli(['cases', MARRIAGE, ...TODAY, '--by-item', '--format', 'csv']);
    expect(csv.stdout.startsWith('\uFEFF部分,情形,行,路径,')).toBe(true);
    const json = JSON.parse(
      (await cli(['cases', MARRIAGE, ...TODAY, '--by-item', '--format', 'json'])).stdout,
    );
    expect(json.total).toBe(8);
    expect(json.paths).toBe(23);
    expect(json.items.map((i: { situations: unknown[] }) => i.situations.length)).toEqual([2, 3]);
    // One CSV record per rule row of every situation and notice, after the header.
    const rows = [
      ...json.items.flatMap((i: { situations: { rows: unknown[] }[] }) => i.situations),
      ...json.others,
      ...json.notices,
    ];
    const records = csv.stdout.split('\r\n').filter((line) => line !== '').length - 1;
    expect(records).toBe(rows.reduce((sum: number, x: { rows: unknown[] }) => sum + x.rows.length, 0));
  });

  test('a capped walk says in the output itself that the list is incomplete', async () => {
    const r = await cli(['cases', MARRIAGE, ...TODAY, '--by-item', '--max-cases', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/覆盖 5 条路径（已达到路径上限，清单不完整）$/);
  });

  test('a capped CSV ends with a record saying the list is incomplete; JSON says so too', async () => {
    const csv = await cli(['cases', MARRIAGE, ...TODAY, '--by-item', '--max-cases', '5', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const records = csv.stdout.split('\r\n').filter((line) => line !== '');
    expect(records.at(-1)).toBe('清单不完整：已达到路径上限，只走了前 5 条路径');
    const whole = await cli(['cases', MARRIAGE, ...TODAY, '--by-item', '--format', 'csv']);
    expect(whole.stdout).not.toContain('清单不完整');
    const json = JSON.parse(
      (await cli(['cases', MARRIAGE, ...TODAY, '--by-item', '--max-cases', '5', '--format', 'json'])).stdout,
    );
    expect(json.truncated).toBe(true);
    expect(json.incomplete).toContain('清单不完整');
  });

  test('a cell that stood for "the foods include one of these" reads so, not "已回答"', async () => {
    const r = await cli(['cases', 'themes/convenience-store.yaml', ...TODAY, '--by-item']);
    expect(r.stdout).not.toContain('已回答');
    expect(r.stdout).toContain('显示：含散装食品、现制熟食或自制饮品，售酒');
    const csv = await cli([
      'cases',
      'themes/convenience-store.yaml',
      ...TODAY,
      '--by-item',
      '--format',
      'csv',
    ]);
    expect(csv.stdout).not.toContain('已回答');
    expect(csv.stdout).toMatch(/(^|,)含散装食品、现制熟食或自制饮品(,|$)/m);
    // Not the subsets of a multiple choice in its place: a rule line stays short.
    const store = await cli(['cases', 'themes/convenience-store.yaml', ...TODAY, '--by-item']);
    const rules = store.stdout.split('\n').filter((line) => /^\s+(\(\d+\) )?(规则|显示)：/.test(line));
    expect(rules.length).toBeGreaterThan(20);
    for (const line of rules) expect(line.length, line).toBeLessThan(80);
  });

  test('an "asked" cell gives way to the answers that decide it, "not asked" among them', async () => {
    const permit = await cli(['cases', 'themes/hk-macau-permit.yaml', ...TODAY, '--by-item']);
    // The window's delivery question is asked when the self-service machine is not used (or not offered).
    expect(permit.stdout).not.toContain('已回答“领取方式”');
    expect(permit.stdout).toContain('窗口办理或不问“是否使用自助签注机办理？”');
    // The Macao endorsement with the application: tourism, not "the HK tour trips were answered".
    expect(permit.stdout).not.toContain('已回答“赴香港的旅游签注需要几次往返？”');
    const restaurant = await cli(['cases', 'themes/open-restaurant.yaml', ...TODAY, '--by-item']);
    expect(restaurant.stdout).not.toContain('已回答“面积”');
  });

  test('English, and --by-item with --paths is a usage error', async () => {
    const en = await cli(['cases', MARRIAGE, ...TODAY, '--by-item', '--lang', 'en']);
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe(
      '8 situations (5 of items, 0 of shared materials, 3 without items) covering 23 paths',
    );
    const both = await cli(['cases', MARRIAGE, '--by-item', '--paths']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--by-item');
  });
});
