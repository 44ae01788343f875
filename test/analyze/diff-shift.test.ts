import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { groupKey } from '../../src/analyze/case-changes.js';
import { diffThemes } from '../../src/analyze/diff.js';
import { changeText, formatDiff } from '../../src/analyze/diff-text.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeYaml } from '../support/arbitrary-theme.js';

const TODAY = '2026-12-07';

/**
 * A shop theme: item a (fee `a`, `days` working days) from 100 ㎡ on, item b (fee `b`, 5 days) on every path, and the
 * material `extra` for item b on paths of kind y when `material` is set.
 */
function shop(fees: { a: number; b: number; days?: number; material?: boolean }): CompiledTheme {
  const when = fees.material ? ', when: { kind: y }' : '';
  return loadThemeYaml({
    catalog: `
departments:
  d: { name: 市场监督管理局, level: 区县 }
materials:
  plan: { name: 平面图 }
  extra: { name: 补充说明 }
items:
  a: { name: 事项甲, department: d, days: ${fees.days ?? 5}, fee: ${fees.a}, materials: [plan] }
  b: { name: 事项乙, department: d, days: 5, fee: ${fees.b}, materials: [plan${fees.material ? `, { material: extra${when} }` : ''}] }
`,
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
items:
  a: { when: { area: { greaterThan: 100 } } }
  b: { when: { area: { greaterThan: 0 } } }
`,
  });
}

describe('a total moved alike on paths where it differed reads as one group', () => {
  test('one fee raised by 20: one group, 收费增加 20 元 over the fees before', () => {
    const diff = diffThemes(shop({ a: 40, b: 60 }), shop({ a: 40, b: 80 }), { today: TODAY });
    expect(diff.changed.length).toBeGreaterThan(1);
    expect(diff.groups).toHaveLength(1);
    const [group] = diff.groups;
    expect(group?.changes).toEqual([
      { kind: 'shift', aspect: 'fee', by: 20, from: { min: 60, max: 100 }, to: { min: 80, max: 120 } },
    ]);
    expect(group?.cases).toHaveLength(diff.changed.length);
    // The groups come first; the situations after them keep each pair's own totals.
    const [groups] = formatDiff(diff).split('情形的变化');
    expect(groups).toContain('收费增加 20 元（原 60 至 100 元）');
    expect(groups).not.toContain('收费：');
    expect(formatDiff(diff, 'en')).toContain('fee up by 20 yuan (was 60 to 100 yuan)');
  });

  test('a fee lowered reads 减少; where every path had the same total, the change keeps from → to', () => {
    const lower = diffThemes(shop({ a: 40, b: 60 }), shop({ a: 40, b: 50 }), { today: TODAY });
    expect(lower.groups.map((g) => g.changes.map((c) => changeText(c)))).toEqual([
      ['收费减少 10 元（原 60 至 100 元）'],
    ]);
    // Item a's fee changes only the paths that need it, which all paid the same: one exact change.
    const one = diffThemes(shop({ a: 40, b: 60 }), shop({ a: 50, b: 60 }), { today: TODAY });
    expect(one.groups.map((g) => g.changes)).toEqual([[{ kind: 'fee', from: 100, to: 110 }]]);
  });

  test('days shift alike too: 时限增加 N 个工作日', () => {
    // The critical path is the longer item: 5 days without item a, `days` with it.
    const diff = diffThemes(shop({ a: 0, b: 0, days: 10 }), shop({ a: 0, b: 0, days: 12 }), { today: TODAY });
    expect(diff.groups.map((g) => g.changes.map((c) => changeText(c)))).toEqual([['时限：10 → 12 个工作日']]);
    expect(
      changeText({
        kind: 'shift',
        aspect: 'days',
        by: 3,
        from: { min: 5, max: 10 },
        to: { min: 8, max: 13 },
      }),
    ).toBe('时限增加 3 个工作日（原 5 至 10 个工作日）');
  });

  test('paths that also change otherwise keep a group of their own', () => {
    const diff = diffThemes(shop({ a: 40, b: 60 }), shop({ a: 40, b: 80, material: true }), { today: TODAY });
    expect(diff.groups).toHaveLength(2);
    const kinds = diff.groups.map((g) => g.changes.map((c) => c.kind));
    expect(kinds).toContainEqual(['material-added', 'shift']);
    expect(kinds).toContainEqual(['shift']);
  });

  test("each group: its paths' changes share the group's key, and each total's range holds every path's value", () => {
    const fee = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(fee, fee, fee, fee, fc.boolean(), (a, b, a2, b2, material) => {
        const diff = diffThemes(shop({ a, b }), shop({ a: a2, b: b2, material }), { today: TODAY });
        const byKey = new Map(diff.changed.map((c) => [c.key, c.changes]));
        const keys = new Set<string>();
        for (const group of diff.groups) {
          const paths = group.cases.map((k) => byKey.get(k) ?? []);
          const key = groupKey(paths[0] ?? []);
          expect(keys.has(key)).toBe(false);
          keys.add(key);
          for (const changes of paths) {
            expect(groupKey(changes)).toBe(key);
            for (const [at, c] of changes.entries()) {
              const shown = group.changes[at];
              if (c.kind !== 'fee' || shown?.kind !== 'shift') {
                expect(shown).toEqual(c);
                continue;
              }
              expect(c.to - c.from).toBe(shown.by);
              expect(c.from).toBeGreaterThanOrEqual(shown.from.min);
              expect(c.from).toBeLessThanOrEqual(shown.from.max);
            }
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});
