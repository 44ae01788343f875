import { describe, expect, test } from 'vitest';
import { type CaseChange, diffThemes, type PolicyDiff } from '../../src/analyze/diff.js';
import { formatDiff } from '../../src/analyze/diff-text.js';
import type { RuleRow } from '../../src/analyze/rule-rows.js';
import { loadFile } from './support.js';

// test/fixtures/diff: from old/ to new/, food-licence also asks for 从业人员健康证明, the sign filing
// costs 50 yuan and wants the design in original instead of a copy, and kind has a new option (合伙企业).
const { theme: old } = await loadFile('test/fixtures/diff/old/theme.yaml');
const { theme: next } = await loadFile('test/fixtures/diff/new/theme.yaml');

const HEALTH: CaseChange = {
  kind: 'material-added',
  material: 'health-certificate',
  name: '从业人员健康证明',
  form: '原件',
  copies: 1,
  status: 'submit',
};
const DESIGN: CaseChange = {
  kind: 'material-changed',
  material: 'sign-design',
  name: '招牌设计效果图',
  form: { from: '复印件', to: '原件' },
};
const FEE: CaseChange = { kind: 'fee', from: 0, to: 50 };

const LABELS: Record<string, string> = {
  company: '公司',
  individual: '个体工商户',
  yes: '设置店招',
  no: '不设店招',
};

/** A rule row naming one answer of kind and one of sign (one path). */
function row(kind: string, sign: string): RuleRow {
  const cell = (question: string, key: string) => ({
    question,
    answers: [{ key, label: LABELS[key] ?? key }],
    notAsked: false,
  });
  return { cells: [cell('kind', kind), cell('sign', sign)], count: 1 };
}

describe('policy diffs', () => {
  test('cases added, removed and changed, with exactly what changed', () => {
    const { situations: _, ...diff } = diffThemes(old, next);
    const expected: Omit<PolicyDiff, 'situations'> = {
      old: { id: 'shop', title: '开店', version: '2025.1', hash: old.hash, cases: 4, truncated: false },
      next: { id: 'shop', title: '开店', version: '2025.2', hash: next.hash, cases: 6, truncated: false },
      added: [
        {
          key: 'kind=partnership&sign=yes',
          label: '合伙企业 · 设置店招',
          status: 'ready',
          items: ['food-licence', 'sign-filing'],
          days: 10,
          fee: 50,
          visits: 0,
        },
        {
          key: 'kind=partnership&sign=no',
          label: '合伙企业 · 不设店招',
          status: 'ready',
          items: ['food-licence'],
          days: 10,
          fee: 0,
          visits: 0,
        },
      ],
      removed: [],
      changed: [
        { key: 'kind=company&sign=yes', label: '公司 · 设置店招', changes: [HEALTH, DESIGN, FEE] },
        { key: 'kind=company&sign=no', label: '公司 · 不设店招', changes: [HEALTH] },
        { key: 'kind=individual&sign=yes', label: '个体工商户 · 设置店招', changes: [DESIGN, FEE] },
      ],
      unchanged: 1,
      groups: [
        // Each group where it happens: the answers that set it apart from the other changes and from none.
        { changes: [HEALTH, DESIGN, FEE], cases: ['kind=company&sign=yes'], rows: [row('company', 'yes')] },
        { changes: [HEALTH], cases: ['kind=company&sign=no'], rows: [row('company', 'no')] },
        { changes: [DESIGN, FEE], cases: ['kind=individual&sign=yes'], rows: [row('individual', 'yes')] },
      ],
      forms: [],
      boundaries: [],
      questions: { added: [], removed: [] },
      bandedQuestions: {},
      // The sign filing's fee, which the cases count too, as a service detail old → new.
      service: [
        {
          kind: 'item-service',
          item: 'sign-filing',
          name: '户外招牌设置备案',
          aspects: ['fee'],
          values: [{ aspect: 'fee', from: [0], to: [50] }],
        },
      ],
    };
    expect(diff).toEqual(expected);
  });

  test('the other way round: cases removed, and the opposite changes', () => {
    const diff = diffThemes(next, old);
    expect(diff.added).toEqual([]);
    expect(diff.removed.map((c) => c.key)).toEqual(['kind=partnership&sign=yes', 'kind=partnership&sign=no']);
    expect(diff.changed.map((c) => c.changes)).toEqual([
      [
        { kind: 'material-removed', material: 'health-certificate', name: '从业人员健康证明' },
        { ...DESIGN, form: { from: '原件', to: '复印件' } },
        { kind: 'fee', from: 50, to: 0 },
      ],
      [{ kind: 'material-removed', material: 'health-certificate', name: '从业人员健康证明' }],
      [
        { ...DESIGN, form: { from: '原件', to: '复印件' } },
        { kind: 'fee', from: 50, to: 0 },
      ],
    ]);
  });

  test('a theme against itself: nothing changes', () => {
    const diff = diffThemes(old, old);
    expect([diff.added, diff.removed, diff.changed, diff.unchanged]).toEqual([[], [], [], 4]);
    expect(formatDiff(diff, 'en')).toContain('No path changes its outcome.');
    expect([diff.situations.changes, diff.situations.unchanged]).toEqual([[], 4]);
  });

  test('status, items, materials, days and notices changes', async () => {
    const { theme: a } = await loadFile('test/fixtures/checks/no-effect-option/passes/theme.yaml');
    const { theme: b } = await loadFile('test/fixtures/checks/no-effect-option/triggers/theme.yaml');
    const diff = diffThemes(a, b);
    expect(diff.changed).toEqual([
      {
        key: 'kind=individual',
        label: '个体工商户',
        changes: [
          { kind: 'notice-removed', notice: 'individual-free', text: '个体工商户无需办理' },
          { kind: 'notice-added', notice: 'not-company', text: '非公司无需办理' },
        ],
      },
      {
        key: 'kind=partnership',
        label: '合伙企业',
        changes: [
          { kind: 'status', from: 'ready', to: 'not-needed' },
          { kind: 'item-removed', item: 'food-licence', name: '食品经营许可' },
          { kind: 'material-removed', material: 'id-card', name: '居民身份证' },
          { kind: 'material-removed', material: 'floor-plan', name: '经营场所平面图' },
          { kind: 'days', from: 10, to: 0 },
          { kind: 'notice-removed', notice: 'partnership', text: '合伙企业由执行事务合伙人申请' },
          { kind: 'notice-added', notice: 'not-company', text: '非公司无需办理' },
        ],
      },
    ]);
  });

  test('the text report, in Chinese and in English', () => {
    const diff = diffThemes(old, next);
    expect(formatDiff(diff, 'zh')).toBe(`政策差异：开店（2025.1 → 2025.2）
答题路径：旧版 4 条，新版 6 条；新增 2，删除 0，变化 3，不变 1

结果变化的路径（相同的变化合为一组）：
  [1] 1 条路径，回答为「公司，设置店招」时：
      现在需要材料：从业人员健康证明（原件，1 份，需提交）
      材料 招牌设计效果图：形式 复印件 → 原件
      收费：0 → 50 元
  [2] 1 条路径，回答为「公司，不设店招」时：
      现在需要材料：从业人员健康证明（原件，1 份，需提交）
  [3] 1 条路径，回答为「个体工商户，设置店招」时：
      材料 招牌设计效果图：形式 复印件 → 原件
      收费：0 → 50 元

新增的路径：
  + 合伙企业 · 设置店招 — 可以办理；事项 2 项，10 个工作日，50 元，到场 0 次
  + 合伙企业 · 不设店招 — 可以办理；事项 1 项，10 个工作日，0 元，到场 0 次

情形的变化（结果相同的路径为一个情形；旧版 4 个，新版 4 个，不变 1 个）：

  ~ 情形「公司或合伙企业，设置店招」（2 条路径）现在：
      （原为情形「公司，设置店招」（1 条路径））
      现在需要材料：从业人员健康证明（原件，1 份，需提交）
      材料 招牌设计效果图：形式 复印件 → 原件
      收费：0 → 50 元
      覆盖的路径：新增 1 条

  ~ 情形「公司或合伙企业，不设店招」（2 条路径）现在：
      （原为情形「公司，不设店招」（1 条路径））
      现在需要材料：从业人员健康证明（原件，1 份，需提交）
      覆盖的路径：新增 1 条

  ~ 情形「个体工商户，设置店招」（1 条路径）现在：
      材料 招牌设计效果图：形式 复印件 → 原件
      收费：0 → 50 元

办事细节的变化（时限、收费、送达、容缺受理、办理地点、提示的文字和依据、主动提醒和免申即享）：
  ~ 事项 户外招牌设置备案：收费 0 → 50 元
`);
    expect(formatDiff(diff, 'en', { examples: 1 })).toBe(`Policy diff: 开店 (2025.1 → 2025.2)
Paths: 4 before, 6 after; 2 added, 0 removed, 3 changed, 1 unchanged

Paths whose outcome changes (identical changes grouped):
  [1] 1 path, where the answers are “公司; 设置店招”:
      now needs the material 从业人员健康证明 (原件, 1 copy, to submit)
      material 招牌设计效果图: form 复印件 → 原件
      fee: 0 → 50 yuan
  [2] 1 path, where the answers are “公司; 不设店招”:
      now needs the material 从业人员健康证明 (原件, 1 copy, to submit)
  [3] 1 path, where the answers are “个体工商户; 设置店招”:
      material 招牌设计效果图: form 复印件 → 原件
      fee: 0 → 50 yuan

Paths added:
  + 合伙企业 · 设置店招 — ready; 2 items, 10 working days, 50 yuan, 0 visits
  (and 1 more)

Situations changed (paths with the same outcome form a situation; 4 before, 4 after, 1 unchanged):

  ~ the situation “公司 or 合伙企业; 设置店招” (2 paths) now:
      (formerly the situation “公司; 设置店招” (1 path))
      now needs the material 从业人员健康证明 (原件, 1 copy, to submit)
      material 招牌设计效果图: form 复印件 → 原件
      fee: 0 → 50 yuan
      now also covers 1 path

  ~ the situation “公司 or 合伙企业; 不设店招” (2 paths) now:
      (formerly the situation “公司; 不设店招” (1 path))
      now needs the material 从业人员健康证明 (原件, 1 copy, to submit)
      now also covers 1 path

  ~ the situation “个体工商户; 设置店招” (1 path) now:
      material 招牌设计效果图: form 复印件 → 原件
      fee: 0 → 50 yuan

Service details changed (time limits, fees, delivery, non-key materials, venues, notice wording and basis, triggers and grants):
  ~ item 户外招牌设置备案: fee 0 → 50 yuan
`);
  });

  test('maxCases applies to both sides and is reported', () => {
    const diff = diffThemes(old, next, { maxCases: 2 });
    expect([diff.old.truncated, diff.next.truncated, diff.old.cases, diff.next.cases]).toEqual([
      true,
      true,
      2,
      2,
    ]);
    expect(formatDiff(diff, 'zh')).toContain('注意：旧版的答题路径超过上限，只比较了前 2 条');
  });
});
