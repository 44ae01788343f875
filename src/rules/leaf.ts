import type { LeafCondition, Verdict } from '../model/condition.js';
import { cloneLikeJre } from './clone.js';
import type { Facts } from './definition.js';
import { RulesError, shown } from './errors.js';
import { compileFactPath } from './path.js';
import type { OperatorSet } from './registry.js';
import { hasOwn, isFactReference } from './shape.js';

// What a reader returns for a fact that is not settled.
const UNSET: unique symbol = Symbol('unset');

type Reader = (facts: Facts) => unknown;

/** Compiles `fact <operator> value` into a closure; `'unknown'` while a fact it reads is not settled. */
export function compileLeaf(leaf: LeafCondition, operators: OperatorSet): (facts: Facts) => Verdict {
  const { fact, operator } = leaf;
  if (typeof operator !== 'string') throw new RulesError('invalid-condition', { problem: 'no-operator' });
  const op = operators.resolve(operator);
  if (op === undefined) throw new RulesError('unknown-operator', { operator });
  // JRE's Condition constructor requires `value`.
  if (!hasOwn(leaf, 'value'))
    throw new RulesError('invalid-condition', {
      problem: 'no-value',
      fact: typeof fact === 'string' ? fact : shown(fact),
    });
  const left = reader(fact, leaf.path);
  const value: unknown = leaf.value;

  const apply = (factValue: unknown, compareTo: unknown): boolean => {
    try {
      return op(factValue, compareTo) === true;
    } catch (cause) {
      // JRE's run rejects here; we throw as well, with the condition named.
      const reason =
        cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : shown(cause);
      throw new RulesError('operator-failed', { operator, fact, reason }, { cause });
    }
  };

  if (isFactReference(value)) {
    const right = reader(value.fact, value.path);
    return (facts) => {
      const factValue = left(facts);
      if (factValue === UNSET) return 'unknown';
      const compareTo = right(facts);
      return compareTo === UNSET ? 'unknown' : apply(factValue, compareTo);
    };
  }
  // JRE compares against its clone of the condition, made on every run; one copy made the same way now
  // gives the operators the same value (see clone.ts).
  const literal = cloneLikeJre(value);
  return (facts) => {
    const factValue = left(facts);
    return factValue === UNSET ? 'unknown' : apply(factValue, literal);
  };
}

function reader(fact: unknown, path: unknown): Reader {
  if (typeof fact !== 'string' || fact === '') {
    throw new RulesError('invalid-condition', { problem: 'bad-fact-name', value: shown(fact) });
  }
  if (path === undefined) {
    return (facts) => {
      const factValue = facts.get(fact);
      return factValue === undefined && !facts.has(fact) ? UNSET : factValue;
    };
  }
  if (typeof path !== 'string')
    throw new RulesError('unsupported-path', { problem: 'not-a-string', path: shown(path) });
  const at = compileFactPath(path);
  return (facts) => {
    const factValue = facts.get(fact);
    if (factValue === undefined) return facts.has(fact) ? factValue : UNSET;
    return at(factValue);
  };
}
