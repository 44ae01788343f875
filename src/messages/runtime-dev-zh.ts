import type {
  ArgumentRule,
  BAD_SHAPES,
  CONDITION_PROBLEMS,
  PROFILE_PROBLEMS,
  RulesErrorParamsOf,
  TAMPERINGS,
  THEME_PROBLEMS,
  ValueKind,
} from '../model/errors.js';
import type {
  CaseKeyErrorCatalog,
  RestoreErrorCatalog,
  RulesErrorCatalog,
  TongbanErrorCatalog,
} from './runtime-catalog.js';

// The Chinese sentences of what only a portal's developers read: a failed restore, misuse of the API, a
// malformed condition, a case key that does not fit. The runtime entry `tongban` puts the code and params on
// these errors (`./runtime-messages.ts`); `tongban/messages` (`./runtime.ts`) words them, so that a page's
// bundle carries none of them.

const BAD_SHAPE: Readonly<
  Record<(typeof BAD_SHAPES)[number], (p: { member?: string; limit?: number }) => string>
> = {
  'not-a-string': () => '不是字符串',
  'too-long': (p) => `超过 ${p.limit} 个字符`,
  'not-an-object': () => '不是对象',
  'unexpected-member': (p) => `多出成员“${p.member}”`,
  'no-version': () => '缺少格式版本',
  'no-theme': () => '缺少主题标识',
  'no-hash': () => '缺少主题哈希',
  'bad-hash': () => '主题哈希不是 16 位十六进制数',
  'bad-today': () => 'today 不是日期',
  'answers-not-a-list': () => '回答不是列表',
  'bad-answer': () => '有一项回答不是 [问题, 值]',
  'trail-not-a-list': () => '回答顺序不是列表',
  'bad-trail': () => '回答顺序没有指向回答',
};

const TAMPERED: Readonly<Record<(typeof TAMPERINGS)[number], (question: string) => string>> = {
  'answered-twice': (q) => `问题“${q}”回答了两次`,
  'unknown-question': (q) => `本主题没有问题“${q}”`,
  'answer-does-not-fit': (q) => `问题“${q}”的回答不符合题目`,
  'not-as-prefilled': (q) => `问题“${q}”的回答与档案预填的不同`,
  'prefilled-undone': (q) => `档案预填的回答（“${q}”）不能撤销`,
  'answered-not-asked': (q) => `问题“${q}”有回答，但不会被提问`,
  'trail-out-of-order': (q) => `回答顺序中问题“${q}”排在后面的问题之后，真实的问卷不会如此`,
};

/** Restore errors in Chinese, for the portal's developers and logs. */
export const restoreZh: RestoreErrorCatalog = {
  'not-json': () => '保存的问卷进度不是 JSON（可能被截断）',
  'bad-shape': (p) => `保存的问卷进度格式不对：${BAD_SHAPE[p.problem](p)}`,
  'unsupported-version': (p) => `不支持格式版本 ${p.version}`,
  'other-theme': (p) => `这份问卷进度属于主题“${p.theme}”，不是“${p.expected}”`,
  tampered: (p) => `保存的问卷进度与主题不符：${TAMPERED[p.problem](p.question)}`,
};

const ARGUMENT_RULE: Readonly<Record<ArgumentRule, string>> = {
  'whole-number-or-infinity': '应为不小于 0 的整数或 Infinity',
  'options-object': '应为选项对象',
  'operator-set': '应为 createOperatorSet 创建的运算符集',
  'list-of-themes': '应为已编译主题的列表',
  text: '应为文本',
  'outcome-rules': '应为结果规则对象（defaultOutcomeRules 中的成员，每项为函数）',
};

const PROFILE: Readonly<Record<(typeof PROFILE_PROBLEMS)[number], string>> = {
  'not-an-object': '不是对象',
  'unknown-member': '有未知的成员',
  kind: 'kind 不是 person 或 enterprise',
  name: 'name 不是文本',
  facts: 'facts 不是映射',
  'fact-value': '有事实的值不是 JSON 数据（文本、有限的数、布尔值、null、列表或映射）',
  'too-deep': '事实嵌套过深',
  'too-large': '事实的值过多',
  licences: 'licences 不是证照列表（licence、number、issuer、issued、expires 均为文本）',
  tags: 'tags 不是文本列表',
  completed: 'completed 不是文本列表',
  unreadable: '有无法读取的值',
};

const THEME: Readonly<Record<(typeof THEME_PROBLEMS)[number], string>> = {
  'not-an-object': '不是对象',
  member: '缺少成员或成员类型不对',
  'too-deep': '嵌套过深',
  'condition-cycle': '具名条件循环引用',
  'condition-too-deep': '具名条件经由引用嵌套过深',
};

/** "（位置 facts.a，上限 32）"：位置与上限，已知时。 */
const where = (p: { readonly member?: string; readonly limit?: number }) => {
  const parts = [
    ...(p.member === undefined ? [] : [`位置 ${p.member}`]),
    ...(p.limit === undefined ? [] : [`上限 ${p.limit}`]),
  ];
  return parts.length === 0 ? '' : `（${parts.join('，')}）`;
};

const KIND: Readonly<Record<ValueKind, string>> = {
  symbol: '一个 Symbol',
  function: '一个函数',
  list: '一个列表',
  object: '一个对象',
};

/** "，得到“x”"（文本）、"，得到 5" 或 "，得到一个函数"：给出的值，参数中有时。 */
const got = (p: { readonly text?: string; readonly value?: string; readonly kind?: ValueKind }) => {
  if (p.kind !== undefined) return `，得到${KIND[p.kind]}`;
  if (p.text !== undefined) return `，得到“${p.text}”`;
  return p.value === undefined ? '' : `，得到 ${p.value}`;
};

/** Misuse of the API, in Chinese. */
export const tongbanZh: TongbanErrorCatalog = {
  'invalid-today': (p) => `today 应为 YYYY-MM-DD 日期${got(p)}`,
  'invalid-theme': (p) =>
    `主题无效${p.problem === undefined ? '' : `：${THEME[p.problem]}${where(p)}`}${p.detail === undefined ? '' : `：${p.detail}`}`,
  'invalid-argument': (p) => `${p.name} ${ARGUMENT_RULE[p.rule]}${got(p)}`,
  'invalid-profile': (p) => `档案无效：${PROFILE[p.problem]}${where(p)}`,
  'invalid-session': (p) =>
    `不是由 start、answer 或 restore 得到的会话${p.member === undefined ? '' : `（${p.member}）`}`,
};

type ConditionParams = RulesErrorParamsOf<'invalid-condition'>;

const CONDITION: Readonly<Record<(typeof CONDITION_PROBLEMS)[number], (p: ConditionParams) => string>> = {
  'not-an-object': (p) => `条件应为对象，得到 ${p.value}`,
  'not-one-form': (p) =>
    `条件应恰有 all、any、not、condition、fact 中的一项，得到 ${p.found?.join('、') || '零项'}`,
  'reference-without-name': () => '引用具名条件须写出名称',
  'members-not-a-list': (p) => `${p.form} 的值应为数组`,
  'not-is-a-list': () => 'not 的值不能是数组',
  'no-operator': () => '条件缺少运算符',
  'no-value': (p) => `事实 ${p.fact} 上的条件缺少 value`,
  'bad-fact-name': (p) => `事实名称应为非空字符串，得到 ${p.value}`,
};

/** Errors of conditions and operators, in Chinese, for the portal's developers and logs. */
export const rulesZh: RulesErrorCatalog = {
  'invalid-condition': (p) => `条件写法有误：${CONDITION[p.problem](p)}`,
  'unknown-operator': (p) => `未知的运算符“${p.operator}”`,
  'unknown-condition': (p) => `没有名为“${p.name}”的具名条件`,
  'condition-cycle': (p) => `具名条件循环引用：${p.cycle.join(' → ')}`,
  'unsupported-path': (p) =>
    p.problem === 'not-a-string'
      ? `路径应为字符串，得到 ${p.path}`
      : `不支持的路径“${p.path}”：只支持 $.name、$['name'] 和 [序号]`,
  'invalid-operator': () => '运算符和修饰器须有名称和 evaluate 函数',
  'operator-failed': (p) => `运算符 ${p.operator} 作用于事实 ${p.fact} 时出错：${p.reason}`,
};

/** Case keys that do not fit a theme (`answersFromCaseKey`), in Chinese, for the portal's developers and logs. */
export const caseKeyZh: CaseKeyErrorCatalog = {
  'malformed-part': (e) => `情形键中的“${e.part}”不是“问题=值”`,
  'unknown-question': (e) => `情形键中的“${e.part}”：本主题没有问题“${e.question}”`,
  'repeated-question': (e) => `情形键中问题“${e.question}”出现了两次`,
  'no-answer': (e) => `情形键中的“${e.part}”不是问题“${e.question}”的回答（没有这个区间或取值）`,
  refused: (e, refusal) => `情形键中的“${e.part}”不能作为问题“${e.question}”的回答：${refusal}`,
};
