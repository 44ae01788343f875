import type { Json } from '../model/json.js';
import type { CompiledTheme, FactType, Option } from '../model/theme.js';
import { factLabel } from '../session/environment.js';
import { own } from '../util/own.js';

/** What is needed to show a fact's values to people: its label, options, yes/no texts and unit. */
export interface FactDomain {
  readonly fact: string;
  readonly label: string;
  readonly type: FactType | 'unknown';
  readonly options?: readonly Option[];
  /** Case-label texts of a yes/no question ("有专用烟道" / "无专用烟道"). */
  readonly yes?: string;
  readonly no?: string;
  readonly unit?: string;
}

/** The domain of a fact of a theme: a question, a catalog fact, a built-in, or an unknown name. */
export function factDomain(theme: CompiledTheme, fact: string): FactDomain {
  const label = factLabel(theme, fact);
  const question = theme.questions.find((q) => q.id === fact);
  if (question) {
    if (question.type === 'single' || question.type === 'multiple') {
      return { fact, label, type: question.type, options: question.options };
    }
    if (question.type === 'yes-no')
      return { fact, label, type: 'yes-no', yes: question.yes, no: question.no };
    if (question.type === 'number') {
      return { fact, label, type: 'number', ...(question.unit === undefined ? {} : { unit: question.unit }) };
    }
    return { fact, label, type: 'date' };
  }
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

/** A number without float noise or exponent surprises for ordinary amounts (0.1 + 0.2 → 0.3). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number.parseFloat(value.toPrecision(12)));
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
