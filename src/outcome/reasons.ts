import { REASON_WORDS } from '../messages/reason-words.js';
import type { Lang } from '../messages/words.js';
import type { Condition } from '../model/condition.js';
import type { Reason, ReasonFact } from '../model/outcome.js';
import type { AnswerValue } from '../model/session.js';
import { answerType } from '../question-types/answers.js';
import { decisiveFacts } from '../rules/decisive.js';
import { factsRead, leaves } from '../rules/facts-read.js';
import { baseFacts, rulesFor } from '../session/environment.js';
import { canonicalJson } from '../util/hash.js';
import { own } from '../util/own.js';
import { conditionText } from './condition-text.js';
import type { OutcomeContext } from './context.js';
import { displayValue, factDomain, toJson } from './display.js';

/**
 * Why an entry is in the outcome: its condition (absent when unconditional), the settled facts the condition
 * reads through named conditions too, in the order written, with their values and sources, the full text for
 * authors, the facts that decide it on this path and the sentence a citizen reads, made of those alone.
 * Facts not settled yet (possible in a provisional outcome under an `any`) are left out: they have no value.
 */
export function reasonFor(condition: Condition | undefined, context: OutcomeContext): Reason {
  const text = conditionText(condition, context.theme);
  if (condition === undefined) {
    return { facts: [], text, decisive: [], plain: { zh: plainText([], 'zh'), en: plainText([], 'en') } };
  }
  const { theme, session } = context;
  const facts = [...factsRead(condition, theme.conditions, 'skip')]
    .filter((fact) => context.facts.has(fact))
    .map((fact) => reasonFact(fact, context));
  const rules = rulesFor(theme, session.operators);
  const decisive = decisiveFacts(condition, context.facts, theme.conditions, rules.evaluate);
  const told = explained(decisive, context).map((name) => reasonFact(name, context));
  const said = (lang: Lang) =>
    plainText(
      told.map((fact) => ({ fact, text: saidText(fact, context, lang, condition) })),
      lang,
    );
  return { condition, facts, text, decisive, plain: { zh: said('zh'), en: said('en') } };
}

/**
 * The decisive facts as the citizen is told them: a question that was not asked (its `when` was false) stands
 * for the answers that made it not asked, found the same way, so the sentence names answers the citizen gave
 * rather than a question they never saw. A question skipped for another reason stays as it is.
 */
function explained(decisive: readonly string[], context: OutcomeContext): string[] {
  const { theme, session, facts } = context;
  const rules = rulesFor(theme, session.operators);
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const question = theme.questions.find((q) => q.id === name);
    if (question?.when !== undefined && facts.has(name) && facts.get(name) === undefined) {
      const because = decisiveFacts({ not: question.when }, facts, theme.conditions, rules.evaluate);
      if (because.length > 0) {
        for (const fact of because) visit(fact);
        return;
      }
    }
    if (!out.includes(name)) out.push(name);
  };
  for (const name of decisive) visit(name);
  return out;
}

/** The citizen's sentence: their answers first ("因为您选择了：…"), then what their profile says. */
function plainText(parts: readonly { fact: ReasonFact; text: string }[], lang: Lang): string {
  const w = REASON_WORDS[lang];
  const answered = parts.filter((p) => p.fact.source === 'answer').map((p) => p.text);
  const profile = parts.filter((p) => p.fact.source !== 'answer').map((p) => p.text);
  const sentences = [
    ...(answered.length > 0 ? [w.chose(answered)] : []),
    ...(profile.length > 0 ? [w.profile(profile)] : []),
  ];
  return sentences.length === 0 ? w.always : w.join(sentences);
}

/** One decisive fact as the citizen reads it: an answer as its question type says it, a fact and its value. */
function saidText(fact: ReasonFact, context: OutcomeContext, lang: Lang, condition: Condition): string {
  const w = REASON_WORDS[lang];
  const question = context.theme.questions.find((q) => q.id === fact.fact);
  const value = context.facts.get(fact.fact);
  if (question === undefined) return w.fact(fact.label, fact.display);
  // A question settled without an answer was not asked: it did not apply.
  if (value === undefined) return w.notAsked(fact.label);
  return answerType(question).said(question, mentioned(value, fact.fact, condition, context), lang);
}

/**
 * Of several chosen values (a multiple-choice answer), those the condition asks about (`contains`), when it
 * asks about some: "凉菜" rather than every dish chosen. Other values are shown whole.
 */
function mentioned(value: unknown, fact: string, condition: Condition, context: OutcomeContext): AnswerValue {
  if (!Array.isArray(value)) return value as AnswerValue;
  const asked = new Set<unknown>();
  for (const leaf of leaves(condition, context.theme.conditions, 'skip')) {
    if (leaf.fact === fact && leaf.operator === 'contains' && leaf.path === undefined) asked.add(leaf.value);
  }
  const picked = value.filter((v) => asked.has(v));
  return (picked.length > 0 ? picked : value) as AnswerValue;
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
