import type { Condition, LeafCondition } from '../model/condition.js';
import { membersOf, NamedGraph } from '../rules/named-graph.js';

/** A fact a condition's leaf reads, or a name it refers to. */
type Part = { readonly fact: string } | { readonly name: string };

/**
 * The named conditions as a graph (`NamedGraph`) that also knows which facts each name reads through the
 * names it refers to: the loader's checks ask it, the runtime does not (so its bundle leaves this out).
 */
export class NamedFacts extends NamedGraph {
  private readonly conditions: Readonly<Record<string, Condition>>;
  private readonly factsMemo = new Map<string, readonly string[]>();

  constructor(conditions: Readonly<Record<string, Condition>>) {
    super(conditions);
    this.conditions = conditions;
  }

  /**
   * Every fact a named condition reads, through the names it refers to, in document order; each name's
   * facts computed once (a cycle adds nothing more). None for a name that does not exist.
   */
  factsOf(name: string): readonly string[] {
    const known = this.factsMemo.get(name);
    if (known) return known;
    if (!Object.hasOwn(this.conditions, name)) return [];
    this.postOrder(name, this.factsMemo, (current) => {
      const facts = new Set<string>();
      for (const part of partsOf(this.conditions[current] as Condition)) {
        if ('fact' in part) facts.add(part.fact);
        else for (const fact of this.factsMemo.get(part.name) ?? []) facts.add(fact);
      }
      this.factsMemo.set(current, [...facts]);
    });
    return this.factsMemo.get(name) ?? [];
  }
}

/** The facts a condition's leaves read and the names it refers to, in document order, without recursion. */
function partsOf(condition: Condition): Part[] {
  const parts: Part[] = [];
  const stack: unknown[] = [condition];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    const members = membersOf(record);
    if (Array.isArray(members)) {
      // Last to first, so that members are taken in document order.
      for (let i = members.length - 1; i >= 0; i--) stack.push(members[i]);
    } else if (Object.hasOwn(record, 'condition')) {
      // A name that does not exist reads nothing (it has no facts in the memo).
      parts.push({ name: String(record.condition) });
    } else if (typeof record.fact === 'string') {
      parts.push({ fact: record.fact });
      const value = (record as unknown as LeafCondition).value;
      if (value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact'))
        parts.push({ fact: String((value as { fact: unknown }).fact) });
    }
  }
  return parts;
}
