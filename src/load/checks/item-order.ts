import type { Catalog } from '../../model/catalog.js';
import type { Condition } from '../../model/condition.js';
import { cycleUnderSomeCase, type OrderEdge } from './item-cycles.js';
import type { CatalogCheck } from './types.js';

/**
 * Items must not wait for each other in a cycle, through `after` or through a material one produces and the
 * other uses, in any case: such a pair could never both be done. A cycle through materials used only under
 * conditions that cannot hold together (one `when: { cooking: true }`, the other `when: { cooking: false }`)
 * is no cycle. Found without recursion, in time linear in the items and their links (see `item-cycles.ts`).
 */
export const itemOrder: CatalogCheck = {
  name: 'item-order',
  run(catalog, report) {
    // `orderEdges` drops an item's edge to itself (it may use a material it also produces), so an item
    // written `after` itself is reported here.
    for (const item of Object.values(catalog.items)) {
      const i = item.after.indexOf(item.id);
      if (i >= 0) report(`item:${item.id}`, ['after', i], 'item-cycle', { cycle: [item.id, item.id] });
    }
    const cycle = cycleUnderSomeCase(Object.keys(catalog.items).sort(), conditionalEdges(catalog));
    if (cycle) report(`item:${cycle[0]}`, [], 'item-cycle', { cycle }, { key: true });
  },
};

/** Edges from each item to the items that must wait for it, each with the condition under which it holds. */
function conditionalEdges(catalog: Pick<Catalog, 'items'>): Map<string, OrderEdge[]> {
  const producers = new Map<string, string[]>();
  for (const item of Object.values(catalog.items)) {
    for (const material of item.produces) {
      const list = producers.get(material);
      if (list) list.push(item.id);
      else producers.set(material, [item.id]);
    }
  }
  const edges = new Map<string, OrderEdge[]>();
  const add = (from: string, to: string, when: Condition | undefined) => {
    if (from === to) return;
    const list = edges.get(from);
    const edge = when === undefined ? { to } : { to, when };
    if (list) list.push(edge);
    else edges.set(from, [edge]);
  };
  for (const item of Object.values(catalog.items)) {
    for (const before of item.after) add(before, item.id, undefined);
    // Issued with another item's certificate: it comes after that item.
    if (item.issuedWith !== undefined) add(item.issuedWith, item.id, undefined);
    for (const use of item.materials)
      for (const producer of producers.get(use.material) ?? []) add(producer, item.id, use.when);
  }
  return edges;
}
