import { questionType } from '../../question-types/index.js';
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
      const first = new Map<string, string>();
      for (const answer of questionType(question).answerLabels(question)) {
        const label = answer.label.trim();
        const earlier = first.get(label);
        if (earlier === undefined) {
          first.set(label, answer.id);
          continue;
        }
        const element = answer.option ? `option:${question.id}/${answer.id}` : `question:${question.id}`;
        report(element, { question: question.id, first: earlier, second: answer.id, label });
      }
    }
  },
};
