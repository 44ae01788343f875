import type { ThemeCheck } from './types.js';

/** A question that no case asks: its condition never holds where it is reached. */
export const neverAsked: ThemeCheck = {
  code: 'never-asked',
  severity: 'error',
  scope: 'theme',
  description: {
    zh: '问题在任何情形下都不会被提问（条件永远不成立，或总在它之前被阻断）',
    en: 'a question that no case asks',
  },
  run(context, report) {
    const cases = context.enumeration();
    // A truncated enumeration has not seen every case: the question may be asked in one it did not reach.
    if (cases.truncated) return;
    context.theme.questions.forEach((question, i) => {
      if (!cases.asked[i]) report(`question:${question.id}`, { question: question.id });
    });
  },
};
