import type { Condition } from '../model/condition.js';

/**
 * How deep conditions may nest, counting each `all`, `any` and `not` and each step through a named condition
 * (`{ condition: name }`). The loader refuses deeper named conditions (`condition-too-deep`), so that every
 * walk over a loaded theme's conditions — compiling, evaluating, explaining — stays far from the call stack's
 * limit, whatever the chain of names an author writes.
 */
export const MAX_CONDITION_DEPTH = 256;

/** What one named condition refers to, read once. */
interface Node {
  /** Named conditions it refers to, in document order, with the nesting at which each reference sits. */
  readonly references: readonly { readonly name: string; readonly depth: number }[];
  /** Its own nesting, references counted as one level. */
  readonly height: number;
}

/**
 * The named conditions of a theme as a graph, walked without recursion and each condition once, so that a
 * chain of thousands of names costs as much as thousands of independent conditions. References to names that
 * do not exist are ignored here (the loader reports them on their own). The facts read through names are
 * the loader's alone (`NamedFacts`, src/load/named-facts.ts): the runtime checks cycles and depth only.
 */
export class NamedGraph {
  private readonly nodes = new Map<string, Node>();
  private depths: Map<string, number> | undefined;

  constructor(conditions: Readonly<Record<string, Condition>>) {
    for (const name of Object.keys(conditions)) {
      this.nodes.set(name, readNode(conditions[name] as Condition, conditions));
    }
  }

  /**
   * The first cycle among the names, as the list of names from its first back to it (`a → b → a`), looking
   * from each name in the record's order and along references in document order; undefined if there is none.
   */
  cycle(): string[] | undefined {
    const state = new Map<string, 'open' | 'done'>();
    for (const root of this.nodes.keys()) {
      if (state.has(root)) continue;
      // The path of open names, each with the index of the next reference to follow.
      const path: { name: string; next: number }[] = [{ name: root, next: 0 }];
      state.set(root, 'open');
      while (path.length > 0) {
        const top = path[path.length - 1] as { name: string; next: number };
        const references = (this.nodes.get(top.name) as Node).references;
        const reference = references[top.next++];
        if (reference === undefined) {
          state.set(top.name, 'done');
          path.pop();
          continue;
        }
        const target = reference.name;
        const seen = state.get(target);
        if (seen === 'open') {
          const start = path.findIndex((step) => step.name === target);
          return [...path.slice(start).map((step) => step.name), target];
        }
        if (seen === undefined) {
          state.set(target, 'open');
          path.push({ name: target, next: 0 });
        }
      }
    }
    return undefined;
  }

  /**
   * How deep each named condition nests through the names it refers to (a reference through a cycle counts
   * as nothing more). Linear in the size of the graph.
   */
  depth(name: string): number {
    this.depths ??= this.computeDepths();
    return this.depths.get(name) ?? 0;
  }

  /**
   * The names deeper than `limit` that no other name deeper than `limit` refers to: where a too deep chain
   * starts, one name per chain.
   */
  tooDeep(limit = MAX_CONDITION_DEPTH): string[] {
    const deep = [...this.nodes.keys()].filter((name) => this.depth(name) > limit);
    const below = new Set<string>();
    for (const name of deep)
      for (const reference of (this.nodes.get(name) as Node).references) below.add(reference.name);
    return deep.filter((name) => !below.has(name));
  }

  private computeDepths(): Map<string, number> {
    const depths = new Map<string, number>();
    for (const root of this.nodes.keys()) {
      if (depths.has(root)) continue;
      this.postOrder(root, depths, (current) => {
        const node = this.nodes.get(current) as Node;
        let depth = node.height;
        for (const reference of node.references)
          depth = Math.max(depth, reference.depth + (depths.get(reference.name) ?? 0));
        depths.set(current, depth);
      });
    }
    return depths;
  }

  /**
   * Calls `done` on each name reachable from `root` after the names it refers to (but for those on a cycle
   * back to it), each once; names already in `memo` are not entered again.
   */
  protected postOrder(root: string, memo: ReadonlyMap<string, unknown>, done: (name: string) => void): void {
    const entered = new Set<string>([root]);
    const path: { name: string; next: number }[] = [{ name: root, next: 0 }];
    while (path.length > 0) {
      const top = path[path.length - 1] as { name: string; next: number };
      const reference = (this.nodes.get(top.name) as Node).references[top.next++];
      if (reference === undefined) {
        done(top.name);
        path.pop();
        continue;
      }
      if (entered.has(reference.name) || memo.has(reference.name)) continue;
      entered.add(reference.name);
      path.push({ name: reference.name, next: 0 });
    }
  }
}

/** One named condition's references and nesting, in one walk without recursion. */
function readNode(condition: Condition, conditions: Readonly<Record<string, Condition>>): Node {
  const references: { name: string; depth: number }[] = [];
  let height = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: condition, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (node === null || typeof node !== 'object') continue;
    height = Math.max(height, depth);
    const record = node as Record<string, unknown>;
    const members = membersOf(record);
    if (Array.isArray(members)) {
      // Last to first, so that members are taken in document order.
      for (let i = members.length - 1; i >= 0; i--) stack.push({ node: members[i], depth: depth + 1 });
    } else if (Object.hasOwn(record, 'condition')) {
      const name = String(record.condition);
      if (Object.hasOwn(conditions, name)) references.push({ name, depth });
    }
  }
  return { references, height };
}

/**
 * The members of a condition node: those of `all` or `any`, `not`'s one as a list; undefined for a leaf or a
 * reference by name. Read as written (own keys only), not checked: a non-array is the caller's to refuse.
 */
export function membersOf(record: Record<string, unknown>): unknown {
  if (Object.hasOwn(record, 'all')) return record.all;
  if (Object.hasOwn(record, 'any')) return record.any;
  if (Object.hasOwn(record, 'not')) return [record.not];
  return undefined;
}
