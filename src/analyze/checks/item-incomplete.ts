import { ITEM_FIELDS } from '../../model/diagnostic.js';
import type { CatalogCheck } from './types.js';

/** An item of the catalog without department, time limit (`days`) or fee (`fee`, 0 when free). */
export const itemIncomplete: CatalogCheck = {
  code: 'item-incomplete',
  severity: 'error',
  scope: 'catalog',
  description: {
    zh: '事项缺少实施部门、办理时限或收费标准（不收费写 fee: 0）',
    en: 'an item without department, time limit or fee (write fee: 0 when free)',
  },
  run(context, report) {
    for (const item of Object.values(context.entries.items)) {
      const missing = ITEM_FIELDS.filter((field) =>
        field === 'department' ? item.department === undefined : item[field].length === 0,
      );
      if (missing.length > 0) report(`item:${item.id}`, { id: item.id, missing });
    }
  },
};
