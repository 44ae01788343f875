import { REASON_WORDS } from '../messages/reason-words.js';
import type { Lang } from '../messages/words.js';
import type {
  AllCondition,
  AnyCondition,
  Condition,
  LeafCondition,
  NotCondition,
} from '../model/condition.js';
import type { Reason, ReasonFact } from '../model/outcome.js';
import type { AnswerValue } from '../model/session.js';
import { answerType } from '../question-types/answers.js';
import { decisiveFacts } from '../rules/decisive.js';
import { factsRead, leaves } from '../rules/facts-read.js';
import { conditionKind, isFactReference } from '../rules/shape.js';
import { baseFacts, rulesFor } from '../session/environment.js';
import { canonicalJson } from '../util/hash.js';
import { own } from '../util/own.js';
import { conditionText } from './condition-text.js';
import type { OutcomeContext } from './context.js';
import { displayValue, factDomain, toJson } from './display.js';

/**
 * Why an entry is in the outcome: its condition (absent when unconditional), the settled facts the condition
 * reads through named conditions too, in the order written, with their values and sources, the full text for
 * authors, the facts that decide it on this path and the sentence a citizen reads, made of those of them that
 * the condition states (`told`).
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
  const named = told(decisive, condition, context).map((name) => reasonFact(name, context));
  const said = (lang: Lang) =>
    plainText(
      named.map((fact) => ({
        fact,
        text: saidText(fact, context, lang, condition),
        stated: isStatement(fact, context),
      })),
      lang,
      true,
    );
  return { condition, facts, text, decisive, plain: { zh: said('zh'), en: said('en') } };
}

/**
 * The decisive facts a citizen is told, each an answer or fact the condition reads in a leaf that holds on this
 * path, in the decisive order: "因为您选择了：沿街商铺" only where the condition asks for 沿街商铺 (or a set or
 * range it is in). A fact that decides only by making an excluded case false (`not: { location: residential }`
 * for a street shop) is not named: the entry does not depend on that answer being what it is, only on it not
 * being the excluded one. A negated leaf does name an answer its negation states: a yes/no or number answer
 * (`not: { sign: true }` is 不设店招, `not: { area: { greaterThan: 150 } }` is 面积 ≤ 150), or the one option
 * left when the leaf excludes every other (`not: { hukou: other }` is 本市户籍).
 */
function told(decisive: readonly string[], condition: Condition, context: OutcomeContext): string[] {
  const { theme, session, facts } = context;
  const rules = rulesFor(theme, session.operators);
  const held = new Set<string>();
  const visit = (node: Condition, positive: boolean, open: readonly string[]): void => {
    switch (conditionKind(node)) {
      case 'all':
        for (const member of (node as AllCondition).all) visit(member, positive, open);
        return;
      case 'any':
        for (const member of (node as AnyCondition).any) visit(member, positive, open);
        return;
      case 'not':
        visit((node as NotCondition).not, !positive, open);
        return;
      case 'condition': {
        const name = (node as { readonly condition: string }).condition;
        const target = own(theme.conditions, name);
        if (target !== undefined && !open.includes(name)) visit(target, positive, [...open, name]);
        return;
      }
      case 'fact': {
        const leaf = node as LeafCondition;
        const verdict = rules.evaluate(leaf, facts);
        const value = facts.get(leaf.fact);
        const states = positive ? verdict === true : verdict === false && pinned(leaf, value);
        if (!states) return;
        held.add(leaf.fact);
        if (isFactReference(leaf.value)) held.add(leaf.value.fact);
      }
    }
  };
  // A negated leaf false on this path states the answer when no other answer makes it false too.
  const pinned = (leaf: LeafCondition, value: unknown): boolean => {
    if (typeof value === 'boolean' || typeof value === 'number') return true;
    if (typeof value !== 'string' || isFactReference(leaf.value)) return false;
    const options = factDomain(theme, leaf.fact).options ?? [];
    return options.every(
      (o) => o.id === value || rules.evaluate(leaf, new Map([[leaf.fact, o.id]])) !== false,
    );
  };
  visit(condition, true, []);
  return decisive.filter((fact) => held.has(fact));
}

/**
 * The citizen's sentence: their answers first, then what their profile says; for a conditional entry with
 * nothing to name (it holds because no excluded case applies), that nothing excludes it. Options chosen read
 * "因为您选择了：…"; a yes/no, number or date answer is a fact about the citizen, not a choice ("因为：无禁婚亲属关系",
 * "因为：年龄 30周岁", not "因为您选择了：年龄 30周岁").
 */
function plainText(
  parts: readonly { fact: ReasonFact; text: string; stated?: boolean }[],
  lang: Lang,
  conditional = false,
): string {
  const w = REASON_WORDS[lang];
  const answers = parts.filter((p) => p.fact.source === 'answer');
  const chosen = answers.filter((p) => p.stated !== true).map((p) => p.text);
  const stated = answers.filter((p) => p.stated === true).map((p) => p.text);
  const profile = parts.filter((p) => p.fact.source !== 'answer').map((p) => p.text);
  const sentences = [
    ...(stated.length > 0 ? [w.stated(stated, chosen)] : chosen.length > 0 ? [w.chose(chosen)] : []),
    ...(profile.length > 0 ? [w.profile(profile)] : []),
  ];
  if (sentences.length > 0) return w.join(sentences);
  return conditional ? w.notExcluded : w.always;
}

/**
 * Whether a fact is an answer that states something about the citizen rather than an option chosen: a yes/no
 * answer (the theme's yes and no texts: "对方无配偶"), a number or a date after the question's short name
 * ("年龄 30周岁": nobody chooses their age).
 */
function isStatement(fact: ReasonFact, context: OutcomeContext): boolean {
  const question = context.theme.questions.find((q) => q.id === fact.fact);
  // Only choice questions offer options to choose from.
  return question !== undefined && answerType(question).domain(question).options === undefined;
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
