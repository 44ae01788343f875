import type { Lang } from './words.js';

/** The words a condition is written out with for people (`conditionText`), in one language. */
export interface ConditionWords {
  /** The text of an entry without a condition. */
  readonly always: string;
  /** The text of an empty `all` or `any`, which holds. */
  readonly holds: string;
  /** Joins `all` at the top, `all` below it, and `any`. */
  readonly topAnd: string;
  readonly and: string;
  readonly or: string;
  readonly list: string;
  readonly nothing: string;
  /** Operators by name; those missing read as their name. */
  readonly operators: Readonly<Record<string, string>>;
  readonly not: (text: string) => string;
  readonly group: (text: string) => string;
  readonly any: (text: string) => string;
  readonly every: (text: string) => string;
}

const SYMBOLS = {
  equal: '=',
  notEqual: '≠',
  in: '∈',
  notIn: '∉',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
};

/** Condition words in Chinese and English. */
export const CONDITION_WORDS: Readonly<Record<Lang, ConditionWords>> = {
  zh: {
    always: '始终适用',
    holds: '始终成立',
    topAnd: '；',
    and: ' 且 ',
    or: ' 或 ',
    list: '、',
    nothing: '空值',
    operators: { ...SYMBOLS, contains: '包含', doesNotContain: '不包含' },
    not: (text) => `并非（${text}）`,
    group: (text) => `（${text}）`,
    any: (text) => `${text}中任一项`,
    every: (text) => `${text}中每一项`,
  },
  en: {
    always: 'always',
    holds: 'always holds',
    topAnd: '; ',
    and: ' and ',
    or: ' or ',
    list: ', ',
    nothing: 'nothing',
    operators: { ...SYMBOLS, contains: 'contains', doesNotContain: 'does not contain' },
    not: (text) => `not (${text})`,
    group: (text) => `(${text})`,
    any: (text) => `any of ${text}`,
    every: (text) => `every one of ${text}`,
  },
};
