import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import { outcome } from '../../src/outcome/index.js';
import { loadFixture, run } from '../outcome/fixtures.js';

/** A catalog with no items: a guidance service needs none. */
const CATALOG = `
departments:
  office: { name: 区政务服务中心, level: 区县 }
`;

/** "If … else if … otherwise", written in order, as a public eligibility checker describes it. */
const GUIDANCE = `
id: allowance
title: 能否申请补贴（示例）
version: "1"
audience: person
questions:
  - id: age
    ask: 您的年龄？
    type: number
    min: 0
    max: 120
    integer: true
  - id: resident
    ask: 是否在本市居住满一年？
    type: yes-no
notices:
  too-young:
    kind: block
    group: eligibility
    text: 未满18周岁不能申请
    basis: 《示例补贴办法》第三条
    when: { age: { lessThan: 18 } }
  newcomer:
    kind: not-needed
    group: eligibility
    text: 居住不满一年的，暂不需要申请
    when: { resident: false }
  senior:
    kind: info
    group: eligibility
    text: 60周岁以上的，补贴按月自动发放
    when: { age: { greaterThanInclusive: 60 } }
  otherwise:
    kind: info
    group: eligibility
    text: 可以在线申请补贴
  always-shown:
    kind: info
    text: 申请结果以短信告知
`;

const notices = (answers: Record<string, unknown>) =>
  outcome(run(loadFixture(CATALOG, GUIDANCE), answers)).notices.map((n) => n.id);

describe('themes without items, first-match notices', () => {
  test('a theme may have no items at all, or an empty list of them', () => {
    expect(loadFixture(CATALOG, GUIDANCE).catalog.items).toEqual({});
    expect(loadFixture(CATALOG, `${GUIDANCE}items: {}\n`).notices).toHaveLength(5);
  });

  test.each([
    [{ age: 10, resident: false }, ['too-young', 'always-shown'], 'blocked'],
    [{ age: 30, resident: false }, ['newcomer', 'always-shown'], 'not-needed'],
    [{ age: 70, resident: false }, ['newcomer', 'always-shown'], 'not-needed'],
    [{ age: 70, resident: true }, ['senior', 'always-shown'], 'ready'],
    [{ age: 30, resident: true }, ['otherwise', 'always-shown'], 'ready'],
  ])('%o: the first notice of the group that holds, and no other of it', (answers, expected, status) => {
    expect(notices(answers)).toEqual(expected);
    expect(outcome(run(loadFixture(CATALOG, GUIDANCE), answers)).status).toBe(status);
  });

  test('the enumeration agrees with sessions on every case, and each case has exactly one result', () => {
    const theme = loadFixture(CATALOG, GUIDANCE);
    const cases = [...enumerateCases(theme)];
    expect(cases.length).toBeGreaterThan(4);
    for (const c of cases) {
      const o = outcome(run(theme, c.answers));
      expect(c.status).toBe(o.status);
      expect(o.notices.filter((n) => n.id !== 'always-shown')).toHaveLength(1);
    }
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(['blocked', 'not-needed', 'ready']));
  });

  test('a notice after the group member without when can never apply: unreachable-notice, located', () => {
    const c = loadCatalog([{ file: 'catalog.yaml', text: CATALOG }]);
    if (!c.ok) throw new Error('catalog does not load');
    const text = GUIDANCE.replace(
      '  always-shown:',
      '  late:\n    kind: info\n    group: eligibility\n    text: 晚了\n    when: { resident: true }\n  always-shown:',
    );
    const t = loadTheme({ file: 'theme.yaml', text }, c.catalog);
    expect(t.ok).toBe(false);
    const found = t.diagnostics.map((d) => [d.code, d.line, d.params]);
    expect(found).toEqual([
      ['unreachable-notice', 37, { id: 'late', group: 'eligibility', by: 'otherwise' }],
    ]);
  });

  test('property: a group gives the first of its notices, in the order written, whose threshold holds', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 100 }),
        (thresholds, otherwise, age) => {
          const written = thresholds
            .map(
              (t, i) =>
                `  n${i}: { kind: info, group: g, text: 第${i}条, when: { age: { lessThan: ${t} } } }`,
            )
            .concat(otherwise ? ['  rest: { kind: info, group: g, text: 其他 }'] : []);
          const theme = loadFixture(
            CATALOG,
            `id: t\ntitle: 示例\nversion: "1"\naudience: person\nquestions:\n  - { id: age, ask: 年龄？, type: number, min: 0, max: 100 }\nnotices:\n${written.join('\n')}\n`,
          );
          const first = thresholds.findIndex((t) => age < t);
          const expected = first >= 0 ? [`n${first}`] : otherwise ? ['rest'] : [];
          expect(outcome(run(theme, { age })).notices.map((n) => n.id)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
