import type {
  DiagnosticParamsOf,
  FileReason,
  NOT_MAPPING,
  START_FAILURES,
  VALUE_RULES,
} from '../model/diagnostic.js';
import type { FactType } from '../model/theme.js';
import type { DiagnosticCatalog } from './diagnostics-catalog.js';
import { refusalMessage } from './runtime.js';
import { tongbanZh } from './runtime-dev-zh.js';
import {
  BASIS_OWNER_WORDS,
  ENTRY_KIND_WORDS,
  FACT_TYPE_WORDS,
  FIELD_TYPE_WORDS,
  givenOf,
  ITEM_FIELD_WORDS,
  JSON_TYPE_WORDS,
  listOf,
} from './words.js';
import { YAML_SYNTAX_WORDS } from './yaml-syntax-words.js';

const type = (t: FactType | undefined) => (t === undefined ? '' : FACT_TYPE_WORDS[t].zh);
const list = (texts: readonly string[] | undefined) => listOf(texts ?? [], 'zh');

/** What a file-system failure means (`FILE_REASONS`), when reading. */
const READ: Readonly<Record<FileReason, string>> = {
  'not-found': '文件不存在',
  permission: '没有读取权限',
  'symlink-loop': '符号链接循环',
  'name-too-long': '路径过长',
  'not-a-folder': '路径中的一段不是文件夹',
  'invalid-path': '路径无效',
  'is-directory': '这是一个文件夹',
  'too-many-open-files': '同时打开的文件过多（超过系统上限）',
  'bad-name': '无法读取文件名（不是有效的 UTF-8）',
  exists: '已存在同名的文件',
  'read-only': '文件系统是只读的',
  'no-space': '磁盘空间不足',
  'has-errors': '其中有错误（见它的诊断）',
  other: '系统错误',
};

/** Where writing is worded otherwise than reading. */
const WRITE: Readonly<Partial<Record<FileReason, string>>> = {
  permission: '没有写入权限',
  'not-found': '文件夹不存在',
};

/** The words for a `reason` (with the system's `errno` for `other`), for reading or for writing. */
const reasonOf = (p: { readonly reason: FileReason; readonly errno?: string }, write = false) => {
  const words = (write ? WRITE[p.reason] : undefined) ?? READ[p.reason];
  return p.reason === 'other' && p.errno !== undefined ? `${words} ${p.errno}` : words;
};

const NOT_MAPPING_ZH: Readonly<Record<(typeof NOT_MAPPING)[number], string>> = {
  list: '列表',
  scalar: '单个值',
  empty: '空的',
};

type ValueParams = DiagnosticParamsOf<'invalid-value'>;

const COMPARISON: Readonly<Record<NonNullable<ValueParams['comparison']>, string>> = {
  '<': '小于',
  '<=': '不大于',
  '>': '大于',
  '>=': '不小于',
};

const RULE: Readonly<Record<(typeof VALUE_RULES)[number], (p: ValueParams) => string>> = {
  'not-empty': () => '不能为空',
  'at-least': (p) => `至少 ${p.limit} 项`,
  'at-most': (p) => `至多 ${p.limit}`,
  compare: (p) => `应${p.comparison === undefined ? '' : COMPARISON[p.comparison]} ${p.limit}`,
  unique: () => '不能重复',
  date: () => '不是有效的日期（YYYY-MM-DD）',
  'expires-before-issued': (p) => `有效期至早于签发日期 ${p.issued}`,
  schema: (p) => `不符合 schema 的 ${p.keyword} 规则`,
  regex: () => '不是有效的正则表达式',
};

type SourceParams = DiagnosticParamsOf<'unresolved-field-source'>;

const FIELD_SOURCE: Readonly<Record<SourceParams['problem'], (p: SourceParams) => string>> = {
  'fact-type': (p) => `档案事实是${type(p.sourceType)}，字段是${FIELD_TYPE_WORDS[p.fieldType].zh}`,
  'answer-type': (p) => `问题是${type(p.sourceType)}，字段是${FIELD_TYPE_WORDS[p.fieldType].zh}`,
  'answer-option': (p) => `选项“${p.option}”在字段中没有对应的值（请在 map 中给出）`,
  'licence-data': (p) => `这类电子证照没有数据项“${p.data}”`,
  'not-produced': () => '没有事项产生这份材料',
  'produced-data': (p) => `这份材料没有电子证照数据项“${p.data}”`,
};

type ConditionParams = DiagnosticParamsOf<'invalid-condition'>;

const CONDITION: Readonly<Record<ConditionParams['reason'], (p: ConditionParams) => string>> = {
  'not-mapping': () => '条件应为映射',
  'combinator-alone': () => 'all、any、not、condition 须单独成为一个映射',
  'full-missing': (p) => `完整写法须同时给出 fact、operator 和 value（缺少 ${p.missing?.join(', ')}）`,
  'full-extra': (p) => `完整写法中不能出现 ${p.extra?.join(', ')}`,
  'fact-reference': () => '与另一事实比较请写成 { equal: { fact: 名称 } }',
};

const EXCLUSIVE: Readonly<Record<DiagnosticParamsOf<'exclusive-option'>['reason'], string>> = {
  single: '单选题的选项本来就互斥，不需要 exclusive',
  two: '多选题至多有一个 exclusive 选项（如“以上都没有”）',
  all: '不能所有选项都是 exclusive',
};

type FailedParams = DiagnosticParamsOf<'scenario-failed'>;

/** Why a scenario's session did not start (`cannot-start`). */
const START_FAILED: Readonly<Record<(typeof START_FAILURES)[number], (p: FailedParams) => string>> = {
  'invalid-today': () => '日期不是有效日期',
  'invalid-theme': () => '主题不是加载器给出的主题',
  'invalid-argument': (p) =>
    p.rule === undefined
      ? `运行选项「${p.name}」不合要求`
      : tongbanZh['invalid-argument']({ name: p.name ?? '', rule: p.rule, ...givenOf(p) }),
  'invalid-profile': () => '档案不是加载器给出的档案',
  'invalid-session': () => '会话不是 tongban 生成的会话',
  'invalid-condition': () => '有条件的写法不对',
  'unknown-operator': () => '有条件用了未注册的运算符',
  'unknown-condition': () => '有条件引用了不存在的命名条件',
  'condition-cycle': () => '命名条件互相引用成环',
  'unsupported-path': () => '有条件读取了事实内部的路径',
  'invalid-operator': () => '有自定义运算符写法不对',
  'operator-failed': () => '有自定义运算符运行出错',
  other: (p) => `${p.detail}`,
};

const FAILED: Readonly<Record<FailedParams['check'], (p: FailedParams) => string>> = {
  'profile-not-loaded': (p) => `档案文件“${p.path}”未能读取`,
  'invalid-today': (p) =>
    `无法开始问卷：${tongbanZh['invalid-today'](givenOf({ text: p.today, value: p.value, kind: p.kind }))}`,
  'cannot-start': (p) => `无法开始问卷：${START_FAILED[p.failure ?? 'other'](p)}`,
  case: (p) => `情形为“${p.actual}”，预期“${p.expected}”`,
  key: (p) => `情形键为“${p.actual}”，预期“${p.expected}”`,
  status: (p) => `状态为 ${p.actual}，预期 ${p.expected}`,
  'missing-item': (p) => `缺少事项 ${p.id}`,
  'unexpected-item': (p) => `不应有事项 ${p.id}`,
  'missing-material': (p) => `缺少材料 ${p.id}`,
  'unexpected-material': (p) => `不应有材料 ${p.id}`,
  'not-waived': (p) => `材料 ${p.id} 未免提交（${p.status}）`,
  'not-passed-on': (p) => `材料 ${p.id} 未在流程内传递（${p.status}）`,
  'not-shared': (p) => `材料 ${p.id} 未经数据共享免提交（${p.status}）`,
  'not-generated': (p) => `材料 ${p.id} 未由一表申请生成（${p.status}）`,
  'not-committed': (p) => `材料 ${p.id} 未以告知承诺代替（${p.status}）`,
  'to-submit': (p) => `需准备 ${p.actual} 份材料，预期 ${p.expected}`,
  days: (p) => `实际 ${p.actual} 个工作日，预期 ${p.expected}`,
  fee: (p) => `实际 ${p.actual} 元，预期 ${p.expected}`,
  visits: (p) => `实际 ${p.actual} 次到场，预期 ${p.expected}`,
  'missing-notice': (p) => `缺少提示 ${p.id}`,
  'unexpected-notice': (p) => `不应有提示 ${p.id}`,
  'option-not-offered': (p) => `未提供选项 ${p.id}`,
  'unexpected-option': (p) => `不应提供选项 ${p.id}`,
  'missing-delivery': (p) => `未提供送达方式 ${p.id}`,
  'unexpected-delivery': (p) => `不应提供送达方式 ${p.id}`,
  'not-deferrable': (p) => `材料 ${p.id} 未标为可容缺受理`,
  'no-appointment': (p) => `没有需预约的到场地点 ${p.id}`,
  'item-days': (p) =>
    p.actual === undefined
      ? `事项 ${p.id} 没有承诺时限，预期 ${p.expected} 个工作日`
      : `事项 ${p.id} 承诺 ${p.actual} 个工作日，预期 ${p.expected}`,
  'statutory-days': (p) =>
    p.actual === undefined
      ? `事项 ${p.id} 没有法定时限，预期 ${p.expected} 个工作日`
      : `事项 ${p.id} 法定 ${p.actual} 个工作日，预期 ${p.expected}`,
};

type AnswerParams = DiagnosticParamsOf<'scenario-invalid-answer'>;

const INVALID_ANSWER: Readonly<Record<AnswerParams['problem'], (p: AnswerParams) => string>> = {
  'not-answered': (p) => `问到了“${p.ask}”，但没有给出回答`,
  'no-such-question': () => '主题中没有这个问题',
  prefilled: (p) => `已由档案预填为 ${p.prefilled}，不会再问`,
  'not-asked': () => '按这组回答，这个问题不会被提问',
  refused: (p) => refusal(p),
};

/** The answer the session refused, quoted: the person at the question sees it, the scenario's author does not. */
const given = (p: AnswerParams) => {
  const value = p.problem === 'refused' ? (p.option ?? p.value) : undefined;
  return value === undefined ? '' : `“${value}”`;
};

/** The session's own words for a refused answer (its params ride in the diagnostic's). */
function refusal(p: AnswerParams): string {
  if (p.refusal === undefined) return '';
  return refusalMessage(p.refusal, p, 'zh') ?? '';
}

/** Diagnostic messages in Chinese, the default language of policy authors. */
export const zh: DiagnosticCatalog = {
  'unreadable-file': (p) =>
    p.reason === 'bad-name' ? '无法读取文件名：不是有效的 UTF-8' : `无法读取文件：${reasonOf(p)}`,
  'input-too-large': (p) =>
    `文件过大（${p.size ?? `超过 ${p.limit}`} ${p.unit === 'chars' ? '字符' : '字节'}），上限为 ${p.limit}`,
  'invalid-encoding': () => '文件不是有效的 UTF-8 文本',
  'yaml-syntax': (p) =>
    `YAML 语法错误：${YAML_SYNTAX_WORDS[p.problem].zh}${p.yamlCode === undefined ? '' : `（${p.yamlCode}）`}`,
  'yaml-duplicate-key': (p) => `重复的键“${p.key}”`,
  'yaml-alias-limit': (p) =>
    p.nodes === undefined
      ? `别名（*）展开次数超过上限 ${p.limit}，疑似“别名炸弹”`
      : `别名（*）展开后多出 ${p.nodes} 个节点，超过上限 ${p.limit}，疑似“别名炸弹”`,
  'yaml-too-deep': (p) => `嵌套层级过深（上限 ${p.limit} 层）`,
  'yaml-unsupported': (p) =>
    p.feature === 'tag'
      ? `不支持 YAML 标签“${p.tag ?? ''}”：请直接写值（日期写成带引号的文本，如 "2025-01-01"）`
      : '不支持 YAML 合并键“<<”：请把键逐一写出',
  'not-finite': (p) => `“${p.value}”不是有限的数：数值须在约 ±1.8e308 之内；若是文本请加引号`,
  'number-precision': (p) => `数“${p.value}”超出可精确表示的位数，实际读作 ${p.read}`,
  'not-a-mapping': (p) => `文件顶层应为映射（键: 值），实际是${NOT_MAPPING_ZH[p.actual]}`,
  'forbidden-key': (p) => `不允许使用键“${p.key}”`,
  'path-outside-root': (p) =>
    `路径“${p.path}”在根文件夹 ${p.root} 之外，不会读取（可用 --root 指定更大的根文件夹）`,
  // The default catalog is named by its folder, so that "目录" is not followed by its English name.
  'catalog-unavailable': (p) =>
    p.named === 'default'
      ? `主题旁边的 ${p.catalog} 文件夹不可用：${reasonOf(p)}（主题没有写 catalog:，默认以这个文件夹为目录）`
      : `目录“${p.catalog}”不可用：${reasonOf(p)}（由 catalog: 指定，相对于主题所在的文件夹）`,
  'duplicate-theme-id': (p) => `主题 id“${p.id}”重复：${p.other} 也用了它`,
  'output-conflict': (p) =>
    p.id === undefined
      ? `输出文件夹中已有的 ${p.output} 不是 tongban build 写的，不会覆盖它`
      : p.reason === 'reserved'
        ? `主题 id“${p.id}”会写出 ${p.output}，与 tongban build 的索引同名`
        : `主题 id“${p.id}”会写出 ${p.output}，而输出文件夹中已有的 ${p.output} 不是 tongban build 写的`,
  'unwritable-output': (p) => `无法写出 ${p.output}：${reasonOf(p, true)}`,
  'unknown-key': (p) => `未知的键“${p.key}”`,
  'missing-key': (p) => `缺少必填的键“${p.key}”`,
  'wrong-type': (p) =>
    `类型错误：应为${listOf([...(p.values ?? []), ...p.expected.map((t) => JSON_TYPE_WORDS[t].zh)], 'zh', 'or')}，实际是${JSON_TYPE_WORDS[p.actual].zh}`,
  'invalid-value': (p) =>
    `取值“${p.value}”无效${p.allowed ? `，可选值：${list(p.allowed)}` : ''}${p.rule ? `：${RULE[p.rule](p)}` : ''}`,
  'invalid-id': (p) =>
    p.char === undefined
      ? `标识“${p.value}”无效：应为小写字母、数字和连字符，以字母开头（如 first-apply）`
      : `标识“${p.value}”无效：第 ${p.at} 个字符是 ${p.char}，不是 ASCII 字母、数字或连字符（外观相似或看不见的字符）`,
  'misplaced-key': (p) => `键“${p.key}”不适用于${type(p.type)}`,
  'duplicate-id': (p) =>
    `${ENTRY_KIND_WORDS[p.kind].zh}“${p.id}”重复定义${p.other === undefined ? '' : `（另见 ${p.other}）`}`,
  'reserved-id': (p) => `“${p.id}”是保留字，不能用作${ENTRY_KIND_WORDS[p.kind].zh}标识`,
  'unknown-department': (p) => `未知的部门“${p.id}”`,
  'unknown-venue': (p) => `未知的办理地点“${p.id}”`,
  'unknown-licence': (p) => `未知的电子证照类型“${p.id}”`,
  'unknown-material': (p) => `未知的材料“${p.id}”`,
  'unknown-item': (p) => `未知的事项“${p.id}”`,
  'unknown-question': (p) => `未知的问题“${p.id}”`,
  'unknown-fact': (p) => `未知的事实“${p.id}”：既不是本主题的问题，也不是目录中声明的档案事实`,
  'unknown-option': (p) => `问题“${p.question}”没有选项“${p.value}”`,
  'unknown-operator': (p) => `未知的运算符“${p.operator}”`,
  'unknown-condition': (p) => `未知的具名条件“${p.id}”`,
  'unknown-derivation': (p) => `未知的派生函数“${p.fn}”`,
  'condition-cycle': (p) => `具名条件循环引用：${p.cycle.join(' → ')}`,
  'condition-too-deep': (p) => `具名条件“${p.id}”经由引用嵌套过深（上限 ${p.limit} 层）`,
  'invalid-condition': (p) => `条件写法有误：${CONDITION[p.reason](p)}`,
  'trigger-reads-question': (p) => `主动提醒条件只能读取档案事实，不能读取问题“${p.id}”`,
  'forward-reference': (p) => `问题“${p.question}”的条件读取了在它之后才提问的“${p.id}”`,
  'self-reference': (p) => `问题“${p.question}”的条件读取了它自己的答案`,
  'value-type-mismatch': (p) =>
    p.fn === undefined
      ? `“${p.id}”是${type(p.factType)}，不能用 ${p.operator} 与 ${p.value} 比较`
      : `派生函数 ${p.fn} 由${type(p.needs)}算出${type(p.gives)}，但来源“${p.from}”是${type(p.fromType)}，“${p.id}”声明为${type(p.factType)}`,
  'unsupported-path': (p) => `不支持的路径“${p.path}”：只支持 $.name、$['name'] 和 [序号]`,
  'unreachable-notice': (p) => `提示“${p.id}”永远不会出现：同组“${p.group}”中在它之前的“${p.by}”没有 when`,
  'variant-default': (p) =>
    p.position === 'last'
      ? `${p.field} 的最后一项不应带 when（它是默认值）`
      : `${p.field} 中除最后一项外都应带 when`,
  'item-cycle': (p) => `事项先后顺序循环：${p.cycle.join(' → ')}`,
  'exclusive-option': (p) => `问题“${p.question}”：${EXCLUSIVE[p.reason]}`,
  'prefill-mismatch': (p) =>
    `问题“${p.question}”不能由“${p.fact}”预填：${p.reason === 'type' ? `类型不同（问题是${type(p.questionType)}，事实是${type(p.factType)}）` : `问题缺少事实的选项 ${p.missing?.join(', ')}`}`,
  'unknown-field': (p) => `未知的表单字段“${p.id}”`,
  'unknown-form': (p) => `未知的表单“${p.id}”`,
  'duplicate-field': (p) => `表单“${p.form}”两次列出字段“${p.id}”`,
  'unresolved-field-source': (p) =>
    `字段“${p.field}”的取值来源“${p.source}”无法取值：${FIELD_SOURCE[p.problem](p)}`,
  'unused-field-answer': (p) => `字段“${p.id}”不在本主题任何事项的表单中，问卷回答不会填入它`,
  'empty-range': (p) => `问题“${p.question}”的取值范围为空（min ${p.min} 大于 max ${p.max}）`,
  'never-asked': (p) => `问题“${p.question}”在任何情形下都不会被提问`,
  'dead-end': (p) =>
    `${p.case === '' && p.key === '' ? '不回答任何问题的情形' : `情形“${p.case || p.key}”`}既没有事项也没有提示，办事人会一无所获`,
  'no-effect-question': (p) => `问题“${p.question}”的回答不影响任何结果，可以不问`,
  'no-effect-branch': (p) =>
    `${p.branch.length === 0 ? '' : `当 ${p.branch.join('、')} 时，`}问题“${p.question}”的回答不影响结果（提问它的 ${p.asked} 个分支中有 ${p.idle} 个如此），可以只在有影响时问`,
  'no-effect-option': (p) => `问题“${p.question}”的选项“${p.option}”与其他选项结果相同，可以合并`,
  'never-offered-option': (p) =>
    `问题“${p.question}”的选项“${p.option}”在任何提问该题的情形下都不会提供（条件从不成立）`,
  'few-options': (p) =>
    `${p.branch === '' ? '一开始' : `当“${p.branch}”时`}，问题“${p.question}”${p.count === 0 ? '没有可选的选项：此时不应提问' : `只剩一个选项“${p.label ?? ''}”：此时不必提问，或再提供一个选项`}`,
  'unused-catalog-entry': (p) => `${ENTRY_KIND_WORDS[p.kind].zh}“${p.id}”没有被任何主题使用`,
  'vague-material': (p) => `材料名称“${p.name}”含有模糊表述“${p.word}”：办事指南须逐项列明材料`,
  'item-incomplete': (p) => `事项“${p.id}”缺少${list(p.missing.map((f) => ITEM_FIELD_WORDS[f].zh))}`,
  'basis-url': (p) =>
    `${BASIS_OWNER_WORDS[p.kind].zh}“${p.id}”的依据含有网址“${p.url}”：依据写法律、法规或规范性文件的名称和文号，网址写在 sources 中`,
  'duplicate-label': (p) => `问题“${p.question}”的选项“${p.first}”和“${p.second}”文字相同：“${p.label}”`,
  'case-limit': (p) => `情形数量超过上限 ${p.limit}，已停止枚举；请拆分主题或提高 --max-cases`,
  'scenario-failed': (p) => `场景“${p.scenario}”未通过：${FAILED[p.check](p)}`,
  'scenario-invalid-answer': (p) =>
    `场景“${p.scenario}”中问题“${p.question}”的回答${given(p)}无效：${INVALID_ANSWER[p.problem](p)}`,
  'scenario-unknown-id': (p) =>
    `场景“${p.scenario}”的 ${p.list} 列出的${NOT_LIST_WORDS[p.list]}“${p.id}”在主题中没有定义：这项检查不会失败`,
};

const NOT_LIST_WORDS: Readonly<Record<DiagnosticParamsOf<'scenario-unknown-id'>['list'], string>> = {
  'not-items': '事项',
  'not-materials': '材料',
  'not-notices': '提示',
  'not-offered': '选项',
};
