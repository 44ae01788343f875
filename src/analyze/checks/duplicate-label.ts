import type { ThemeCheck } from './types.js';

/** Two options of one question with the same label (or a yes/no question whose two texts are the same). */
export const duplicateLabel: ThemeCheck = {
  code: 'duplicate-label',
  severity: 'error',
  scope: 'theme',
  description: {
    zh: '同一问题的两个选项文字相同，办事人无法区分',
    en: 'two options of one question with the same label',
  },
  run(context, report) {
    for (const question of context.theme.questions) {
      if (question.type === 'yes-no') {
        if (question.yes.trim() === question.no.trim())
          report(`question:${question.id}`, {
            question: question.id,
            first: 'yes',
            second: 'no',
            label: question.yes,
          });
        continue;
      }
      if (question.type !== 'single' && question.type !== 'multiple') continue;
      const first = new Map<string, string>();
      for (const option of question.options) {
        const label = option.label.trim();
        const earlier = first.get(label);
        if (earlier === undefined) {
          first.set(label, option.id);
          continue;
        }
        report(`option:${question.id}/${option.id}`, {
          question: question.id,
          first: earlier,
          second: option.id,
          label,
        });
      }
    }
  },
};
