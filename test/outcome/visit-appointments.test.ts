import { describe, expect, test } from 'vitest';
import { diffThemes } from '../../src/analyze/diff.js';
import { formatDiff } from '../../src/analyze/diff-text.js';
import { outcomeText } from '../../src/cli/format/outcome-text.js';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide } from '../../src/render/markdown.js';
import { loadFixture, run } from './fixtures.js';

// A hall where applying must be booked; the permit is collected there (or mailed), the certificate of the
// community centre is collected at its own window.
const catalog = (collect = '窗口领取') => `
departments:
  police: { name: 公安局出入境管理局, level: 市级 }
venues:
  hall:
    name: 出入境大厅
    address: 民生路1500号
    hours: 周一至周六 9:00–17:00
    appointment: true
    booking: 通过“移民局12367”小程序预约
  centre: { name: 社区事务受理中心 }
items:
  permit:
    name: 通行证签发
    department: police
    days: 7
    presence: { venue: hall, purpose: 采集指纹 }
    delivery: [${collect}, 邮寄送达]
  proof:
    name: 社区证明
    days: 2
    presence: { venue: centre, purpose: 签字 }
    delivery: [窗口领取]
`;

const THEME = `
id: visits
title: 到场
version: "1"
audience: person
questions:
  - { id: proof, ask: 是否开具证明？, type: yes-no }
  - { id: how, ask: 如何领取证件？, type: single, options: { collect: 窗口领取, mail: 邮寄送达 } }
items:
  permit: always
  proof: { when: { proof: true } }
delivery: { question: how, answers: { collect: 窗口领取, mail: 邮寄送达 } }
`;

const plain = loadFixture(catalog(), THEME);
const booked = loadFixture(catalog('{ method: 窗口领取, appointment: true }'), THEME);

describe('which visit needs an appointment', () => {
  test('the visit to apply at a hall that books needs one; the visit to collect there does not', () => {
    const o = outcome(run(plain, { proof: false, how: 'collect' }));
    expect(o.totals.visits.count).toBe(2);
    expect(o.totals.visits.list).toEqual([
      {
        venue: {
          id: 'hall',
          name: '出入境大厅',
          address: '民生路1500号',
          hours: '周一至周六 9:00–17:00',
          appointment: true,
          booking: '通过“移民局12367”小程序预约',
        },
        items: ['permit'],
        purposes: ['采集指纹'],
      },
      {
        venue: { id: 'hall', name: '出入境大厅', address: '民生路1500号', hours: '周一至周六 9:00–17:00' },
        items: ['permit'],
        purposes: ['领取办理结果'],
        collect: true,
      },
    ]);
  });

  test('a 窗口领取 option with appointment: true makes the visit to collect need one, with the venue booking', () => {
    const o = outcome(run(booked, { proof: false, how: 'collect' }));
    const collect = o.totals.visits.list.find((v) => v.collect === true);
    expect(collect?.venue).toMatchObject({ appointment: true, booking: '通过“移民局12367”小程序预约' });
  });

  test('a visit to collect several items needs one when one of their options asks it', () => {
    // The permit's option asks booking; the proof's does not, and the proof is collected at the centre.
    const o = outcome(run(booked, { proof: true, how: 'collect' }));
    const collects = o.totals.visits.list.filter((v) => v.collect === true);
    expect(collects.map((v) => [v.venue.id, v.venue.appointment])).toEqual([
      ['hall', true],
      ['centre', undefined],
    ]);
  });

  test('mail delivery leaves only the visit to apply, booked', () => {
    const o = outcome(run(plain, { proof: false, how: 'mail' }));
    expect(o.totals.visits.list.map((v) => [v.collect === true, v.venue.appointment])).toEqual([
      [false, true],
    ]);
  });
});

describe('visits as the citizen reads them', () => {
  test('run text: one line per visit, 申请办理 or 领取办理结果, 需预约 only on the visit to apply', () => {
    const text = outcomeText(outcome(run(plain, { proof: true, how: 'collect' })), 'zh');
    const totals = text.slice(text.indexOf('合计'));
    expect(totals).toContain(
      [
        '  到场：4 次',
        '    1. 申请办理：出入境大厅（通行证签发）；地址：民生路1500号；办公时间：周一至周六 9:00–17:00；需预约：通过“移民局12367”小程序预约',
        '    2. 申请办理：社区事务受理中心（社区证明）',
        '    3. 领取办理结果：出入境大厅（通行证签发）；地址：民生路1500号；办公时间：周一至周六 9:00–17:00',
        '    4. 领取办理结果：社区事务受理中心（社区证明）',
      ].join('\n'),
    );
    expect(totals.match(/需预约/g)).toHaveLength(1);
  });

  test('run text in English names the purpose of each visit', () => {
    const text = outcomeText(outcome(run(booked, { proof: false, how: 'collect' })), 'en');
    expect(text).toContain('    1. to apply: 出入境大厅 (通行证签发); address: 民生路1500号');
    expect(text).toContain('    2. to collect the results: 出入境大厅 (通行证签发); address: 民生路1500号');
    expect(text.match(/appointment needed/g)).toHaveLength(2);
  });

  test('the guide says 需预约 under the visit to apply only', () => {
    const guide = markdownGuide(outcome(run(plain, { proof: false, how: 'collect' })), plain);
    expect(guide.match(/需预约/g)).toHaveLength(1);
    const visits = guide.slice(guide.indexOf('## 跑动次数'));
    expect(visits.indexOf('需预约')).toBeLessThan(visits.indexOf('领取办理结果'));
  });
});

describe('tongban diff', () => {
  test('reports a change of whether collecting must be booked as a delivery change of the item', () => {
    const diff = diffThemes(plain, booked);
    expect(diff.service).toEqual([
      {
        kind: 'item-service',
        item: 'permit',
        name: '通行证签发',
        aspects: ['delivery'],
        values: [
          {
            aspect: 'delivery',
            from: [{ method: '窗口领取' }, { method: '邮寄送达' }],
            to: [{ method: '窗口领取', appointment: true }, { method: '邮寄送达' }],
          },
        ],
      },
    ]);
    expect(formatDiff(diff)).toContain(
      '~ 事项 通行证签发：送达方式 窗口领取、邮寄送达 → 窗口领取（领取须预约）、邮寄送达',
    );
  });
});
