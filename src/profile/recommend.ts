import { TongbanError } from '../errors.js';
import type { Json } from '../model/json.js';
import type { Profile } from '../model/profile.js';
import type { CompiledTheme, FactDefinition, Trigger } from '../model/theme.js';
import { factsRead } from '../rules/facts-read.js';
import type { OperatorSet } from '../rules/registry.js';
import { baseFacts, type FactSource, factLabel, rulesFor } from '../session/environment.js';
import { checkOperators, checkProfile, checkTheme } from '../session/inputs.js';
import { checkToday } from '../session/today.js';
import { own } from '../util/own.js';
import { describeValue } from '../util/quote.js';

/** A theme recommended for a profile, with why. */
export interface Recommendation {
  readonly theme: { readonly id: string; readonly title: string };
  /**
   * Ten times the weights of the fired triggers plus the number of shared tags; recommendations are sorted by
   * it, highest first (see `recommend`).
   */
  readonly score: number;
  /** One per fired trigger this recommendation rests on, in the theme's order. */
  readonly reasons: readonly RecommendationReason[];
  /** Profile tags that the theme's tags share, in the profile's order. */
  readonly tags: readonly string[];
  /**
   * Set when this recommendation reports benefits granted without any application (免申即享): its reasons are
   * the fired triggers that grant, and it is shown as done for the citizen (已为您自动办理), not as a theme to
   * apply for. When other triggers of the same theme fired too, the theme has a second recommendation, without
   * `granted`, whose reasons are those triggers.
   */
  readonly granted?: true;
}

export interface RecommendationReason {
  readonly trigger: string;
  /** The trigger's message with `{fact}` placeholders filled from the profile (未知 for a fact it lacks). */
  readonly message: string;
  /** The English message, filled the same way, when the trigger has one. */
  readonly en?: string;
  /**
   * The facts the reason rests on, with the profile's values: those the trigger's condition reads, then those
   * its message names; facts the profile lacks are left out (they are in `missing`).
   */
  readonly facts: readonly RecommendationFact[];
  /**
   * Facts the trigger's condition reads that the profile lacks. Empty unless the trigger fired anyway: because
   * it says `on-missing: fire`, or because the facts it had settled it (`any` with one member true).
   */
  readonly missing: readonly string[];
  /** 免申即享: the benefit this trigger grants without any application. */
  readonly grants?: string;
}

/** A fact a recommendation used, as the profile gave it or as it was derived. */
export interface RecommendationFact {
  readonly fact: string;
  /** The catalog's label (`往来港澳通行证剩余有效天数`). */
  readonly label: string;
  readonly value: Json;
  /** The value as shown in messages: option labels, 是/否, list entries joined with 、. */
  readonly text: string;
  /** `profile` for facts and built-ins the profile gives, `derived` for facts computed from them and today. */
  readonly source: FactSource;
}

export interface RecommendOptions {
  /** `YYYY-MM-DD`: derived facts (ages, days until expiry) are computed against it. */
  readonly today: string;
  readonly operators?: OperatorSet;
}

/**
 * Ranks themes for a profile (主动提醒). A theme is recommended when one of its triggers fires or when it shares
 * a tag with the profile; only themes for the profile's kind are considered (`audience` person for a person's
 * profile, enterprise for an enterprise's).
 *
 * - A trigger fires when its condition holds on the profile's facts, derived facts, licence facts and built-ins.
 *   A fact the profile lacks is unknown, never false or empty: a trigger whose verdict depends on it does not
 *   fire, unless it says `on-missing: fire`. (A trigger can still fire with a fact missing when the facts it has
 *   settle it, e.g. `any` with one member true.)
 * - Score: 10 × the sum of the fired triggers' weights + the number of shared tags.
 * - 免申即享: the fired triggers with `grants` give a recommendation marked `granted` (the benefits are given
 *   without any application), ranked like the others, which callers show apart as done for the citizen. When
 *   a trigger without `grants` fired too, the theme also has a recommendation to apply for, resting on those
 *   triggers and the shared tags (tags go to the granted one only when nothing else calls for an application).
 * - Order: score, then the fired weights, then the theme id (code-unit order), then the theme's hash, then a
 *   theme's granted recommendation before its other one; so the result depends on the profile, `today` and the
 *   set of themes only, not on the order they are given in.
 *
 * Pure: the same (profile, themes, today) always gives the same result. Throws TongbanError when `today` is
 * not a real `YYYY-MM-DD` date, and RulesError `operator-failed` when an operator throws, as sessions do
 * (docs/conditions.md).
 */
export function recommend(
  given: Profile,
  themes: readonly CompiledTheme[],
  options: RecommendOptions,
): Recommendation[] {
  const profile = checkProfile(given);
  if (!Array.isArray(themes))
    throw new TongbanError('invalid-argument', {
      name: 'themes',
      ...describeValue(themes),
      rule: 'list-of-themes',
    });
  for (const theme of themes) checkTheme(theme);
  if (options === null || typeof options !== 'object')
    throw new TongbanError('invalid-argument', {
      name: 'options',
      ...describeValue(options),
      rule: 'options-object',
    });
  if (options.operators !== undefined) checkOperators(options.operators);
  const today = checkToday(options.today);
  const ranked: Ranked[] = [];
  for (const theme of themes) {
    if (theme.audience !== profile.kind) continue;
    const facts = baseFacts(theme, profile, today, 'unknown');
    const rules = rulesFor(theme, options.operators);
    const fired: FiredTrigger[] = [];
    for (const trigger of theme.triggers) {
      const verdict = rules.evaluate(trigger.when, facts.facts);
      if (verdict === true || (verdict === 'unknown' && trigger.onMissing === 'fire'))
        fired.push({ reason: reasonOf(theme, trigger, facts.facts, facts.sources), weight: trigger.weight });
    }
    const themeTags = new Set([...theme.tags.lifeEvents, ...theme.tags.crowds, ...theme.tags.industries]);
    const tags = profile.tags.filter((t) => themeTags.has(t));
    // 免申即享: what the fired granting triggers give is done for the citizen; the theme stays one to apply for
    // when another trigger fired, or when no grant fired and tags alone recommend it.
    const grants = fired.filter((f) => f.reason.grants !== undefined);
    const applies = fired.filter((f) => f.reason.grants === undefined);
    const toApply = applies.length > 0 || (grants.length === 0 && tags.length > 0);
    if (grants.length > 0) ranked.push(rankedOf(theme, grants, toApply ? [] : tags, true));
    if (toApply) ranked.push(rankedOf(theme, applies, tags, false));
  }
  ranked.sort(
    (a, b) =>
      b.recommendation.score - a.recommendation.score ||
      b.weight - a.weight ||
      byCodeUnits(a.recommendation.theme.id, b.recommendation.theme.id) ||
      byCodeUnits(a.hash, b.hash) ||
      Number(b.recommendation.granted === true) - Number(a.recommendation.granted === true),
  );
  return ranked.map((r) => r.recommendation);
}

interface FiredTrigger {
  readonly reason: RecommendationReason;
  readonly weight: number;
}

interface Ranked {
  readonly recommendation: Recommendation;
  readonly weight: number;
  readonly hash: string;
}

/** One recommendation of a theme from the triggers it rests on and the shared tags, with what it is sorted by. */
function rankedOf(
  theme: CompiledTheme,
  fired: readonly FiredTrigger[],
  tags: readonly string[],
  granted: boolean,
): Ranked {
  const weight = fired.reduce((sum, f) => sum + f.weight, 0);
  // Rounded so that weights such as 0.1 + 0.2 give a score that prints as 3.
  const score = Math.round((weight * 10 + tags.length) * 1e6) / 1e6;
  return {
    recommendation: {
      theme: { id: theme.id, title: theme.title },
      score,
      reasons: fired.map((f) => f.reason),
      tags,
      ...(granted ? { granted: true as const } : {}),
    },
    weight,
    hash: theme.hash,
  };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const PLACEHOLDER = /\{([a-z0-9.-]+)\}/g;

function reasonOf(
  theme: CompiledTheme,
  trigger: Trigger,
  facts: ReadonlyMap<string, unknown>,
  sources: ReadonlyMap<string, FactSource>,
): RecommendationReason {
  const read = [...factsRead(trigger.when, theme.conditions)];
  const named = [trigger.message, trigger.en ?? ''].flatMap((text) =>
    [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string),
  );
  const used: RecommendationFact[] = [];
  for (const fact of new Set([...read, ...named])) {
    const value = facts.get(fact);
    if (value === undefined) continue;
    used.push({
      fact,
      label: factLabel(theme, fact),
      value: value as Json,
      text: display(own(theme.catalog.facts, fact), value, 'zh'),
      source: sources.get(fact) ?? 'profile',
    });
  }
  const fill = (text: string, lang: 'zh' | 'en') =>
    text.replace(PLACEHOLDER, (whole, fact: string) => {
      const definition = own(theme.catalog.facts, fact);
      const value = facts.get(fact);
      if (value !== undefined) return display(definition, value, lang);
      // A fact the theme does not know stays as written, so that the author sees it.
      return definition ? (lang === 'zh' ? '未知' : 'unknown') : whole;
    });
  return {
    trigger: trigger.id,
    message: fill(trigger.message, 'zh'),
    ...(trigger.en === undefined ? {} : { en: fill(trigger.en, 'en') }),
    facts: used,
    missing: read.filter((fact) => facts.get(fact) === undefined),
    ...(trigger.grants === undefined ? {} : { grants: trigger.grants }),
  };
}

/**
 * A fact's value for people: an option's label, 是/否 for true/false (as outcome texts show them), a list
 * joined with 、, an object's name.
 */
function display(definition: FactDefinition | undefined, value: unknown, lang: 'zh' | 'en'): string {
  const option = (id: unknown) => {
    const found = definition?.options?.find((o) => o.id === id);
    return found ? (lang === 'en' ? (found.en ?? found.label) : found.label) : scalar(id);
  };
  if (typeof value === 'boolean') return lang === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  if (Array.isArray(value)) return value.map(option).join(lang === 'en' ? ', ' : '、');
  return option(value);
}

function scalar(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' ? name : JSON.stringify(value);
  }
  return String(value);
}
