import type { Lang } from './words.js';

/** The words of the Markdown guide (办事指南) around the theme's texts, in one language. */
export interface GuideWords {
  readonly guide: string;
  readonly provisional: string;
  readonly case: string;
  readonly singleCase: string;
  readonly notComplete: string;
  readonly status: string;
  readonly region: string;
  readonly version: string;
  readonly blocked: string;
  readonly notices: string;
  readonly basisOf: (basis: string) => string;
  readonly notice: (label: string) => string;
  /** The collapsed section of full conditions for authors, and what each line names. */
  readonly rules: string;
  readonly ruleItem: string;
  readonly ruleMaterial: string;
  readonly materials: string;
  readonly noMaterials: string;
  readonly materialHeader: readonly string[];
  readonly commitment: string;
  readonly commitmentOf: (items: string) => string;
  readonly source: string;
  readonly form: string;
  readonly commitmentLetter: string;
  readonly workflow: string;
  readonly noSteps: string;
  readonly stepsIn: (steps: number, stages: number) => string;
  readonly level: (level: string) => string;
  readonly gives: (item: string, material: string) => string;
  readonly stage: (n: number) => string;
  readonly noLimit: string;
  readonly workflowHeader: readonly string[];
  readonly days: string;
  readonly criticalPath: string;
  readonly inAll: (days: string) => string;
  readonly sum: string;
  readonly saved: string;
  readonly uncounted: string;
  readonly fees: string;
  readonly free: string;
  readonly feeHeader: readonly string[];
  readonly total: string;
  readonly visits: string;
  readonly online: string;
  readonly visitCount: (count: number) => string;
  readonly purposes: string;
  /** The purpose of a visit to collect results (窗口领取). */
  readonly collect: string;
  /** Opening hours of a venue. */
  readonly hours: string;
  /** Before the applicant chooses: the methods offered follow. */
  readonly deliveryOptions: string;
  readonly delivery: string;
  readonly basis: string;
  /** Punctuation: the colon, the list and clause separators, brackets. */
  readonly colon: string;
  readonly comma: string;
  readonly list: string;
  readonly clause: string;
  /** Ends a sentence that another follows. */
  readonly stop: string;
  readonly bracket: (text: string) => string;
}

/** The guide's words in Chinese (the guide citizens read) and English. */
export const GUIDE_WORDS: Readonly<Record<Lang, GuideWords>> = {
  zh: {
    guide: '办事指南',
    provisional: '问卷尚未完成：以下是根据已回答的问题得出的初步结果，可能随后续回答而变化。',
    case: '情形',
    singleCase: '（无需区分情形）',
    notComplete: '（问卷尚未完成）',
    status: '办理状态',
    region: '适用地区',
    version: '版本',
    blocked: '本情形不予办理，原因见下方“提示”。',
    notices: '提示',
    basisOf: (basis) => `（依据：${basis}）`,
    notice: (label) => `【${label}】`,
    rules: '规则',
    ruleItem: '事项',
    ruleMaterial: '材料',
    materials: '材料清单',
    noMaterials: '无需提交材料。',
    materialHeader: ['序号', '材料名称', '形式', '份数', '提交方式', '告知承诺', '用于事项', '备注'],
    commitment: '可承诺',
    commitmentOf: (items) => `可承诺（${items}）`,
    source: '来源',
    form: '一表申请',
    commitmentLetter: '告知承诺书（一份）',
    workflow: '办理流程',
    noSteps: '本情形无需办理事项。',
    stepsIn: (steps, stages) => `共 ${steps} 个事项，分 ${stages} 个阶段办理；同一阶段的事项可以并行。`,
    level: (level) => `（${level}）`,
    gives: (item, material) => `${item}（提供${material}）`,
    stage: (n) => `第${n}阶段`,
    noLimit: '未规定',
    workflowHeader: [
      '阶段',
      '事项',
      '实施部门',
      '时限（工作日）',
      '起止（第几个工作日）',
      '前置事项',
      '为何办理',
    ],
    days: '办理时限',
    criticalPath: '关键路径',
    inAll: (days) => `共 ${days}`,
    sum: '各事项时限合计',
    saved: '并联办理节省',
    uncounted: '未规定时限、不计入上述时限的事项',
    fees: '费用',
    free: '不收费。',
    feeHeader: ['事项', '金额（元）', '说明'],
    total: '合计',
    visits: '跑动次数',
    online: '全程网办，无需到现场。',
    visitCount: (count) => `需到现场 ${count} 次（同一地点的事项合并为一次）：`,
    purposes: '事由',
    collect: '领取办理结果',
    hours: '办公时间',
    deliveryOptions: '可选择以下任一种方式：',
    delivery: '送达方式',
    basis: '依据',
    colon: '：',
    stop: '。',
    comma: '，',
    list: '、',
    clause: '；',
    bracket: (text) => `（${text}）`,
  },
  en: {
    guide: 'guide',
    provisional:
      'The questionnaire is not complete: this outcome follows from the answers so far and may change.',
    case: 'Case',
    singleCase: '(a single case)',
    notComplete: '(questionnaire not complete)',
    status: 'Status',
    region: 'Region',
    version: 'Version',
    blocked: 'This case cannot be handled; the notices below say why.',
    notices: 'Notices',
    basisOf: (basis) => ` (basis: ${basis})`,
    notice: (label) => `[${label}] `,
    rules: 'Rules',
    ruleItem: 'Item',
    ruleMaterial: 'Material',
    materials: 'Materials',
    noMaterials: 'No materials to hand in.',
    materialHeader: ['#', 'material', 'form', 'copies', 'how', 'commitment', 'for', 'remarks'],
    commitment: 'accepted',
    commitmentOf: (items) => `accepted (${items})`,
    source: 'source',
    form: 'Application form',
    commitmentLetter: 'Commitment letter (one for all)',
    workflow: 'Workflow',
    noSteps: 'Nothing to do in this case.',
    stepsIn: (steps, stages) =>
      `${steps} ${steps === 1 ? 'item' : 'items'} in ${stages} ${stages === 1 ? 'stage' : 'stages'}; the items of a stage run in parallel.`,
    level: (level) => ` (${level})`,
    gives: (item, material) => `${item} (gives ${material})`,
    stage: (n) => `Stage ${n}`,
    noLimit: 'none set',
    workflowHeader: ['stage', 'item', 'department', 'time limit', 'working days', 'after', 'why'],
    days: 'Time',
    criticalPath: 'Critical path',
    inAll: (days) => days,
    sum: 'Sum of the time limits',
    saved: 'Saved by running in parallel',
    uncounted: 'Items without a time limit, not counted above',
    fees: 'Fees',
    free: 'Free of charge.',
    feeHeader: ['item', 'yuan', 'note'],
    total: 'total',
    visits: 'Visits',
    online: 'All online: no visit needed.',
    visitCount: (count) => `${count} ${count === 1 ? 'visit' : 'visits'} (items at one place count once):`,
    purposes: 'for',
    collect: 'to collect the results',
    hours: 'opening hours',
    deliveryOptions: 'Any of these:',
    delivery: 'Delivery',
    basis: 'Basis',
    colon: ': ',
    stop: '. ',
    comma: ', ',
    list: ', ',
    clause: '; ',
    bracket: (text) => ` (${text})`,
  },
};
