import { basisUrl } from './basis-url.js';
import { caseLimit } from './case-limit.js';
import { deadEnd } from './dead-end.js';
import { duplicateLabel } from './duplicate-label.js';
import { fewOptions } from './few-options.js';
import { itemIncomplete } from './item-incomplete.js';
import { neverAsked } from './never-asked.js';
import { neverOfferedOption } from './never-offered-option.js';
import { noEffectBranch } from './no-effect-branch.js';
import { noEffectOption } from './no-effect-option.js';
import { noEffectQuestion } from './no-effect-question.js';
import type { AnalysisCheck } from './types.js';
import { unusedCatalogEntry } from './unused-catalog-entry.js';
import { vagueMaterial } from './vague-material.js';

export { urlIn } from './basis-url.js';
export type * from './types.js';
export { vagueWord } from './vague-material.js';

/** Every analysis check, in the order they run; adding a check = adding a file and a line here. */
export const ANALYSIS_CHECKS: readonly AnalysisCheck[] = [
  neverAsked,
  deadEnd,
  noEffectQuestion,
  noEffectBranch,
  noEffectOption,
  neverOfferedOption,
  fewOptions,
  duplicateLabel,
  caseLimit,
  vagueMaterial,
  itemIncomplete,
  basisUrl,
  unusedCatalogEntry,
];
