import type { Condition } from '../../model/condition.js';
import { type CompiledCondition, compileCondition } from '../../rules/compile.js';
import { defaultOperatorSet } from '../../rules/registry.js';

/** An edge of the item order: `to` waits for the edge's item, always or when `when` holds. */
export interface OrderEdge {
  readonly to: string;
  readonly when?: Condition;
}

/** How many ways of answering the facts that conditions on a cycle test are tried before assuming the worst. */
const MAX_ASSIGNMENTS = 1024;

/**
 * A cycle of the item order that some case could have, as the list of items from its first back to it, or
 * undefined. A cycle of edges that always hold is one. Where conditions decide, the facts they test by
 * equality (`equal`, `notEqual`, `in`, `notIn`) are given each value they are compared with, and one value
 * that none of them names, in every combination (at most `MAX_ASSIGNMENTS` per strongly connected group of
 * items); a condition that reads anything else is taken as possibly true. So a cycle is missed only if no
 * combination has it: the check errs towards reporting, never towards silence.
 */
export function cycleUnderSomeCase(
  ids: readonly string[],
  edges: ReadonlyMap<string, readonly OrderEdge[]>,
): string[] | undefined {
  const always = findCycle(
    ids,
    (from) => edges.get(from) ?? [],
    () => true,
  );
  if (!always) return undefined;
  const unconditional = always
    .slice(1)
    .every((to, i) =>
      (edges.get(always[i] as string) ?? []).some((edge) => edge.to === to && edge.when === undefined),
    );
  if (unconditional) return always;
  // Each condition compiled once for all the combinations tried (a memo of this call only).
  const compiled = new Map<Condition, CompiledCondition | undefined>();
  const groups = stronglyConnected(ids, edges).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  for (const group of groups) {
    if (group.length < 2) continue;
    const members = new Set(group);
    // The edges inside the group, filtered once: the search below asks for an item's edges once per edge.
    const within = new Map(
      group.map((from) => [from, (edges.get(from) ?? []).filter((edge) => members.has(edge.to))]),
    );
    const inside = (from: string) => within.get(from) ?? [];
    const conditions = group.flatMap((from) =>
      inside(from).flatMap((edge) => (edge.when ? [edge.when] : [])),
    );
    for (const facts of assignments(conditions)) {
      const holds = (edge: OrderEdge) =>
        edge.when === undefined || verdictOf(edge.when, facts, compiled) !== false;
      const cycle = findCycle(group, inside, holds);
      if (cycle) return cycle;
    }
  }
  return undefined;
}

/** The first cycle met by a depth-first search from each id in order, along edges that hold; no recursion. */
function findCycle(
  ids: readonly string[],
  edgesOf: (from: string) => readonly OrderEdge[],
  holds: (edge: OrderEdge) => boolean,
): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const root of ids) {
    if (state.has(root)) continue;
    const path: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (path.length > 0) {
      const top = path[path.length - 1] as { id: string; next: number };
      const edge = edgesOf(top.id)[top.next++];
      if (edge === undefined) {
        state.set(top.id, 'done');
        path.pop();
        continue;
      }
      if (!holds(edge)) continue;
      const seen = state.get(edge.to);
      if (seen === 'open') {
        const start = path.findIndex((step) => step.id === edge.to);
        return [...path.slice(start).map((step) => step.id), edge.to];
      }
      if (seen === undefined) {
        state.set(edge.to, 'open');
        path.push({ id: edge.to, next: 0 });
      }
    }
  }
  return undefined;
}

/** The strongly connected groups of items (Tarjan's algorithm, without recursion), each in id order. */
function stronglyConnected(
  ids: readonly string[],
  edges: ReadonlyMap<string, readonly OrderEdge[]>,
): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const path: { id: string; next: number }[] = [];
    const enter = (id: string) => {
      index.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      path.push({ id, next: 0 });
    };
    enter(root);
    while (path.length > 0) {
      const top = path[path.length - 1] as { id: string; next: number };
      const edge = (edges.get(top.id) ?? [])[top.next++];
      if (edge !== undefined) {
        if (!index.has(edge.to)) enter(edge.to);
        else if (onStack.has(edge.to))
          low.set(top.id, Math.min(low.get(top.id) as number, index.get(edge.to) as number));
        continue;
      }
      path.pop();
      const parent = path[path.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(top.id) as number));
      if (low.get(top.id) === index.get(top.id)) {
        const group: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          group.push(member);
        } while (member !== top.id);
        groups.push(group.sort());
      }
    }
  }
  return groups;
}

const EQUALITY = new Set(['equal', 'notEqual', 'in', 'notIn']);
/** A value no condition compares with: the case where a fact is none of those named. */
const OTHER = Symbol('other');

/**
 * Every combination of values for the facts that `conditions` only test by equality; a single empty one when
 * there are none, and when there are too many (every condition then counts as possibly true).
 */
function* assignments(conditions: readonly Condition[]): Generator<ReadonlyMap<string, unknown>> {
  const values = new Map<string, Set<unknown>>();
  const other = new Set<string>();
  const stack: unknown[] = [...conditions];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | null;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node.all)) stack.push(...node.all);
    else if (Array.isArray(node.any)) stack.push(...node.any);
    else if (Object.hasOwn(node, 'not')) stack.push(node.not);
    else if (typeof node.fact === 'string') {
      const fact = node.fact;
      const value = node.value;
      const compared = Array.isArray(value) ? value : [value];
      if (!EQUALITY.has(String(node.operator)) || node.path !== undefined || !compared.every(plain)) {
        other.add(fact);
        continue;
      }
      const set = values.get(fact) ?? new Set<unknown>([OTHER]);
      for (const v of compared) set.add(v);
      values.set(fact, set);
    }
  }
  for (const fact of other) values.delete(fact);
  const facts = [...values.keys()];
  let count = 1;
  for (const fact of facts) count *= (values.get(fact) as Set<unknown>).size;
  if (count > MAX_ASSIGNMENTS) {
    yield new Map();
    return;
  }
  const lists = facts.map((fact) => [...(values.get(fact) as Set<unknown>)]);
  for (let n = 0; n < count; n++) {
    const facts_ = new Map<string, unknown>();
    let rest = n;
    facts.forEach((fact, i) => {
      const list = lists[i] as unknown[];
      const value = list[rest % list.length];
      rest = Math.floor(rest / list.length);
      // The value that none of the conditions names: settled, and equal to nothing they compare with.
      facts_.set(fact, value === OTHER ? `\u0000${fact}` : value);
    });
    yield facts_;
  }
}

/** A condition's verdict on some facts; 'unknown' when it cannot be evaluated here (an unknown operator…). */
function verdictOf(
  condition: Condition,
  facts: ReadonlyMap<string, unknown>,
  compiled: Map<Condition, CompiledCondition | undefined>,
): boolean | 'unknown' {
  try {
    let fn = compiled.get(condition);
    if (!compiled.has(condition)) {
      fn = compileCondition(condition, { operators: defaultOperatorSet, conditions: {} });
      compiled.set(condition, fn);
    }
    return fn ? fn(facts) : 'unknown';
  } catch {
    compiled.set(condition, undefined);
    return 'unknown';
  }
}

/** A JSON scalar, which an equality compares by value. */
function plain(value: unknown): boolean {
  return (
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
  );
}
