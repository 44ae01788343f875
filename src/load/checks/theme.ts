import { conditionReferences } from './condition-references.js';
import { conditionValues } from './condition-values.js';
import { fieldAnswers } from './field-answers.js';
import { prefill } from './prefill.js';
import { progressiveOrder } from './progressive-order.js';
import { questionShape } from './question-shape.js';
import type { ThemeCheck } from './theme-context.js';
import { themeIds } from './theme-ids.js';

/** The load-time checks of a theme linked to its catalog, run in this order. */
export const THEME_CHECKS: readonly ThemeCheck[] = [
  themeIds,
  questionShape,
  conditionReferences,
  progressiveOrder,
  conditionValues,
  prefill,
  fieldAnswers,
];
