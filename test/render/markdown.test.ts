import { describe, expect, test } from 'vitest';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide } from '../../src/render/index.js';
import {
  FULL_ANSWERS,
  loadFixture,
  profileWith,
  RESTAURANT_CATALOG,
  RESTAURANT_THEME,
  run,
  switches,
  toggleTheme,
} from '../outcome/fixtures.js';

const theme = loadFixture(RESTAURANT_CATALOG, RESTAURANT_THEME);
const full = outcome(run(theme, FULL_ANSWERS, { profile: profileWith([{ licence: 'id-card' }]) }));

describe('markdownGuide', () => {
  test('a full restaurant case', () => {
    expect(markdownGuide(full, theme)).toMatchSnapshot();
  });

  test('reasons in the citizen’s words; the rules only with `rules`, collapsed', () => {
    const citizen = markdownGuide(full, theme);
    expect(citizen).toContain('  - 因为您选择了：凉菜（如拍黄瓜）');
    expect(citizen).not.toContain('<details>');
    expect(citizen).not.toContain('供应食品 包含');
    const author = markdownGuide(full, theme, 'zh', { rules: true });
    expect(author).toContain('<details><summary>规则</summary>');
    expect(author).toContain('- 【提示】供应凉菜须设置冷食类专间：供应食品 包含 凉菜（如拍黄瓜）');
    // Everything the citizen reads is there too, the rules come last.
    expect(author.startsWith(citizen.trimEnd())).toBe(true);
    const english = markdownGuide(full, theme, 'en', { rules: true });
    expect(english).toContain('<details><summary>Rules</summary>');
    expect(english).toContain('  - Because you chose: 凉菜（如拍黄瓜）');
  });

  test('each workflow row says why its item applies, in the citizen’s words', () => {
    const rows = (text: string, heading: string) => {
      const section = text.slice(text.indexOf(heading));
      return section.split('\n').filter((line) => line.startsWith('| 第') || line.startsWith('| stage '));
    };
    const zh = rows(markdownGuide(full, theme), '## 办理流程');
    expect(zh.length).toBe(full.items.length);
    for (const item of full.items) {
      const row = zh.find((line) => line.includes(`| ${item.name} |`));
      expect(row?.endsWith(`| ${item.reason.plain.zh} |`)).toBe(true);
    }
    expect(zh.some((row) => row.includes('因为您选择了'))).toBe(true);
    const en = markdownGuide(full, theme, 'en');
    expect(en).toContain('| stage | item | department | time limit | working days | after | why |');
    expect(en).toContain('Because you chose');
  });

  test('a blocked case', () => {
    const o = outcome(
      run(theme, { ...FULL_ANSWERS, 'company-exists': true, building: 'residential', flue: false }),
    );
    expect(markdownGuide(o, theme)).toMatchSnapshot();
  });

  test('a provisional outcome says so', () => {
    const text = markdownGuide(outcome(run(theme, { 'company-exists': false, kind: 'cook' })), theme);
    expect(text).toContain('问卷尚未完成');
    expect(text).toContain('- 情形：（问卷尚未完成）');
  });

  test('the sections and the merge sentence', () => {
    const text = markdownGuide(full, theme);
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# 我要开餐饮店 · 办事指南',
      '## 提示',
      '## 材料清单',
      '## 办理流程',
      '## 办理时限',
      '## 费用',
      '## 跑动次数',
      '## 送达方式',
      '## 依据',
    ]);
    expect(text).toContain(
      `逐项办理需 ${full.merge.itemByItem} 份材料 → 合并后需准备 ${full.merge.toSubmit} 份`,
    );
    expect(text).toContain('| 5 | 营业执照 | 原件 | 1 | 流程内传递（由企业设立登记产生） |');
    expect(text).toContain('免提交（电子证照：居民身份证（电子））');
  });

  test('is deterministic', () => {
    expect(markdownGuide(full, theme)).toBe(
      markdownGuide(
        outcome(
          run(theme, FULL_ANSWERS, {
            profile: profileWith([{ licence: 'id-card' }]),
          }),
        ),
        theme,
      ),
    );
  });

  test('escapes pipes and line breaks in table cells', () => {
    const catalog = `
materials:
  odd: { name: "甲|乙", note: "第一行\\n第二行", source: "A | B" }
items:
  one: { name: 事项一, days: 1, fee: { amount: 5, note: "x|y" }, materials: [odd] }
`;
    const t = loadFixture(catalog, toggleTheme(['one']));
    const text = markdownGuide(outcome(run(t, switches(['one'], ['one']))), t);
    expect(text).toContain(
      '| 1 | 甲\\|乙 | 原件 | 1 | 需提交 | — | 事项一 | 第一行<br>第二行；来源：A \\| B。因为：是否办理one？是 |',
    );
    expect(text).toContain('| 事项一 | 5 | x\\|y |');
    // Every row of a table has as many cells as its header, escaped pipes aside.
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length - 2;
    let header = 0;
    for (const line of text.split('\n')) {
      if (!line.startsWith('|')) header = 0;
      else if (header === 0) header = cells(line);
      else expect(cells(line)).toBe(header);
    }
  });

  test('nothing to do: no items, no materials, no fee, no visit', () => {
    const text = markdownGuide(outcome(run(theme, { 'company-exists': false, kind: 'prepacked' })), theme);
    expect(text).toContain('办理状态：**无需办理**');
    expect(text).toContain('无需提交材料。');
    expect(text).toContain('本情形无需办理事项。');
    expect(text).toContain('不收费。');
    expect(text).toContain('全程网办，无需到现场。');
  });
});
