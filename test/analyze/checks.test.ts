import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeLibrary, analyzeTheme } from '../../src/analyze/analyze.js';
import { ANALYSIS_CHECKS, urlIn, vagueWord } from '../../src/analyze/checks/index.js';
import { formatDiagnostic, formatHint } from '../../src/messages/index.js';
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../../src/model/diagnostic.js';
import { englishProblems } from '../support/params.js';
import { loadFile, repoPath } from './support.js';

/** Where a diagnostic points: `folder/file:line:column`, the folder being `triggers` or `passes`. */
function where(d: Diagnostic): string {
  return `${basename(d.file)}:${d.line}:${d.column}`;
}

/**
 * Each check, its severity, and where it reports on `test/fixtures/checks/<code>/triggers/`. The `passes/`
 * fixture of each check is a clean theme: no check reports anything on it.
 */
const TABLE: readonly { code: DiagnosticCode; severity: 'error' | 'warning'; at: readonly string[] }[] = [
  { code: 'never-asked', severity: 'error', at: ['theme.yaml:10:5'] },
  { code: 'dead-end', severity: 'error', at: ['theme.yaml:1:1'] },
  // `cooking` is read by nothing; `signboard` is read, but both answers give the same materials.
  { code: 'no-effect-question', severity: 'warning', at: ['theme.yaml:10:5', 'theme.yaml:13:5'] },
  // `cooking` is asked of both kinds, but only a company's answer changes anything.
  { code: 'no-effect-branch', severity: 'warning', at: ['theme.yaml:11:5'] },
  { code: 'no-effect-option', severity: 'warning', at: ['theme.yaml:12:7'] },
  // `business` is offered from 150 years old on, and no one is over 120.
  { code: 'never-offered-option', severity: 'warning', at: ['theme.yaml:19:7'] },
  // Under 16, `purpose` is left with `tour` only.
  { code: 'few-options', severity: 'warning', at: ['theme.yaml:14:5'] },
  {
    code: 'unused-catalog-entry',
    severity: 'warning',
    at: [
      'catalog.yaml:3:3',
      'catalog.yaml:5:3',
      'catalog.yaml:7:3',
      'catalog.yaml:9:3',
      'catalog.yaml:13:3',
      'catalog.yaml:21:3',
    ],
  },
  {
    code: 'vague-material',
    severity: 'error',
    at: ['catalog.yaml:4:3', 'catalog.yaml:6:3', 'catalog.yaml:7:3'],
  },
  { code: 'item-incomplete', severity: 'error', at: ['catalog.yaml:7:3'] },
  // An item's basis with a link, a notice's with a bare host name, another's with www.
  { code: 'basis-url', severity: 'warning', at: ['catalog.yaml:4:3', 'theme.yaml:14:3', 'theme.yaml:19:3'] },
  { code: 'duplicate-label', severity: 'error', at: ['theme.yaml:9:29'] },
  // The fixture has 17 independent yes/no questions: 131,072 cases, over the default limit of 100,000.
  { code: 'case-limit', severity: 'warning', at: ['theme.yaml:2:1'] },
];

async function fixture(code: string, kind: 'triggers' | 'passes') {
  return loadFile(`test/fixtures/checks/${code}/${kind}/theme.yaml`);
}

describe('every check has a fixture that triggers it and one that does not', () => {
  test('the table lists every analysis check, and every check has a fixture folder', () => {
    const folders = readdirSync(repoPath('test/fixtures/checks')).sort();
    expect(TABLE.map((row) => row.code).sort()).toEqual(ANALYSIS_CHECKS.map((c) => c.code).sort());
    expect(folders).toEqual(ANALYSIS_CHECKS.map((c) => c.code).sort());
  });

  test.each(TABLE)('$code reports at $at', async ({ code, severity, at }) => {
    const { theme, catalog } = await fixture(code, 'triggers');
    const found = analyzeLibrary(catalog, [theme], { only: [code] });
    expect(found.map((d) => d.code)).toEqual(at.map(() => code));
    expect(found.map(where)).toEqual(at);
    for (const d of found) {
      expect(d.severity).toBe(severity);
      expect(basename(dirname(d.file))).toBe('triggers');
      // Built like the loader's diagnostics: message from src/messages, params kept for tools.
      expect(d.message).toBe(formatDiagnostic(d, 'zh'));
      expect(formatDiagnostic(d, 'en')).not.toBe(d.message);
      expect(
        englishProblems(d, (lang) => `${formatDiagnostic(d, lang)} ${formatHint(d, lang) ?? ''}`),
      ).toEqual([]);
    }
    // A check of one theme, or of the catalog entries a theme carries, reports the same on the theme alone.
    const scope = ANALYSIS_CHECKS.find((c) => c.code === code)?.scope;
    if (scope !== 'library') expect(analyzeTheme(theme, { only: [code] }).map(where)).toEqual(at);
  });

  test.each(TABLE)('$code: the clean fixture has no finding at all', async ({ code }) => {
    const { theme, catalog } = await fixture(code, 'passes');
    expect(analyzeLibrary(catalog, [theme]).map((d) => `${where(d)} ${d.code} ${d.message}`)).toEqual([]);
  });
});

describe('checks', () => {
  test('each check is registered once, with a code from DIAGNOSTIC_CODES and a description', () => {
    const codes = ANALYSIS_CHECKS.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const check of ANALYSIS_CHECKS) {
      expect(DIAGNOSTIC_CODES).toContain(check.code);
      expect(check.description.zh.length).toBeGreaterThan(0);
      expect(check.description.en.length).toBeGreaterThan(0);
    }
  });

  test('dead-end gives an example case and the count', async () => {
    const { theme } = await fixture('dead-end', 'triggers');
    const [d] = analyzeTheme(theme, { only: ['dead-end'] });
    expect(d?.params).toEqual({ case: '个体工商户', key: 'kind=individual', count: 1 });
  });

  test('few-options names the first branch in the case label words and the one option left', async () => {
    const { theme } = await fixture('few-options', 'triggers');
    const [d] = analyzeTheme(theme, { only: ['few-options'] });
    expect(d?.params).toEqual({ question: 'purpose', branch: '年龄0至15', count: 1, label: '旅游' });
    expect(d?.message).toContain('只剩一个选项“旅游”');
  });

  test('no-effect-option names the option it duplicates', async () => {
    const { theme } = await fixture('no-effect-option', 'triggers');
    const [d] = analyzeTheme(theme, { only: ['no-effect-option'] });
    expect(d?.params).toEqual({ question: 'kind', option: 'partnership', other: 'individual' });
  });

  test('no-effect-option keeps options that fill a form field with different values, not with the same', async () => {
    const { theme } = await fixture('no-effect-option', 'triggers');
    const filled = { ...theme, fieldAnswers: { 'entity-type': { answer: 'kind' } } };
    expect(analyzeTheme(filled, { only: ['no-effect-option'] })).toEqual([]);
    const same = {
      ...theme,
      fieldAnswers: { 'entity-type': { answer: 'kind', map: { individual: 'other', partnership: 'other' } } },
    };
    expect(analyzeTheme(same, { only: ['no-effect-option'] }).map((d) => d.params)).toEqual([
      { question: 'kind', option: 'partnership', other: 'individual' },
    ]);
  });

  test('no-effect-option compares two options only where both are offered', async () => {
    // Under-16s are offered `tour` but not `spouse`; wherever both are offered, they lead to the same outcomes.
    const { theme } = await loadFile('test/fixtures/option-conditions/theme.yaml');
    expect(analyzeTheme(theme, { only: ['no-effect-option'] }).map((d) => d.params)).toEqual([
      { question: 'purpose', option: 'spouse', other: 'tour' },
    ]);
  });

  test('no-effect-option compares only options offered together: one never offered duplicates none', async () => {
    // `business` is never offered (its condition needs an age over 150): nothing is known of its outcomes.
    const { theme } = await fixture('never-offered-option', 'triggers');
    expect(analyzeTheme(theme, { only: ['no-effect-option'] })).toEqual([]);
  });

  test('a path that stops at a question offering no option asks nothing; what decides the options offered matters', async () => {
    const { theme } = await loadFile('test/fixtures/option-conditions/stops.yaml');
    const found = analyzeTheme(theme, { only: ['never-asked', 'no-effect-question', 'few-options'] });
    // `escort` is asked only of minors, who are then offered no purpose: no case asks it. `adult` is read only
    // by the purposes' conditions, and decides whether any is offered: it has an effect.
    expect(found.map((d) => [d.code, d.params])).toEqual([
      ['never-asked', { question: 'escort' }],
      ['few-options', { question: 'purpose', branch: '否 · 是', count: 0 }],
    ]);
  });

  test('with a truncated enumeration, checks that need every case stay silent', async () => {
    const { theme } = await fixture('never-asked', 'triggers');
    const found = analyzeTheme(theme, { maxCases: 1 });
    expect(found.map((d) => d.code)).toEqual(['case-limit']);
    expect(found[0]?.params).toEqual({ limit: 1 });
  });

  test.each([
    ['其他相关材料', '其他'],
    ['其它证明', '其它'],
    ['申请人相关材料', '相关材料'],
    ['有关材料', '有关材料'],
    ['收入相关证明', '相关证明'],
    ['有关证明文件', '有关证明'],
    ['身份证、户口簿等等', '等等'],
    ['身份证明…', '…'],
    ['身份证明...', '...'],
    ['身份证、护照等', '等'],
    ['身份证、护照等（复印件）', '等'],
    ['身份证、护照等)', '等'],
    ['身份证、护照等，', '等'],
    ['申请表等材料', '等'],
    ['营业执照等文件', '等'],
    ['学历等证明', '等'],
    ['合同等资料', '等'],
  ])('vague: %s → %s', (name, word) => {
    expect(vagueWord(name)).toBe(word);
  });

  test.each([
    '高等教育局出具的学历证明',
    '中等职业学校毕业证书',
    '初等教育证明',
    '男女平等承诺书',
    '学历证明（中等）',
    '职业技能等级证书',
    '同等学力证明',
    '等候区平面图',
    '居民身份证',
  ])('not vague: %s', (name) => {
    expect(vagueWord(name)).toBeUndefined();
  });

  test.each([
    ['来源 https://www.gov.cn/zhengce/content.htm', 'https://www.gov.cn/zhengce/content.htm'],
    ['（http://psc.zs.gov.cn/post_2548029.html）', 'http://psc.zs.gov.cn/post_2548029.html'],
    ['见www.nia.gov.cn。', 'www.nia.gov.cn'],
    ['上海一网通办 zwdt.sh.gov.cn/govPortals/bsfw；', 'zwdt.sh.gov.cn/govPortals/bsfw'],
    ['来源 bendibao.com', 'bendibao.com'],
    ['FTP://EXAMPLE.ORG/x', 'FTP://EXAMPLE.ORG/x'],
  ])('url: %s → %s', (text, url) => {
    expect(urlIn(text)).toBe(url);
  });

  test.each([
    '《中华人民共和国出境入境管理法》第十条',
    '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）',
    '《食品经营许可审查通则》（2024年版）第1.2节',
    '国家移民管理局出入境证件“全国通办”措施（2019年4月1日起）',
    '沪教委基〔2026〕9号',
  ])('no url: %s', (text) => {
    expect(urlIn(text)).toBeUndefined();
  });
});

describe('basis-url in a library', () => {
  test('an item shared by two themes is reported once; each theme alone reports it too', async () => {
    const { theme, catalog } = await fixture('basis-url', 'triggers');
    const again = { ...theme, id: 'shop-2' } as typeof theme;
    const once = analyzeLibrary(catalog, [theme, again], { only: ['basis-url'] }).map(where);
    expect(once).toEqual(['catalog.yaml:4:3', 'theme.yaml:14:3', 'theme.yaml:19:3']);
    expect(analyzeTheme(again, { only: ['basis-url'] }).map(where)).toEqual(once);
  });

  test('params name what carries the basis and the URL found', async () => {
    const { theme } = await fixture('basis-url', 'triggers');
    const found = analyzeTheme(theme, { only: ['basis-url'] });
    expect(found.map((d) => d.params)).toEqual([
      {
        kind: 'item',
        id: 'food-licence',
        url: 'https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/art/2023/art_91a91c26ae464a2f898952d5b84f62c6.html',
      },
      { kind: 'notice', id: 'company-rules', url: 'zwdt.sh.gov.cn' },
      { kind: 'notice', id: 'individual-rules', url: 'www.gov.cn' },
    ]);
  });
});

describe('no-effect-branch', () => {
  test('names the branch by the fewest earlier answers that make the question idle there', async () => {
    const { theme } = await fixture('no-effect-branch', 'triggers');
    const found = analyzeTheme(theme, { only: ['no-effect-branch'] });
    expect(found.map((d) => d.params)).toEqual([
      { question: 'cooking', branch: ['kind=individual'], idle: 1, asked: 2 },
    ]);
    expect(formatDiagnostic(found[0] as Diagnostic, 'zh')).toContain('当 kind=individual 时');
  });
});
