import type { AnswerShape } from '../model/errors.js';
import type { Bounds, SessionErrorCatalog } from './runtime-catalog.js';

// What the person answering reads, in Chinese: the one catalog the runtime entry `tongban` bundles. The
// sentences of what only developers read (restore, misuse of the API, conditions, case keys) are
// `./runtime-dev-zh.ts`, which only `tongban/messages` bundles.

/** What to enter, as a request to the person answering. */
const ENTER: Readonly<Record<AnswerShape, string>> = {
  option: '请选择一项',
  options: '请选择一项或多项',
  'yes-no': '请选择是或否',
  number: '请输入数字',
  integer: '请输入整数',
  date: '请输入日期，格式如 2026-03-01',
};

/** What is entered within a range, and the words for its lower and upper bound alone. */
const WITHIN: Readonly<Record<'number' | 'integer' | 'date', { noun: string; min: string; max: string }>> = {
  number: { noun: '数字', min: '不小于', max: '不大于' },
  integer: { noun: '整数', min: '不小于', max: '不大于' },
  date: { noun: '日期', min: '不早于', max: '不晚于' },
};

/** "请输入 0 到 120 之间的整数", "请输入不早于 2020-01-01 的日期". */
function enterWithin(expected: 'number' | 'integer' | 'date', { min, max }: Bounds): string {
  const words = WITHIN[expected];
  if (min !== undefined && max !== undefined) return `请输入 ${min} 到 ${max} 之间的${words.noun}`;
  if (min !== undefined) return `请输入${words.min} ${min} 的${words.noun}`;
  if (max !== undefined) return `请输入${words.max} ${max} 的${words.noun}`;
  return ENTER[expected];
}

/** Session errors in plain Chinese for the person answering: no ids, no symbols. */
export const sessionZh: SessionErrorCatalog = {
  'unknown-question': () => '没有这个问题',
  'not-asked': () => '这个问题现在不需要回答',
  'already-answered': () => '这个问题已经回答过了，如需改动请修改之前的回答',
  'not-answered': () => '这个问题还没有回答',
  'wrong-type': (p) => ENTER[p.expected],
  'unknown-option': () => '请从列出的选项中选择',
  'unavailable-option': (p) => `根据之前的回答，“${p.label}”不适用，请从列出的选项中选择`,
  'duplicate-option': () => '同一个选项只能选一次',
  'exclusive-option': (p) => `“${p.label}”只能单独选择`,
  'empty-choice': () => '请至少选择一项',
  'out-of-range': (p) => enterWithin(p.expected, p),
  'not-integer': (p) => enterWithin('integer', p),
  'invalid-date': () => '请输入有效的日期，格式如 2026-03-01',
  'nothing-to-undo': () => '没有可以撤销的回答',
};
