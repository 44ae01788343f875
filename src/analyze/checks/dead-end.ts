import type { ThemeCheck } from './types.js';

/** Cases with no item and no notice: the applicant answers every question and gets nothing. */
export const deadEnd: ThemeCheck = {
  code: 'dead-end',
  severity: 'error',
  scope: 'theme',
  description: {
    zh: '有的情形既没有事项也没有提示（每个主题报告一次：第一个这样的情形和总数）',
    en: 'cases with no item and no notice (reported once per theme with the first such case and the count)',
  },
  run(context, report) {
    const cases = context.enumeration();
    const example = cases.deadEnd;
    if (cases.deadEnds === 0 || !example) return;
    report('theme', {
      case: example.label,
      key: example.key,
      count: cases.deadEnds,
    });
  },
};
