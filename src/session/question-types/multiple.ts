import type { ChoiceQuestion } from '../../model/theme.js';
import { optionsById, type QuestionType, refuse } from './types.js';

/** Multiple choice: one or more option ids, an exclusive option ("以上都没有") only alone; kept in option order. */
export const multiple: QuestionType<ChoiceQuestion> = {
  type: 'multiple',
  accept(question, value) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      return refuse('wrong-type', question, { expected: 'options' });
    }
    if (value.length === 0) return refuse('empty-choice', question, {});
    const seen = new Set<string>();
    for (const id of value as string[]) {
      const option = optionsById(question).get(id);
      if (!option) return refuse('unknown-option', question, { option: id });
      if (seen.has(id)) return refuse('duplicate-option', question, { option: id });
      if (option.exclusive && value.length > 1)
        return refuse('exclusive-option', question, { option: id, label: option.label });
      seen.add(id);
    }
    return { ok: true, value: question.options.filter((o) => seen.has(o.id)).map((o) => o.id) };
  },
  casePart(question, value) {
    const ids = new Set(Array.isArray(value) ? (value as string[]) : []);
    const chosen = question.options.filter((o) => ids.has(o.id));
    return {
      key: chosen.map((o) => o.id).join('+'),
      label: chosen.map((o) => o.short ?? o.label).join('、'),
    };
  },
};
