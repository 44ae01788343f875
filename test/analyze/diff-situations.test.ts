import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffThemes } from '../../src/analyze/diff.js';
import type { SituationChange } from '../../src/analyze/diff-situations.js';
import { formatDiff } from '../../src/analyze/diff-text.js';
import { enumerateSituations } from '../../src/analyze/situations.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { arbitraryLoadedTheme, GENERATED_TODAY, loadThemeYaml } from '../support/arbitrary-theme.js';

const CATALOG = `
departments:
  d: { name: 市场监督管理局, level: 区县 }
materials:
  id-card: { name: 居民身份证 }
  plan: { name: 平面图 }
items:
  a: { name: 事项甲, department: d, days: 5, fee: 0, materials: [id-card] }
  b: { name: 事项乙, department: d, days: 3, fee: 0, materials: [id-card, plan] }
  c: { name: 事项丙, department: d, days: 1, fee: 10, materials: [plan] }
`;

/** A theme asking `kind` (options x, y, z and any `extra`) and whether to set a sign, with the items given. */
function theme(items: string, extra = ''): CompiledTheme {
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
    options: { x: 甲类, y: 乙类, z: 丙类${extra} }
  - id: sign
    ask: 是否设置店招？
    type: yes-no
    yes: 设置店招
    no: 不设店招
items:
${items}
`,
  });
}

const A_X = '  a: { when: { kind: x } }';
const B_Y = '  b: { when: { kind: y } }';
const C_SIGN = '  c: { when: { sign: true } }';

/** The kinds of the changes, and which situations each names (old → new, by index). */
function shape(change: SituationChange): string {
  switch (change.kind) {
    case 'changed':
      return `changed ${change.old.index}→${change.next.index}`;
    case 'merged':
      return `merged ${change.from.map((l) => l.situation.index).join('+')}→${change.into.index}`;
    case 'split':
      return `split ${change.from.index}→${change.into.map((l) => l.situation.index).join('+')}`;
    case 'regrouped':
      return `regrouped ${change.from.map((s) => s.index).join('+')}→${change.into.map((s) => s.index).join('+')}`;
    default:
      return `${change.kind} ${change.situation.index}`;
  }
}

/** The old and the new situations a change names, by index. */
function sides(change: SituationChange): [number[], number[]] {
  switch (change.kind) {
    case 'changed':
      return [[change.old.index], [change.next.index]];
    case 'merged':
      return [change.from.map((l) => l.situation.index), [change.into.index]];
    case 'split':
      return [[change.from.index], change.into.map((l) => l.situation.index)];
    case 'regrouped':
      return [change.from.map((x) => x.index), change.into.map((x) => x.index)];
    case 'added':
      return [[], [change.situation.index]];
    case 'removed':
      return [[change.situation.index], []];
  }
}

describe('situation diffs', () => {
  test('an outcome that changes in one situation: what it now needs, in words', () => {
    const old = theme([A_X, B_Y].join('\n'));
    const next = theme([A_X, B_Y, '  c: { when: { kind: y } }'].join('\n'));
    const diff = diffThemes(old, next);
    expect(diff.situations.changes.map(shape)).toEqual(['changed 2→2']);
    expect(diff.situations.unchanged).toBe(2);
    const [changed] = diff.situations.changes;
    if (changed?.kind !== 'changed') throw new Error('expected a changed situation');
    expect([changed.shared, changed.changes.map((c) => c.kind)]).toEqual([2, ['item-added', 'fee']]);
    expect(formatDiff(diff, 'zh')).toContain(
      ['  ~ 情形「乙类」（2 条路径）现在：', '      现在需要办理：事项丙', '      收费：0 → 10 元'].join(
        '\n',
      ),
    );
    expect(formatDiff(diff, 'en')).toContain(
      '  ~ the situation “乙类” (2 paths) now:\n      now needs the item 事项丙',
    );
  });

  test('a new question that matters splits every situation', () => {
    const old = theme([A_X, B_Y].join('\n'));
    const next = theme([A_X, B_Y, C_SIGN].join('\n'));
    const diff = diffThemes(old, next).situations;
    // Old: x (a), y (b), z (nothing), each with or without the sign; new: the sign adds c.
    expect([diff.old, diff.next]).toEqual([3, 6]);
    expect(diff.changes.map(shape)).toEqual(['split 1→1+2', 'split 2→3+4', 'split 3→5+6']);
    const [first] = diff.changes;
    if (first?.kind !== 'split') throw new Error('expected a split');
    expect(first.into.map((l) => [l.shared, l.changes.map((c) => c.kind)])).toEqual([
      [1, ['item-added', 'material-added', 'fee']],
      [1, []],
    ]);
  });

  test('two situations that get the same outcome merge into one', () => {
    const old = theme([A_X, B_Y].join('\n'));
    const next = theme('  a: { when: { kind: [x, y] } }');
    const diff = diffThemes(old, next).situations;
    expect(diff.changes.map(shape)).toEqual(['merged 1+2→1']);
    const [merged] = diff.changes;
    if (merged?.kind !== 'merged') throw new Error('expected a merge');
    expect(merged.from.map((l) => [l.shared, l.changes.map((c) => c.kind)])).toEqual([
      [2, []],
      [2, ['item-removed', 'item-added', 'material-removed', 'days']],
    ]);
    expect(diff.unchanged).toBe(1);
    expect(formatDiff(diffThemes(old, next), 'zh')).toContain(
      '* 2 个情形合并为 1 个：情形「甲类或乙类」（4 条路径）',
    );
    expect(formatDiff(diffThemes(old, next), 'en')).toContain(
      '* 2 situations merged into one: the situation “甲类 or 乙类” (4 paths)',
    );
  });

  test('the other way round, one situation splits in two', () => {
    const diff = diffThemes(
      theme('  a: { when: { kind: [x, y] } }'),
      theme([A_X, B_Y].join('\n')),
    ).situations;
    expect(diff.changes.map(shape)).toEqual(['split 1→1+2']);
    expect(
      formatDiff(diffThemes(theme('  a: { when: { kind: [x, y] } }'), theme([A_X, B_Y].join('\n'))), 'zh'),
    ).toContain('/ 情形「甲类或乙类」（4 条路径）分为 2 个情形：');
  });

  test('a new option with its own outcome adds a situation; dropping it removes one', () => {
    const old = theme([A_X, B_Y].join('\n'));
    const next = theme([A_X, B_Y, '  c: { when: { kind: w } }'].join('\n'), ', w: 丁类');
    const forward = diffThemes(old, next).situations;
    expect(forward.changes.map(shape)).toEqual(['added 4']);
    expect(forward.unchanged).toBe(3);
    const added = forward.changes[0];
    if (added?.kind !== 'added') throw new Error('expected an added situation');
    expect([added.situation.paths, added.situation.unmatched, added.situation.items]).toEqual([2, 2, ['c']]);
    const backward = diffThemes(next, old).situations;
    expect(backward.changes.map(shape)).toEqual(['removed 4']);
    expect(formatDiff(diffThemes(next, old), 'zh')).toContain('- 删除情形「丁类」（2 条路径）：');
  });

  test('a new option that leads into an existing situation changes its paths only', () => {
    const old = theme([A_X, B_Y].join('\n'));
    const next = theme([A_X, B_Y].join('\n'), ', w: 丁类');
    const diff = diffThemes(old, next).situations;
    expect(diff.changes.map(shape)).toEqual(['changed 3→3']);
    const [changed] = diff.changes;
    if (changed?.kind !== 'changed') throw new Error('expected a changed situation');
    expect([changed.changes, changed.next.unmatched, changed.shared]).toEqual([[], 2, 2]);
    expect(formatDiff(diffThemes(old, next), 'zh')).toContain('覆盖的路径：新增 2 条');
  });

  test('situations regrouped: several old share paths with several new', () => {
    const old = theme('  a: { when: { kind: [x, y] } }\n  b: { when: { kind: z } }');
    const next = theme('  a: { when: { kind: x } }\n  b: { when: { kind: [y, z] } }');
    const diff = diffThemes(old, next).situations;
    expect(diff.changes.map(shape)).toEqual(['regrouped 1+2→1+2']);
    const [regrouped] = diff.changes;
    if (regrouped?.kind !== 'regrouped') throw new Error('expected a regrouping');
    expect(regrouped.links).toEqual([
      { from: 1, into: 1, shared: 2 },
      { from: 1, into: 2, shared: 2 },
      { from: 2, into: 2, shared: 2 },
    ]);
    expect(formatDiff(diffThemes(old, next), 'en')).toContain(
      'new 2. the situation “乙类 or 丙类” (4 paths) (from old 1, 2)',
    );
  });

  test('a theme against itself: every situation unchanged (generated themes)', () => {
    fc.assert(
      fc.property(arbitraryLoadedTheme({ maxQuestions: 6 }), (t) => {
        const options = { today: GENERATED_TODAY, maxCases: 300 };
        const diff = diffThemes(t, t, options).situations;
        const situations = enumerateSituations(t, options).situations.length;
        expect(diff.changes).toEqual([]);
        expect([diff.old, diff.next, diff.unchanged]).toEqual([situations, situations, situations]);
      }),
      { numRuns: 25 },
    );
  });

  test('every path of both versions is accounted for once (generated pairs of themes)', () => {
    const arb = fc.tuple(
      arbitraryLoadedTheme({ maxQuestions: 5 }),
      arbitraryLoadedTheme({ maxQuestions: 5 }),
    );
    fc.assert(
      fc.property(arb, ([a, b]) => {
        const options = { today: GENERATED_TODAY, maxCases: 300 };
        const diff = diffThemes(a, b, options);
        fc.pre(!diff.old.truncated && !diff.next.truncated);
        const s = diff.situations;
        // Situations named by the changes plus the unchanged ones are all of each side, each named once.
        const olds: number[] = [];
        const nexts: number[] = [];
        for (const c of s.changes) {
          const [from, into] = sides(c);
          olds.push(...from);
          nexts.push(...into);
        }
        expect(new Set(olds).size).toBe(olds.length);
        expect(new Set(nexts).size).toBe(nexts.length);
        expect(olds.length + s.unchanged).toBe(s.old);
        expect(nexts.length + s.unchanged).toBe(s.next);
        // No situation change exactly when no case changes.
        const casesChanged = diff.added.length + diff.removed.length + diff.changed.length > 0;
        expect(s.changes.length > 0).toBe(casesChanged);
      }),
      { numRuns: 25 },
    );
  });
});
