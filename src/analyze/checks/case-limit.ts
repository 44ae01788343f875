import type { ThemeCheck } from './types.js';

/** The enumeration stopped at `maxCases`: checks that need every case did not run. */
export const caseLimit: ThemeCheck = {
  code: 'case-limit',
  severity: 'warning',
  scope: 'theme',
  description: {
    zh: '情形数量超过上限，枚举停止；需要全部情形的检查（never-asked、no-effect-option 等）没有运行',
    en: 'more cases than the limit: enumeration stopped, checks that need every case were skipped',
  },
  run(context, report) {
    const cases = context.enumeration();
    if (cases.truncated) report('theme', { limit: cases.maxCases });
  },
};
