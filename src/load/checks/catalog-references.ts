import { suggestionFor } from '../../util/suggest.js';
import type { CatalogCheck } from './types.js';

/** Every id a catalog entry names exists: departments, venues, licences, materials, items. */
export const catalogReferences: CatalogCheck = {
  name: 'catalog-references',
  run(catalog, report) {
    const refer = (
      ids: Readonly<Record<string, unknown>>,
      id: string,
      element: string,
      below: (string | number)[],
      code: 'unknown-department' | 'unknown-venue' | 'unknown-licence' | 'unknown-material' | 'unknown-item',
    ) => {
      if (Object.hasOwn(ids, id)) return;
      report(element, below, code, { id, ...suggestionFor(id, Object.keys(ids)) });
    };
    for (const material of Object.values(catalog.materials)) {
      if (material.licence)
        refer(catalog.licences, material.licence, `material:${material.id}`, ['licence'], 'unknown-licence');
    }
    for (const item of Object.values(catalog.items)) {
      const element = `item:${item.id}`;
      if (item.department)
        refer(catalog.departments, item.department, element, ['department'], 'unknown-department');
      item.presence.forEach((variant, i) => {
        const below = item.presence.length === 1 ? ['presence', 'venue'] : ['presence', i, 'venue'];
        if (variant.value) refer(catalog.venues, variant.value.venue, element, below, 'unknown-venue');
      });
      item.delivery.forEach((option, i) => {
        if (option.venue !== undefined)
          refer(catalog.venues, option.venue, element, ['delivery', i, 'venue'], 'unknown-venue');
      });
      item.materials.forEach((use, i) => {
        // A plain id has no `material` member: the locator then stops at the list entry itself.
        refer(catalog.materials, use.material, element, ['materials', i, 'material'], 'unknown-material');
      });
      for (const [i, id] of item.produces.entries()) {
        refer(catalog.materials, id, element, ['produces', i], 'unknown-material');
      }
      for (const [i, id] of item.after.entries())
        refer(catalog.items, id, element, ['after', i], 'unknown-item');
      if (item.issuedWith !== undefined)
        refer(catalog.items, item.issuedWith, element, ['issued-with'], 'unknown-item');
    }
  },
};
