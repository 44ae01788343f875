import { DERIVATIONS } from '../derivations/index.js';
import type { Condition, Verdict } from '../model/condition.js';
import type { Profile } from '../model/profile.js';
import type { CompiledTheme, FactDefinition } from '../model/theme.js';
import { type CompiledCondition, compileCondition, type Facts } from '../rules/compile.js';
import { defaultOperatorSet, type OperatorSet } from '../rules/registry.js';
import { own } from '../util/own.js';

/** Evaluates a theme's conditions, each compiled once per theme and operator set. */
export interface Rules {
  /** The verdict of a condition; an absent condition always holds. */
  evaluate(condition: Condition | undefined, facts: Facts): Verdict;
  /** The condition compiled (once): a function of the facts; an absent condition always holds. */
  compiled(condition: Condition | undefined): CompiledCondition;
}

const ALWAYS: CompiledCondition = () => true;

const rulesCache = new WeakMap<CompiledTheme, WeakMap<OperatorSet, Rules>>();

/** The compiled rules of a theme with an operator set (json-rules-engine's defaults when none is given). */
export function rulesFor(theme: CompiledTheme, operators: OperatorSet = defaultOperatorSet): Rules {
  let byOperators = rulesCache.get(theme);
  if (!byOperators) {
    byOperators = new WeakMap();
    rulesCache.set(theme, byOperators);
  }
  let rules = byOperators.get(operators);
  if (!rules) {
    const compiledConditions = new WeakMap<Condition, CompiledCondition>();
    const context = { operators, conditions: theme.conditions };
    const compiled = (condition: Condition | undefined): CompiledCondition => {
      if (condition === undefined) return ALWAYS;
      let fn = compiledConditions.get(condition);
      if (!fn) {
        fn = compileCondition(condition, context);
        compiledConditions.set(condition, fn);
      }
      return fn;
    };
    rules = {
      evaluate: (condition, facts) => (condition === undefined ? true : compiled(condition)(facts)),
      compiled,
    };
    byOperators.set(operators, rules);
  }
  return rules;
}

/** Where a fact's value came from. */
export type FactSource = 'profile' | 'derived';

/** Facts known before any question: profile facts, derived facts, licence facts and built-ins. */
export interface BaseFacts {
  readonly facts: ReadonlyMap<string, unknown>;
  readonly sources: ReadonlyMap<string, FactSource>;
}

/**
 * How a missing profile fact counts: `absent` settles it as undefined (a questionnaire must decide, and
 * json-rules-engine reads missing facts as undefined); `unknown` leaves it unsettled (a reminder must not
 * fire on data the portal does not have).
 */
export type Missing = 'absent' | 'unknown';

const NO_PROFILE: Profile = { kind: 'person', facts: {}, licences: [], tags: [], completed: [] };
const baseCache = new WeakMap<CompiledTheme, WeakMap<Profile, Map<string, BaseFacts>>>();

/**
 * The facts a theme can read before any question, from a profile and a date. Memoised per inputs when the
 * profile is frozen (a session's is); a profile the caller may still change is read afresh on every call.
 */
export function baseFacts(
  theme: CompiledTheme,
  profile: Profile | undefined,
  today: string | undefined,
  missing: Missing = 'absent',
): BaseFacts {
  if (profile !== undefined && !Object.isFrozen(profile))
    return computeBaseFacts(theme, profile, today, missing);
  let byProfile = baseCache.get(theme);
  if (!byProfile) {
    byProfile = new WeakMap();
    baseCache.set(theme, byProfile);
  }
  const key = profile ?? NO_PROFILE;
  let byDate = byProfile.get(key);
  if (!byDate) {
    byDate = new Map();
    byProfile.set(key, byDate);
  }
  const dateKey = `${today ?? ''}|${missing}`;
  let base = byDate.get(dateKey);
  if (!base) {
    base = computeBaseFacts(theme, profile, today, missing);
    byDate.set(dateKey, base);
  }
  return base;
}

function computeBaseFacts(
  theme: CompiledTheme,
  profile: Profile | undefined,
  today: string | undefined,
  missing: Missing,
): BaseFacts {
  const facts = new Map<string, unknown>();
  const sources = new Map<string, FactSource>();
  const set = (id: string, value: unknown, source: FactSource) => {
    if (value === undefined && missing === 'unknown') return;
    facts.set(id, value);
    if (value !== undefined) sources.set(id, source);
  };
  const raw = new Map<string, unknown>();
  if (today !== undefined) raw.set('today', today);
  if (profile) {
    raw.set('profile.tags', [...profile.tags]);
    raw.set(
      'profile.licences',
      profile.licences.map((l) => l.licence),
    );
    raw.set('profile.completed', [...profile.completed]);
    for (const licence of profile.licences) {
      if (licence.expires !== undefined) raw.set(`licence.${licence.licence}.expires`, licence.expires);
    }
    for (const [id, value] of Object.entries(profile.facts)) raw.set(id, value);
  }
  for (const id of ['today', 'profile.tags', 'profile.licences', 'profile.completed'])
    set(id, raw.get(id), 'profile');
  const definitions: FactDefinition[] = Object.values(theme.catalog.facts);
  for (const definition of definitions) {
    if (!definition.derive) set(definition.id, raw.get(definition.id), 'profile');
  }
  for (const definition of definitions) {
    const derive = definition.derive;
    if (!derive) continue;
    const derivation = DERIVATIONS.get(derive.fn);
    const source = raw.get(derive.from);
    const value =
      derivation && source !== undefined && today !== undefined
        ? derivation.compute(source, today, derive.monthDay)
        : undefined;
    set(definition.id, value, 'derived');
  }
  return { facts, sources };
}

/** The label of a fact for people: the question's short name or text, or the catalog's label. */
export function factLabel(theme: CompiledTheme, fact: string): string {
  const question = theme.questions.find((q) => q.id === fact);
  if (question) return question.short ?? question.ask;
  return own(theme.catalog.facts, fact)?.label ?? fact;
}
