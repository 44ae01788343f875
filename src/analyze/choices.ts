import type { AnswerValue } from '../model/session.js';
import type { CompiledTheme, Question } from '../model/theme.js';
import { type FactUse, questionType } from '../question-types/index.js';
import { keyFragment } from '../session/case-key-format.js';
import { leafIndex, referencedFact } from './conditions.js';

/** One answer the enumeration gives a question: its value and the part it adds to the case key and label. */
export interface Choice {
  readonly value: AnswerValue;
  /** `question=key`, as `caseOf` joins it. */
  readonly fragment: string;
  readonly key: string;
  readonly label: string;
}

/**
 * The answers that stand for every answer of a question (see docs/analysis.md), as its type partitions them:
 * - single choice: every option; yes/no: yes, then no;
 * - number and date: one value per band the question's cuts draw (the smallest accepted value of the band,
 *   within min/max, whole when `integer`), bands in ascending order, empty bands left out;
 * - multiple choice: the subsets of the options that conditions test (see `multipleChoices`).
 */
export function choicesOf(question: Question, theme: CompiledTheme, today: string | undefined): Choice[] {
  const type = questionType(question);
  const choices: Choice[] = [];
  for (const raw of type.choices(question, factUse(question, theme), today)) {
    const accepted = type.accept(question, raw, today);
    if (!accepted.ok) continue;
    const part = type.casePart(question, accepted.value);
    choices.push({
      value: accepted.value,
      fragment: keyFragment(question.id, part.key),
      key: part.key,
      label: part.label,
    });
  }
  return choices;
}

/**
 * Whether the choices stand for every answer exactly: false for a number or date question that a condition
 * compares with another fact (such comparisons draw no cuts, so its bands do not separate what they test).
 */
export function exactChoices(question: Question, theme: CompiledTheme): boolean {
  return questionType(question).exact(question, factUse(question, theme));
}

/** How a theme's conditions read a question's fact: the leaves that test it, and comparisons with other facts. */
export function factUse(question: Question, theme: CompiledTheme): FactUse {
  const { byFact, byReferencedFact } = leafIndex(theme);
  const leaves = byFact.get(question.id) ?? [];
  const comparedWithFact =
    byReferencedFact.has(question.id) || leaves.some((leaf) => referencedFact(leaf) !== undefined);
  return { leaves, comparedWithFact };
}
