import { describe, expect, test } from 'vitest';
import { diffThemes } from '../../src/analyze/diff.js';
import { formatDiff } from '../../src/analyze/diff-text.js';
import { loadFixture } from '../outcome/fixtures.js';
import { FORMS_CATALOG, FORMS_THEME } from './fixtures.js';

const old = loadFixture(FORMS_CATALOG, FORMS_THEME);
// The new version: the sign form also asks whether the sign is lit, the food form no longer lists the phone,
// the area may reach 200000 ㎡, and the theme fills the kinds of food with a mapping.
const next = loadFixture(
  FORMS_CATALOG.replace(
    'fields: [name, credit-code, phone, sign-text]',
    'fields: [name, credit-code, phone, sign-text, lit]',
  )
    .replace('fields: [name, credit-code, phone, area, kinds,', 'fields: [name, credit-code, area, kinds,')
    .replace('    max: 100000\n', '    max: 200000\n')
    .replace('forms:\n', 'forms:\n  lit-form: { fields: [lit] }\n')
    .replace(
      'fields:\n  name:',
      'fields:\n  lit: { label: 是否有照明, type: yes-no, section: 户外招牌 }\n  name:',
    ),
  FORMS_THEME.replace(
    '  kinds: { answer: dishes }',
    '  kinds: { answer: dishes, map: { hot: hot, cold: [hot, cold] } }',
  ),
);

describe('policy diffs of forms and fields', () => {
  test('fields added to and removed from forms, and fields whose definition changed', () => {
    expect(diffThemes(old, next).forms).toEqual([
      { kind: 'form-field-removed', form: 'food-form', field: 'phone', label: '联系电话' },
      { kind: 'form-field-added', form: 'sign-form', field: 'lit', label: '是否有照明' },
      { kind: 'field-changed', field: 'area', label: '经营面积', aspects: ['range'] },
      { kind: 'field-changed', field: 'kinds', label: '经营项目', aspects: ['answer'] },
    ]);
  });

  test('the text report lists them after the cases', () => {
    const text = formatDiff(diffThemes(old, next));
    expect(text).toContain(
      '表单和字段的变化（一表申请）：\n  - 表单 food-form 删除字段 联系电话\n  + 表单 sign-form 增加字段 是否有照明',
    );
    expect(text).toContain('~ 字段 经营面积：取值范围有变化');
    expect(formatDiff(diffThemes(old, next), 'en')).toContain(
      '~ field 经营项目: the answer that fills it changed',
    );
  });

  test('a theme against itself has no form changes', () => {
    expect(diffThemes(old, old).forms).toEqual([]);
  });
});
