import type { Lang } from './words.js';

/** What `tongban run` and `render` say on stderr of answers given on the command line that they set aside. */
export interface GivenAnswerWords {
  /** An id that names no question of the theme (a typo, most likely). */
  readonly unknown: (id: string) => string;
  /** Answers to questions of the theme that these answers never ask: they change nothing. */
  readonly notAsked: (questions: readonly string[]) => string;
}

/** The given-answer warnings in Chinese and English. */
export const GIVEN_ANSWER_WORDS: Readonly<Record<Lang, GivenAnswerWords>> = {
  zh: {
    unknown: (id) => `忽略未知的问题“${id}”`,
    notAsked: (questions) => `忽略未问到的问题：${questions.map((q) => `“${q}”`).join('、')}（此情形下不问）`,
  },
  en: {
    unknown: (id) => `ignoring unknown question "${id}"`,
    notAsked: (questions) =>
      `ignoring answers to questions not asked: ${questions.map((q) => `"${q}"`).join(', ')} (not asked in this case)`,
  },
};
