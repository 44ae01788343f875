import type { NumberQuestion } from '../../model/theme.js';
import { bandKey, bandLabel, bandOf } from '../bands.js';
import { type QuestionType, refuse } from './types.js';

/** A number within the question's range, whole if it asks for integers; cases group numbers by band. */
export const number: QuestionType<NumberQuestion> = {
  type: 'number',
  accept(question, value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return refuse('wrong-type', question, { expected: question.integer ? 'integer' : 'number' });
    }
    const bounds = {
      ...(question.min === undefined ? {} : { min: question.min }),
      ...(question.max === undefined ? {} : { max: question.max }),
    };
    if (question.integer && !Number.isInteger(value))
      return refuse('not-integer', question, { value, ...bounds });
    const min = question.min ?? Number.NEGATIVE_INFINITY;
    const max = question.max ?? Number.POSITIVE_INFINITY;
    if (value < min || value > max) {
      const expected = question.integer ? 'integer' : 'number';
      return refuse('out-of-range', question, { value, expected, ...bounds });
    }
    // -0 and 0 are one answer; JSON would not keep the sign anyway.
    return { ok: true, value: value === 0 ? 0 : value };
  },
  casePart(question, value) {
    const band = bandOf(question.cuts, value as number);
    const label = bandLabel(band, question.unit ?? '');
    return { key: bandKey(band), label: label && `${question.short ?? question.id}${label}` };
  },
};
