import type { Json } from '../model/json.js';
import type { CompiledTheme, FactType } from '../model/theme.js';
import { answerType } from '../question-types/answers.js';
import type { ValueDomain } from '../question-types/index.js';
import { factLabel } from '../session/environment.js';
import { formatNumber } from '../util/number.js';
import { own } from '../util/own.js';

/** What is needed to show a fact's values to people: its label, options, yes/no texts and unit. */
export interface FactDomain extends Omit<ValueDomain, 'type'> {
  readonly fact: string;
  readonly label: string;
  readonly type: FactType | 'unknown';
}

/** The domain of a fact of a theme: a question, a catalog fact, a built-in, or an unknown name. */
export function factDomain(theme: CompiledTheme, fact: string): FactDomain {
  const label = factLabel(theme, fact);
  const question = theme.questions.find((q) => q.id === fact);
  if (question) return { fact, label, ...answerType(question).domain(question) };
  if (fact === 'profile.licences') {
    // Licence ids read best as the licences' names.
    const options = Object.values(theme.catalog.licences).map((l) => ({ id: l.id, label: l.name }));
    return { fact, label, type: 'list', options };
  }
  const definition = own(theme.catalog.facts, fact);
  if (!definition) return { fact, label, type: 'unknown' };
  return {
    fact,
    label,
    type: definition.type,
    ...(definition.options ? { options: definition.options } : {}),
    ...(definition.unit === undefined ? {} : { unit: definition.unit }),
  };
}

/** A value of a fact as people read it: option labels, yes/no texts, numbers with their unit. */
export function displayValue(domain: FactDomain, value: unknown): string {
  if (value === undefined || value === null) return '（无）';
  if (Array.isArray(value)) return value.map((v) => displayValue(domain, v)).join('、');
  if (typeof value === 'boolean') {
    if (value) return domain.yes ?? '是';
    return domain.no ?? '否';
  }
  if (typeof value === 'number') return `${formatNumber(value)}${domain.unit ?? ''}`;
  if (typeof value === 'string') {
    const option = domain.options?.find((o) => o.id === value);
    return option ? option.label : value;
  }
  return JSON.stringify(toJson(value));
}

/**
 * A fact value as JSON: `undefined` (settled but absent) becomes null, members that are undefined are left
 * out, non-finite numbers become null, so an outcome survives `JSON.stringify` unchanged.
 */
export function toJson(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [key, member] of Object.entries(value)) if (member !== undefined) out[key] = toJson(member);
    return out;
  }
  return null;
}
