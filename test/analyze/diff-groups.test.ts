import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { diffThemes } from '../../src/analyze/diff.js';
import { commonBands, sharedKey } from '../../src/analyze/diff-bands.js';
import { formatDiff } from '../../src/analyze/diff-text.js';
import { rowMatches } from '../../src/analyze/rule-rows.js';
import { ruleText } from '../../src/analyze/situation-text.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile } from '../../src/node/load.js';
import { arbitraryLoadedTheme, GENERATED_TODAY, loadThemeYaml } from '../support/arbitrary-theme.js';
import { repoPath } from './support.js';

const CATALOG = `
departments:
  d: { name: 市场监督管理局, level: 区县 }
materials:
  plan: { name: 平面图 }
items:
  a: { name: 事项甲, department: d, days: 5, fee: 0, materials: [plan] }
`;

/**
 * A theme asking the kind of shop and its area, with the questions in `extra`; the item from `limit` ㎡ on
 * (or as `items` says), and the notices in `notices`.
 */
function shop(
  limit: number,
  extra = '',
  items = `  a: { when: { area: { greaterThan: ${limit} } } }`,
  notices = '',
): CompiledTheme {
  return loadThemeYaml({
    catalog: CATALOG,
    theme: `
catalog: catalog.yaml
id: shop
title: 开店
version: "1"
audience: enterprise
questions:
  - id: kind
    ask: 主体类型？
    options: { x: 甲类, y: 乙类 }
  - id: area
    ask: 面积是多少？
    short: 面积
    type: number
    unit: ㎡
    min: 1
    max: 1000
${extra}
items:
${items}
${notices}
`,
  });
}

/** A case key as `rowMatches` reads it: each question's part by question id. */
const parts = (key: string) =>
  new Map(
    key === ''
      ? []
      : key.split('&').map((f) => [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)] as const),
  );

describe('policy diffs by where the outcome changes', () => {
  test('a threshold moved: both versions compared at both boundaries, one group named by the band between', () => {
    const bands = commonBands(shop(100), shop(150));
    expect(bands.boundaries).toEqual([
      { question: 'area', title: '面积', unit: '㎡', from: [100], to: [150] },
    ]);
    const diff = diffThemes(shop(100), shop(150));
    // Each version has two bands; together three, on both sides alike.
    expect([diff.old.cases, diff.next.cases, diff.added.length, diff.removed.length]).toEqual([6, 6, 0, 0]);
    expect(diff.groups.map((g) => [g.cases.length, g.changes.map((c) => c.kind)])).toEqual([
      [2, ['item-removed', 'material-removed', 'days']],
    ]);
    const text = formatDiff(diff, 'zh');
    expect(text).toContain(
      '  [1] 2 条路径，回答为「面积超过100㎡、150㎡以下」时：\n      不再需要办理：事项甲\n',
    );
    expect(text).toContain('“面积”的分界：100㎡ → 150㎡');
  });

  test('a group over adjacent bands reads them as one range', () => {
    const notice = `notices:
  big:
    kind: info
    text: 面积较大。
    when: { area: { greaterThan: 150 } }`;
    const old = shop(100, '', '  a: { when: { kind: x, area: { greaterThan: 100 } } }', notice);
    const next = shop(100, '', '  a: { when: { area: { greaterThan: 100 } } }', notice);
    const diff = diffThemes(old, next);
    expect(diff.groups.map((g) => g.rows.map((r) => r.cells.map((c) => c.answers.length)))).toEqual([
      [[1, 2]],
    ]);
    expect(formatDiff(diff, 'zh')).toContain(
      '回答为「乙类，面积超过100㎡」时：\n      现在需要办理：事项甲\n',
    );
  });

  test('a question added: old paths stand for each of its answers', () => {
    const extra = `  - id: sign
    ask: 是否设置店招？
    type: yes-no
    yes: 设置店招
    no: 不设店招`;
    const diff = diffThemes(shop(100), shop(100, extra));
    expect(diff.questions).toEqual({ added: [{ question: 'sign', title: '是否设置店招？' }], removed: [] });
    // Nothing depends on the new question: every path keeps its outcome.
    expect([diff.added.length, diff.removed.length, diff.changed.length, diff.unchanged]).toEqual([
      0, 0, 0, 8,
    ]);
    expect(formatDiff(diff, 'zh')).toContain('新问题：“是否设置店招？”');
    const back = diffThemes(shop(100, extra), shop(100));
    expect(back.questions.removed).toEqual([{ question: 'sign', title: '是否设置店招？' }]);
    expect([back.added.length, back.removed.length, back.changed.length]).toEqual([0, 0, 0]);
  });

  test('a shared key leaves out the questions only one version asks', () => {
    expect(sharedKey('kind=x&sign=yes&area=ge1-le100', new Set(['sign']))).toBe('kind=x&area=ge1-le100');
    expect(sharedKey('kind=x', new Set())).toBe('kind=x');
  });

  test("each group's rule matches its cases and none of another group's (generated pairs of themes)", () => {
    const arb = fc.tuple(
      arbitraryLoadedTheme({ maxQuestions: 5 }),
      arbitraryLoadedTheme({ maxQuestions: 5 }),
    );
    fc.assert(
      fc.property(arb, ([a, b]) => {
        const diff = diffThemes(a, b, { today: GENERATED_TODAY, maxCases: 300 });
        fc.pre(!diff.old.truncated && !diff.next.truncated);
        const added = diff.added.map((c) => parts(c.key));
        // A path several old paths stand for (a question dropped) may change in several ways: such paths join
        // the group of their first change only, so the check takes the paths of one group.
        const groupsOf = new Map<string, number>();
        for (const group of diff.groups)
          for (const key of new Set(group.cases)) groupsOf.set(key, (groupsOf.get(key) ?? 0) + 1);
        const single = (key: string) => groupsOf.get(key) === 1;
        diff.groups.forEach((group, g) => {
          if (group.rows.length === 0) return;
          const matches = (key: ReadonlyMap<string, string>) => group.rows.some((r) => rowMatches(r, key));
          for (const key of group.cases.filter(single)) expect(matches(parts(key))).toBe(true);
          for (const other of diff.groups.filter((_, o) => o !== g))
            for (const key of other.cases.filter(single)) expect(matches(parts(key))).toBe(false);
          for (const key of added) expect(matches(key)).toBe(false);
        });
      }),
      { numRuns: 25 },
    );
  });
});

describe('diff groups read as the situations do', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tongban-diff-groups-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** The bundled school theme with its catalog copied under `name`, `edit` applied to the theme. */
  async function school(name: string, edit: (text: string) => string = (t) => t): Promise<CompiledTheme> {
    const dir = join(tmp, name);
    cpSync(repoPath('themes/catalog'), join(dir, 'catalog'), { recursive: true });
    const text = readFileSync(repoPath('themes/primary-school-enrolment.yaml'), 'utf8');
    writeFileSync(join(dir, 'theme.yaml'), edit(text));
    const loaded = await loadThemeFile(join(dir, 'theme.yaml'));
    if (!loaded.result.ok) throw new Error(`${name} does not load`);
    return loaded.result.theme;
  }

  test('the delayed-entry application for local children only: named by the answers, no "已回答“…”"', async () => {
    const from = 'delayed-enrolment-application: { when: { delay: true } }';
    const old = await school('old');
    const next = await school('next', (t) => {
      expect(t.split(from)).toHaveLength(2);
      return t.replace(from, 'delayed-enrolment-application: { when: { delay: true, hukou: local } }');
    });
    const diff = diffThemes(old, next, { today: '2026-11-27' });
    const texts = diff.groups.flatMap((g) => g.rows.map((row) => ruleText(next, row, 'zh')));
    // Before: "积分达标，在园儿童，不问“打算报名哪类小学？”" or "已回答“父母一方是否……”，在园儿童，…" (6 rows).
    expect(texts).toEqual(['申请推迟入学，外省市户籍，在园儿童', '申请推迟入学，外省市户籍，未入园']);
  });
});
