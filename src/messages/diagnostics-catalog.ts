import type { DiagnosticCode, DiagnosticParamsOf } from '../model/diagnostic.js';

/** The messages of every diagnostic code in one language. */
export type DiagnosticCatalog = {
  readonly [C in DiagnosticCode]: (params: DiagnosticParamsOf<C>) => string;
};
