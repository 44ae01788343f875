import type { Condition, FactReference } from '../model/condition.js';
import { RulesError, shown } from './errors.js';

/** Which of the five forms a condition node has. */
export type ConditionKind = 'all' | 'any' | 'not' | 'condition' | 'fact';

const KINDS: readonly ConditionKind[] = ['all', 'any', 'not', 'condition', 'fact'];

/** Whether `value` has `key` as an own property, the test json-rules-engine uses throughout. */
export function hasOwn(value: object, key: string): boolean {
  return Object.hasOwn(value, key);
}

/**
 * The form of a condition node, read from its own keys. JRE resolves a node with several of these keys by
 * an order that differs between the rule's root and nested nodes, so such a node is refused rather than
 * guessed at (the loader never produces one).
 */
export function conditionKind(condition: Condition): ConditionKind {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
    throw new RulesError('invalid-condition', { problem: 'not-an-object', value: shown(condition) });
  }
  const found = KINDS.filter((key) => hasOwn(condition, key));
  if (found.length !== 1) {
    throw new RulesError('invalid-condition', { problem: 'not-one-form', found });
  }
  return found[0] as ConditionKind;
}

/** JRE's test for a fact-to-fact comparison (almanac.js `getValue`): an object with an own `fact`. */
export function isFactReference(value: unknown): value is FactReference {
  return value !== null && typeof value === 'object' && hasOwn(value, 'fact');
}
