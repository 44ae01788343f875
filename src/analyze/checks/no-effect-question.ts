import { exactChoices } from '../choices.js';
import { relevantQuestions } from '../dependencies.js';
import type { ThemeCheck } from './types.js';

/**
 * A question whose answer never changes an outcome. Sound static analysis first (no outcome condition reads
 * it, directly or through the conditions of questions that matter); then, when every case was enumerated,
 * the subtrees of its choices are compared at every node where it is asked: alike everywhere, no effect.
 */
export const noEffectQuestion: ThemeCheck = {
  code: 'no-effect-question',
  severity: 'warning',
  scope: 'theme',
  description: {
    zh: '问题的回答不影响任何结果（事项、材料、时限、费用、跑动、提示），可以不问',
    en: 'a question whose answer changes no outcome',
  },
  run(context, report) {
    const { theme } = context;
    const relevant = relevantQuestions(theme);
    const cases = context.enumeration();
    theme.questions.forEach((question, i) => {
      // A question no case asks is `never-asked`.
      if (!cases.truncated && !cases.asked[i]) return;
      const noEffect =
        !relevant.has(question.id) ||
        (!cases.truncated && !cases.matters[i] && exactChoices(question, theme));
      if (noEffect) report(`question:${question.id}`, { question: question.id });
    });
  },
};
