import type {
  AllCondition,
  AnyCondition,
  Condition,
  LeafCondition,
  NotCondition,
} from '../model/condition.js';
import { RulesError } from './errors.js';
import { conditionKind, hasOwn, isFactReference } from './shape.js';

/**
 * Every fact name `condition` reads, left-hand and fact references alike, through named conditions, in
 * document order. `unknownNames: 'skip'` ignores references to names that do not exist (for checks that run
 * before the loader has reported them); by default they throw.
 */
export function factsRead(
  condition: Condition,
  conditions: Readonly<Record<string, Condition>>,
  unknownNames: 'throw' | 'skip' = 'throw',
): Set<string> {
  const facts = new Set<string>();
  forEachLeaf(condition, conditions, unknownNames, (leaf) => {
    facts.add(leaf.fact);
    if (isFactReference(leaf.value)) facts.add(leaf.value.fact);
  });
  return facts;
}

/**
 * The leaf conditions of `condition` in document order, expanding each named condition the first time it is
 * referenced (later references and cycles add nothing); an unknown name throws RulesError unless skipped.
 */
export function* leaves(
  condition: Condition,
  conditions: Readonly<Record<string, Condition>>,
  unknownNames: 'throw' | 'skip' = 'throw',
): Generator<LeafCondition, void, undefined> {
  const found: LeafCondition[] = [];
  forEachLeaf(condition, conditions, unknownNames, (leaf) => found.push(leaf));
  yield* found;
}

/** Calls `visit` on each leaf `leaves` yields, in the same order (a plain walk: no generator per level). */
export function forEachLeaf(
  condition: Condition,
  conditions: Readonly<Record<string, Condition>>,
  unknownNames: 'throw' | 'skip',
  visit: (leaf: LeafCondition) => void,
): void {
  let expanded: Set<string> | undefined;
  const walk = (node: Condition): void => {
    switch (conditionKind(node)) {
      case 'all':
        for (const member of (node as AllCondition).all) walk(member);
        return;
      case 'any':
        for (const member of (node as AnyCondition).any) walk(member);
        return;
      case 'not':
        walk((node as NotCondition).not);
        return;
      case 'condition': {
        const name = (node as { readonly condition: string }).condition;
        expanded ??= new Set();
        if (expanded.has(name)) return;
        const target = hasOwn(conditions, name) ? conditions[name] : undefined;
        if (target === undefined) {
          if (unknownNames === 'skip') return;
          throw new RulesError('unknown-condition', { name });
        }
        expanded.add(name);
        walk(target);
        return;
      }
      case 'fact':
        visit(node as LeafCondition);
    }
  };
  walk(condition);
}
