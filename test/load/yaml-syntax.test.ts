import { describe, expect, test } from 'vitest';
import { formatDiagnostic, parseSource } from '../../src/load/index.js';
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
});
