import type { Condition, Verdict } from '../model/condition.js';
import type { AnswerValue } from '../model/session.js';
import type { Option, Question } from '../model/theme.js';
import { answerType } from './answers.js';

// Options with conditions (`when`), for every type with options: which are offered, and whether an answer
// chooses only offered ones. An option's condition reads only facts settled before its question, so at the
// question it is decided; an undecided one (a question not reached yet) counts as not offered.

/** Whether some option of the question has a condition. */
export function hasOptionConditions(question: Question): boolean {
  return answerType(question)
    .options(question)
    .some((o) => o.when !== undefined);
}

/** The options offered, in order: those without a condition, and those whose condition holds. */
export function offeredOptions(
  question: Question,
  evaluate: (condition: Condition) => Verdict,
): readonly Option[] {
  const options = answerType(question).options(question);
  if (!options.some((o) => o.when !== undefined)) return options;
  return options.filter((o) => o.when === undefined || evaluate(o.when) === true);
}

const narrowed = new WeakMap<Question, Map<string, Question>>();

/**
 * The question with only the offered options, built once per question and set of options (immutable questions;
 * lookups by option id are indexed per question object).
 */
export function offeredQuestion(question: Question, offered: readonly Option[]): Question {
  const type = answerType(question);
  if (offered.length === type.options(question).length) return question;
  const key = offered.map((o) => o.id).join('\n');
  let byKey = narrowed.get(question);
  if (!byKey) {
    byKey = new Map();
    narrowed.set(question, byKey);
  }
  let found = byKey.get(key);
  if (!found) {
    found = type.withOptions(question, offered);
    byKey.set(key, found);
  }
  return found;
}

/**
 * Whether an accepted answer to the question chooses only offered options (always, for a question whose
 * options have no conditions).
 */
export function choosesOffered(
  question: Question,
  value: AnswerValue,
  evaluate: (condition: Condition) => Verdict,
  today: string | undefined,
): boolean {
  if (!hasOptionConditions(question)) return true;
  const offered = offeredQuestion(question, offeredOptions(question, evaluate));
  return answerType(offered).accept(offered, value, today).ok;
}

/**
 * The first option an answer chooses that is not offered (for the refusal's message), or undefined when it
 * chooses only offered ones.
 */
export function unofferedChoice(
  question: Question,
  value: AnswerValue,
  evaluate: (condition: Condition) => Verdict,
): Option | undefined {
  const offered = new Set(offeredOptions(question, evaluate).map((o) => o.id));
  const chosen = Array.isArray(value) ? (value as readonly unknown[]) : [value];
  return answerType(question)
    .options(question)
    .find((o) => !offered.has(o.id) && chosen.includes(o.id));
}

/**
 * Whether an answer chooses only offered options: false when certainly not, `unknown` when an option's
 * condition is not yet decided (a question behind the one asked now).
 */
export function offerVerdict(
  question: Question,
  value: AnswerValue,
  evaluate: (condition: Condition) => Verdict,
  today: string | undefined,
): Verdict {
  if (!hasOptionConditions(question)) return true;
  if (!choosesOffered(question, value, (c) => evaluate(c) !== false, today)) return false;
  return choosesOffered(question, value, evaluate, today) ? true : 'unknown';
}
