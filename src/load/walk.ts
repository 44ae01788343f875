import type { Condition, ConditionReference, LeafCondition } from '../model/condition.js';

/** Calls `leaf` for every leaf and `reference` for every named reference of a condition, depth first. */
export function walkCondition(
  condition: Condition,
  visit: { leaf?: (leaf: LeafCondition) => void; reference?: (reference: ConditionReference) => void },
): void {
  if ('all' in condition) for (const c of condition.all) walkCondition(c, visit);
  else if ('any' in condition) for (const c of condition.any) walkCondition(c, visit);
  else if ('not' in condition) walkCondition(condition.not, visit);
  else if ('condition' in condition) visit.reference?.(condition);
  else visit.leaf?.(condition);
}

/** The facts a leaf reads: its own and the one its value refers to. */
export function leafFacts(leaf: LeafCondition): string[] {
  const value = leaf.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) {
    return [leaf.fact, String(value.fact)];
  }
  return [leaf.fact];
}
