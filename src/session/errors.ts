import type { SessionError, SessionErrorCode } from '../model/session.js';

type Params = Readonly<Record<string, string | number>>;

const MESSAGES: Readonly<Record<SessionErrorCode, (p: Params) => string>> = {
  'unknown-question': (p) => `没有问题“${p.question}” / no question "${p.question}"`,
  'not-asked': (p) => `问题“${p.question}”当前不需要回答 / "${p.question}" is not being asked now`,
  'already-answered': (p) =>
    `问题“${p.question}”已回答，请用 change 修改 / "${p.question}" is answered: use change`,
  'not-answered': (p) =>
    `问题“${p.question}”尚未回答，请用 answer / "${p.question}" is not answered yet: use answer`,
  'wrong-type': (p) => `问题“${p.question}”需要${p.expected} / "${p.question}" needs ${p.expectedEn}`,
  'unknown-option': (p) =>
    `问题“${p.question}”没有选项“${p.option}” / "${p.question}" has no option "${p.option}"`,
  'duplicate-option': (p) => `选项“${p.option}”重复 / option "${p.option}" is given twice`,
  'exclusive-option': (p) => `选项“${p.option}”只能单独选择 / option "${p.option}" must be chosen alone`,
  'empty-choice': (p) => `问题“${p.question}”至少选择一项 / choose at least one option for "${p.question}"`,
  'out-of-range': (p) => `“${p.value}”超出范围 ${p.min}–${p.max} / "${p.value}" is outside ${p.min}–${p.max}`,
  'not-integer': (p) => `“${p.value}”应为整数 / "${p.value}" must be a whole number`,
  'invalid-date': (p) => `“${p.value}”不是有效日期（YYYY-MM-DD） / "${p.value}" is not a date (YYYY-MM-DD)`,
  'nothing-to-undo': () => '没有可以撤销的回答 / there is no answer to undo',
};

/** A session error with its bilingual message. */
export function sessionError(code: SessionErrorCode, params: Params): SessionError {
  const question = params.question;
  return {
    code,
    ...(typeof question === 'string' ? { question } : {}),
    message: MESSAGES[code](params),
    params,
  };
}
