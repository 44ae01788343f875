import type { CompiledTheme } from '../../model/theme.js';
import { questionType } from '../../question-types/index.js';
import { relevantQuestions } from '../dependencies.js';
import type { ThemeCheck } from './types.js';

/**
 * A single-choice option that gives the same outcomes as an earlier option of the same question at every
 * node where the question is asked and both are offered (their subtrees hash alike), and that is offered
 * together with it at some node: options never offered together are never compared (an option never offered
 * is `never-offered-option`). Needs every case; questions that have no effect at all are left to
 * `no-effect-question`. Two options that fill a form field (一表申请) with different values are not reported:
 * merging them would lose what the applicant declares on the form.
 */
export const noEffectOption: ThemeCheck = {
  code: 'no-effect-option',
  severity: 'warning',
  scope: 'theme',
  description: {
    zh: '单选题的选项与另一个选项在所有情形下结果都相同，可以合并',
    en: 'a single-choice option that leads to the same outcomes as another one',
  },
  run(context, report) {
    const { theme } = context;
    const cases = context.enumeration();
    if (cases.truncated) return;
    const relevant = relevantQuestions(theme);
    theme.questions.forEach((question, i) => {
      // Options are compared pairwise only where each option is a choice of its own (`differs`).
      const pairs = cases.differs[i];
      if (!pairs) return;
      // Undefined: every two options are offered together wherever the question is asked.
      const together = cases.together[i];
      if (!cases.asked[i] || !cases.matters[i] || !relevant.has(question.id)) return;
      const options = questionType(question).options(question);
      const filled = fieldValuesOf(theme, question.id);
      options.forEach((option, b) => {
        const a = options.findIndex(
          (other, a) =>
            a < b &&
            !pairs[a]?.[b] &&
            (together === undefined || together[a]?.[b] === true) &&
            filled.every((fill) => fill(other.id) === fill(option.id)),
        );
        const other = options[a];
        if (!other) return;
        report(`option:${question.id}/${option.id}`, {
          question: question.id,
          option: option.id,
          other: other.id,
        });
      });
    });
  },
};

/** For each form field the question's answer fills, a function giving the field's value (as JSON) for an option. */
function fieldValuesOf(theme: CompiledTheme, question: string): readonly ((option: string) => string)[] {
  return Object.values(theme.fieldAnswers)
    .filter((binding) => binding.answer === question)
    .map((binding) => (option: string) => {
      const map = binding.map;
      return JSON.stringify(map !== undefined && Object.hasOwn(map, option) ? map[option] : option);
    });
}
