import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide } from '../../src/render/markdown.js';
import { loadFixture, run } from './fixtures.js';

const CATALOG = `
departments:
  police: { name: 公安局出入境管理局, level: 市级 }
venues:
  hall: { name: 出入境大厅, address: 民生路1500号 }
  branch: { name: 区出入境办证点 }
items:
  permit:
    name: 通行证签发
    department: police
    days: 7
    fee: 60
    presence: { venue: hall, purpose: 采集指纹 }
    delivery:
      - 窗口领取
      - { method: 邮寄送达, fee: 22, note: 邮费由申请人支付 }
      - { method: 立等可取, when: { business: reissue } }
  endorsement:
    name: 签注签发
    department: police
    days: 7
    fee: 15
    presence: { venue: branch, purpose: 办理签注 }
    delivery: [窗口领取, { method: 邮寄送达, fee: 12 }]
  note:
    name: 证明开具
    days: 1
    presence: { venue: branch, purpose: 开具证明 }
    delivery: [窗口领取]
`;

const theme = (ask: boolean) => `
id: delivery
title: 送达
version: "1"
audience: person
questions:
  - { id: business, ask: 办理类型？, type: single, options: { first: 首次申领, reissue: 补发 } }
  - { id: endorse, ask: 是否办理签注？, type: yes-no }
  - { id: proof, ask: 是否开具证明？, type: yes-no }
${ask ? '  - { id: how, ask: 如何领取证件？, type: single, options: { collect: 窗口领取, mail: 邮寄送达, now: 立等可取 } }' : ''}
items:
  permit: always
  endorsement: { when: { endorse: true } }
  note: { when: { proof: true } }
${ask ? 'delivery: { question: how, answers: { collect: 窗口领取, mail: 邮寄送达, now: 立等可取 } }' : ''}
`;

const asking = loadFixture(CATALOG, theme(true));
const silent = loadFixture(CATALOG, theme(false));
type Answers = { business: string; endorse: boolean; proof: boolean; how?: string };
const make = (t: typeof asking, answers: Answers) => outcome(run(t, answers));

describe('delivery options', () => {
  test('an option is offered only where its condition holds (立等可取 not for first applications)', () => {
    const first = make(silent, { business: 'first', endorse: false, proof: false });
    expect(first.items[0]?.delivery).toEqual(['窗口领取', '邮寄送达']);
    expect(first.totals.delivery).toEqual(['窗口领取', '邮寄送达']);
    const reissue = make(silent, { business: 'reissue', endorse: false, proof: false });
    expect(reissue.items[0]?.delivery).toEqual(['窗口领取', '邮寄送达', '立等可取']);
  });

  test('without a question the outcome lists the choices with postage and counts no collection visit', () => {
    const o = make(silent, { business: 'first', endorse: true, proof: false });
    expect(o.totals.chosenDelivery).toBeUndefined();
    expect(o.totals.visits.count).toBe(2);
    expect(o.totals.fee.total).toBe(75);
    expect(o.items[0]?.deliveryDetails).toEqual([{ method: '邮寄送达', fee: 22, note: '邮费由申请人支付' }]);
    const guide = markdownGuide(o, silent);
    // Before a choice (here none is asked) every method is listed with what it needs and costs.
    expect(guide).toContain(
      '- 窗口领取：需到场领取办理结果\n- 邮寄送达：无需到场领取，邮费 22 元，邮费由申请人支付',
    );
    expect(guide).not.toContain('您的选择');
  });

  test('choosing 窗口领取 adds one visit per venue to collect results', () => {
    const o = make(asking, { business: 'first', endorse: true, proof: true, how: 'collect' });
    expect(o.totals.chosenDelivery).toEqual({
      method: '窗口领取',
      items: ['permit', 'endorsement', 'note'],
      fee: 0,
    });
    expect(o.totals.visits.count).toBe(4);
    expect(o.totals.visits.list.filter((v) => v.collect)).toEqual([
      {
        venue: { id: 'hall', name: '出入境大厅', address: '民生路1500号' },
        items: ['permit'],
        purposes: ['领取办理结果'],
        collect: true,
      },
      {
        venue: { id: 'branch', name: '区出入境办证点' },
        items: ['endorsement', 'note'],
        purposes: ['领取办理结果'],
        collect: true,
      },
    ]);
    expect(o.totals.fee.total).toBe(75);
  });

  test('choosing 邮寄送达 saves the collection visits of the items mailed and adds the postage once', () => {
    const o = make(asking, { business: 'first', endorse: true, proof: true, how: 'mail' });
    expect(o.totals.chosenDelivery).toEqual({
      method: '邮寄送达',
      items: ['permit', 'endorsement'],
      fee: 22,
      note: '邮费由申请人支付',
    });
    // The proof is not mailed: it is still collected at its window.
    expect(o.totals.visits.list.filter((v) => v.collect).map((v) => v.items)).toEqual([['note']]);
    expect(o.totals.visits.count).toBe(3);
    expect(o.totals.fee.total).toBe(97);
    expect(o.totals.fee.breakdown.at(-1)).toEqual({ item: 'permit', amount: 22, note: '邮费由申请人支付' });
    // The guide names only the chosen method: its postage and the collection visits it saves.
    const guide = markdownGuide(o, asking);
    expect(guide).toContain(
      '## 送达方式\n\n邮寄送达（您的选择）：另需到场 1 次（免去 1 次），邮费 22 元，邮费由申请人支付\n\n',
    );
    expect(guide).not.toContain('窗口领取：');
  });

  test('立等可取 chosen where it is not offered falls back to collecting at the window', () => {
    const first = make(asking, { business: 'first', endorse: false, proof: false, how: 'now' });
    expect(first.totals.chosenDelivery?.items).toEqual([]);
    expect(first.totals.visits.count).toBe(2);
    const reissue = make(asking, { business: 'reissue', endorse: false, proof: false, how: 'now' });
    expect(reissue.totals.chosenDelivery?.items).toEqual(['permit']);
    expect(reissue.totals.visits.count).toBe(1);
  });

  test('property: mail delivery never needs more visits than collecting at the window, nor costs less', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('first', 'reissue'),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('mail', 'now'),
        (business, endorse, proof, how) => {
          const window = make(asking, { business, endorse, proof, how: 'collect' });
          const other = make(asking, { business, endorse, proof, how });
          const none = make(silent, { business, endorse, proof });
          expect(other.totals.visits.count).toBeLessThanOrEqual(window.totals.visits.count);
          // The visits to hand in are the same whatever the choice: only collection visits differ.
          expect(other.totals.visits.list.filter((v) => !v.collect)).toEqual(
            none.totals.visits.list.filter((v) => !v.collect),
          );
          if (how === 'mail') expect(other.totals.fee.total).toBeGreaterThanOrEqual(window.totals.fee.total);
        },
      ),
      { numRuns: 40 },
    );
  });
});
