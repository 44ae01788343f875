import { describe, expect, test } from 'vitest';
import type { CompiledTheme, Item } from '../../src/model/theme.js';
import { outcome } from '../../src/outcome/index.js';
import { start } from '../../src/session/index.js';
import { loadFixture, run, switches, toggleTheme } from './fixtures.js';

// licence ← base; check after sign; sign and food in parallel once the licence exists.
const CATALOG = `
departments:
  market: { name: 市场监管局, level: 区县 }
  fire: { name: 消防救援支队, level: 区县 }
materials:
  licence: { name: 营业执照 }
  plan: { name: 平面图 }
  seal: { name: 印章 }
items:
  base: { name: 设立登记, department: market, days: 3, produces: [licence, seal], materials: [plan] }
  food: { name: 食品经营许可, department: market, days: 12, materials: [licence, plan, seal] }
  sign: { name: 招牌备案, days: 5, materials: [licence] }
  check: { name: 消防检查, department: fire, days: 7, after: [sign], materials: [licence] }
  free: { name: 独立事项, days: 20 }
  nolimit: { name: 无时限事项, after: [food] }
  spot: { name: 当场事项, days: 0, materials: [licence] }
`;
const ITEMS = ['base', 'food', 'sign', 'check', 'free', 'nolimit', 'spot'];
const theme = loadFixture(CATALOG, toggleTheme(ITEMS));
const make = (on: readonly string[]) => outcome(run(theme, switches(ITEMS, on)));
const step = (o: ReturnType<typeof outcome>, id: string) => o.workflow.steps.find((s) => s.item === id);

describe('workflow', () => {
  test('produce/require pairs become dependencies, one edge per material passed on', () => {
    const o = make(['base', 'food']);
    expect(step(o, 'food')?.dependsOn).toEqual([
      { item: 'base', because: 'produces', material: 'licence' },
      { item: 'base', because: 'produces', material: 'seal' },
    ]);
    expect(step(o, 'base')?.dependsOn).toEqual([]);
  });

  test('explicit after is a dependency when both items apply', () => {
    const o = make(['base', 'sign', 'check']);
    expect(step(o, 'check')?.dependsOn).toEqual([
      { item: 'base', because: 'produces', material: 'licence' },
      { item: 'sign', because: 'after' },
    ]);
    expect(step(o, 'check')).toMatchObject({ stage: 2, start: 8, finish: 15 });
  });

  test('after is ignored when the other item does not apply', () => {
    const o = make(['base', 'check']);
    expect(step(o, 'check')?.dependsOn).toEqual([{ item: 'base', because: 'produces', material: 'licence' }]);
    expect(step(o, 'check')).toMatchObject({ stage: 1, start: 3, finish: 10 });
  });

  test('without the producer in the case there is no dependency and the material is handed in', () => {
    const o = make(['food']);
    expect(step(o, 'food')?.dependsOn).toEqual([]);
    expect(o.materials.find((m) => m.id === 'licence')?.status).toBe('submit');
  });

  test('parallel stages by longest path, each in the theme order', () => {
    const o = make(['base', 'food', 'sign', 'check', 'free']);
    expect(o.workflow.stages).toEqual([['base', 'free'], ['food', 'sign'], ['check']]);
    expect(o.workflow.steps.map((s) => [s.item, s.stage, s.start, s.finish])).toEqual([
      ['base', 0, 0, 3],
      ['food', 1, 3, 15],
      ['sign', 1, 3, 8],
      ['check', 2, 8, 15],
      ['free', 0, 0, 20],
    ]);
  });

  test('the critical path against the plain sum', () => {
    const chain = make(['base', 'food', 'sign', 'check']);
    // base → food (15) ties base → sign → check (15): the chain reaching the later stage wins.
    expect(chain.workflow.criticalPath).toEqual({ days: 15, items: ['base', 'sign', 'check'] });
    expect(chain.totals.days).toEqual({ critical: 15, sum: 27, saved: 12 });
    expect(chain.merge.daysSaved).toBe(12);
    const withFree = make(['base', 'food', 'sign', 'check', 'free']);
    expect(withFree.workflow.criticalPath).toEqual({ days: 20, items: ['free'] });
    expect(withFree.totals.days).toEqual({ critical: 20, sum: 47, saved: 27 });
  });

  test('an item without a time limit takes no days and sits in the stage of what it comes after', () => {
    const o = make(['base', 'food', 'nolimit']);
    expect(o.items.find((i) => i.id === 'nolimit')?.days).toBeUndefined();
    expect(step(o, 'nolimit')).toMatchObject({ stage: 1, start: 15, finish: 15 });
    expect(o.workflow.stages).toEqual([['base'], ['food', 'nolimit']]);
    expect(o.workflow.criticalPath).toEqual({ days: 15, items: ['base', 'food', 'nolimit'] });
  });

  test('an item of no days of its own sits in the stage of what it comes with, and ends the chain', () => {
    const o = make(['base', 'spot']);
    expect(step(o, 'spot')).toMatchObject({ stage: 0, start: 3, finish: 3 });
    expect(o.workflow.stages).toEqual([['base', 'spot']]);
    expect(o.workflow.criticalPath).toEqual({ days: 3, items: ['base', 'spot'] });
    // Something that takes days after it still comes a stage later.
    const later = make(['base', 'sign', 'check', 'spot']);
    expect(later.workflow.stages).toEqual([['base', 'spot'], ['sign'], ['check']]);
  });

  test('a cycle in a hand-made theme ends: the first blocked step in the theme order goes first', () => {
    const loaded = loadFixture(CATALOG, toggleTheme(['base', 'food']));
    const items = loaded.catalog.items as Record<string, Item>;
    // base now needs what food... requires, closing base → food → base; the loader would refuse this.
    const cyclic: CompiledTheme = {
      ...loaded,
      catalog: {
        ...loaded.catalog,
        items: { ...items, base: { ...(items.base as Item), after: ['food'] } },
      },
    };
    const session = run(cyclic, switches(['base', 'food'], ['base', 'food']));
    expect(session.theme).toBe(cyclic);
    const o = outcome(session);
    expect(o.workflow.steps.map((s) => [s.item, s.stage, s.start, s.finish])).toEqual([
      ['base', 0, 0, 3],
      ['food', 1, 3, 15],
    ]);
    expect(step(o, 'base')?.dependsOn).toEqual([{ item: 'food', because: 'after' }]);
    expect(o.workflow.criticalPath).toEqual({ days: 15, items: ['base', 'food'] });
    expect(start(cyclic).theme).toBe(cyclic);
  });
});
