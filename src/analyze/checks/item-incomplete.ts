import type { CatalogCheck } from './types.js';

/** The fields a guide (办事指南) must state for an item, with their names for people. */
const FIELDS = [
  { field: 'department', zh: '实施部门' },
  { field: 'days', zh: '办理时限' },
  { field: 'fee', zh: '收费标准' },
] as const;

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
      const missing = FIELDS.filter(({ field }) =>
        field === 'department' ? item.department === undefined : item[field].length === 0,
      );
      if (missing.length === 0) continue;
      report(`item:${item.id}`, {
        id: item.id,
        missing: missing.map((m) => m.zh).join('、'),
        fields: missing.map((m) => m.field).join(','),
      });
    }
  },
};
