import { questionType } from '../../question-types/index.js';
import type { ThemeCheck } from './types.js';

/**
 * A question asked on some branch with fewer than two options offered (its options' conditions leave one or
 * none): there it asks nothing, or it should offer another option. Reported once per question, at its first
 * such branch, named by the answers that lead there.
 */
export const fewOptions: ThemeCheck = {
  code: 'few-options',
  severity: 'warning',
  scope: 'theme',
  description: {
    zh: '问题在某些情形下只剩一个（或没有）可选的选项',
    en: 'a question asked on some branch with one option or none left',
  },
  run(context, report) {
    const offers = context.optionOffers();
    context.theme.questions.forEach((question, k) => {
      const found = offers.few[k];
      if (!found) return;
      const left = questionType(question)
        .options(question)
        .find((o) => o.id === found.offered[0]);
      report(`question:${question.id}`, {
        question: question.id,
        branch: found.branch,
        count: found.offered.length,
        ...(left ? { label: left.label } : {}),
      });
    });
  },
};
