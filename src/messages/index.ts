/**
 * Messages in Chinese and English, rendered from codes and language-neutral params: diagnostics of files
 * (`formatDiagnostic`), and the runtime's errors (`formatSessionError`, `formatRestoreError`,
 * `formatTongbanError`, `formatRulesError`, `formatCaseKeyError`).
 */

export {
  type DiagnosticCatalog,
  diagnosticCounts,
  diagnosticOf,
  formatDiagnostic,
  formatHint,
  localizeDiagnostic,
  messageOf,
} from './diagnostics.js';
export { type HintKey, hintOf } from './hints.js';
export {
  appointmentText,
  type DeliveryEffectWords,
  deferrableText,
  deliveryEffectText,
  type ItemTime,
  itemDaysText,
  itemTimeText,
  joinClauses,
  stepSpanText,
} from './outcome-words.js';
export { REASON_WORDS, type ReasonWords } from './reason-words.js';
export {
  formatCaseKeyError,
  formatFormError,
  formatRestoreError,
  formatRulesError,
  formatSessionError,
  formatTongbanError,
} from './runtime.js';
export {
  formErrorMessage,
  restoreErrorMessage,
  rulesErrorMessage,
  sessionErrorMessage,
  tongbanErrorMessage,
} from './runtime-messages.js';
export { type CountNoun, countOf, type Lang, listOf } from './words.js';
