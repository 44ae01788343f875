/**
 * tongban — the runtime: questionnaire sessions and outcomes on compiled themes. Pure functions, no I/O, no
 * clock; runs in browsers (no node:*, no yaml, no ajv). Load themes with `tongban/load` or `tongban/node`;
 * errors in English, and developers' errors as sentences, come from `tongban/messages`; guides and graphs from
 * `tongban/render`.
 */

export { TongbanError, type TongbanErrorCode } from './errors.js';
export { checkFormData, type FormCheck } from './forms/validate.js';
export type { Lang } from './messages/words.js';
export type * from './model/application.js';
export { APPLICATION_FORMAT } from './model/application.js';
export type * from './model/condition.js';
export type * from './model/diagnostic.js';
export type {
  AnswerShape,
  ArgumentRule,
  RestoreErrorOf,
  RestoreErrorParamsOf,
  RulesErrorParamsOf,
  SessionErrorOf,
  SessionErrorParamsOf,
  TongbanErrorParamsOf,
  ValueKind,
} from './model/errors.js';
export {
  RESTORE_ERROR_CODES,
  RULES_ERROR_CODES,
  SESSION_ERROR_CODES,
  TONGBAN_ERROR_CODES,
} from './model/errors.js';
export type * from './model/form.js';
export { FIELD_TYPES, FORM_ERROR_CODES } from './model/form.js';
export type * from './model/json.js';
export type * from './model/outcome.js';
export { OUTCOME_FORMAT } from './model/outcome.js';
export type * from './model/outcome-rules.js';
export type * from './model/params.js';
export type * from './model/profile.js';
export type * from './model/session.js';
export type * from './model/theme.js';
export { FACT_TYPES, QUESTION_TYPES, THEME_FORMAT } from './model/theme.js';
export { applicationPackage } from './outcome/application.js';
export { caseForm, conditionText, defaultOutcomeRules, outcome } from './outcome/index.js';
export type { Recommendation, RecommendationReason, RecommendOptions } from './profile/index.js';
export { recommend } from './profile/index.js';
export { FIELD_SOURCE_LABELS, fieldValueText } from './render/form.js';
export type { Bilingual } from './render/labels.js';
export { displayAnswer, NOTICE_LABELS, optionLabel, STATUS_LABELS } from './render/labels.js';
export { materialStatusText, mergeSentence } from './render/merge-sentence.js';
export type {
  CompiledCondition,
  CustomOperators,
  DecoratorDefinition,
  Facts,
  OperatorDefinition,
  OperatorSet,
  RulesErrorCode,
} from './rules/index.js';
export {
  compileCondition,
  createOperatorSet,
  defaultOperatorSet,
  evaluateCondition,
  RulesError,
} from './rules/index.js';
export type { ProgressEstimate, QuestionState, Walk } from './session/index.js';
export {
  answer,
  answersFromCaseKey,
  back,
  baseFacts,
  caseKey,
  caseOf,
  change,
  checklist,
  estimateProgress,
  factLabel,
  next,
  restore,
  rulesFor,
  serialize,
  start,
  switchProfile,
  walk,
} from './session/index.js';
