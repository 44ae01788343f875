import { CHOICE_FIELDS, sourceFits } from '../../forms/convert.js';
import type { Field, FieldAnswer } from '../../model/form.js';
import type { Question } from '../../model/theme.js';
import { questionType } from '../../question-types/index.js';
import { own } from '../../util/own.js';
import { suggestionFor } from '../../util/suggest.js';
import type { ThemeCheck, ThemeContext } from './theme-context.js';
import { themeMaterials } from './theme-context.js';

/**
 * Each field a theme fills from an answer (`fields:`) is a catalog field on a form of the theme's items, and
 * its question exists and can fill it: of a fitting type, every option with a value in the field.
 */
export const fieldAnswers: ThemeCheck = {
  name: 'field-answers',
  run(context) {
    const { catalog, draft } = context;
    const onForms = new Set<string>();
    for (const material of themeMaterials(draft, catalog)) {
      const form = material.fill === undefined ? undefined : own(catalog.forms, material.fill);
      for (const entry of form?.fields ?? []) onForms.add(entry.field);
    }
    for (const [id, binding] of Object.entries(draft.fieldAnswers)) {
      const field = own(catalog.fields, id);
      if (!field) {
        const params = { id, ...suggestionFor(id, Object.keys(catalog.fields)) };
        context.report('theme', ['fields', id], 'unknown-field', params, { key: true });
        continue;
      }
      const question = draft.questions.find((q) => q.id === binding.answer);
      if (!question) {
        const ids = draft.questions.map((q) => q.id);
        const params = { id: binding.answer, ...suggestionFor(binding.answer, ids) };
        context.report('theme', ['fields', id, 'answer'], 'unknown-question', params);
        continue;
      }
      if (!onForms.has(id))
        context.report('theme', ['fields', id], 'unused-field-answer', { id }, { key: true, warning: true });
      checkFit(context, field, binding, question);
    }
  },
};

function checkFit(context: ThemeContext, field: Field, binding: FieldAnswer, question: Question): void {
  const at = ['fields', field.id];
  const base = { field: field.id, source: question.id, fieldType: field.type } as const;
  const choices = mapKeys(question);
  const fieldOptions = field.options?.map((o) => o.id);
  const badOption = (option: string) =>
    context.report('theme', at, 'unresolved-field-source', { ...base, problem: 'answer-option', option });
  if (binding.map) {
    if (!choices) {
      context.report('theme', [...at, 'map'], 'unresolved-field-source', {
        ...base,
        problem: 'answer-type',
        sourceType: question.type,
      });
      return;
    }
    for (const choice of choices) {
      const value = own(binding.map, choice);
      if (value === undefined) badOption(choice);
      else if (
        fieldOptions &&
        ![value].flat().every((v) => typeof v === 'string' && fieldOptions.includes(v))
      )
        badOption(choice);
    }
    return;
  }
  if (!sourceFits(field.type, question.type)) {
    const params = { ...base, problem: 'answer-type', sourceType: question.type } as const;
    context.report('theme', [...at, 'answer'], 'unresolved-field-source', params);
    return;
  }
  if (fieldOptions && choices && CHOICE_FIELDS.has(field.type)) {
    for (const choice of choices) if (!fieldOptions.includes(choice)) badOption(choice);
  }
}

/**
 * The keys a `map` of a question's answers has: its option ids, `true` and `false` for a yes/no question
 * (answers are keyed by their text), or undefined when its answers cannot be listed.
 */
function mapKeys(question: Question): readonly string[] | undefined {
  const type = questionType(question);
  const options = type.options(question);
  if (options.length > 0) return options.map((o) => o.id);
  return type.domain(question).yes === undefined ? undefined : ['true', 'false'];
}
