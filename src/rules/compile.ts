/**
 * Compiles json-rules-engine (JRE) conditions once into closures that evaluate synchronously.
 *
 * On settled facts the verdict is JRE's `Engine.run` result exactly (with `allowUndefinedFacts: true`),
 * quirks included: `all: []` and `any: []` are true, validators run before operators, a path is applied only
 * to an object fact, and where JRE's run rejects (e.g. `in` against a number) evaluation throws a RulesError
 * with code `operator-failed`. JRE evaluates every member of `all`/`any` (Promise.all), so an operator
 * that throws anywhere makes the whole run reject; we evaluate every member too rather than short-circuit.
 *
 * Three-valued extension: facts are a Map and `facts.has(name)` means the fact is settled (its value may be
 * `undefined`: settled but absent, which JRE also sees as undefined). A leaf whose fact, or whose right-hand
 * fact reference, is not settled is `'unknown'` and calls no operator. `all` is false if a member is false,
 * else unknown if one is unknown, else true; `any` is true if a member is true, else unknown if one is
 * unknown, else false; empty lists stay true; `not` swaps true and false and keeps unknown. A true or false
 * verdict therefore holds for every way the unknown facts may later settle (Kleene logic is monotone).
 */
import type { AllCondition, AnyCondition, Condition, LeafCondition, Verdict } from '../model/condition.js';
import type { Facts } from './definition.js';
import { RulesError } from './errors.js';
import { compileLeaf } from './leaf.js';
import type { OperatorSet } from './registry.js';
import { conditionKind, hasOwn } from './shape.js';

export type { Facts } from './definition.js';

/** A compiled condition. */
export type CompiledCondition = (facts: Facts) => Verdict;

/** What a condition is compiled against: the operators and the named conditions `{ condition }` refers to. */
export interface CompileContext {
  readonly operators: OperatorSet;
  readonly conditions: Readonly<Record<string, Condition>>;
}

// Compiled named conditions, per conditions record and operator set, so every condition of a theme shares
// them. The record must not change once compiled against (a loaded theme is immutable).
const namedCache = new WeakMap<object, WeakMap<OperatorSet, Map<string, CompiledCondition>>>();

/** Compiles `condition` once; throws RulesError for an unknown operator or name, a cycle or a bad shape. */
export function compileCondition(condition: Condition, context: CompileContext): CompiledCondition {
  const compiled = namedConditions(context);
  const resolving: string[] = [];

  const compile = (node: Condition): CompiledCondition => {
    switch (conditionKind(node)) {
      case 'all':
        return allOf(members(node, 'all').map(compile));
      case 'any':
        return anyOf(members(node, 'any').map(compile));
      case 'not':
        return negate(compile(notMember(node)));
      case 'condition':
        return reference((node as { readonly condition: unknown }).condition);
      case 'fact':
        return compileLeaf(node as LeafCondition, context.operators);
    }
  };

  // Named conditions are compiled when first referenced and then reused.
  const reference = (name: unknown): CompiledCondition => {
    if (typeof name !== 'string')
      throw new RulesError('invalid-condition', { problem: 'reference-without-name' });
    const done = compiled.get(name);
    if (done !== undefined) return done;
    if (resolving.includes(name)) {
      throw new RulesError('condition-cycle', { cycle: [...resolving, name] });
    }
    const target = hasOwn(context.conditions, name) ? context.conditions[name] : undefined;
    if (target === undefined) throw new RulesError('unknown-condition', { name });
    resolving.push(name);
    const fn = compile(target);
    resolving.pop();
    compiled.set(name, fn);
    return fn;
  };

  return compile(condition);
}

function namedConditions(context: CompileContext): Map<string, CompiledCondition> {
  let byOperators = namedCache.get(context.conditions);
  if (byOperators === undefined) {
    byOperators = new WeakMap();
    namedCache.set(context.conditions, byOperators);
  }
  let named = byOperators.get(context.operators);
  if (named === undefined) {
    named = new Map();
    byOperators.set(context.operators, named);
  }
  return named;
}

// Compiled closures for `evaluateCondition`, keyed by the condition object.
const evaluateCache = new WeakMap<
  Condition,
  { readonly context: CompileContext; readonly fn: CompiledCondition }
>();

/** Evaluates `condition` on `facts`, compiling it on first use (cached per condition object and context). */
export function evaluateCondition(condition: Condition, facts: Facts, context: CompileContext): Verdict {
  let entry = evaluateCache.get(condition);
  if (
    entry === undefined ||
    entry.context.operators !== context.operators ||
    entry.context.conditions !== context.conditions
  ) {
    entry = {
      context: { operators: context.operators, conditions: context.conditions },
      fn: compileCondition(condition, context),
    };
    evaluateCache.set(condition, entry);
  }
  return entry.fn(facts);
}

function members(node: Condition, key: 'all' | 'any'): readonly Condition[] {
  const list: unknown = key === 'all' ? (node as AllCondition).all : (node as AnyCondition).any;
  // JRE's Condition constructor: '"all" must be an array'.
  if (!Array.isArray(list))
    throw new RulesError('invalid-condition', { problem: 'members-not-a-list', form: key });
  return list as readonly Condition[];
}

function notMember(node: Condition): Condition {
  const inner: unknown = (node as { readonly not: unknown }).not;
  // JRE's Condition constructor: '"not" cannot be an array'.
  if (Array.isArray(inner)) throw new RulesError('invalid-condition', { problem: 'not-is-a-list' });
  return inner as Condition;
}

function allOf(parts: readonly CompiledCondition[]): CompiledCondition {
  if (parts.length === 0) return () => true;
  if (parts.length === 1) return parts[0] as CompiledCondition;
  return (facts) => {
    let verdict: Verdict = true;
    // No short-circuit: see the top of this file.
    for (const part of parts) {
      const member = part(facts);
      if (member === false) verdict = false;
      else if (member === 'unknown' && verdict === true) verdict = 'unknown';
    }
    return verdict;
  };
}

function anyOf(parts: readonly CompiledCondition[]): CompiledCondition {
  if (parts.length === 0) return () => true;
  if (parts.length === 1) return parts[0] as CompiledCondition;
  return (facts) => {
    let verdict: Verdict = false;
    for (const part of parts) {
      const member = part(facts);
      if (member === true) verdict = true;
      else if (member === 'unknown' && verdict === false) verdict = 'unknown';
    }
    return verdict;
  };
}

function negate(part: CompiledCondition): CompiledCondition {
  return (facts) => {
    const verdict = part(facts);
    return verdict === 'unknown' ? verdict : !verdict;
  };
}
