import { describe, expect, test } from 'vitest';
import { diffThemes } from '../../src/analyze/diff.js';
import { formatDiff } from '../../src/analyze/diff-text.js';
import { enumerateSituations } from '../../src/analyze/runtime.js';
import { outcomeText } from '../../src/cli/format/outcome-text.js';
import { situationsCsv, situationsJson, situationsMarkdown } from '../../src/cli/format/situations.js';
import { itemTimeText } from '../../src/messages/index.js';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide } from '../../src/render/markdown.js';
import { materialStatusText } from '../../src/render/merge-sentence.js';
import { loadFixture, run, switches, toggleTheme } from './fixtures.js';

const catalog = (changes: { hours?: string; statutory?: number; deferrable?: boolean } = {}) => `
departments:
  police: { name: 公安局出入境管理局, level: 市级 }
venues:
  hall:
    name: 出入境大厅
    address: 民生路1500号
    hours: ${changes.hours ?? '周一至周六 9:00–17:00'}
    appointment: true
    booking: 通过“移民局12367”小程序预约
  centre: { name: 社区事务受理中心 }
materials:
  id-card: { name: 居民身份证, form: 原件 }
  photo: { name: 标准照片, form: 原件, deferrable: ${changes.deferrable ?? true} }
  household: { name: 居民户口簿, form: 原件, deferrable: true }
items:
  permit:
    name: 通行证签发
    department: police
    days: 7
    statutory-days: ${changes.statutory ?? 20}
    presence: { venue: hall, purpose: 采集指纹 }
    materials: [id-card, photo, household]
  endorsement:
    name: 签注签发
    department: police
    days: 7
    issued-with: permit
    presence: { venue: hall, purpose: 采集指纹 }
    materials: [id-card, { material: household, deferrable: false }]
  proof:
    name: 社区证明
    days: 2
    presence: { venue: centre, purpose: 签字 }
`;
const ITEMS = ['permit', 'endorsement', 'proof'];
const theme = loadFixture(catalog(), toggleTheme(ITEMS));
const make = (on: readonly string[]) => outcome(run(theme, switches(ITEMS, on)));

describe('time limits: promised and statutory', () => {
  test('the outcome schedules by the promised days and keeps the statutory ones for reference', () => {
    const o = make(['permit']);
    expect(o.items[0]).toMatchObject({ id: 'permit', days: 7, statutoryDays: 20 });
    expect(o.totals.days.critical).toBe(7);
  });

  test('reads "承诺 N 个工作日（法定 M 个工作日）" in the guide', () => {
    const guide = markdownGuide(make(['permit']), theme);
    expect(guide).toContain('承诺 7 个工作日（法定 20 个工作日）');
    expect(markdownGuide(make(['proof']), theme)).not.toContain('法定');
  });

  test('run text: the item line shows the promised days with the statutory ones, the totals the promised', () => {
    const text = outcomeText(make(['permit', 'proof']), 'zh');
    expect(text).toContain('承诺 7 个工作日（法定 20 个工作日）；不收费；到场：出入境大厅（采集指纹）');
    // The item without a statutory limit reads its days alone.
    expect(text).toContain('2 个工作日；不收费；到场：社区事务受理中心（签字）');
    // The critical path counts the promised days: 7, not the statutory 20.
    expect(text).toContain('时限：关键路径 7 个工作日（各事项时限相加 9 个工作日');
  });

  test('cases: md and csv list an item with both limits, JSON carries statutoryDays', () => {
    const list = enumerateSituations(theme, { today: '2026-03-02' });
    const md = situationsMarkdown(theme, list, 'zh');
    expect(md).toContain('通行证签发（承诺 7 个工作日，法定 20 个工作日）');
    // Issued with the permit, the endorsement has no limit of its own; it has no statutory one to show.
    expect(md).toContain('通行证签发（承诺 7 个工作日，法定 20 个工作日）、签注签发 |');
    expect(md).not.toMatch(/社区证明（/u);
    expect(situationsCsv(theme, list, 'zh')).toContain('通行证签发（承诺 7 个工作日，法定 20 个工作日）');
    expect(situationsMarkdown(theme, list, 'en')).toContain(
      '通行证签发 (promised 7 working days; statutory 20 working days)',
    );
    const json = JSON.parse(situationsJson(theme, list)) as {
      situations: { items: { id: string; days?: number; statutoryDays?: number }[] }[];
    };
    const items = json.situations.flatMap((x) => x.items);
    expect(items.find((i) => i.id === 'permit')).toMatchObject({ days: 7, statutoryDays: 20 });
    expect(items.find((i) => i.id === 'proof')).not.toHaveProperty('statutoryDays');
  });

  test('the time text of each kind of item', () => {
    expect(itemTimeText({ days: 7, statutoryDays: 20 }, 'zh')).toBe('承诺 7 个工作日（法定 20 个工作日）');
    expect(itemTimeText({ days: 0, statutoryDays: 20 }, 'zh')).toBe('当场办结（法定 20 个工作日）');
    expect(itemTimeText({ statutoryDays: 20 }, 'zh')).toBe('法定 20 个工作日');
    expect(itemTimeText({ days: 7 }, 'zh')).toBe('7 个工作日');
    expect(itemTimeText({ days: 7, statutoryDays: 20 }, 'en')).toBe(
      'promised 7 working days (statutory 20 working days)',
    );
  });
});

describe('issued with another certificate (随证件一并签发)', () => {
  test('takes no days of its own and sits in the stage of the item it comes with', () => {
    const o = make(['permit', 'endorsement']);
    const endorsement = o.items.find((i) => i.id === 'endorsement');
    expect(endorsement).toMatchObject({ days: 0, issuedWith: { id: 'permit', name: '通行证签发' } });
    expect(o.workflow.stages).toEqual([['permit', 'endorsement']]);
    const step = o.workflow.steps.find((s) => s.item === 'endorsement');
    expect(step).toMatchObject({ start: 7, finish: 7, dependsOn: [{ item: 'permit', because: 'after' }] });
    expect(o.totals.days).toEqual({ critical: 7, sum: 7, saved: 0 });
  });

  test('reads 随证件一并签发, not 当场办结 or a day span', () => {
    const guide = markdownGuide(make(['permit', 'endorsement']), theme);
    const row = guide.split('\n').find((line) => line.includes('签注签发') && line.includes('阶段'));
    expect(row).toContain('随证件一并签发');
    expect(row).not.toContain('当场办结');
  });

  test('without the item it comes with in the case, it takes its own days', () => {
    const o = make(['endorsement']);
    expect(o.items[0]).toMatchObject({ days: 7 });
    expect(o.items[0]?.issuedWith).toBeUndefined();
    expect(o.totals.days.critical).toBe(7);
  });
});

describe('non-key materials (容缺受理)', () => {
  test('a material every user accepts the application without is marked deferrable', () => {
    const o = make(['permit', 'endorsement']);
    const by = (id: string) => o.materials.find((m) => m.id === id);
    expect(by('photo')?.deferrable).toBe(true);
    // The endorsement needs the household register at acceptance: it is not deferrable in this case.
    expect(by('household')?.deferrable).toBeUndefined();
    expect(by('id-card')?.deferrable).toBeUndefined();
    expect(make(['permit']).materials.find((m) => m.id === 'household')?.deferrable).toBe(true);
  });

  test('the guide says 可容缺受理，受理后补交 for it and for no other material', () => {
    const guide = markdownGuide(make(['permit', 'endorsement']), theme);
    const rows = guide.split('\n').filter((line) => line.includes('可容缺受理，受理后补交'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('标准照片');
  });
});

describe('non-key materials in every text (容缺受理)', () => {
  test('run text: the material table says 需提交（可容缺受理，受理后补交） for it and for no other material', () => {
    const text = outcomeText(make(['permit', 'endorsement']), 'zh');
    const rows = text.split('\n').filter((line) => line.includes('可容缺受理，受理后补交'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('标准照片');
    expect(rows[0]).toContain('需提交（可容缺受理，受理后补交）');
  });

  test('the guide says it in the 提交方式 column, once per row', () => {
    const guide = markdownGuide(make(['permit']), theme);
    const row = guide.split('\n').find((line) => line.includes('| 标准照片 |'));
    expect(row).toContain('| 需提交（可容缺受理，受理后补交） |');
    expect(row?.match(/可容缺受理/g)).toHaveLength(1);
  });

  test('the status text joins a commitment and a deferral, and says neither for a material needed at acceptance', () => {
    const o = make(['permit']);
    const photo = o.materials.find((m) => m.id === 'photo');
    if (photo === undefined) throw new Error('no photo in the case');
    const name = (id: string) => id;
    expect(materialStatusText({ ...photo, commitment: ['permit'] }, 'zh', name)).toBe(
      '需提交（可告知承诺；可容缺受理，受理后补交）',
    );
    expect(materialStatusText(photo, 'en', name)).toBe(
      'hand in (accepted without it; hand it in afterwards)',
    );
    const { deferrable: _, ...needed } = photo;
    expect(materialStatusText(needed, 'zh', name)).toBe('需提交');
  });
});

describe('appointments and venues', () => {
  test('each visit carries its venue address, opening hours and booking', () => {
    const o = make(['permit', 'proof']);
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
      { venue: { id: 'centre', name: '社区事务受理中心' }, items: ['proof'], purposes: ['签字'] },
    ]);
  });

  test('the guide lists each visit with its hours and what to book', () => {
    const guide = markdownGuide(make(['permit', 'proof']), theme);
    expect(guide).toContain('   - 办公时间：周一至周六 9:00–17:00');
    expect(guide).toContain('   - 需预约：通过“移民局12367”小程序预约');
    expect(guide.match(/需预约/g)).toHaveLength(1);
  });
});

describe('tongban diff reports service details', () => {
  test('statutory days, non-key materials and venue hours that changed', () => {
    const next = loadFixture(
      catalog({ hours: '周一至周五 9:00–17:00', statutory: 15, deferrable: false }),
      toggleTheme(ITEMS),
    );
    const diff = diffThemes(theme, next);
    expect(diff.service).toEqual([
      {
        kind: 'item-service',
        item: 'permit',
        name: '通行证签发',
        aspects: ['statutory-days', 'deferrable'],
        values: [
          { aspect: 'statutory-days', from: 20, to: 15 },
          { aspect: 'deferrable', from: ['标准照片', '居民户口簿'], to: ['居民户口簿'] },
        ],
      },
      {
        kind: 'venue-changed',
        venue: 'hall',
        name: '出入境大厅',
        aspects: ['hours'],
        values: [{ aspect: 'hours', from: '周一至周六 9:00–17:00', to: '周一至周五 9:00–17:00' }],
      },
    ]);
    const text = formatDiff(diff);
    expect(text).toContain(
      '~ 事项 通行证签发：法定时限 20 → 15 个工作日；容缺受理的材料 标准照片、居民户口簿 → 居民户口簿',
    );
    expect(text).toContain('~ 办理地点 出入境大厅：办公时间 周一至周六 9:00–17:00 → 周一至周五 9:00–17:00');
    const en = formatDiff(diff, 'en');
    expect(en).toContain('~ item 通行证签发: statutory time limit 20 → 15 working days; non-key materials');
    expect(en).toContain('~ venue 出入境大厅: opening hours 周一至周六 9:00–17:00 → 周一至周五 9:00–17:00');
  });

  test('no service change between a theme and itself', () => {
    expect(diffThemes(theme, theme).service).toEqual([]);
  });
});
