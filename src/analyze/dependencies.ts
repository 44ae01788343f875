import type { CompiledTheme } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import { conditionUses, factsReadBy } from './conditions.js';

/**
 * The questions whose answers can change an outcome, by a sound static analysis: a question matters when an
 * outcome condition reads it (items, material uses, day/fee/presence variants, notices — blocking notices
 * included, since they also end the questionnaire), or when the condition of a question that matters, or of
 * one of its options, reads it (its answer decides whether that question is asked, or which answers it offers). Questions are visited last to first, so one pass
 * closes the set (a question's condition reads only earlier questions). Triggers do not count: they only
 * recommend the theme.
 */
export function relevantQuestions(theme: CompiledTheme): ReadonlySet<string> {
  // Two checks ask for it; the theme is frozen, so once per theme is enough.
  let known = relevantByTheme.get(theme);
  if (!known) {
    known = computeRelevant(theme);
    relevantByTheme.set(theme, known);
  }
  return known;
}

const relevantByTheme = new WeakMap<CompiledTheme, ReadonlySet<string>>();

function computeRelevant(theme: CompiledTheme): ReadonlySet<string> {
  const relevant = new Set<string>();
  for (const use of conditionUses(theme)) {
    if (!use.outcome) continue;
    for (const fact of factsReadBy(use.condition, theme.conditions)) relevant.add(fact);
  }
  for (let i = theme.questions.length - 1; i >= 0; i--) {
    const question = theme.questions[i];
    if (!question || !relevant.has(question.id)) continue;
    if (question.when !== undefined)
      for (const fact of factsReadBy(question.when, theme.conditions)) relevant.add(fact);
    // Its options' conditions read earlier questions too: they decide which answers it offers.
    for (const option of questionType(question).options(question)) {
      if (option.when !== undefined)
        for (const fact of factsReadBy(option.when, theme.conditions)) relevant.add(fact);
    }
  }
  const questions = new Set(theme.questions.map((q) => q.id));
  return new Set([...relevant].filter((fact) => questions.has(fact)));
}
