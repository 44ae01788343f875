import type { Catalog } from '../../model/catalog.js';
import type { CatalogCheck } from './types.js';

/**
 * Items must not wait for each other in a cycle, through `after` or through a material one produces and the
 * other uses: such a pair could never both be done.
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
    const edges = orderEdges(catalog);
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (id: string): boolean => {
      if (state.get(id) === 'done') return false;
      if (state.get(id) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(id)), id];
        report(`item:${id}`, [], 'item-cycle', { cycle }, { key: true });
        return true;
      }
      state.set(id, 'open');
      stack.push(id);
      for (const next of edges.get(id) ?? []) if (visit(next)) return true;
      stack.pop();
      state.set(id, 'done');
      return false;
    };
    for (const id of Object.keys(catalog.items).sort()) {
      if (visit(id)) return;
    }
  },
};

/** Edges from each item to the items that must wait for it. */
export function orderEdges(catalog: Pick<Catalog, 'items'>): Map<string, string[]> {
  const producers = new Map<string, string[]>();
  for (const item of Object.values(catalog.items)) {
    for (const material of item.produces)
      producers.set(material, [...(producers.get(material) ?? []), item.id]);
  }
  const edges = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    if (from !== to) edges.set(from, [...(edges.get(from) ?? []), to]);
  };
  for (const item of Object.values(catalog.items)) {
    for (const before of item.after) add(before, item.id);
    for (const use of item.materials)
      for (const producer of producers.get(use.material) ?? []) add(producer, item.id);
  }
  return edges;
}
