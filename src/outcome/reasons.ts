import type { Condition } from '../model/condition.js';
import type { Reason, ReasonFact } from '../model/outcome.js';
import { factsRead } from '../rules/facts-read.js';
import { baseFacts } from '../session/environment.js';
import { canonicalJson } from '../util/hash.js';
import { own } from '../util/own.js';
import { conditionText } from './condition-text.js';
import type { OutcomeContext } from './context.js';
import { displayValue, factDomain, toJson } from './display.js';

/**
 * Why an entry is in the outcome: its condition (absent when unconditional), the settled facts the condition
 * reads through named conditions too, in the order written, with their values and sources, and the text.
 * Facts not settled yet (possible in a provisional outcome under an `any`) are left out: they have no value.
 */
export function reasonFor(condition: Condition | undefined, context: OutcomeContext): Reason {
  const text = conditionText(condition, context.theme);
  if (condition === undefined) return { facts: [], text };
  const facts = [...factsRead(condition, context.theme.conditions, 'skip')]
    .filter((fact) => context.facts.has(fact))
    .map((fact) => reasonFact(fact, context));
  return { condition, facts, text };
}

/**
 * The reason of an entry that several uses put in the outcome (a material several items need): it is there
 * if any of them holds. An unconditional use makes the whole entry unconditional; otherwise the distinct
 * conditions, in the order given, are joined by `any` (one alone stands as it is), so the facts are the
 * union of theirs and the text reads "A 或 B".
 */
export function unionReason(conditions: readonly (Condition | undefined)[], context: OutcomeContext): Reason {
  const distinct = new Map<string, Condition>();
  for (const condition of conditions) {
    if (condition === undefined) return reasonFor(undefined, context);
    const key = canonicalJson(condition);
    if (!distinct.has(key)) distinct.set(key, condition);
  }
  const list = [...distinct.values()];
  if (list.length <= 1) return reasonFor(list[0], context);
  return reasonFor({ any: list }, context);
}

/** Both conditions, as one: absent ones are dropped, so two absent conditions give an absent one. */
export function conjunction(a: Condition | undefined, b: Condition | undefined): Condition | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return { all: [a, b] };
}

function reasonFact(fact: string, context: OutcomeContext): ReasonFact {
  const { theme, session } = context;
  const domain = factDomain(theme, fact);
  const value = context.facts.get(fact);
  const isQuestion = theme.questions.some((q) => q.id === fact);
  let source: ReasonFact['source'];
  let display = displayValue(domain, value);
  if (isQuestion) {
    const answer = own(session.answers, fact);
    source = answer?.prefilled && value !== undefined ? 'prefilled' : 'answer';
    // A question settled without an answer was skipped: its condition was false.
    if (value === undefined) display = '（未提问）';
  } else {
    const known = baseFacts(theme, session.profile, session.today).sources.get(fact);
    source = known ?? (own(theme.catalog.facts, fact)?.derive ? 'derived' : 'profile');
  }
  return { fact, label: domain.label, value: toJson(value), display, source };
}
