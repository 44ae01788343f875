import { describe, expect, test } from 'vitest';
import { outcome } from '../../src/outcome/index.js';
import { FULL_ANSWERS, loadFixture, RESTAURANT_CATALOG, RESTAURANT_THEME, run } from './fixtures.js';

const theme = loadFixture(RESTAURANT_CATALOG, RESTAURANT_THEME);

describe('status and notices', () => {
  test('ready, with every applying notice and its reason', () => {
    const o = outcome(run(theme, FULL_ANSWERS));
    expect(o.status).toBe('ready');
    expect(o.notices).toEqual([
      {
        id: 'cold',
        kind: 'info',
        text: '供应凉菜须设置冷食类专间',
        reason: {
          condition: { fact: 'dishes', operator: 'contains', value: 'cold' },
          facts: [
            {
              fact: 'dishes',
              label: '供应食品',
              value: ['hot', 'cold', 'drinks'],
              display: '热菜热食、凉菜（如拍黄瓜）、自制饮品',
              source: 'answer',
            },
          ],
          text: '供应食品 包含 凉菜（如拍黄瓜）',
          decisive: ['dishes'],
          plain: { zh: '因为您选择了：凉菜（如拍黄瓜）', en: 'Because you chose: 凉菜（如拍黄瓜）' },
        },
      },
    ]);
  });

  test('blocked when a block notice applies: no items, materials or steps, whatever else would apply', () => {
    const o = outcome(run(theme, { ...FULL_ANSWERS, building: 'residential', flue: false }));
    expect(o.status).toBe('blocked');
    const block = o.notices.find((n) => n.kind === 'block');
    expect(block).toMatchObject({ id: 'no-flue', basis: '《中华人民共和国大气污染防治法》第八十一条' });
    expect(block?.reason.text).toBe('建筑 = 住宅楼底商；无专用烟道');
    const unblocked = outcome(run(theme, { ...FULL_ANSWERS, building: 'residential', flue: true }));
    expect(unblocked.items.length).toBeGreaterThan(0);
    expect(o.items).toEqual([]);
    expect(o.materials).toEqual([]);
    expect(o.workflow.steps).toEqual([]);
    expect(o.totals.fee.total).toBe(0);
  });

  test('not blocked when the flue exists', () => {
    const o = outcome(run(theme, { ...FULL_ANSWERS, building: 'residential', flue: true }));
    expect(o.status).toBe('ready');
  });

  test('not-needed when a not-needed notice applies and no item does', () => {
    const o = outcome(run(theme, { 'company-exists': false, kind: 'prepacked' }));
    expect(o.provisional).toBe(false);
    expect(o.status).toBe('not-needed');
    expect(o.items).toEqual([]);
    expect(o.materials).toEqual([]);
    expect(o.workflow).toEqual({ steps: [], stages: [], criticalPath: { days: 0, items: [] } });
    expect(o.merge).toEqual({
      itemByItem: 0,
      forms: 0,
      generated: 0,
      shared: 0,
      committed: 0,
      merged: 0,
      toSubmit: 0,
      passedOn: 0,
      waived: 0,
      daysSaved: 0,
    });
  });
});

describe('provisional outcome of a partial session', () => {
  test('only entries whose conditions already hold; the case is null', () => {
    const o = outcome(run(theme, { 'company-exists': false, kind: 'cook' }));
    expect(o.provisional).toBe(true);
    expect(o.case).toBeNull();
    // sign-filing, fire-check and tobacco-licence depend on questions not answered yet.
    expect(o.items.map((i) => i.id)).toEqual(['company-registration', 'food-licence']);
    expect(o.materials.map((m) => m.id)).not.toContain('cold-room-plan');
    expect(o.materials.find((m) => m.id === 'business-licence')?.status).toBe('passed-on');
    expect(o.notices).toEqual([]);
    expect(o.status).toBe('ready');
  });

  test('an undecided days variant is skipped for the first that holds', () => {
    // fire-check applies once drinks are chosen; its 10-day variant waits on the area, not answered yet.
    const o = outcome(run(theme, { 'company-exists': true, kind: 'cook', dishes: ['drinks'] }));
    expect(o.provisional).toBe(true);
    expect(o.items.find((i) => i.id === 'fire-check')?.days).toBe(7);
    const complete = outcome(
      run(theme, { ...FULL_ANSWERS, 'company-exists': true, dishes: ['drinks'], area: 400 }),
    );
    expect(complete.items.find((i) => i.id === 'fire-check')?.days).toBe(10);
  });

  test('the first question unanswered: nothing applies yet', () => {
    const o = outcome(run(theme, {}));
    expect(o).toMatchObject({
      provisional: true,
      case: null,
      status: 'ready',
      items: [],
      materials: [],
      notices: [],
    });
  });
});
