/**
 * `tongban/messages`: the runtime's errors in Chinese or English, from their codes and params, and the params
 * each code carries. The runtime entry `tongban` puts the Chinese sentence on what a person reads (a refused
 * answer, a form field) and the code and params on what developers read (`TongbanError`, `RulesError`, a
 * failed `restore`), and bundles no English; a portal that shows English, or a developer's sentence, imports
 * these. Diagnostics of files: `formatDiagnostic` in
 * `tongban/load`.
 */

export {
  RESTORE_ERROR_PARAM_SPECS,
  RULES_ERROR_PARAM_SPECS,
  SESSION_ERROR_PARAM_SPECS,
  TONGBAN_ERROR_PARAM_SPECS,
} from '../model/errors.js';
export { FORM_ERROR_PARAM_SPECS } from '../model/form.js';
export {
  formatCaseKeyError,
  formatFormError,
  formatRestoreError,
  formatRulesError,
  formatSessionError,
  formatTongbanError,
} from './runtime.js';
export type { Lang } from './words.js';
