import type { Catalog } from '../../model/catalog.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { fromPointer, toPointer } from '../../util/pointer.js';
import { Reporter } from '../report.js';
import { catalogDerivations } from './catalog-derivations.js';
import { catalogForms } from './catalog-forms.js';
import { catalogReferences } from './catalog-references.js';
import { itemOrder } from './item-order.js';
import type { CatalogCheck, CatalogReport } from './types.js';

/** The load-time checks of a catalog, run in this order. */
export const CATALOG_CHECKS: readonly CatalogCheck[] = [
  catalogReferences,
  catalogDerivations,
  itemOrder,
  catalogForms,
];

/** Runs every catalog check; returns the diagnostics they report. */
export function checkCatalog(catalog: Catalog): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = catalogReporter(catalog, found);
  for (const check of CATALOG_CHECKS) check.run(catalog, report);
  return found;
}

/** A report function that points into the catalog file where an element was written. */
export function catalogReporter(catalog: Catalog, into: Diagnostic[]): CatalogReport {
  const reporters = new Map<string, Reporter>();
  return (element, below, code, params, options = {}) => {
    const location = catalog.locations[element];
    const locate = location && catalog.locators.get(location.file);
    if (!location || !locate) return;
    let reporter = reporters.get(location.file);
    if (!reporter) {
      reporter = new Reporter(location.file, locate, into);
      reporters.set(location.file, reporter);
    }
    const pointer = toPointer([...fromPointer(location.pointer), ...below]);
    if (options.warning) reporter.warn(code, pointer, params, { key: options.key ?? false });
    else reporter.error(code, pointer, params, { key: options.key ?? false });
  };
}
