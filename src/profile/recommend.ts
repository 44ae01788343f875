import type { Json } from '../model/json.js';
import type { Profile } from '../model/profile.js';
import type { CompiledTheme, Trigger } from '../model/theme.js';
import { factsRead } from '../rules/facts-read.js';
import type { OperatorSet } from '../rules/registry.js';
import { baseFacts, factLabel, rulesFor } from '../session/environment.js';
import { checkToday } from '../session/today.js';

/** A theme recommended for a profile, with why. */
export interface Recommendation {
  readonly theme: { readonly id: string; readonly title: string };
  /** Higher first: fired trigger weights count ten times a matching tag. */
  readonly score: number;
  readonly reasons: readonly RecommendationReason[];
  /** Profile tags that the theme's tags share. */
  readonly tags: readonly string[];
}

export interface RecommendationReason {
  readonly trigger: string;
  /** The trigger's message with `{fact}` placeholders filled from the profile. */
  readonly message: string;
  /** The facts the trigger read, with the profile's values (absent ones left out). */
  readonly facts: readonly { readonly fact: string; readonly label: string; readonly value: Json }[];
}

export interface RecommendOptions {
  /** `YYYY-MM-DD`: derived facts (ages, days until expiry) are computed against it. */
  readonly today: string;
  readonly operators?: OperatorSet;
}

/**
 * Ranks themes for a profile: each fired trigger gives a reason; shared tags count too. Pure and deterministic
 * in (profile, themes, today). A trigger reading a fact the profile lacks does not fire, unless it says
 * `on-missing: fire`.
 */
export function recommend(
  profile: Profile,
  themes: readonly CompiledTheme[],
  options: RecommendOptions,
): Recommendation[] {
  const today = checkToday(options.today);
  const recommendations: Recommendation[] = [];
  for (const theme of themes) {
    const facts = baseFacts(theme, profile, today, 'unknown').facts;
    const rules = rulesFor(theme, options.operators);
    const reasons: RecommendationReason[] = [];
    let score = 0;
    for (const trigger of theme.triggers) {
      const verdict = rules.evaluate(trigger.when, facts);
      if (verdict === true || (verdict === 'unknown' && trigger.onMissing === 'fire')) {
        reasons.push(reasonOf(theme, trigger, facts));
        score += trigger.weight * 10;
      }
    }
    const themeTags = new Set([...theme.tags.lifeEvents, ...theme.tags.crowds, ...theme.tags.industries]);
    const tags = profile.tags.filter((t) => themeTags.has(t));
    score += tags.length;
    if (score > 0)
      recommendations.push({ theme: { id: theme.id, title: theme.title }, score, reasons, tags });
  }
  return recommendations.sort((a, b) => b.score - a.score || a.theme.id.localeCompare(b.theme.id));
}

function reasonOf(
  theme: CompiledTheme,
  trigger: Trigger,
  facts: ReadonlyMap<string, unknown>,
): RecommendationReason {
  const used = [...factsRead(trigger.when, theme.conditions)]
    .filter((fact) => facts.get(fact) !== undefined)
    .map((fact) => ({ fact, label: factLabel(theme, fact), value: facts.get(fact) as Json }));
  const message = trigger.message.replace(/\{([a-z0-9.-]+)\}/g, (whole, name: string) => {
    const value = facts.get(name);
    return value === undefined ? whole : Array.isArray(value) ? value.join('、') : String(value);
  });
  return { trigger: trigger.id, message, facts: used };
}
