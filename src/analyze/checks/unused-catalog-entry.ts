import type { CompiledTheme } from '../../model/theme.js';
import { conditionUses, eachLeaf } from '../conditions.js';
import type { LibraryCheck } from './types.js';

const SECTIONS = [
  ['departments', 'department'],
  ['venues', 'venue'],
  ['licences', 'licence'],
  ['facts', 'fact'],
  ['materials', 'material'],
  ['items', 'item'],
  ['forms', 'form'],
  ['fields', 'field'],
] as const;

/**
 * Catalog entries no theme uses. A theme uses what its compiled catalog carries (its items, their
 * materials, departments and venues, the licences of those materials, the forms of those materials and
 * their fields, the facts its conditions, prefills and field sources read, licences whose `licence.X.*` facts it reads), and the licences its conditions name in
 * `profile.licences` (triggers included).
 */
export const unusedCatalogEntry: LibraryCheck = {
  code: 'unused-catalog-entry',
  severity: 'warning',
  scope: 'library',
  description: {
    zh: '目录中的部门、办理地点、电子证照、档案事实、材料、事项、表单或字段没有被任何主题使用',
    en: 'a department, venue, licence, fact, material, item, form or field of the catalog that no theme uses',
  },
  start(catalog) {
    // What the themes use, not the themes: a pass over a large library keeps a set of ids.
    const used = new Set<string>();
    return {
      add(theme) {
        for (const use of catalogUses(theme)) used.add(use);
      },
      finish(report) {
        for (const [section, kind] of SECTIONS) {
          for (const id of Object.keys(catalog[section])) {
            if (!used.has(`${kind}:${id}`)) report(`${kind}:${id}`, { kind, id });
          }
        }
      },
    };
  },
};

/**
 * The catalog entries a theme uses, as `kind:id` (`material:id-card`): what this check counts. Tools that
 * re-check one theme at a time (`tongban dev`) run the check again only when this set changes.
 */
export function catalogUses(theme: CompiledTheme): Set<string> {
  const used = new Set<string>();
  for (const [section, kind] of SECTIONS)
    for (const id of Object.keys(theme.catalog[section])) used.add(`${kind}:${id}`);
  for (const licence of licencesNamed(theme)) used.add(`licence:${licence}`);
  return used;
}

/** Licence ids a theme's conditions compare `profile.licences` with. */
function licencesNamed(theme: CompiledTheme): Set<string> {
  const named = new Set<string>();
  for (const use of conditionUses(theme)) {
    eachLeaf(use.condition, theme.conditions, (leaf) => {
      if (leaf.fact !== 'profile.licences') return;
      const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
      for (const value of values) if (typeof value === 'string') named.add(value);
    });
  }
  return named;
}
