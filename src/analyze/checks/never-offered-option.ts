import { questionType } from '../../question-types/index.js';
import type { ThemeCheck } from './types.js';

/** An option with a condition (`when`) that holds on no branch where its question is asked. */
export const neverOfferedOption: ThemeCheck = {
  code: 'never-offered-option',
  severity: 'warning',
  scope: 'theme',
  description: {
    zh: '带条件的选项在任何提问该题的情形下都不会提供',
    en: 'an option whose condition holds in no case where its question is asked',
  },
  run(context, report) {
    const offers = context.optionOffers();
    // Branches not seen may offer it.
    if (!offers.complete) return;
    context.theme.questions.forEach((question, k) => {
      const seen = offers.offered[k] ?? [];
      // A question never asked is `never-asked`'s finding, not each of its options'.
      if (!seen.some((s) => s)) return;
      questionType(question)
        .options(question)
        .forEach((option, o) => {
          if (option.when !== undefined && !seen[o])
            report(`option:${question.id}/${option.id}`, { question: question.id, option: option.id });
        });
    });
  },
};
