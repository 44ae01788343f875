import type { DiagnosticCode, DiagnosticParams } from '../model/diagnostic.js';
import { reasonText } from './reasons.js';

type Catalog = Readonly<Record<DiagnosticCode, (p: DiagnosticParams) => string>>;

const TYPE: Readonly<Record<string, string>> = {
  single: '单选题',
  multiple: '多选题',
  'yes-no': '是/否题',
  number: '数字',
  date: '日期',
  list: '列表',
  object: '对象',
};
const type = (t: unknown) => TYPE[String(t)] ?? String(t);

const CONDITION: Readonly<Record<string, (p: DiagnosticParams) => string>> = {
  'not-mapping': () => '条件应为映射',
  'combinator-alone': () => 'all、any、not、condition 须单独成为一个映射',
  'full-missing': (p) => `完整写法须同时给出 fact、operator 和 value（缺少 ${p.missing}）`,
  'full-extra': (p) => `完整写法中不能出现 ${p.extra}`,
  'fact-reference': () => '与另一事实比较请写成 { equal: { fact: 名称 } }',
};

const EXCLUSIVE: Readonly<Record<string, string>> = {
  single: '单选题的选项本来就互斥，不需要 exclusive',
  two: '多选题至多有一个 exclusive 选项（如“以上都没有”）',
  all: '不能所有选项都是 exclusive',
};

/** Diagnostic messages in Chinese, the default language of policy authors. */
export const zh: Catalog = {
  'unreadable-file': (p) =>
    p.reason === 'bad-name' ? '无法读取文件名：不是有效的 UTF-8' : `无法读取文件：${reasonText(p, 'zh')}`,
  'input-too-large': (p) =>
    `文件过大（${p.size} ${p.unit === 'chars' ? '字符' : '字节'}），上限为 ${p.limit}`,
  'invalid-encoding': () => '文件不是有效的 UTF-8 文本',
  'yaml-syntax': (p) => `YAML 语法错误：${p.detail}`,
  'yaml-duplicate-key': (p) => `重复的键“${p.key}”`,
  'yaml-alias-limit': (p) =>
    p.nodes === undefined
      ? `别名（*）展开次数超过上限 ${p.limit}，疑似“别名炸弹”`
      : `别名（*）展开后多出 ${p.nodes} 个节点，超过上限 ${p.limit}，疑似“别名炸弹”`,
  'yaml-too-deep': (p) => `嵌套层级过深（上限 ${p.limit} 层）`,
  'path-outside-root': (p) =>
    `路径“${p.path}”在根文件夹 ${p.root} 之外，不会读取（可用 --root 指定更大的根文件夹）`,
  'catalog-unavailable': (p) =>
    `目录 ${p.catalog} 不可用：${reasonText(p, 'zh')}（${p.named === 'default' ? '主题没有写 catalog:，默认使用主题旁边的 catalog 文件夹' : '由 catalog: 指定，相对于主题所在的文件夹'}）`,
  'duplicate-theme-id': (p) => `主题 id“${p.id}”重复：${p.other} 也用了它`,
  'output-conflict': (p) =>
    p.id === undefined
      ? `输出文件夹中已有的 ${p.output} 不是 tongban build 写的，不会覆盖它`
      : p.reason === 'reserved'
        ? `主题 id“${p.id}”会写出 ${p.output}，与 tongban build 的索引同名`
        : `主题 id“${p.id}”会写出 ${p.output}，而输出文件夹中已有的 ${p.output} 不是 tongban build 写的`,
  'unwritable-output': (p) => `无法写出 ${p.output}：${reasonText(p, 'zh', 'write')}`,
  'not-a-mapping': (p) => `文件顶层应为映射（键: 值），实际是${p.actual}`,
  'forbidden-key': (p) => `不允许使用键“${p.key}”`,
  'unknown-key': (p) => `未知的键“${p.key}”`,
  'missing-key': (p) => `缺少必填的键“${p.key}”`,
  'wrong-type': (p) => `类型错误：应为${p.expected}，实际是${p.actual}`,
  'invalid-value': (p) =>
    `取值“${p.value}”无效${p.allowed ? `，可选值：${p.allowed}` : ''}${p.rule ? `：${p.rule}` : ''}`,
  'invalid-id': (p) =>
    p.char === undefined
      ? `标识“${p.value}”无效：应为小写字母、数字和连字符，以字母开头（如 first-apply）`
      : `标识“${p.value}”无效：第 ${p.at} 个字符是 ${p.char}，不是 ASCII 字母、数字或连字符（外观相似或看不见的字符）`,
  'misplaced-key': (p) => `键“${p.key}”不适用于${type(p.type)}`,
  'duplicate-id': (p) => `${p.kind}“${p.id}”重复定义${p.other ? `（另见 ${p.other}）` : ''}`,
  'reserved-id': (p) => `“${p.id}”是保留字，不能用作${p.kind}标识`,
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
  'condition-cycle': (p) => `具名条件循环引用：${p.cycle}`,
  'invalid-condition': (p) => `条件写法有误：${CONDITION[String(p.reason)]?.(p) ?? ''}`,
  'trigger-reads-question': (p) => `主动提醒条件只能读取档案事实，不能读取问题“${p.id}”`,
  'forward-reference': (p) => `问题“${p.question}”的条件读取了在它之后才提问的“${p.id}”`,
  'self-reference': (p) => `问题“${p.question}”的条件读取了它自己的答案`,
  'value-type-mismatch': (p) =>
    p.fn === undefined
      ? `“${p.id}”是${type(p.factType)}，不能用 ${p.operator} 与 ${p.value} 比较`
      : `派生函数 ${p.fn} 由 ${p.needs} 算出 ${p.gives}，但来源“${p.from}”是${type(p.fromType)}，“${p.id}”声明为${type(p.factType)}`,
  'unsupported-path': (p) => `不支持的路径“${p.path}”：只支持 $.name、$['name'] 和 [序号]`,
  'variant-default': (p) =>
    p.position === 'last'
      ? `${p.field} 的最后一项不应带 when（它是默认值）`
      : `${p.field} 中除最后一项外都应带 when`,
  'item-cycle': (p) => `事项先后顺序循环：${p.cycle}`,
  'exclusive-option': (p) => `问题“${p.question}”：${EXCLUSIVE[String(p.reason)] ?? ''}`,
  'prefill-mismatch': (p) =>
    `问题“${p.question}”不能由“${p.fact}”预填：${p.reason === 'type' ? `类型不同（问题是${type(p.questionType)}，事实是${type(p.factType)}）` : `问题缺少事实的选项 ${p.missing}`}`,
  'empty-range': (p) => `问题“${p.question}”的取值范围为空（min ${p.min} 大于 max ${p.max}）`,
  'never-asked': (p) => `问题“${p.question}”在任何情形下都不会被提问`,
  'dead-end': (p) => `情形“${p.case}”既没有事项也没有提示，办事人会一无所获`,
  'no-effect-question': (p) => `问题“${p.question}”的回答不影响任何结果，可以不问`,
  'no-effect-option': (p) => `问题“${p.question}”的选项“${p.option}”与其他选项结果相同，可以合并`,
  'unused-catalog-entry': (p) => `${p.kind}“${p.id}”没有被任何主题使用`,
  'vague-material': (p) => `材料名称“${p.name}”含有模糊表述“${p.word}”：办事指南须逐项列明材料`,
  'item-incomplete': (p) => `事项“${p.id}”缺少${p.missing}`,
  'duplicate-label': (p) => `问题“${p.question}”的选项“${p.first}”和“${p.second}”文字相同：“${p.label}”`,
  'case-limit': (p) => `情形数量超过上限 ${p.limit}，已停止枚举；请拆分主题或提高 --max-cases`,
  'scenario-failed': (p) => `场景“${p.scenario}”未通过：${p.detail}`,
  'scenario-invalid-answer': (p) => `场景“${p.scenario}”中问题“${p.question}”的回答无效：${p.detail}`,
};
