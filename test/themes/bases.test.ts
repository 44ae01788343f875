/**
 * Every legal basis of the bundled themes names a law or regulation by title, or a normative document by its
 * 文号: a measure known only by its date, or a guide, belongs in the author-only sources.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompiledTheme } from '../../src/model/theme.js';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../../src/node/index.js';

const THEMES = join(import.meta.dirname, '..', '..', 'themes');

/** A law or regulation by title (《…法》 also covers 办法 and 法典, 《…条例》), or a 令 number. */
const LAW_TITLE = /《[^》]*(?:法|法典|条例)》|令第\d+号/u;
/** A 文号: 国发〔2024〕3号 (or 〔2001〕政组字第84号), 令第N号, 公告2024年第N号, 公告〔十六届〕第七十三号. */
const DOCUMENT_NUMBER = /〔\d{4}〕\D{0,6}\d+号|令第\d+号|公告\d{4}年第\d+号|公告〔[^〕]+〕第[^号]+号/u;

/** The entries of one basis: an item lists them, a notice joins them with "；". */
function basisEntries(basis: string): string[] {
  return basis
    .split('；')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** Whether one basis entry names a law or regulation, or carries a 文号. */
function citesDocument(entry: string): boolean {
  return LAW_TITLE.test(entry) || DOCUMENT_NUMBER.test(entry);
}

let themes: CompiledTheme[];

beforeAll(async () => {
  themes = [];
  const cache = new CatalogCache();
  for (const file of await themeFilesIn(THEMES)) {
    const loaded = await loadThemeFile(file, { cache });
    if (!loaded.result.ok) throw new Error(`${file} does not load`);
    themes.push(loaded.result.theme);
  }
});

describe('bases name a law, a regulation or a 文号', () => {
  test('the rule accepts titles and numbers and refuses measures, guides and bare dates', () => {
    expect(citesDocument('《中华人民共和国户口登记条例》第七条')).toBe(true);
    expect(citesDocument('《中华人民共和国出境入境管理法》第十条')).toBe(true);
    expect(citesDocument('《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》第二十二条')).toBe(true);
    expect(citesDocument('《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）')).toBe(true);
    expect(citesDocument('《国务院关于…的指导意见》（国发〔2024〕3号）')).toBe(true);
    expect(citesDocument('市场监管总局公告2024年第12号')).toBe(true);
    expect(citesDocument('国家移民管理局出入境证件“全国通办”措施（2019年4月1日起施行）')).toBe(false);
    expect(citesDocument('中山市新生儿出生“一件事”办事指南（示例）')).toBe(false);
    expect(citesDocument('往来港澳通行证有效期按公安部规定执行')).toBe(false);
    expect(citesDocument('上海市市场监督管理局关于…告知承诺审批的通知（2021年11月18日，示例）')).toBe(false);
    expect(citesDocument('《中华人民共和国民法典》第一千零四十九条')).toBe(true);
    expect(citesDocument('（〔2001〕政组字第84号）')).toBe(true);
    expect(basisEntries('《甲法》第一条；乙措施')).toEqual(['《甲法》第一条', '乙措施']);
  });

  test('every basis entry of every item and notice of the bundled themes cites a document', () => {
    expect(themes.map((t) => t.id).sort()).toHaveLength(6);
    const uncited: string[] = [];
    for (const t of themes) {
      for (const entry of t.items) {
        for (const basis of t.catalog.items[entry.item]?.basis ?? []) {
          for (const part of basisEntries(basis))
            if (!citesDocument(part)) uncited.push(`${t.id} item ${entry.item}: ${part}`);
        }
      }
      for (const notice of t.notices) {
        for (const part of basisEntries(notice.basis ?? ''))
          if (!citesDocument(part)) uncited.push(`${t.id} notice ${notice.id}: ${part}`);
      }
    }
    expect(uncited).toEqual([]);
  });
});
