import { describe, expect, test } from 'vitest';
import { diffThemes } from '../../src/analyze/diff.js';
import { formatDiff } from '../../src/analyze/diff-text.js';
import { detailChangeText } from '../../src/messages/service-diff-words.js';
import { loadFixture } from '../outcome/fixtures.js';

const catalog = (days: string, fee: number, mail: string) => `
departments:
  police: { name: 出入境管理局, level: 市级 }
items:
  permit:
    name: 通行证签发
    department: police
    days: ${days}
    fee: ${fee}
    delivery: [窗口领取, ${mail}]
`;
const THEME = `
id: permit
title: 通行证
version: "1"
audience: person
questions:
  - id: go
    ask: 是否办理？
    type: yes-no
items:
  permit: { when: { go: true } }
`;

describe('a diff says service details old → new', () => {
  const old = loadFixture(catalog('10', 60, '邮寄送达'), THEME);
  const next = loadFixture(
    catalog(
      '[{ when: { go: true }, days: 5 }, { days: 7 }]',
      30,
      '{ method: 邮寄送达, fee: 22, note: 到付 }',
    ),
    THEME,
  );

  test('promised days, fee and delivery, as values in the diff (JSON) and as text in Chinese and English', () => {
    const diff = diffThemes(old, next);
    expect(diff.service).toEqual([
      {
        kind: 'item-service',
        item: 'permit',
        name: '通行证签发',
        aspects: ['days', 'fee', 'delivery'],
        values: [
          { aspect: 'days', from: [10], to: [5, 7] },
          { aspect: 'fee', from: [60], to: [30] },
          {
            aspect: 'delivery',
            from: [{ method: '窗口领取' }, { method: '邮寄送达' }],
            to: [{ method: '窗口领取' }, { method: '邮寄送达', fee: 22, note: '到付' }],
          },
        ],
      },
    ]);
    expect(JSON.parse(JSON.stringify(diff.service))).toEqual(diff.service);
    expect(formatDiff(diff, 'zh')).toContain(
      '~ 事项 通行证签发：承诺时限 10 个工作日 → 5/7 个工作日（按情形）；收费 60 → 30 元；' +
        '送达方式 窗口领取、邮寄送达 → 窗口领取、邮寄送达（邮费 22 元，到付）',
    );
    expect(formatDiff(diff, 'en')).toContain(
      '~ item 通行证签发: promised time limit 10 working days → 5/7 working days (by case); fee 60 → 30 yuan; ' +
        'delivery 窗口领取, 邮寄送达 → 窗口领取, 邮寄送达 (22 yuan, 到付)',
    );
  });

  test('one value each side: the unit once; a side without the detail reads 无', () => {
    expect(detailChangeText('days', [10], [5], 'zh')).toBe('承诺时限 10 → 5 个工作日');
    expect(detailChangeText('days', [10], [5], 'en')).toBe('promised time limit 10 → 5 working days');
    expect(detailChangeText('statutory-days', null, 20, 'zh')).toBe('法定时限 无 → 20 个工作日');
    expect(detailChangeText('appointment', false, true, 'zh')).toBe('是否需要预约 无需预约 → 需预约');
    expect(detailChangeText('deferrable', [], ['照片'], 'en')).toBe('non-key materials none → 照片');
  });
});
