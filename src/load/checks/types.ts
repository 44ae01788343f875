import type { Catalog } from '../../model/catalog.js';
import type { DiagnosticCode, DiagnosticParamsOf } from '../../model/diagnostic.js';

/** Reports a problem at an element of a catalog (`item:food-licence`) and a pointer below it. */
export type CatalogReport = <C extends DiagnosticCode>(
  element: string,
  below: readonly (string | number)[],
  code: C,
  params: DiagnosticParamsOf<C>,
  options?: { readonly key?: boolean; readonly warning?: boolean },
) => void;

/** One load-time check over a catalog; checks are listed in `catalog.ts`. */
export interface CatalogCheck {
  readonly name: string;
  run(catalog: Catalog, report: CatalogReport): void;
}
