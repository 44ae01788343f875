import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { formatDiagnostic, parseSource } from '../../src/load/index.js';
import { withoutTabFollowOns } from '../../src/load/tab-indent.js';
import { yamlSyntaxParams } from '../../src/load/yaml-syntax.js';
import { messageOf } from '../../src/messages/diagnostics.js';
import { YAML_SYNTAX_PROBLEMS } from '../../src/model/diagnostic.js';
import { CJK } from '../support/params.js';

/**
 * `yaml-syntax` carries the parser's error code as a closed token, worded by each catalog: Chinese output holds
 * no English of the parser, English output no Chinese.
 */

const syntaxErrors = (text: string) =>
  parseSource({ file: 'f.yaml', text }).reporter.diagnostics.filter((d) => d.code === 'yaml-syntax');

/** Latin words in a Chinese message but the names YAML and Tab and the parser's code for `other`. */
const englishWords = (message: string) =>
  message.replace(/YAML|Tab|[A-Z0-9_]{4,}/g, '').match(/[A-Za-z]{2,}/g) ?? [];

describe('yaml-syntax: a token per parser code, a sentence per language', () => {
  test.each([
    {
      name: 'a tab as indentation',
      text: 'id: shop\nitems:\n\tsignboard: always\n',
      problem: 'tab-as-indent',
      zh: 'YAML 语法错误：不能用 Tab 缩进，请改用空格',
      en: 'YAML syntax error: tabs cannot indent; use spaces',
    },
    {
      name: 'an unclosed quote',
      text: 'id: shop\ntitle: "开店\nversion: 1\n',
      problem: 'missing-char',
      zh: 'YAML 语法错误：缺少符号：引号或括号没有闭合，或少了冒号、逗号、列表项前的“- ”，或冒号后、# 前少了空格',
      en: 'YAML syntax error: a character is missing: a quote or bracket left open, a colon, a comma or the "- " of a list item left out, or no space after a colon or before a #',
    },
    {
      name: 'a flow mapping left open',
      text: 'questions:\n  - id: kind\n    options: { company: 公司, individual: 个体\nitems:\n  a: always\n',
      problem: 'bad-indent',
      zh: 'YAML 语法错误：缩进不一致：同一层的键和列表项须从同一列开始，下一层须比上一层多缩进；花括号和方括号须闭合',
      en: 'YAML syntax error: inconsistent indentation: keys and list items of one level start in the same column, a deeper level further right; close every { and [',
    },
    {
      name: 'two levels of keys on one line',
      text: 'title: 开店: 餐饮\n',
      problem: 'block-as-implicit-key',
      zh: 'YAML 语法错误：一行里写了两层键（如“a: b: c”）：请换行并缩进，或给含有冒号的值加引号',
      en: 'YAML syntax error: two levels of keys on one line (as in "a: b: c"): break the line and indent, or quote a value that holds a colon',
    },
    {
      name: 'an alias without its anchor',
      text: 'title: *name\n',
      problem: 'unresolved-alias',
      zh: 'YAML 语法错误：引用（*名称）找不到锚点：须先用“&名称”定义，再用“*名称”引用',
      en: 'YAML syntax error: an alias (*name) has no anchor: define &name before using *name',
    },
  ])('$name: $problem', ({ text, problem, zh, en }) => {
    const [d, ...rest] = syntaxErrors(text);
    expect(rest).toEqual([]);
    expect(d?.params).toEqual({ problem });
    expect(d?.message).toBe(zh);
    expect(d && formatDiagnostic(d, 'en')).toBe(en);
    expect(englishWords(zh)).toEqual([]);
    expect(en).not.toMatch(CJK);
  });

  test('every token but the two of tongban is the lower case of a parser code, and reads back', () => {
    for (const problem of YAML_SYNTAX_PROBLEMS.filter((p) => p !== 'other' && p !== 'unresolved-alias'))
      expect(yamlSyntaxParams(problem.toUpperCase().replaceAll('-', '_'))).toEqual({ problem });
  });

  test('a code the table does not know is `other`, carrying the code, in either language', () => {
    const params = yamlSyntaxParams('SOME_NEW_CODE');
    expect(params).toEqual({ problem: 'other', yamlCode: 'SOME_NEW_CODE' });
    expect(messageOf('yaml-syntax', params, 'zh')).toBe('YAML 语法错误：请检查这一行的格式（SOME_NEW_CODE）');
    expect(messageOf('yaml-syntax', params, 'en')).toBe(
      'YAML syntax error: check the layout of this line (SOME_NEW_CODE)',
    );
    // Not a prototype member either.
    expect(yamlSyntaxParams('toString')).toEqual({ problem: 'other', yamlCode: 'toString' });
  });

  test.each(YAML_SYNTAX_PROBLEMS)('%s: Chinese without English words, English without Chinese', (problem) => {
    const zh = messageOf('yaml-syntax', { problem }, 'zh');
    expect(zh).toMatch(CJK);
    expect(englishWords(zh)).toEqual([]);
    expect(messageOf('yaml-syntax', { problem }, 'en')).not.toMatch(CJK);
  });

  /** Each `yaml-syntax` diagnostic as `problem@line:column`. */
  const found = (text: string) =>
    syntaxErrors(text).map((d) => `${(d.params as { problem: string }).problem}@${d.line}:${d.column}`);

  test.each([
    {
      name: 'before sibling keys',
      text: 'id: shop\ntags:\n\t life-events: [a]\n  crowds: [b]\n  industries: [c]\n',
      at: '3:1',
    },
    {
      name: 'before a list item',
      text: 'id: shop\nany:\n  - a\n  - b\n\t- c\nitems:\n  x: always\n',
      at: '5:1',
    },
    {
      name: 'before a key of a list item, with later items',
      text: 'questions:\n  - id: company-exists\n\t   ask: 是否\n    en: Do\n    type: yes-no\n  - id: b\n    ask: c\n',
      at: '3:1',
    },
  ])('one tab as indentation $name is one diagnostic, at the tab', ({ text, at }) => {
    expect(found(text)).toEqual([`tab-as-indent@${at}`]);
  });

  test('errors a tab did not cause stay, before it and after it; each tab line is reported', () => {
    // An unclosed quote three lines below the tab (the parser reports it where the text ends).
    expect(
      found(
        'id: shop\ntags:\n\t life-events: [a]\n  crowds: [b]\n  industries: [c]\ntitle: "开店\nversion: 1\n',
      ),
    ).toEqual(['tab-as-indent@3:1', 'missing-char@8:1']);
    // Two levels of keys on a line above the tab.
    expect(found('id: shop\ntitle: 开店: 餐饮\ntags:\n\t life-events: [a]\n  crowds: [b]\n')).toEqual([
      'block-as-implicit-key@2:8',
      'tab-as-indent@4:1',
    ]);
    expect(found('questions:\n\t- id: kind\n\t  ask: x\n')).toEqual([
      'tab-as-indent@2:1',
      'tab-as-indent@3:1',
    ]);
  });

  test('a tab before any indented line of a theme is one diagnostic, at that line', () => {
    const lines = readFileSync(new URL('../fixtures/scenarios/shop.yaml', import.meta.url), 'utf8').split(
      '\n',
    );
    const indented = lines.flatMap((line, i) => (/^ +[^ #]/.test(line) ? [i] : []));
    expect(indented.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.constantFrom(...indented), fc.boolean(), (i, instead) => {
        const tabbed = lines.slice();
        // A tab before the spaces, or in place of the first of them.
        tabbed[i] = `\t${(lines[i] ?? '').slice(instead ? 1 : 0)}`;
        expect(found(tabbed.join('\n'))).toEqual([`tab-as-indent@${i + 1}:1`]);
      }),
    );
  });

  test('a file indented with tabs throughout is parsed again a bounded number of times, keeping its errors', () => {
    const lines = ['items:'];
    for (let i = 0; i < 2000; i++) lines.push(`\tkey-${i}: ${'x'.repeat(40)}`);
    const text = lines.join('\n');
    const errorsOf = (changed: string) => parseDocument(changed, { prettyErrors: false }).errors;
    const errors = errorsOf(text);
    let parses = 0;
    const budget = 10 * text.length;
    const kept = withoutTabFollowOns(
      text,
      errors,
      (changed) => {
        parses++;
        return errorsOf(changed);
      },
      budget,
    );
    expect(parses).toBe(10);
    expect(kept.filter((e) => e.code === 'TAB_AS_INDENT')).toHaveLength(2000);
  });
});
