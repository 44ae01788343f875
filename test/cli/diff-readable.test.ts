import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli } from './io.js';

// Two copies of the restaurant theme with its catalog, the new one edited as an author would edit it.
const tmp = mkdtempSync(join(tmpdir(), 'tongban-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TODAY = '2026-12-07';

/** A copy of the bundled themes under `name`, with `edit` applied to the restaurant theme and the food catalog. */
function checkout(
  name: string,
  edit: { theme?: (text: string) => string; food?: (text: string) => string } = {},
): string {
  const dir = join(tmp, name);
  cpSync('themes/catalog', join(dir, 'catalog'), { recursive: true });
  const theme = readFileSync('themes/open-restaurant.yaml', 'utf8');
  writeFileSync(join(dir, 'open-restaurant.yaml'), edit.theme ? edit.theme(theme) : theme);
  const food = join(dir, 'catalog', 'food.yaml');
  if (edit.food) writeFileSync(food, edit.food(readFileSync(food, 'utf8')));
  return join(dir, 'open-restaurant.yaml');
}

/** Replaces `from` in `text`, which must hold it exactly once (so that an edit of the bundled theme shows). */
function once(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

const OLD = checkout('old');

// The small-discharger notice moves from 150 to 200 ㎡ (the catalog's drainage materials keep 150).
const BAND = checkout('band', {
  theme: (t) =>
    once(t, 'when: { area: { lessThanInclusive: 150 } }', 'when: { area: { lessThanInclusive: 200 } }'),
});

// A new question (outdoor seating), and the food licence wants a plan of the seating area when it is answered yes.
const SEATING = checkout('seating', {
  theme: (t) =>
    once(
      t,
      '  - id: dishes\n',
      `  - id: outdoor-seating
    ask: 是否在店外设置外摆座位？
    type: yes-no
    yes: 设置外摆
    no: 不设外摆

  - id: dishes
`,
    ),
  food: (f) =>
    once(
      once(f, '\nmaterials:\n', '\nmaterials:\n  seating-plan:\n    name: 外摆区域示意图\n    form: 原件\n'),
      '      - food-licence-application\n',
      '      - food-licence-application\n      - material: seating-plan\n        when: { outdoor-seating: true }\n',
    ),
});

// The small-discharger notice reworded: outcomes compare notices by id, so no path changes.
const NOTICE = checkout('notice', {
  theme: (t) => once(t, '隔油设施和排水检测井。', '隔油设施和排水检测井，并每年检测一次。'),
});

// The fume ban cites one more article: no path changes, only the notice's legal basis.
const BASIS = checkout('basis', {
  theme: (t) =>
    once(t, '第八十一条、第一百一十八条', '第八十一条、第一百一十八条；《上海市大气污染防治条例》'),
});

const lines = (text: string) => text.trimEnd().split('\n');

describe('tongban diff reads a policy change by the answers where the outcome changes', () => {
  test('a moved threshold: one group named by the band, not every case removed and added', async () => {
    const r = await cli(['diff', OLD, BAND, '--today', TODAY]);
    expect(r.code, r.stderr).toBe(0);
    // The report before named 2,612 lines of removed and added cases and situations.
    expect(lines(r.stdout).length).toBeLessThanOrEqual(20);
    expect(r.stdout).toContain('新增 0，删除 0，变化 1632');
    expect(r.stdout).toContain('“面积”的分界：150㎡ → 150㎡、200㎡');
    expect(r.stdout).toContain(
      [
        '  [1] 1632 条路径，回答为「面积超过150㎡、200㎡以下」时：',
        '      现在显示提示：“经营面积150平方米以下，属于小型餐饮排水户，按“一表、一图、一承诺”申请”',
      ].join('\n'),
    );
    // Situations that split where the threshold moved are counted, not listed again.
    expect(r.stdout).toContain('其中：拆分 288 处');
    expect(r.stdout).not.toContain('/ 情形');
    expect(r.stdout).not.toMatch(/drainage-small|新增的路径|删除的路径/);
  });

  test('the same in English and in JSON', async () => {
    const en = await cli(['diff', OLD, BAND, '--today', TODAY, '--lang', 'en']);
    expect(lines(en.stdout).length).toBeLessThanOrEqual(20);
    expect(en.stdout).toContain('1632 paths, where the answers are “');
    expect(en.stdout).toContain('of which: split 288');
    const json = await cli(['diff', OLD, BAND, '--today', TODAY, '--format', 'json']);
    const diff = JSON.parse(json.stdout);
    expect([diff.added.length, diff.removed.length, diff.changed.length]).toEqual([0, 0, 1632]);
    expect(diff.boundaries).toEqual([
      { question: 'area', title: '面积', unit: '㎡', from: [150], to: [150, 200] },
    ]);
    expect(diff.groups).toHaveLength(1);
    const [group] = diff.groups;
    expect(group.changes).toEqual([
      { kind: 'notice-added', notice: 'drainage-small', text: expect.stringContaining('小型餐饮排水户') },
    ]);
    expect(group.rows).toEqual([
      {
        cells: [
          {
            question: 'area',
            answers: [{ key: 'gt150-le200', label: '面积超过150㎡、200㎡以下' }],
            notAsked: false,
          },
        ],
        count: 1632,
      },
    ]);
  });

  test('a new question with a material on one answer: the question, the answer and the material', async () => {
    const r = await cli(['diff', OLD, SEATING, '--today', TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stdout).length).toBeLessThanOrEqual(20);
    expect(r.stdout).toContain('新问题：“是否在店外设置外摆座位？”');
    expect(r.stdout).toMatch(
      /\[1\] \d+ 条路径，回答为「设置外摆(，[^」]*)?」时：\n {6}现在需要材料：外摆区域示意图（原件，1 份，需提交）\n/,
    );
    // Old paths stand for both answers of the new question: nothing removed or added, and the paths
    // answered 不设外摆 are unchanged.
    expect(r.stdout).toMatch(/新增 0，删除 0，变化 \d+，不变 \d+\n/);
    expect(r.stdout).not.toMatch(/新增的路径|删除的路径|outdoor-seating|seating-plan/);
  });

  test('a reworded notice: no path changes, and the report says what the notice now says', async () => {
    const r = await cli(['diff', OLD, NOTICE, '--today', TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/新增 0，删除 0，变化 0，不变 \d+\n/);
    expect(r.stdout).toContain('没有任何路径的结果发生变化。不影响结果的变化见下。');
    expect(r.stdout).toContain(
      '  ~ 提示“经营面积150平方米以下，属于小型餐饮排水户，按“一表、一图、一承诺”申请”：文字有变化：' +
        '“经营面积150平方米以下，属于小型餐饮排水户，按“一表、一图、一承诺”申请；店内须设置隔油设施和排水检测井。” → ' +
        '“经营面积150平方米以下，属于小型餐饮排水户，按“一表、一图、一承诺”申请；店内须设置隔油设施和排水检测井，并每年检测一次。”\n',
    );
    expect(r.stdout).not.toContain('drainage-small');
    const en = await cli(['diff', OLD, NOTICE, '--today', TODAY, '--lang', 'en']);
    expect(en.stdout).toContain('No path changes its outcome. Changes that do not affect outcomes follow.');
    expect(en.stdout).toMatch(
      /\n {2}~ notice “经营面积[^\n]*”: text changed: “[^\n]*检测井。” → “[^\n]*并每年检测一次。”\n/,
    );
    const json = await cli(['diff', OLD, NOTICE, '--today', TODAY, '--format', 'json']);
    const diff = JSON.parse(json.stdout);
    expect(diff.changed).toEqual([]);
    expect(diff.service).toEqual([
      {
        kind: 'notice-changed',
        notice: 'drainage-small',
        aspects: ['text'],
        from: expect.objectContaining({ kind: 'info', text: expect.stringMatching(/检测井。$/) }),
        to: expect.objectContaining({ kind: 'info', text: expect.stringMatching(/并每年检测一次。$/) }),
      },
    ]);
  });
});

describe('tongban diff --exit-code: any change the report lists, even one that changes no path', () => {
  test('a reworded notice and a new legal basis exit 1; the same theme exits 0', async () => {
    const reworded = await cli(['diff', OLD, NOTICE, '--today', TODAY, '--exit-code']);
    expect(reworded.stdout).toContain('没有任何路径的结果发生变化。不影响结果的变化见下。');
    expect(reworded.code).toBe(1);
    const basis = await cli(['diff', OLD, BASIS, '--today', TODAY, '--exit-code']);
    expect(basis.code).toBe(1);
    expect(basis.stdout).toContain(
      '  ~ 提示“居民住宅楼、未配套设立专用烟道的商住综合楼，以及商住综合楼内与居住层相邻的商业楼……”：依据有变化：' +
        '“《中华人民共和国大气污染防治法》第八十一条、第一百一十八条” → ' +
        '“《中华人民共和国大气污染防治法》第八十一条、第一百一十八条；《上海市大气污染防治条例》”\n',
    );
    expect(basis.stdout).not.toContain('fume-ban');
    const json = await cli(['diff', OLD, BASIS, '--today', TODAY, '--format', 'json', '--exit-code']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).service).toMatchObject([
      { kind: 'notice-changed', notice: 'fume-ban', aspects: ['basis'] },
    ]);
    // Without --exit-code a diff is a report: exit 0 whatever it finds.
    expect((await cli(['diff', OLD, BASIS, '--today', TODAY])).code).toBe(0);
    expect((await cli(['diff', OLD, OLD, '--today', TODAY, '--exit-code'])).code).toBe(0);
  });
});

describe('tongban diff: one fee raised in the catalog reads as one change', () => {
  /** The permit theme with its catalog copied under `name`, `edit` applied to the exit-entry catalog. */
  function permit(name: string, edit: (text: string) => string = (t) => t): string {
    const dir = join(tmp, name);
    cpSync('themes/catalog', join(dir, 'catalog'), { recursive: true });
    cpSync('themes/hk-macau-permit.yaml', join(dir, 'hk-macau-permit.yaml'));
    const catalog = join(dir, 'catalog', 'exit-entry.yaml');
    writeFileSync(catalog, edit(readFileSync(catalog, 'utf8')));
    return join(dir, 'hk-macau-permit.yaml');
  }

  test('the permit fee 60 → 80: one group, 收费增加 20 元 over the totals paid before, not one per total', async () => {
    const old = permit('permit-old');
    const next = permit('permit-fee', (t) => once(t, 'fee: { amount: 60,', 'fee: { amount: 80,'));
    const diff = await cli(['diff', old, next, '--today', TODAY]);
    expect(diff.code).toBe(0);
    const [groups] = diff.stdout.split('情形的变化');
    expect(groups).toContain('  [1] ');
    expect(groups).not.toContain('  [2] ');
    expect(groups).toContain('      收费增加 20 元（原 60 至 540 元）\n');
    expect(groups).not.toContain('收费：');
  });
});
