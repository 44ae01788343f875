import type { DiagnosticCode, DiagnosticParams } from '../../model/diagnostic.js';
import type { Catalog } from '../catalog.js';

/** Reports a problem at an element of a catalog (`item:food-licence`) and a pointer below it. */
export type CatalogReport = (
  element: string,
  below: readonly (string | number)[],
  code: DiagnosticCode,
  params: DiagnosticParams,
  options?: { readonly key?: boolean; readonly warning?: boolean },
) => void;

/** One load-time check over a catalog; checks are listed in `catalog.ts`. */
export interface CatalogCheck {
  readonly name: string;
  run(catalog: Catalog, report: CatalogReport): void;
}
