import type { OutcomeStatus } from '../model/outcome.js';
import type { AnswerValue } from '../model/session.js';
import type { MaterialStatus } from '../model/statuses.js';
import type { NoticeKind, Question } from '../model/theme.js';
import { answerType } from '../question-types/answers.js';

export { optionLabel } from '../question-types/choice.js';

/** A text in Chinese and English. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** How an outcome's status reads, for guides, terminals and pages alike. */
export const STATUS_LABELS: Readonly<Record<OutcomeStatus, Bilingual>> = {
  ready: { zh: '可以办理', en: 'ready' },
  'not-needed': { zh: '无需办理', en: 'nothing needed' },
  blocked: { zh: '不予办理', en: 'blocked' },
};

/** How a material's status reads in brief (a column, a list); `materialStatusText` says it in full. */
export const MATERIAL_STATUS_LABELS: Readonly<Record<MaterialStatus, Bilingual>> = {
  submit: { zh: '需提交', en: 'to submit' },
  'passed-on': { zh: '流程内传递', en: 'passed on' },
  generated: { zh: '由一表生成', en: 'generated' },
  waived: { zh: '免提交', en: 'waived' },
  shared: { zh: '数据共享免提交', en: 'shared' },
  committed: { zh: '告知承诺', en: 'committed' },
};

/** How a notice's kind reads. */
export const NOTICE_LABELS: Readonly<Record<NoticeKind, Bilingual>> = {
  info: { zh: '提示', en: 'info' },
  warning: { zh: '注意', en: 'warning' },
  block: { zh: '不予办理', en: 'blocked' },
  'not-needed': { zh: '无需办理', en: 'not needed' },
};

/** An answer as the citizen reads it: option labels, the yes/no texts, a number with its unit, a date. */
export function displayAnswer(question: Question, value: AnswerValue, lang: 'zh' | 'en' = 'zh'): string {
  return answerType(question).display(question, value, lang);
}
