/**
 * What a portal imports from the built package, through its exports map: the messages of diagnostics from
 * `tongban/load` and of the runtime's errors, in Chinese (on the data, from `tongban`) and in English (from
 * `tongban/messages`).
 */
import * as tongban from 'tongban';
import * as load from 'tongban/load';
import * as messages from 'tongban/messages';
import { describe, expect, test } from 'vitest';

const CATALOG = `
departments: { market: { name: 区市场监管局, level: 区县 } }
items: { signboard: { name: 户外招牌设置, department: market, days: 5, fee: 0 } }
`;

const THEME = `
id: shop
title: 开店
version: "1"
audience: enterprise
questions:
  - id: cooking
    ask: 是否现场制作食品？
    type: yes-no
  - id: area
    ask: 经营场所面积是多少？
    type: number
    min: 0
    max: 120
    integer: true
items:
  signboard: always
`;

function compiled() {
  const catalog = load.loadCatalog([{ file: 'catalog.yaml', text: CATALOG }]);
  if (!catalog.ok) throw new Error('the catalog does not load');
  const theme = load.loadTheme({ file: 'shop.yaml', text: THEME }, catalog.catalog);
  if (!theme.ok) throw new Error(`the theme does not load: ${theme.diagnostics.map((d) => d.message)}`);
  return theme.theme;
}

describe('tongban/load', () => {
  test('a diagnostic in either language: Chinese on the data, English from formatDiagnostic', () => {
    const catalog = load.loadCatalog([{ file: 'catalog.yaml', text: CATALOG }]);
    if (!catalog.ok) throw new Error('the catalog does not load');
    const result = load.loadTheme({ file: 'list.yaml', text: '- a\n- b\n' }, catalog.catalog);
    const [d] = result.diagnostics;
    if (d?.code !== 'not-a-mapping') throw new Error(`expected not-a-mapping, got ${d?.code}`);
    expect(d.params).toEqual({ actual: 'list' });
    expect(d.message).toBe('文件顶层应为映射（键: 值），实际是列表');
    expect(load.formatDiagnostic(d, 'en')).toBe(
      'the top level should be a mapping (key: value), found a list',
    );
    expect(load.localizeDiagnostic(d, 'en').message).toBe(load.formatDiagnostic(d, 'en'));
    expect(load.diagnosticCounts(result.diagnostics, 'en')).toBe('1 error, 0 warnings');
  });

  test('hints too', () => {
    const catalog = load.loadCatalog([{ file: 'catalog.yaml', text: CATALOG }]);
    if (!catalog.ok) throw new Error('the catalog does not load');
    const typo = THEME.replace('  signboard: always', '  signbord: always');
    const [d] = load.loadTheme({ file: 'shop.yaml', text: typo }, catalog.catalog).diagnostics;
    expect(d?.hint).toBe('是否想写“signboard”？');
    expect(d && load.formatHint(d, 'en')).toBe('did you mean "signboard"?');
  });
});

describe('tongban', () => {
  test('refusals are plain words without ids, Chinese on the data and English from formatSessionError', () => {
    const session = tongban.start(compiled(), { today: '2026-11-27' });
    const yesNo = tongban.answer(session, 'cooking', 'yes');
    if (yesNo.ok) throw new Error('"yes" is not a boolean');
    expect(yesNo.error).toMatchObject({ code: 'wrong-type', question: 'cooking', message: '请选择是或否' });
    expect(yesNo.error.params).toEqual({ question: 'cooking', expected: 'yes-no' });
    expect(messages.formatSessionError(yesNo.error, 'en')).toBe('Choose yes or no');
    const asked = tongban.answer(session, 'cooking', true);
    if (!asked.ok) throw new Error('true is an answer');
    const range = tongban.answer(asked.session, 'area', 200);
    if (range.ok) throw new Error('200 is out of range');
    expect(range.error.message).toBe('请输入 0 到 120 之间的整数');
    expect(messages.formatSessionError(range.error, 'en')).toBe('Enter a whole number from 0 to 120');
    const undo = tongban.back(session);
    if (undo.ok) throw new Error('nothing to undo');
    expect([undo.error.message, messages.formatSessionError(undo.error, 'en')]).toEqual([
      '没有可以撤销的回答',
      'There is no answer to undo',
    ]);
  });

  test('restore errors, TongbanError and RulesError', () => {
    const theme = compiled();
    const restored = tongban.restore(theme, '{"v":1,"t":"other","h":"0123456789abcdef","a":[],"r":[]}');
    if (restored.ok) throw new Error('a session of another theme');
    expect(restored.error.params).toEqual({ theme: 'other', expected: 'shop' });
    // What only developers read carries its code and params; `tongban/messages` gives the sentences.
    expect(restored.error.message).toBe('other-theme {"theme":"other","expected":"shop"}');
    expect(messages.formatRestoreError(restored.error, 'zh')).toBe('这份问卷进度属于主题“other”，不是“shop”');
    expect(messages.formatRestoreError(restored.error, 'en')).toBe(
      'the session belongs to theme "other", not "shop"',
    );
    let thrown: unknown;
    try {
      tongban.start(theme, { today: '2026-02-30' });
    } catch (error) {
      thrown = error;
    }
    if (!(thrown instanceof tongban.TongbanError)) throw new Error('an impossible today throws TongbanError');
    expect(thrown.params).toEqual({ text: '2026-02-30' });
    expect(thrown.message).toBe('invalid-today {"text":"2026-02-30"}');
    expect(messages.formatTongbanError(thrown, 'zh')).toBe('today 应为 YYYY-MM-DD 日期，得到“2026-02-30”');
    expect(messages.formatTongbanError(thrown, 'en')).toBe(
      'today must be a YYYY-MM-DD date, got "2026-02-30"',
    );
    const operators = tongban.createOperatorSet({
      operators: [
        {
          name: 'fragile',
          evaluate: () => {
            throw new Error('broken');
          },
        },
      ],
    });
    const evaluate = tongban.compileCondition(
      { fact: 'area', operator: 'fragile', value: 1 },
      { operators, conditions: {} },
    );
    let failed: unknown;
    try {
      evaluate(new Map([['area', 30]]));
    } catch (error) {
      failed = error;
    }
    if (!(failed instanceof tongban.RulesError)) throw new Error('a throwing operator throws RulesError');
    expect(failed.code).toBe('operator-failed');
    expect(failed.params).toEqual({ operator: 'fragile', fact: 'area', reason: 'broken' });
    expect(failed.message).toBe('operator-failed {"operator":"fragile","fact":"area","reason":"broken"}');
    expect(messages.formatRulesError(failed, 'zh')).toBe('运算符 fragile 作用于事实 area 时出错：broken');
    expect(messages.formatRulesError(failed, 'en')).toBe('fragile on fact area failed: broken');
  });

  test('a case key that does not fit the theme', () => {
    const theme = compiled();
    const read = tongban.answersFromCaseKey(theme, 'cooking=yes&area=gt500');
    if (read.ok) throw new Error('no band of area is above 500');
    expect(read.error).toEqual({ code: 'no-answer', part: 'area=gt500', question: 'area' });
    expect(messages.formatCaseKeyError(read.error, 'en')).toBe(
      '"area=gt500" in the case key is no answer of question "area" (no such band or value)',
    );
    const refused = tongban.answersFromCaseKey(theme, 'cooking=maybe');
    if (refused.ok) throw new Error('maybe is no answer of a yes/no question');
    expect(messages.formatCaseKeyError(refused.error, 'zh')).toMatch(/^情形键中的“cooking=maybe”/);
  });
});
