/**
 * A guidance theme (no items: examples/decision-tree) ends in notices only. What people read of its outcomes —
 * `run`, the guide of `render`, the situations and paths of `cases` (table, Markdown, CSV) — shows the notices,
 * the answer, and none of a procedure's words or empty columns: no 可以办理 / 无需办理, no 事项, 材料, 费用 or
 * 到场. A theme with items still shows them all, also in a case without items.
 */

import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { enumerateSituations } from '../../src/analyze/situations.js';
import { guidanceSituationsCsv } from '../../src/cli/format/guidance.js';
import { loadThemeFile } from '../../src/node/index.js';
import { mermaidQuestionnaire } from '../../src/render/index.js';
import { cli, ROOT } from './io.js';

const UK = 'examples/decision-tree/check-uk-visa.yaml';
const TODAY = ['--today', '2026-12-07'];
const TRANSIT =
  'nationality=datv,dual-citizenship=no,purpose=transit,cta-destination=elsewhere,border-control=no';
const IRISH = 'nationality=ireland,dual-citizenship=no';
/** Words of a procedure's outcome that a guidance outcome has no use for. */
const PROCEDURE = /可以办理|无需办理|事项|材料|费用|到场|跑动|时限|办理流程|送达/u;

async function out(argv: readonly string[]): Promise<string> {
  const ran = await cli([...argv, ...TODAY]);
  expect(ran.code, ran.stderr).toBe(0);
  return ran.stdout;
}

describe('a guidance theme’s outcomes show the answer only', () => {
  test('run: the case and the notice, with why; no status, items, materials or totals', async () => {
    for (const answers of [TRANSIT, IRISH]) {
      const text = await out(['run', UK, '--answers', answers]);
      expect(text).not.toMatch(PROCEDURE);
      expect(text).not.toContain('状态');
    }
    const transit = await out(['run', UK, '--answers', TRANSIT]);
    expect(transit).toContain(
      '  不通过边境检查过境，也需要申请机场过境签证；持有某些有效签证或居留许可的除外。\n',
    );
    expect(transit).toContain('    因为：不通过边境检查；您选择了：');
    const irish = await out(['run', UK, '--answers', IRISH]);
    expect(irish).toContain('  持爱尔兰护照前往英国，不需要签证。\n');
    const english = await out(['run', UK, '--answers', IRISH, '--lang', 'en']);
    expect(english).not.toMatch(/Status|Items|Materials|Totals|nothing needed/u);
  });

  test('render: the guide has the case, the summary and the notices; no procedure sections', async () => {
    const guide = await out(['render', UK, '--answers', TRANSIT]);
    expect(guide).not.toMatch(PROCEDURE);
    expect(guide).toContain('## 提示\n\n- 不通过边境检查过境');
    const rules = await out(['render', UK, '--answers', IRISH, '--explain']);
    expect(rules).not.toMatch(/可以办理|- 办理状态/u);
    expect(rules).toContain('<details><summary>');
  });

  test('cases: the table, Markdown and CSV have paths, rules and the result only', async () => {
    for (const format of ['table', 'md', 'csv']) {
      const text = await out(['cases', UK, '--format', format]);
      expect(text, format).not.toMatch(PROCEDURE);
      expect(text, format).toContain('持爱尔兰护照前往英国，不需要签证。');
      expect(text, format).toContain('结果');
    }
    const table = await out(['cases', UK]);
    expect(table).toContain('共 36 种情形，覆盖 444 条路径');
    // CSV columns are headed by the question as asked, not its short form, as in a theme with items.
    const loaded = await loadThemeFile(join(ROOT, UK));
    if (!loaded.result.ok) throw new Error('the UK example does not load');
    const theme = loaded.result.theme;
    const shortened = { ...theme, questions: theme.questions.map((q) => ({ ...q, short: '简称' })) };
    const csv = guidanceSituationsCsv(shortened, enumerateSituations(theme, { today: '2026-12-07' }), 'zh');
    const csvHead = csv.split('\n')[0] ?? '';
    expect(csvHead).toContain('您持有哪个国家或地区的护照？');
    expect(csvHead).not.toContain('简称');
    const md = await out(['cases', UK, '--format', 'md']);
    expect(md.split('\n')[0]).toBe('| # | 路径 | 情形规则（满足任一行） | 结果 |');
  });

  test('cases --by-item: no item sections; a one-line note, then the situations with their notices', async () => {
    for (const format of ['table', 'md', 'csv']) {
      const ran = await cli(['cases', UK, '--by-item', '--format', format, ...TODAY]);
      expect(ran.code, ran.stderr).toBe(0);
      expect(ran.stdout, format).not.toMatch(PROCEDURE);
      expect(ran.stdout, format).not.toContain('没有事项的情形');
      expect(ran.stdout, format).toBe(await out(['cases', UK, '--format', format]));
      expect(ran.stderr.trim(), format).toBe('这是指导类主题，没有事项可分事项审核；以下列出各情形及其提示');
    }
    // JSON keeps the by-item shape programs read.
    const json = JSON.parse(await out(['cases', UK, '--by-item', '--format', 'json'])) as {
      items: unknown[];
    };
    expect(json.items).toEqual([]);
  });

  test('cases --paths: each path with its case, key and result', async () => {
    for (const format of ['table', 'md']) {
      const text = await out(['cases', UK, '--paths', '--format', format]);
      expect(text, format).not.toMatch(PROCEDURE);
      expect(text, format).toContain('nationality=ireland&dual-citizenship=no');
      expect(text, format).toContain('共 444 条路径');
    }
  });

  test('the JSON is the same for every theme: statuses and counts stay', async () => {
    const json = JSON.parse(await out(['cases', UK, '--format', 'json'])) as {
      situations: { status: string; items: unknown[] }[];
    };
    expect(json.situations[0]).toMatchObject({ status: 'not-needed', items: [] });
  });

  test('a theme with items keeps status and columns, also in a case without items', async () => {
    const table = await out(['cases', 'themes/convenience-store.yaml']);
    expect(table).toContain('状态');
    expect(table).toContain('无需办理');
    const md = await out(['cases', 'themes/marriage.yaml', '--format', 'md']);
    expect(md.split('\n')[0]).toContain('| 状态 |');
  });
});

describe('a guidance theme’s decision graph (mermaidQuestionnaire, as the theme pages draw it)', () => {
  test('names its notices by their text, not by a procedure’s kind', async () => {
    const graph = async (file: string) => {
      const loaded = await loadThemeFile(join(ROOT, file));
      if (!loaded.result.ok) throw new Error(`${file} does not load`);
      return mermaidQuestionnaire(loaded.result.theme);
    };
    const uk = await graph(UK);
    expect(uk).toContain('x_ireland_no_visa>"持爱尔兰护照前往英国，不需要签证。"]');
    expect(uk).not.toMatch(/无需办理|>"提示：/u);
    expect(await graph('themes/convenience-store.yaml')).toMatch(/>"无需办理：/u);
  });
});
