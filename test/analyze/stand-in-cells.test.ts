import { describe, expect, test } from 'vitest';
import { itemSituationsOf } from '../../src/analyze/item-situations.js';
import type { RuleRow } from '../../src/analyze/rule-rows.js';
import { cellText, ruleText } from '../../src/analyze/situation-text.js';
import { enumerateSituations } from '../../src/analyze/situations.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { expectOptionCells, loadFile } from './support.js';

const TODAY = '2026-11-27';

/** Every row of a theme's item lists: items, shared materials, situations without items, notices. */
function byItemRows(theme: CompiledTheme): RuleRow[] {
  const list = itemSituationsOf(theme, { today: TODAY });
  return [
    ...[...list.items, ...list.shared].flatMap((l) => l.situations.flatMap((s) => s.rows)),
    ...list.others.flatMap((s) => s.rows),
    ...list.notices.flatMap((n) => n.rows),
  ];
}

/** A row's cell texts, column by column, as the CSV writes them. */
function columns(theme: CompiledTheme, row: RuleRow): string[] {
  const byQuestion = new Map(row.cells.map((cell) => [cell.question, cell]));
  return theme.questions.map((q) => cellText(byQuestion.get(q.id), 'zh', q));
}

describe('stand-in cells read as the answers they stand for', () => {
  test('the convenience store: "含散装食品、现制熟食或自制饮品", not "已回答“…”"', async () => {
    const { theme } = await loadFile('themes/convenience-store.yaml');
    const rows = byItemRows(theme);
    const texts = rows.map((row) => ruleText(theme, row, 'zh'));
    // Before: 3 rows read "已回答“食品经营许可选择哪种审批方式？”" or "已回答“领取方式”".
    expect(texts.filter((t) => t.includes('已回答'))).toEqual([]);
    expect(texts).toContain('含散装食品、现制熟食或自制饮品');
    expect(texts).toContain('含散装食品、现制熟食或自制饮品，售酒');
    for (const row of rows) expectOptionCells(theme, row, { today: TODAY });
    const whole = enumerateSituations(theme, { today: TODAY }).situations.flatMap((s) => s.rows);
    expect(whole.flatMap((row) => columns(theme, row)).filter((t) => t.includes('已回答'))).toEqual([]);
  });

  test.each([
    ['themes/primary-school-enrolment.yaml', 0],
    ['themes/open-restaurant.yaml', 0],
    // Before: 20 (自助签注机, 居住证); those left are not asked on paths that no one or two answers name.
    ['themes/hk-macau-permit.yaml', 10],
  ])('%s: "X或不问“Q”" cells in --by-item at most %i', async (file, most) => {
    const { theme } = await loadFile(file);
    const texts = byItemRows(theme).map((row) => ruleText(theme, row, 'zh'));
    expect(texts.filter((t) => t.includes('或不问')).length).toBeLessThanOrEqual(most);
  });

  test('the school: the notice on enrolment names the age that skips the question on delay', async () => {
    const { theme } = await loadFile('themes/primary-school-enrolment.yaml');
    const texts = byItemRows(theme).map((row) => ruleText(theme, row, 'zh'));
    expect(texts).toContain('今年入学');
    expect(texts).toContain('入学年龄7周岁以上');
  });

  test('marriage situation 3 and newborn situation 1: implied answers written, not "任意"', async () => {
    const marriage = (await loadFile('themes/marriage.yaml')).theme;
    const military = enumerateSituations(marriage, { today: TODAY }).situations[2];
    expect(military?.rows.map((row) => ruleText(marriage, row, 'zh'))).toEqual(['一方为现役军人']);
    // Only a mainland partner is asked about military service; the refusals stop before it.
    const [row] = military?.rows ?? [];
    expect(columns(marriage, row as RuleRow)).toEqual([
      '均达法定婚龄',
      '任意',
      '对方无配偶',
      '无禁婚亲属关系',
      '双方均为内地居民',
      '一方为现役军人',
    ]);
    const newborn = (await loadFile('themes/newborn.yaml')).theme;
    const first = enumerateSituations(newborn, { today: TODAY }).situations[0];
    for (const r of first?.rows ?? []) expect(columns(newborn, r)).not.toContain('任意');
  });
});
