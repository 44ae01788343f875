import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/messages/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { runScenarioFile, scenarioFilesIn } from '../../src/node/scenarios.js';
import { loadScenarios } from '../../src/scenarios/read.js';
import { runScenarios } from '../../src/scenarios/run.js';
import { loadFile, repoPath } from '../analyze/support.js';
import { englishProblems } from '../support/params.js';

const FIXTURES = 'test/fixtures/scenarios';

/** Where each diagnostic is; each must also read in English without Chinese of its own. */
function located(diagnostics: readonly Diagnostic[]): string[] {
  for (const d of diagnostics) expect(englishProblems(d, (lang) => formatDiagnostic(d, lang))).toEqual([]);
  return diagnostics.map((d) => `${basename(d.file)}:${d.line}:${d.column} ${d.code}`);
}

describe('scenario files', () => {
  test('every expectation can pass; profiles inline or from a file', async () => {
    const run = await runScenarioFile(repoPath(`${FIXTURES}/pass.test.yaml`));
    expect(run.diagnostics).toEqual([]);
    expect(run.results.map((r) => [r.name, r.ok])).toEqual([
      ['新设公司，200平方米，现场烹饪', true],
      ['档案文件：已有执照，身份证电子证照免提交', true],
      ['内嵌档案，回答与预填相同也可以', true],
    ]);
    expect(run.results[0]?.case?.label).toBe('新设公司 · 面积超过150㎡ · 现场烹饪');
    expect(run.results[0]?.outcome?.status).toBe('ready');
  });

  test('each expectation that fails is reported at the expect key (at the entry, for lists)', async () => {
    const run = await runScenarioFile(repoPath(`${FIXTURES}/fail.test.yaml`));
    expect(run.results.map((r) => r.ok)).toEqual([false, true]);
    expect(located(run.diagnostics)).toEqual([
      'fail.test.yaml:6:7 scenario-failed', // case
      'fail.test.yaml:7:7 scenario-failed', // key
      'fail.test.yaml:8:7 scenario-failed', // status
      'fail.test.yaml:9:29 scenario-failed', // items: tobacco-licence
      'fail.test.yaml:10:19 scenario-failed', // not-items: fire-check
      'fail.test.yaml:11:28 scenario-failed', // materials: health-certificate
      'fail.test.yaml:12:23 scenario-failed', // not-materials: floor-plan
      'fail.test.yaml:13:16 scenario-failed', // waived: id-card
      'fail.test.yaml:14:37 scenario-failed', // passed-on: registration-form
      'fail.test.yaml:15:7 scenario-failed', // days
      'fail.test.yaml:16:7 scenario-failed', // fee
      'fail.test.yaml:17:7 scenario-failed', // visits
      'fail.test.yaml:18:17 scenario-failed', // notices: too-small
      'fail.test.yaml:19:21 scenario-failed', // not-notices: big
    ]);
    const [first] = run.diagnostics;
    expect(first?.severity).toBe('error');
    expect(first?.params).toMatchObject({ scenario: '预期都写错了' });
    expect(first?.message).toContain('新设公司 · 面积超过150㎡ · 不烹饪');
    expect(run.diagnostics[9]?.message).toContain('实际 16 个工作日，预期 7');
  });

  test('delivery, non-key materials and appointments are expectations too', async () => {
    const run = await runScenarioFile(repoPath(`${FIXTURES}/service.test.yaml`));
    expect(run.results.map((r) => r.ok)).toEqual([false, true]);
    expect(located(run.diagnostics)).toEqual([
      'service.test.yaml:6:24 scenario-failed', // delivery: 立等可取 is not offered for a first application
      'service.test.yaml:7:22 scenario-failed', // not-delivery: 邮寄送达 is offered
      'service.test.yaml:8:20 scenario-failed', // deferrable: the ID card is a key material
      'service.test.yaml:9:22 scenario-failed', // appointments: no visit to the machine
    ]);
  });

  test('promised and statutory days of an item are expectations; an item not in the case is missing', async () => {
    const run = await runScenarioFile(repoPath(`${FIXTURES}/item-days.test.yaml`));
    expect(run.results.map((r) => r.ok)).toEqual([false, true]);
    expect(located(run.diagnostics)).toEqual([
      'item-days.test.yaml:6:20 scenario-failed', // item-days: promised 10, not 20
      'item-days.test.yaml:7:25 scenario-failed', // statutory-days: 20, not 7
      'item-days.test.yaml:7:42 scenario-failed', // statutory-days: no fire check in this case
    ]);
    expect(run.diagnostics.map((d) => ('check' in d.params ? d.params.check : ''))).toEqual([
      'item-days',
      'statutory-days',
      'missing-item',
    ]);
    expect(run.diagnostics[0]?.message).toContain('承诺 10 个工作日，预期 20');
    expect(run.diagnostics[1]?.message).toContain('法定 20 个工作日，预期 7');
  });

  test('an id of a not… list that the theme does not define is the warning scenario-unknown-id', async () => {
    const run = await runScenarioFile(repoPath(`${FIXTURES}/unknown-ids.test.yaml`));
    // The warnings do not fail the first scenario; the second fails on its status, and still has its warning.
    expect(run.results.map((r) => r.ok)).toEqual([true, false]);
    expect(located(run.diagnostics)).toEqual([
      'unknown-ids.test.yaml:7:31 scenario-unknown-id', // not-items: fire-chek
      'unknown-ids.test.yaml:8:42 scenario-unknown-id', // not-materials: floor-plan-old
      'unknown-ids.test.yaml:9:26 scenario-unknown-id', // not-notices: dish-hot
      'unknown-ids.test.yaml:10:21 scenario-unknown-id', // not-offered: no question color
      'unknown-ids.test.yaml:13:46 scenario-unknown-id', // not-notices: gone
      'unknown-ids.test.yaml:13:15 scenario-failed', // status
    ]);
    expect(run.diagnostics.map((d) => d.severity)).toEqual([
      'warning',
      'warning',
      'warning',
      'warning',
      'warning',
      'error',
    ]);
    expect(run.diagnostics[2]?.params).toEqual({
      scenario: '不会失败的检查',
      list: 'not-notices',
      id: 'dish-hot',
    });
    expect(run.diagnostics[2]?.message).toBe(
      '场景“不会失败的检查”的 not-notices 列出的提示“dish-hot”在主题中没有定义：这项检查不会失败',
    );
  });

  test('rejected, missing and unasked answers are scenario-invalid-answer', async () => {
    const run = await runScenarioFile(repoPath(`${FIXTURES}/invalid.test.yaml`));
    expect(run.results.map((r) => r.ok)).toEqual([false, false, false, false]);
    expect(located(run.diagnostics)).toEqual([
      'invalid.test.yaml:4:34 scenario-invalid-answer', // area: 0 is out of range
      'invalid.test.yaml:7:5 scenario-invalid-answer', // area is asked, not answered: at `answers`
      'invalid.test.yaml:11:59 scenario-invalid-answer', // color: no such question
      'invalid.test.yaml:15:16 scenario-invalid-answer', // registered: prefilled as true
    ]);
    expect(run.diagnostics.map((d) => ('question' in d.params ? d.params.question : ''))).toEqual([
      'area',
      'area',
      'color',
      'registered',
    ]);
    // An invalid answer stops the scenario: its expectations are not checked.
    expect(run.results.every((r) => r.outcome === undefined)).toBe(true);
  });

  test('a file that does not fit the schema does not load', () => {
    const file = repoPath(`${FIXTURES}/broken.test.yaml`);
    const loaded = loadScenarios({ file, text: readFileSync(file, 'utf8') });
    expect(loaded.ok).toBe(false);
    expect(located(loaded.diagnostics)).toEqual(['broken.test.yaml:5:15 unknown-key']);
    expect(loaded.diagnostics[0]?.hint).toBe('是否想写“items”？');
    expect(loadScenarios({ file: 'x.test.yaml', text: '- a\n- b\n' }).ok).toBe(false);
  });

  test('answers written as text are read as --answers and case keys read them: yes/no, 是/否, numbers', async () => {
    const { theme } = await loadFile(`${FIXTURES}/shop.yaml`);
    const run = (answers: string) => {
      const text = `theme: shop.yaml\nscenarios:\n  - name: 文字回答\n    answers: ${answers}\n    expect: { status: ready }\n`;
      const loaded = loadScenarios({ file: 'memory.test.yaml', text });
      if (!loaded.ok) throw new Error('does not load');
      const [result] = runScenarios(loaded.file, theme);
      return [result?.ok, result?.case?.key];
    };
    const key = 'registered=no&area=gt150&cooking=yes';
    expect(run('{ registered: false, area: 200, cooking: true }')).toEqual([true, key]);
    expect(run('{ registered: no, area: 200, cooking: yes }')).toEqual([true, key]);
    expect(run('{ registered: 否, area: "200", cooking: 是 }')).toEqual([true, key]);
    // A text that is not an answer of the question is still refused.
    expect(run('{ registered: maybe, area: 200, cooking: yes }')).toEqual([false, undefined]);
  });

  test('a session that cannot start says why in either language, from the error thrown', async () => {
    const { theme } = await loadFile(`${FIXTURES}/shop.yaml`);
    const text =
      'theme: shop.yaml\nscenarios:\n  - name: 开不了头\n    answers: {}\n    expect: { status: ready }\n';
    const loaded = loadScenarios({ file: 'memory.test.yaml', text });
    if (!loaded.ok) throw new Error('does not load');
    // Outcome rules that are not outcome rules: `start` throws TongbanError invalid-argument (rules).
    const [result] = runScenarios(loaded.file, theme, { rules: { fee: 5 } as never });
    const failure = result?.diagnostics.find((d) => d.code === 'scenario-failed');
    expect(failure?.params).toMatchObject({
      check: 'cannot-start',
      failure: 'invalid-argument',
      name: 'rules',
    });
    if (!failure) throw new Error('no failure');
    const english = formatDiagnostic(failure, 'en').replace('开不了头', '');
    expect(english).toContain(
      'cannot start: rules must be an object of outcome rules (members of defaultOutcomeRules, each a function), got an object',
    );
    expect(english).not.toMatch(/[\u4e00-\u9fff]/u);
    expect(formatDiagnostic(failure, 'zh')).toContain('无法开始问卷：rules 应为');
    expect(formatDiagnostic(failure, 'zh')).toContain('得到一个对象');
  });

  test('an option of the run that is not what it must be is named with the reason, as start says it', async () => {
    const { theme } = await loadFile(`${FIXTURES}/shop.yaml`);
    const text =
      'theme: shop.yaml\nscenarios:\n  - name: 开不了头\n    answers: {}\n    expect: { status: ready }\n';
    const loaded = loadScenarios({ file: 'memory.test.yaml', text });
    if (!loaded.ok) throw new Error('does not load');
    // Operators as a plain object of functions, not a set made by createOperatorSet.
    const [result] = runScenarios(loaded.file, theme, { operators: { atLeast: () => true } as never });
    const failure = result?.diagnostics.find((d) => d.code === 'scenario-failed');
    if (!failure) throw new Error('no failure');
    expect(failure.params).toEqual({
      scenario: '开不了头',
      check: 'cannot-start',
      failure: 'invalid-argument',
      name: 'operators',
      rule: 'operator-set',
      kind: 'object',
    });
    expect(formatDiagnostic(failure, 'en')).toBe(
      'scenario "开不了头" failed: cannot start: operators must be an operator set made by createOperatorSet, got an object',
    );
    expect(formatDiagnostic(failure, 'zh')).toBe(
      '场景“开不了头”未通过：无法开始问卷：operators 应为 createOperatorSet 创建的运算符集，得到一个对象',
    );
  });

  test('a today that is not a date is described as other messages describe a value: text quoted, else its kind', async () => {
    const { theme } = await loadFile(`${FIXTURES}/shop.yaml`);
    const text =
      'theme: shop.yaml\nscenarios:\n  - name: 哪天\n    answers: {}\n    expect: { status: ready }\n';
    const loaded = loadScenarios({ file: 'memory.test.yaml', text });
    if (!loaded.ok) throw new Error('does not load');
    const failure = (today: unknown) => {
      const [scenario] = loaded.file.scenarios;
      if (!scenario) throw new Error('no scenario');
      const file = { ...loaded.file, scenarios: [{ ...scenario, today: today as string }] };
      const found = runScenarios(file, theme)[0]?.diagnostics.find((d) => d.code === 'scenario-failed');
      if (!found) throw new Error('no failure');
      return found;
    };
    const text30 = failure('2026-02-30');
    expect(text30.params).toEqual({ scenario: '哪天', check: 'invalid-today', today: '2026-02-30' });
    expect(formatDiagnostic(text30, 'zh')).toContain('today 应为 YYYY-MM-DD 日期，得到“2026-02-30”');
    expect(formatDiagnostic(text30, 'en')).toContain('today must be a YYYY-MM-DD date, got "2026-02-30"');
    // A list is not text: neither its members nor "[object Object]" are quoted as if they had been written.
    const list = failure(['2026-01-01']);
    expect(list.params).toEqual({ scenario: '哪天', check: 'invalid-today', kind: 'list' });
    expect(formatDiagnostic(list, 'zh')).toContain('today 应为 YYYY-MM-DD 日期，得到一个列表');
    expect(formatDiagnostic(list, 'en')).toContain('today must be a YYYY-MM-DD date, got a list');
    // A number is written as it is, not quoted as if it had been text.
    const number = failure(20260615);
    expect(number.params).toEqual({ scenario: '哪天', check: 'invalid-today', value: '20260615' });
    expect(formatDiagnostic(number, 'zh')).toContain('today 应为 YYYY-MM-DD 日期，得到 20260615');
    expect(formatDiagnostic(number, 'en')).toContain('today must be a YYYY-MM-DD date, got 20260615');
    const object = failure({ toString: () => '2026-01-01' });
    expect(object.params).toEqual({ scenario: '哪天', check: 'invalid-today', kind: 'object' });
    expect(formatDiagnostic(object, 'en')).toContain('got an object');
    expect(located([text30, list, object])).toHaveLength(3);
  });

  test('loadScenarios and runScenarios work on text and a compiled theme', async () => {
    const { theme } = await loadFile(`${FIXTURES}/shop.yaml`);
    const text = `theme: shop.yaml
scenarios:
  - name: 档案路径由调用方提供
    profile: my-profile.yaml
    answers: { area: 100, cooking: false }
    expect: { waived: [id-card] }
  - name: 没有提供的档案
    profile: missing.yaml
    answers: {}
    expect: { status: ready }
`;
    const loaded = loadScenarios({ file: 'memory.test.yaml', text });
    if (!loaded.ok) throw new Error('does not load');
    expect(loaded.file.theme).toBe('shop.yaml');
    expect(loaded.file.scenarios[0]?.profile).toEqual({ path: 'my-profile.yaml' });
    const profile = {
      kind: 'enterprise' as const,
      facts: { 'enterprise.registered': true },
      licences: [{ licence: 'id-card' }],
      tags: [],
      completed: [],
    };
    const results = runScenarios(loaded.file, theme, { profiles: { 'my-profile.yaml': profile } });
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(located(results[1]?.diagnostics ?? [])).toEqual(['memory.test.yaml:8:5 scenario-failed']);
  });
});

describe('the bundled themes pass their scenario files', async () => {
  const files = await scenarioFilesIn(repoPath('themes'));

  test('there is a scenario file for the worked examples', () => {
    expect(files.map((f) => basename(f))).toEqual(
      expect.arrayContaining([
        'hk-macau-permit.test.yaml',
        'open-restaurant.test.yaml',
        'convenience-store.test.yaml',
      ]),
    );
  });

  test.each(files.map((f) => [basename(f), f]))('%s', async (_name, file) => {
    const run = await runScenarioFile(file);
    expect(located(run.diagnostics)).toEqual([]);
    expect(run.results.length).toBeGreaterThan(0);
  });
});
