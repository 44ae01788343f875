import { describe, expect, test } from 'vitest';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide, mermaidQuestionnaire, mermaidWorkflow } from '../../src/render/index.js';
import { loadFixture, run } from '../outcome/fixtures.js';

const CATALOG = `
departments:
  market: { name: 市场监督管理局, level: 区县 }
venues:
  hall: { name: 区政务服务中心 }
materials:
  application: { name: 食品经营许可申请书, form: 表格, source: 申请人填写 }
items:
  food-licence:
    name: 食品经营许可
    department: market
    basis: 《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）
    sources: [https://www.gov.cn/lianbo/bumen/202307/content_6891457.htm, 《食品经营许可审查通则》印刷本]
    days: 10
    fee: 0
    presence: { venue: hall, purpose: 递交申请 }
    materials: [application]
`;

const THEME = `
id: shop
title: 开店
version: "1"
audience: enterprise
questions:
  - id: cooking
    ask: 是否现场制作食品？
    type: yes-no
items:
  food-licence: { when: { cooking: true } }
notices:
  prepacked:
    kind: not-needed
    text: 不现场制作食品的，无需办理食品经营许可
    basis: 《中华人民共和国食品安全法》第三十五条
    sources: [https://flk.npc.gov.cn/detail-food-safety]
    when: { cooking: false }
`;

const theme = loadFixture(CATALOG, THEME);
const AUTHOR_ONLY = ['gov.cn/lianbo', '印刷本', 'flk.npc.gov.cn'];

describe('sources: author-only references', () => {
  test('the compiled theme keeps them on the item and the notice', () => {
    expect(theme.catalog.items['food-licence']?.sources).toEqual([
      'https://www.gov.cn/lianbo/bumen/202307/content_6891457.htm',
      '《食品经营许可审查通则》印刷本',
    ]);
    expect(theme.notices[0]?.sources).toEqual(['https://flk.npc.gov.cn/detail-food-safety']);
  });

  test.each([true, false])('no outcome or rendering shows them (cooking: %s)', (cooking) => {
    const o = outcome(run(theme, { cooking }));
    const shown = [
      JSON.stringify(o),
      markdownGuide(o, theme),
      mermaidWorkflow(o, theme),
      mermaidQuestionnaire(theme),
    ].join('\n');
    // The basis is shown; the sources are not.
    expect(shown).toContain(cooking ? '国家市场监督管理总局令第78号' : '食品安全法》第三十五条');
    for (const text of AUTHOR_ONLY) expect(shown).not.toContain(text);
  });

  test('a theme without sources compiles as before: no empty member appears', () => {
    const plain = loadFixture(
      CATALOG.replace(/ {4}sources: .*\n/, ''),
      THEME.replace(/ {4}sources: .*\n/, ''),
    );
    expect(Object.hasOwn(plain.catalog.items['food-licence'] ?? {}, 'sources')).toBe(false);
    expect(Object.hasOwn(plain.notices[0] ?? {}, 'sources')).toBe(false);
  });
});
