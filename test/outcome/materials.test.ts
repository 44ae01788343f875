import { describe, expect, test } from 'vitest';
import type { Profile } from '../../src/model/profile.js';
import { outcome } from '../../src/outcome/index.js';
import { strongerForm } from '../../src/outcome/rules/form.js';
import { loadFixture, profileWith, run, switches, toggleTheme } from './fixtures.js';

const CATALOG = `
departments:
  a: { name: 甲局, level: 市级 }
licences:
  id-card: { name: 居民身份证（电子） }
  permit: { name: 许可证（电子证照） }
materials:
  id-card: { name: 身份证, form: 复印件, licence: id-card }
  photo: { name: 照片, form: 电子 }
  form-a: { name: 申请表, form: 原件 }
  permit: { name: 许可证, form: 原件, licence: permit }
  lease: { name: 租赁合同, form: 复印件, commitment: true }
  plan: { name: 平面图, form: 原件 }
items:
  register:
    name: 登记
    department: a
    days: 3
    produces: [permit]
    materials: [id-card, { material: photo, copies: 2 }, form-a, lease]
  operate:
    name: 经营许可
    department: a
    days: 5
    materials:
      - { material: id-card, form: 原件 }
      - { material: photo, form: 复印件 }
      - { material: form-a, form: 表格 }
      - permit
      - { material: lease, commitment: false, note: 须与登记地址一致 }
      - { material: plan, when: { big: true } }
  renew:
    name: 换发
    department: a
    days: 2
    produces: [permit]
    materials: [permit]
  reissue:
    name: 补发
    department: a
    days: 1
    produces: [permit]
    materials: [{ material: lease, commitment: true }]
`;
const ITEMS = ['register', 'operate', 'renew', 'reissue'];
const theme = loadFixture(
  CATALOG,
  toggleTheme(ITEMS, {
    extra: '  - { id: big, ask: 面积是否超过150平方米？, type: yes-no, yes: 面积较大, no: 面积较小 }',
  }),
);
const make = (on: readonly string[], options: { big?: boolean; profile?: Profile; today?: string } = {}) =>
  outcome(
    run(theme, switches(ITEMS, on, { big: options.big ?? false }), {
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.today ? { today: options.today } : {}),
    }),
  );
const material = (o: ReturnType<typeof outcome>, id: string) => o.materials.find((m) => m.id === id);

describe('material merge', () => {
  test('deduplicates by material id, listing every item that uses it in the theme order', () => {
    const o = make(['register', 'operate']);
    expect(o.materials.map((m) => m.id)).toEqual(['id-card', 'photo', 'form-a', 'lease', 'permit']);
    expect(material(o, 'id-card')?.usedBy.map((u) => u.item)).toEqual(['register', 'operate']);
  });

  test('the strongest form wins: 原件 over 复印件 over 电子, and 表格 over all', () => {
    const o = make(['register', 'operate']);
    expect(material(o, 'id-card')?.form).toBe('原件');
    expect(material(o, 'photo')?.form).toBe('复印件');
    expect(material(o, 'form-a')?.form).toBe('表格');
    expect(material(o, 'id-card')?.usedBy.map((u) => u.form)).toEqual(['复印件', '原件']);
    expect(strongerForm('电子', '复印件')).toBe('复印件');
    expect(strongerForm('原件', '表格')).toBe('表格');
  });

  test('the highest number of copies wins', () => {
    const o = make(['register', 'operate']);
    expect(material(o, 'photo')?.copies).toBe(2);
    expect(material(o, 'photo')?.usedBy.map((u) => u.copies)).toEqual([2, 1]);
  });

  test('a material another applying item produces is passed on, naming the producer, which becomes a dependency', () => {
    const o = make(['register', 'operate']);
    const permit = material(o, 'permit');
    expect(permit?.status).toBe('passed-on');
    expect(permit?.producedBy).toEqual({ id: 'register', name: '登记' });
    const step = o.workflow.steps.find((s) => s.item === 'operate');
    expect(step?.dependsOn).toEqual([{ item: 'register', because: 'produces', material: 'permit' }]);
    expect(step?.start).toBe(3);
  });

  test('with several producers the first in the theme order is named', () => {
    const o = make(['operate', 'renew', 'reissue']);
    // renew uses the permit too but produces it itself, so it receives it from reissue.
    expect(material(o, 'permit')?.producedBy?.id).toBe('renew');
    const deps = (id: string) => o.workflow.steps.find((s) => s.item === id)?.dependsOn.map((e) => e.item);
    expect(deps('operate')).toEqual(['renew']);
    expect(deps('renew')).toEqual(['reissue']);
  });

  test('an item that uses what it produces itself (renewal) hands it in', () => {
    const o = make(['renew']);
    expect(material(o, 'permit')?.status).toBe('submit');
    expect(o.workflow.steps[0]?.dependsOn).toEqual([]);
  });

  test('a material whose licence is on file is waived, naming the licence', () => {
    const o = make(['register'], { profile: profileWith([{ licence: 'id-card' }]) });
    expect(material(o, 'id-card')).toMatchObject({
      status: 'waived',
      waivedBy: { id: 'id-card', name: '居民身份证（电子）' },
    });
    expect(o.merge).toMatchObject({ merged: 4, waived: 1, toSubmit: 3 });
  });

  test('an expired licence waives nothing; one that expires today still does', () => {
    const expired = make(['register'], {
      profile: profileWith([{ licence: 'id-card', expires: '2026-03-01' }]),
    });
    expect(material(expired, 'id-card')?.status).toBe('submit');
    expect(material(expired, 'id-card')?.waivedBy).toBeUndefined();
    const today = make(['register'], {
      profile: profileWith([{ licence: 'id-card', expires: '2026-03-02' }]),
    });
    expect(material(today, 'id-card')?.status).toBe('waived');
  });

  test('passed on wins over waived', () => {
    const o = make(['register', 'operate'], { profile: profileWith([{ licence: 'permit' }]) });
    expect(material(o, 'permit')?.status).toBe('passed-on');
    expect(material(o, 'permit')?.waivedBy).toBeUndefined();
  });

  test('commitment lists the items that accept one: the use overrides the material', () => {
    const o = make(['register', 'operate', 'reissue']);
    expect(material(o, 'lease')?.commitment).toEqual(['register', 'reissue']);
    expect(material(o, 'id-card')?.commitment).toEqual([]);
  });

  test('a use whose own condition does not hold is left out', () => {
    expect(material(make(['operate']), 'plan')).toBeUndefined();
    const big = make(['operate'], { big: true });
    expect(material(big, 'plan')?.reason.text).toBe('是否办理operate？ = 是；面积较大');
  });

  test('an item note on a use is kept on that use', () => {
    const o = make(['register', 'operate']);
    expect(material(o, 'lease')?.usedBy).toEqual([
      { item: 'register', form: '复印件', copies: 1 },
      { item: 'operate', form: '复印件', copies: 1, note: '须与登记地址一致' },
    ]);
  });

  test('the reason of a material used by several items is the union of its uses', () => {
    const o = make(['register', 'operate']);
    const reason = material(o, 'id-card')?.reason;
    expect(reason?.condition).toEqual({
      any: [
        { fact: 'use-register', operator: 'equal', value: true },
        { fact: 'use-operate', operator: 'equal', value: true },
      ],
    });
    expect(reason?.text).toBe('是否办理register？ = 是 或 是否办理operate？ = 是');
    expect(reason?.facts.map((f) => [f.fact, f.display, f.source])).toEqual([
      ['use-register', '是', 'answer'],
      ['use-operate', '是', 'answer'],
    ]);
  });

  test('merge figures: uses item by item, distinct, passed on, waived, to submit, days saved', () => {
    const o = make(['register', 'operate'], { profile: profileWith([{ licence: 'id-card' }]) });
    expect(o.merge).toEqual({
      itemByItem: 9,
      forms: 0,
      generated: 0,
      shared: 0,
      committed: 0,
      merged: 5,
      toSubmit: 3,
      passedOn: 1,
      waived: 1,
      daysSaved: 0,
    });
  });
});
