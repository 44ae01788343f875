import { questionTypeNamed } from '../../question-types/index.js';
import type { ThemeCheck, ThemeContext } from './theme-context.js';

const COMMON = ['id', 'ask', 'en', 'help', 'short', 'type', 'when', 'prefill'];

/**
 * Each question has the keys its type needs and no others; then its type's own shape checks (options,
 * exclusive options, ranges, date bounds).
 */
export const questionShape: ThemeCheck = {
  name: 'question-shape',
  run(context) {
    const questions = (context.raw.questions ?? []) as Record<string, unknown>[];
    for (const [i, raw] of questions.entries()) checkQuestion(context, raw, i);
  },
};

function checkQuestion(context: ThemeContext, raw: Record<string, unknown>, i: number): void {
  const type = questionTypeNamed(raw.type);
  // The schema names every type (and the draft reported one that is not).
  if (!type) return;
  const at = (below: readonly (string | number)[]) => ['questions', i, ...below];
  for (const key of Object.keys(raw)) {
    if (!COMMON.includes(key) && !type.keys.includes(key)) {
      context.report('theme', at([key]), 'misplaced-key', { key, type: type.type }, { key: true });
    }
  }
  type.checkShape(raw, (below, code, params) => context.report('theme', at(below), code, params));
}
