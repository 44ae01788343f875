import type { Condition } from '../model/condition.js';
import type { FactDefinition, Option, Variant } from '../model/theme.js';
import { childPointer } from '../util/pointer.js';
import { text } from '../util/text.js';
import type { Reporter } from './report.js';

/**
 * `{ sources: [...] }` when the raw entry lists author-only sources (the pages its facts were checked against),
 * else nothing. Sources stay with the compiled theme for authors' tools; no outcome or rendering copies them.
 */
export function sources(raw: Record<string, unknown>): { sources?: readonly string[] } {
  const value = raw.sources;
  return Array.isArray(value) ? { sources: value.map(String) } : {};
}

/** A catalog fact declaration. */
export function normalizeFact(
  id: string,
  raw: Record<string, unknown>,
  options: (raw: unknown) => Option[],
): FactDefinition {
  const derive = raw.derive as Record<string, unknown> | undefined;
  return {
    id,
    label: String(raw.label),
    ...text(raw, 'en'),
    type: raw.type as FactDefinition['type'],
    ...(raw.options === undefined ? {} : { options: options(raw.options) }),
    ...text(raw, 'unit'),
    ...(derive
      ? {
          derive: {
            fn: String(derive.fn),
            from: String(derive.from),
            ...(typeof derive['month-day'] === 'string' ? { monthDay: derive['month-day'] } : {}),
          },
        }
      : {}),
  };
}

type When = (raw: unknown, pointer: string) => Condition | undefined;

/**
 * A value that may vary by case: a plain value, or a list of `{ when, … }` entries where the first that holds
 * wins and the last, without `when`, is the default. Reports a misplaced default.
 */
export function normalizeVariants<T>(
  raw: unknown,
  pointer: string,
  field: 'days' | 'fee' | 'presence',
  when: When,
  pick: (entry: Record<string, unknown>) => T,
  reporter: Reporter,
): Variant<T>[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return [{ value: pick(asEntry(raw, field)) }];
  return raw.map((entry: Record<string, unknown>, i): Variant<T> => {
    const at = childPointer(pointer, i);
    const last = i === raw.length - 1;
    if (last && entry.when !== undefined) {
      reporter.error('variant-default', childPointer(at, 'when'), { field, position: 'last' }, { key: true });
    } else if (!last && entry.when === undefined) {
      reporter.error('variant-default', at, { field, position: 'other' });
    }
    const condition = entry.when === undefined ? undefined : when(entry.when, childPointer(at, 'when'));
    return condition ? { when: condition, value: pick(entry) } : { value: pick(entry) };
  });
}

/** Turns the short forms (`days: 7`, `fee: 60`, `presence: false`) into the entry form. */
function asEntry(raw: unknown, field: 'days' | 'fee' | 'presence'): Record<string, unknown> {
  if (field === 'days') return { days: raw };
  if (field === 'fee') return typeof raw === 'number' ? { amount: raw } : (raw as Record<string, unknown>);
  return raw === false ? {} : (raw as Record<string, unknown>);
}
