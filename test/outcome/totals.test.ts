import { describe, expect, test } from 'vitest';
import { outcome } from '../../src/outcome/index.js';
import { loadFixture, run, switches, toggleTheme } from './fixtures.js';

const CATALOG = `
departments:
  police: { name: 公安局出入境管理局, level: 市级 }
  street: { name: 街道办事处, level: 街镇 }
venues:
  hall: { name: 出入境大厅, address: 民生路1500号 }
  window: { name: 社区事务受理中心 }
items:
  permit:
    name: 通行证签发
    department: police
    days: 7
    fee: 60
    presence: { venue: hall, purpose: 采集指纹 }
    delivery: [邮寄送达, 窗口领取]
  endorsement:
    name: 签注签发
    department: police
    days: 7
    fee: { amount: 15, note: 每次签注 }
    presence: { venue: hall, purpose: 拍摄照片 }
    delivery: [窗口领取]
  again:
    name: 再次采集
    department: police
    days: 1
    presence: { venue: hall, purpose: 采集指纹 }
  proof:
    name: 社区证明
    department: street
    level: 区县
    days: 2
    fee: 0
    presence: [{ when: { online: true }, venue: window, purpose: 签字确认 }, {}]
    delivery: [电子证照, 立等可取]
  free:
    name: 免费事项
    fee: { amount: 0, note: 免收 }
`;
const ITEMS = ['permit', 'endorsement', 'again', 'proof', 'free'];
const theme = loadFixture(
  CATALOG,
  toggleTheme(ITEMS, { extra: '  - { id: online, ask: 是否需要到社区签字？, type: yes-no }' }),
);
const make = (on: readonly string[], online = false) => outcome(run(theme, switches(ITEMS, on, { online })));

describe('totals', () => {
  test('visits: steps at the same venue count once, with their items and purposes', () => {
    const o = make(ITEMS, true);
    expect(o.totals.visits).toEqual({
      count: 3,
      list: [
        {
          venue: { id: 'hall', name: '出入境大厅', address: '民生路1500号' },
          items: ['permit', 'endorsement', 'again'],
          purposes: ['采集指纹', '拍摄照片'],
        },
        { venue: { id: 'window', name: '社区事务受理中心' }, items: ['proof'], purposes: ['签字确认'] },
        // The theme asks no choice of delivery, and the endorsement is only handed over at the window.
        {
          venue: { id: 'hall', name: '出入境大厅', address: '民生路1500号' },
          items: ['endorsement'],
          purposes: ['领取办理结果'],
          collect: true,
        },
      ],
    });
  });

  test('a presence variant without a venue means no visit', () => {
    const o = make(['proof'], false);
    expect(o.items[0]?.presence).toBeUndefined();
    expect(o.totals.visits).toEqual({ count: 0, list: [] });
    expect(make(['proof'], true).items[0]?.presence).toEqual({
      venue: { id: 'window', name: '社区事务受理中心' },
      purpose: '签字确认',
    });
  });

  test('fee breakdown lists the items that charge; the total adds them up', () => {
    const o = make(ITEMS);
    expect(o.totals.fee).toEqual({
      total: 75,
      breakdown: [
        { item: 'permit', amount: 60 },
        { item: 'endorsement', amount: 15, note: '每次签注' },
      ],
    });
    expect(o.items.find((i) => i.id === 'free')?.fee).toEqual({ amount: 0, note: '免收' });
    expect(o.items.find((i) => i.id === 'again')?.fee).toBeUndefined();
  });

  test('delivery options: the union across items, in a fixed order', () => {
    expect(make(ITEMS).totals.delivery).toEqual(['窗口领取', '邮寄送达', '电子证照', '立等可取']);
    expect(make(['endorsement']).totals.delivery).toEqual(['窗口领取']);
    expect(make(['again']).totals.delivery).toEqual([]);
  });

  test('items carry department, level (own or the department’s), basis and days', () => {
    const o = make(['permit', 'proof']);
    expect(o.items.map((i) => [i.id, i.department?.name, i.level, i.days])).toEqual([
      ['permit', '公安局出入境管理局', '市级', 7],
      ['proof', '街道办事处', '区县', 2],
    ]);
    expect(o.items.find((i) => i.id === 'free')).toBeUndefined();
  });

  test('days: all independent, so the critical path is the longest item', () => {
    const o = make(['permit', 'endorsement', 'proof']);
    expect(o.totals.days).toEqual({ critical: 7, sum: 16, saved: 9 });
    expect(o.workflow.stages).toEqual([['permit', 'endorsement', 'proof']]);
  });
});
