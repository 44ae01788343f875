import type { BASIS_OWNERS, ENTRY_KINDS, ITEM_FIELDS, JSON_TYPES } from '../model/diagnostic.js';
import type { ValueKind } from '../model/errors.js';
import type { FieldType } from '../model/form.js';
import type { FactType } from '../model/theme.js';
import { formatNumber } from '../util/number.js';

/** The languages of tongban's messages: Chinese (the default) and English. */
export type Lang = 'zh' | 'en';

/** One thing said in each language. */
export interface Words {
  readonly zh: string;
  readonly en: string;
}

/** Question and fact types as messages name them. */
export const FACT_TYPE_WORDS: Readonly<Record<FactType, Words>> = {
  single: { zh: '单选题', en: 'a single-choice question' },
  multiple: { zh: '多选题', en: 'a multiple-choice question' },
  'yes-no': { zh: '是/否题', en: 'a yes/no question' },
  number: { zh: '数字', en: 'a number' },
  date: { zh: '日期', en: 'a date' },
  text: { zh: '文本', en: 'a text' },
  list: { zh: '列表', en: 'a list' },
  object: { zh: '对象', en: 'an object' },
};

/** The kinds of JSON value a schema expects. */
export const JSON_TYPE_WORDS: Readonly<Record<(typeof JSON_TYPES)[number], Words>> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true/false', en: 'true/false' },
  object: { zh: '映射', en: 'a mapping' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值', en: 'nothing' },
};

/** The kinds of things that have ids. */
export const ENTRY_KIND_WORDS: Readonly<Record<(typeof ENTRY_KINDS)[number], Words>> = {
  question: { zh: '问题', en: 'question' },
  department: { zh: '部门', en: 'department' },
  venue: { zh: '办理地点', en: 'venue' },
  licence: { zh: '电子证照', en: 'licence' },
  fact: { zh: '档案事实', en: 'fact' },
  material: { zh: '材料', en: 'material' },
  item: { zh: '事项', en: 'item' },
  field: { zh: '表单字段', en: 'form field' },
  form: { zh: '表单', en: 'form' },
};

/** The types of form fields. */
export const FIELD_TYPE_WORDS: Readonly<Record<FieldType, Words>> = {
  text: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  amount: { zh: '金额', en: 'an amount' },
  date: { zh: '日期', en: 'a date' },
  'yes-no': { zh: '是/否', en: 'yes or no' },
  single: { zh: '单选', en: 'a single choice' },
  multiple: { zh: '多选', en: 'a multiple choice' },
  'id-number': { zh: '身份证号码', en: 'an ID number' },
  phone: { zh: '电话号码', en: 'a phone number' },
  address: { zh: '地址', en: 'an address' },
};

/** What carries a basis (`basis-url`). */
export const BASIS_OWNER_WORDS: Readonly<Record<(typeof BASIS_OWNERS)[number], Words>> = {
  item: { zh: '事项', en: 'item' },
  notice: { zh: '提示', en: 'notice' },
};

/** The fields a guide (办事指南) must state for an item. */
export const ITEM_FIELD_WORDS: Readonly<Record<(typeof ITEM_FIELDS)[number], Words>> = {
  department: { zh: '实施部门', en: 'department' },
  days: { zh: '办理时限', en: 'time limit (days)' },
  fee: { zh: '收费标准', en: 'fee' },
};

/** Things messages count, with the Chinese measure word and the English singular and plural. */
const NOUNS = {
  file: { zh: '个文件', one: 'file', other: 'files' },
  error: { zh: '个错误', one: 'error', other: 'errors' },
  warning: { zh: '个警告', one: 'warning', other: 'warnings' },
  theme: { zh: '个主题', one: 'theme', other: 'themes' },
  case: { zh: '个情形', one: 'case', other: 'cases' },
  situation: { zh: '种情形', one: 'situation', other: 'situations' },
  path: { zh: '条路径', one: 'path', other: 'paths' },
  rule: { zh: '条规则', one: 'rule', other: 'rules' },
  scenario: { zh: '个场景', one: 'scenario', other: 'scenarios' },
  'working-day': { zh: '个工作日', one: 'working day', other: 'working days' },
  visit: { zh: '次到场', one: 'visit', other: 'visits' },
  item: { zh: '项事项', one: 'item', other: 'items' },
  character: { zh: '个字符', one: 'character', other: 'characters' },
  byte: { zh: '字节', one: 'byte', other: 'bytes' },
} as const satisfies Record<string, { zh: string; one: string; other: string }>;

export type CountNoun = keyof typeof NOUNS;

const ENGLISH_PLURALS = new Intl.PluralRules('en');

/** "3 个文件" / "1 file", "3 files": a count with its noun, pluralised in English. */
export function countOf(count: number, noun: CountNoun, lang: Lang): string {
  const words = NOUNS[noun];
  if (lang === 'zh') return `${formatNumber(count)} ${words.zh}`;
  return `${formatNumber(count)} ${ENGLISH_PLURALS.select(count) === 'one' ? words.one : words.other}`;
}

/**
 * Several texts as one: a list of values ("a、b" / "a, b"), or alternatives in a sentence ("a 或 b" /
 * "a, b or c").
 */
export function listOf(texts: readonly string[], lang: Lang, joiner: 'list' | 'or' = 'list'): string {
  if (lang === 'zh') return texts.join(joiner === 'or' ? ' 或 ' : '、');
  if (joiner === 'list' || texts.length < 2) return texts.join(', ');
  return `${texts.slice(0, -1).join(', ')} or ${texts.at(-1)}`;
}

/**
 * The value a diagnostic's params say was given (`text`, `value` or only its `kind`), as the runtime catalogs
 * take it: the scenario messages word it as `start`'s errors do.
 */
export function givenOf(p: {
  readonly text?: string | undefined;
  readonly value?: string | undefined;
  readonly kind?: ValueKind | undefined;
}):
  | { readonly text: string }
  | { readonly value: string }
  | { readonly kind: ValueKind }
  | Record<string, never> {
  if (p.kind !== undefined) return { kind: p.kind };
  if (p.text !== undefined) return { text: p.text };
  return p.value === undefined ? {} : { value: p.value };
}
