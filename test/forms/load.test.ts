import { describe, expect, test } from 'vitest';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import { FORMS_CATALOG, FORMS_THEME } from './fixtures.js';

function catalogProblems(text: string): string[] {
  const result = loadCatalog([{ file: 'c.yaml', text }]);
  return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
}

function themeProblems(theme: string, catalog = FORMS_CATALOG): string[] {
  const c = loadCatalog([{ file: 'c.yaml', text: catalog }]);
  if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  const t = loadTheme({ file: 't.yaml', text: theme }, c.catalog);
  return t.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
}

const BASE = `
departments:
  market: { name: 市场监督管理局, level: 区县 }
licences:
  business-licence: { name: 电子营业执照, data: { credit-code: 统一社会信用代码 } }
facts:
  enterprise.kind: { label: 类型, type: single, options: { a: 甲, b: 乙 } }
items:
  company:
    name: 设立登记
    department: market
    produces: [business-licence]
materials:
  business-licence: { name: 营业执照, licence: business-licence }
`;

describe('forms and fields in a catalog', () => {
  test('the bundled-style fixture loads without diagnostics', () => {
    expect(catalogProblems(FORMS_CATALOG)).toEqual([]);
  });

  test('unknown and repeated fields of a form, an unknown form and sharing department are located', () => {
    const text = `${BASE}
  application: { name: 申请书, form: 表格, fill: food-from }
  id-card: { name: 身份证, shared: { from: polce } }
fields:
  credit-code: { label: 统一社会信用代码, type: text }
forms:
  food-form:
    fields: [credit-code, credit-cod, credit-code]
`;
    expect(catalogProblems(text)).toEqual([
      '16:45 unknown-form 未知的表单“food-from”',
      '17:41 unknown-department 未知的部门“polce”',
      '22:27 unknown-field 未知的表单字段“credit-cod”',
      '22:39 duplicate-field 表单“food-form”两次列出字段“credit-code”',
    ]);
  });

  test('sources that cannot give a field a value are located at the source', () => {
    const text = `${BASE}
  floor-plan: { name: 平面图 }
fields:
  code:
    label: 代码
    type: id-number
    pattern: '[0-9'
    from:
      - { fact: enterprise.kind }
      - { fact: enterprise.nope }
      - { licence: business-licence, data: credit-no }
      - { licence: e-licence, data: x }
      - { produced: floor-plan }
      - { produced: business-licence, data: nope }
      - { produced: business-licence, data: credit-code }
  kinds: { label: 项目, type: multiple }
`;
    expect(catalogProblems(text)).toEqual([
      '21:14 invalid-value 取值“[0-9”无效：不是有效的正则表达式',
      '23:9 unresolved-field-source 字段“code”的取值来源“enterprise.kind”无法取值：档案事实是单选题，字段是身份证号码',
      '24:17 unknown-fact 未知的事实“enterprise.nope”：既不是本主题的问题，也不是目录中声明的档案事实',
      '25:9 unresolved-field-source 字段“code”的取值来源“business-licence”无法取值：这类电子证照没有数据项“credit-no”',
      '26:20 unknown-licence 未知的电子证照类型“e-licence”',
      '27:9 unresolved-field-source 字段“code”的取值来源“floor-plan”无法取值：没有事项产生这份材料',
      '28:9 unresolved-field-source 字段“code”的取值来源“business-licence”无法取值：这份材料没有电子证照数据项“nope”',
      '30:10 missing-key 缺少必填的键“options”',
    ]);
  });
});

describe('answer bindings in a theme', () => {
  test('the fixture theme loads without diagnostics', () => {
    expect(themeProblems(FORMS_THEME)).toEqual([]);
  });

  test('an unknown field or question, a type that does not fit and a missing option are located', () => {
    const theme = `${FORMS_THEME}
  sign-txt: { answer: area }
  name: { answer: aera }
  sign-text: { answer: exists }
  phone: { answer: area }
`.replace('  kinds: { answer: dishes }', '  kinds: { answer: dishes, map: { hot: hot } }');
    expect(themeProblems(theme)).toEqual([
      't.yaml:31:10 unresolved-field-source 字段“kinds”的取值来源“dishes”无法取值：选项“cold”在字段中没有对应的值（请在 map 中给出）',
      't.yaml:33:3 unknown-field 未知的表单字段“sign-txt”',
      't.yaml:34:19 unknown-question 未知的问题“aera”',
      't.yaml:36:20 unresolved-field-source 字段“phone”的取值来源“area”无法取值：问题是数字，字段是电话号码',
    ]);
  });

  test('a bound field that no form of the theme lists is a warning', () => {
    const theme = FORMS_THEME.replace('  sign: { when: { sign: true } }\n', '');
    const problems = themeProblems(`${theme}  sign-text: { answer: exists }\n`);
    expect(problems).toEqual([
      expect.stringContaining('unused-field-answer 字段“sign-text”不在本主题任何事项的表单中'),
    ]);
  });
});
