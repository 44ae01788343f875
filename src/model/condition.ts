import type { Json } from './json.js';

/**
 * A condition in json-rules-engine's format. Authors may write a shorthand (see docs/authoring.md);
 * the loader always compiles it to this form, so a compiled theme holds nothing else.
 */
export type Condition = AllCondition | AnyCondition | NotCondition | ConditionReference | LeafCondition;

/** True when every member is true (json-rules-engine: an empty list is true). */
export interface AllCondition {
  readonly all: readonly Condition[];
}

/** True when some member is true (json-rules-engine: an empty list is true as well). */
export interface AnyCondition {
  readonly any: readonly Condition[];
}

/** Negation of one condition. */
export interface NotCondition {
  readonly not: Condition;
}

/** A reference to a named condition of the theme (`conditions:`), as json-rules-engine's `setCondition`. */
export interface ConditionReference {
  readonly condition: string;
}

/** `fact <operator> value`, where `path` selects inside an object fact and `value` may name another fact. */
export interface LeafCondition {
  readonly fact: string;
  readonly operator: string;
  readonly value: Json | FactReference;
  readonly path?: string;
}

/** The right-hand side of a fact-to-fact comparison. */
export interface FactReference {
  readonly fact: string;
  readonly path?: string;
}

/** The outcome of a condition over partly known facts: `'unknown'` while a fact it needs is not settled. */
export type Verdict = true | false | 'unknown';
