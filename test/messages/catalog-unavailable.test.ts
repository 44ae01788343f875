import { describe, expect, test } from 'vitest';
import { messageOf } from '../../src/messages/diagnostics.js';
import { CJK } from '../support/params.js';

/**
 * `catalog-unavailable` names the catalog by the path written (or the default folder's name, `catalog`): the
 * Chinese word for a catalog is not followed by that name as if it were its translation ("目录 catalog").
 */

describe('catalog-unavailable names the catalog once, in plain words', () => {
  test.each([
    {
      named: 'default' as const,
      catalog: 'catalog',
      zh: '主题旁边的 catalog 文件夹不可用：文件不存在（主题没有写 catalog:，默认以这个文件夹为目录）',
      en: 'the catalog folder next to the theme cannot be used: no such file (the theme has no catalog:, so this folder is its catalog)',
    },
    {
      named: 'key' as const,
      catalog: './nowhere',
      zh: '目录“./nowhere”不可用：文件不存在（由 catalog: 指定，相对于主题所在的文件夹）',
      en: 'catalog "./nowhere" cannot be used: no such file (named by catalog:, relative to the theme\'s folder)',
    },
  ])('named by $named', ({ named, catalog, zh, en }) => {
    const params = { catalog, named, reason: 'not-found' as const };
    expect(messageOf('catalog-unavailable', params, 'zh')).toBe(zh);
    expect(messageOf('catalog-unavailable', params, 'en')).toBe(en);
    expect(en).not.toMatch(CJK);
    // The English word appears only as the folder's name and the key `catalog:`, never right after 目录.
    expect(zh).not.toMatch(/目录\s*“?catalog/);
  });
});
