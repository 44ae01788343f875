import type { Condition, LeafCondition } from '../model/condition.js';
import type { CompiledTheme } from '../model/theme.js';
import { own } from '../util/own.js';

/** Where a condition of a compiled theme sits; `outcome` marks the ones an outcome reads. */
export interface ConditionUse {
  readonly condition: Condition;
  readonly kind: 'question' | 'named' | 'theme-item' | 'notice' | 'trigger' | 'material' | 'variant';
  /** Element key of the holder: `question:purpose`, `item:food-licence`, `notice:fume-ban`. */
  readonly element: string;
  /** Whether an outcome reads it: item, material use, day/fee/presence variant and notice conditions. */
  readonly outcome: boolean;
}

/** Every condition a compiled theme holds, its catalog items' included, in a fixed order (found once per theme). */
export function conditionUses(theme: CompiledTheme): readonly ConditionUse[] {
  let uses = usesByTheme.get(theme);
  if (!uses) {
    uses = Object.freeze(findConditionUses(theme));
    usesByTheme.set(theme, uses);
  }
  return uses;
}

const usesByTheme = new WeakMap<CompiledTheme, readonly ConditionUse[]>();

/** The leaves of every condition a theme holds, by the fact they test and by the fact they compare with. */
export interface LeafIndex {
  readonly byFact: ReadonlyMap<string, readonly LeafCondition[]>;
  readonly byReferencedFact: ReadonlyMap<string, readonly LeafCondition[]>;
}

/**
 * The leaves of `conditionUses(theme)` (named conditions followed), indexed by fact, found once per theme:
 * the analysis asks, question by question, how conditions read that question's fact.
 */
export function leafIndex(theme: CompiledTheme): LeafIndex {
  let index = leavesByTheme.get(theme);
  if (!index) {
    const byFact = new Map<string, LeafCondition[]>();
    const byReferencedFact = new Map<string, LeafCondition[]>();
    const add = (map: Map<string, LeafCondition[]>, fact: string, leaf: LeafCondition) => {
      const list = map.get(fact);
      if (list) list.push(leaf);
      else map.set(fact, [leaf]);
    };
    for (const use of conditionUses(theme)) {
      eachLeaf(use.condition, theme.conditions, (leaf) => {
        add(byFact, leaf.fact, leaf);
        const other = referencedFact(leaf);
        if (other !== undefined) add(byReferencedFact, other, leaf);
      });
    }
    index = { byFact, byReferencedFact };
    leavesByTheme.set(theme, index);
  }
  return index;
}

const leavesByTheme = new WeakMap<CompiledTheme, LeafIndex>();

function findConditionUses(theme: CompiledTheme): ConditionUse[] {
  const uses: ConditionUse[] = [];
  const add = (
    condition: Condition | undefined,
    kind: ConditionUse['kind'],
    element: string,
    outcome = kind !== 'question' && kind !== 'named' && kind !== 'trigger',
  ) => {
    if (condition === undefined) return;
    uses.push({ condition, kind, element, outcome });
  };
  for (const question of theme.questions) add(question.when, 'question', `question:${question.id}`);
  for (const [name, condition] of Object.entries(theme.conditions))
    add(condition, 'named', `condition:${name}`);
  for (const entry of theme.items) add(entry.when, 'theme-item', `theme-item:${entry.item}`);
  for (const notice of theme.notices) add(notice.when, 'notice', `notice:${notice.id}`);
  for (const trigger of theme.triggers) add(trigger.when, 'trigger', `trigger:${trigger.id}`);
  for (const entry of theme.items) {
    const item = own(theme.catalog.items, entry.item);
    if (!item) continue;
    const element = `item:${item.id}`;
    for (const use of item.materials) add(use.when, 'material', element);
    for (const variant of [...item.days, ...item.fee, ...item.presence, ...item.delivery])
      add(variant.when, 'variant', element);
  }
  // The applicant's choice of delivery changes the totals (postage, visits to collect): an outcome condition.
  for (const choice of theme.delivery?.choices ?? []) add(choice.when, 'named', 'delivery', true);
  return uses;
}

/** Calls `visit` for every leaf of a condition, following named conditions (each name once). */
export function eachLeaf(
  condition: Condition,
  named: Readonly<Record<string, Condition>>,
  visit: (leaf: LeafCondition) => void,
  expanded: Set<string> = new Set(),
): void {
  if ('all' in condition) for (const member of condition.all) eachLeaf(member, named, visit, expanded);
  else if ('any' in condition) for (const member of condition.any) eachLeaf(member, named, visit, expanded);
  else if ('not' in condition) eachLeaf(condition.not, named, visit, expanded);
  else if ('condition' in condition) {
    if (expanded.has(condition.condition)) return;
    expanded.add(condition.condition);
    const target = own(named, condition.condition);
    if (target) eachLeaf(target, named, visit, expanded);
  } else visit(condition);
}

/** The fact a leaf compares with, when its value is `{ fact: … }`. */
export function referencedFact(leaf: LeafCondition): string | undefined {
  const value = leaf.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) {
    return String(value.fact);
  }
  return undefined;
}

/** Every fact a condition reads, through named conditions, left-hand and referenced alike. */
export function factsReadBy(condition: Condition, named: Readonly<Record<string, Condition>>): Set<string> {
  const facts = new Set<string>();
  eachLeaf(condition, named, (leaf) => {
    facts.add(leaf.fact);
    const other = referencedFact(leaf);
    if (other !== undefined) facts.add(other);
  });
  return facts;
}
