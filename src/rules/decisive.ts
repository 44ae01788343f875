import type {
  AllCondition,
  AnyCondition,
  Condition,
  LeafCondition,
  NotCondition,
  Verdict,
} from '../model/condition.js';
import type { Facts } from './definition.js';
import { factsRead } from './facts-read.js';
import { conditionKind, hasOwn, isFactReference } from './shape.js';

/** Evaluates a condition over facts in three-valued logic (a fact missing from the map is unknown). */
export type Evaluate = (condition: Condition, facts: Facts) => Verdict;

/**
 * The facts that decide a condition that holds on `facts`: a set S of settled facts such that the condition
 * is true when only S is settled (every other fact unknown), and not true when any one member of S is taken
 * away as well, in the order the condition reads them. Empty when the condition does not hold, or holds with
 * nothing settled (`all: []`).
 *
 * It is chosen in two steps. First by the shape of the condition, so that the facts read as the citizen's own
 * reason: for `all` the union of each member's facts, for `any` the facts of one true member (the smallest,
 * the first on a tie), for `not` the facts that make the inner condition false, with `all` and `any` swapped.
 * Then each fact is dropped, the last read first, when the condition still holds without it. Three-valued
 * evaluation is monotone (settling a fact turns unknown into true or false, never true into false), so a
 * fact kept because the condition was not true without it is needed in every smaller set too: no member of
 * the result can be dropped, for conditions with `not` as well.
 */
export function decisiveFacts(
  condition: Condition,
  facts: Facts,
  conditions: Readonly<Record<string, Condition>>,
  evaluate: Evaluate,
): string[] {
  if (evaluate(condition, facts) !== true) return [];
  const order = [...factsRead(condition, conditions, 'skip')];
  const chosen = new Set(shaped(condition, true, facts, conditions, evaluate, []));
  const kept = order.filter((fact) => chosen.has(fact) && facts.has(fact));
  for (const fact of [...kept].reverse()) {
    const without = kept.filter((f) => f !== fact);
    if (evaluate(condition, only(facts, without)) === true) kept.splice(kept.indexOf(fact), 1);
  }
  return kept;
}

/** The facts map with only `names` settled. */
export function only(facts: Facts, names: readonly string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const name of names) if (facts.has(name)) out.set(name, facts.get(name));
  return out;
}

/**
 * Facts that give `node` the verdict `want` on `facts` by its shape (see `decisiveFacts`); a node without
 * that verdict gives every fact it reads, which the second step then thins out.
 */
function shaped(
  node: Condition,
  want: boolean,
  facts: Facts,
  conditions: Readonly<Record<string, Condition>>,
  evaluate: Evaluate,
  seen: readonly string[],
): string[] {
  const all = () => [...factsRead(node, conditions, 'skip')];
  if (evaluate(node, facts) !== want) return all();
  const recurse = (member: Condition, w: boolean, names = seen) =>
    shaped(member, w, facts, conditions, evaluate, names);
  switch (conditionKind(node)) {
    case 'all':
    case 'any': {
      const isAll = hasOwn(node, 'all');
      const members = isAll ? (node as AllCondition).all : (node as AnyCondition).any;
      // `all` true and `any` false need every member; `all` false and `any` true need one member.
      if (isAll === want) return members.flatMap((m) => recurse(m, want));
      let best: string[] | undefined;
      for (const member of members) {
        if (evaluate(member, facts) !== want) continue;
        const found = recurse(member, want);
        if (best === undefined || new Set(found).size < new Set(best).size) best = found;
      }
      return best ?? all();
    }
    case 'not':
      return recurse((node as NotCondition).not, !want);
    case 'condition': {
      const name = (node as { readonly condition: string }).condition;
      const target = hasOwn(conditions, name) ? conditions[name] : undefined;
      if (target === undefined || seen.includes(name)) return all();
      return recurse(target, want, [...seen, name]);
    }
    case 'fact': {
      const leaf = node as LeafCondition;
      return isFactReference(leaf.value) ? [leaf.fact, leaf.value.fact] : [leaf.fact];
    }
  }
}
