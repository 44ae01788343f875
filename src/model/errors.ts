import type { ParamsOf, ParamsSpec } from './params.js';

/**
 * The errors of the runtime as data: refusals of session transitions, failed restores, and misuse of the API
 * (`TongbanError`). Each code's params are described by a spec (see `./params.ts`); sentences come from the
 * catalogs in `src/messages` (`formatSessionError`, `formatRestoreError`, `formatTongbanError`): the runtime
 * puts a Chinese one on a refusal, and the code and params on what only developers read.
 */

export const SESSION_ERROR_CODES = [
  'unknown-question',
  'not-asked',
  'already-answered',
  'not-answered',
  'wrong-type',
  'unknown-option',
  'unavailable-option',
  'duplicate-option',
  'exclusive-option',
  'empty-choice',
  'out-of-range',
  'not-integer',
  'invalid-date',
  'nothing-to-undo',
] as const;

export type SessionErrorCode = (typeof SESSION_ERROR_CODES)[number];

/**
 * What an answer must be (`wrong-type`, `out-of-range`): one option, one or more options, yes or no, a number,
 * a whole number, a date. Question types choose the token; messages word it.
 */
export const ANSWER_SHAPES = ['option', 'options', 'yes-no', 'number', 'integer', 'date'] as const;

export type AnswerShape = (typeof ANSWER_SHAPES)[number];

const QUESTION = { question: 'text' } as const;

/**
 * The params of each session error (written out, not spread from `QUESTION`: a spread keeps the table in every
 * bundle, used or not). `question` is the id of the question for programs; messages for people
 * do not show it. An option's `label` is the theme's text; range bounds are numbers or `YYYY-MM-DD` dates.
 */
export const SESSION_ERROR_PARAM_SPECS = {
  'unknown-question': QUESTION,
  'not-asked': QUESTION,
  'already-answered': QUESTION,
  'not-answered': QUESTION,
  'wrong-type': { question: 'text', expected: { tokens: ANSWER_SHAPES } },
  'unknown-option': { question: 'text', option: 'text' },
  'unavailable-option': { question: 'text', option: 'text', label: 'text' },
  'duplicate-option': { question: 'text', option: 'text' },
  'exclusive-option': { question: 'text', option: 'text', label: 'text' },
  'empty-choice': QUESTION,
  'out-of-range': {
    question: 'text',
    value: 'scalar',
    expected: { tokens: ['number', 'integer', 'date'] },
    min: 'scalar?',
    max: 'scalar?',
  },
  'not-integer': { question: 'text', value: 'number', min: 'scalar?', max: 'scalar?' },
  'invalid-date': { question: 'text', value: 'text' },
  'nothing-to-undo': {},
} as const satisfies Record<SessionErrorCode, ParamsSpec>;

/**
 * Every param of a session error but `question`, optional: for diagnostics that carry a refusal (scenario
 * answers the session refused). A test checks that it covers every code's params.
 */
export const REFUSAL_PARAM_SPECS = {
  option: 'text?',
  label: 'text?',
  value: 'scalar?',
  expected: { tokens: ANSWER_SHAPES, optional: true },
  min: 'scalar?',
  max: 'scalar?',
} as const satisfies ParamsSpec;

/** The params of one session error. */
export type SessionErrorParamsOf<C extends SessionErrorCode> = ParamsOf<
  (typeof SESSION_ERROR_PARAM_SPECS)[C]
>;

/** A refused answer or transition of one code. */
export interface SessionErrorOf<C extends SessionErrorCode> {
  readonly code: C;
  /** The question concerned, when there is one (also in `params`). */
  readonly question?: string;
  /** The message in Chinese for the person answering; `formatSessionError` renders it in English. */
  readonly message: string;
  readonly params: SessionErrorParamsOf<C>;
}

/** A rejected answer or transition, as data: narrow on `code` to read its params. */
export type SessionError = { readonly [C in SessionErrorCode]: SessionErrorOf<C> }[SessionErrorCode];

/** What is wrong with the shape of a serialized session (`bad-shape`). */
export const BAD_SHAPES = [
  'not-a-string',
  'too-long',
  'not-an-object',
  'unexpected-member',
  'no-version',
  'no-theme',
  'no-hash',
  'bad-hash',
  'bad-today',
  'answers-not-a-list',
  'bad-answer',
  'trail-not-a-list',
  'bad-trail',
] as const;

/** What a serialized session of an unchanged theme holds that no genuine session could (`tampered`). */
export const TAMPERINGS = [
  'answered-twice',
  'unknown-question',
  'answer-does-not-fit',
  'not-as-prefilled',
  'prefilled-undone',
  'answered-not-asked',
  'trail-out-of-order',
] as const;

export const RESTORE_ERROR_CODES = [
  'not-json',
  'bad-shape',
  'unsupported-version',
  'other-theme',
  'tampered',
] as const;

export type RestoreErrorCode = (typeof RESTORE_ERROR_CODES)[number];

/** The params of each restore error: `member` is an unexpected key, `limit` the length limit. */
export const RESTORE_ERROR_PARAM_SPECS = {
  'not-json': {},
  'bad-shape': { problem: { tokens: BAD_SHAPES }, member: 'text?', limit: 'number?' },
  'unsupported-version': { version: 'number' },
  /** The theme the session belongs to and the theme it was restored on. */
  'other-theme': { theme: 'text', expected: 'text' },
  tampered: { problem: { tokens: TAMPERINGS }, question: 'text' },
} as const satisfies Record<RestoreErrorCode, ParamsSpec>;

/** The params of one restore error. */
export type RestoreErrorParamsOf<C extends RestoreErrorCode> = ParamsOf<
  (typeof RESTORE_ERROR_PARAM_SPECS)[C]
>;

/** Why `restore` failed, of one code. */
export interface RestoreErrorOf<C extends RestoreErrorCode> {
  readonly code: C;
  /** The code and params (`other-theme {"theme":"a","expected":"b"}`); `formatRestoreError` words it. */
  readonly message: string;
  readonly params: RestoreErrorParamsOf<C>;
}

/** Why `restore` failed: narrow on `code` to read its params. */
export type RestoreError = { readonly [C in RestoreErrorCode]: RestoreErrorOf<C> }[RestoreErrorCode];

export const TONGBAN_ERROR_CODES = [
  'invalid-today',
  'invalid-theme',
  'invalid-argument',
  'invalid-profile',
  'invalid-session',
] as const;

/** Codes of the errors tongban throws: only for misuse of its API, never for bad themes or answers. */
export type TongbanErrorCode = (typeof TONGBAN_ERROR_CODES)[number];

/** What an argument must be (`invalid-argument`). */
export const ARGUMENT_RULES = [
  'whole-number-or-infinity',
  'options-object',
  'operator-set',
  'list-of-themes',
  'outcome-rules',
  'text',
] as const;

export type ArgumentRule = (typeof ARGUMENT_RULES)[number];

/**
 * What is wrong with a profile given to the runtime (`invalid-profile`): not an object, a member it does not
 * have, `kind` not person or enterprise, `name` not text, `facts` not a mapping, a fact value that is not JSON
 * (a function, a Date, bytes, `NaN`…), facts nested deeper or more numerous than the limit, `licences` not a
 * list of licences with text members, `tags` or `completed` not a list of text, or a value that cannot be read
 * (a proxy that throws).
 */
export const PROFILE_PROBLEMS = [
  'not-an-object',
  'unknown-member',
  'kind',
  'name',
  'facts',
  'fact-value',
  'too-deep',
  'too-large',
  'licences',
  'tags',
  'completed',
  'unreadable',
] as const;

/**
 * What is wrong with a compiled theme given to the runtime (`invalid-theme`): not an object, a member missing
 * or of the wrong kind (`member` names it), nested deeper than the limit, or named conditions that refer to
 * each other in a cycle or nest too deeply through each other. The loader never gives such a theme.
 */
export const THEME_PROBLEMS = [
  'not-an-object',
  'member',
  'too-deep',
  'condition-cycle',
  'condition-too-deep',
] as const;

/**
 * What a value given to the API is when it cannot be quoted as text (`invalid-today`, `invalid-argument`): the
 * catalogs word it ("一个函数", "a function"), so that params hold no words of either language.
 */
export const VALUE_KINDS = ['symbol', 'function', 'list', 'object'] as const;

export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * The value given, as `describeValue` (`src/util/quote.ts`) puts it: `text` when it is text (at most its first
 * 64 characters); `value` when it is a number, a boolean, `null` or `undefined`, as JavaScript writes it;
 * `kind` otherwise. Exactly one of the three is present: messages quote `text` and only `text`.
 */
const GIVEN = {
  text: 'text?',
  value: 'text?',
  kind: { tokens: VALUE_KINDS, optional: true },
} as const;

/**
 * The params of each `TongbanError`: the value given (`value` or `kind`, see `GIVEN`), for
 * `invalid-argument` the argument and its rule, for a profile or a theme what is wrong and where (`member`, a
 * path such as `facts.person.hukou`) with the limit passed.
 */
export const TONGBAN_ERROR_PARAM_SPECS = {
  'invalid-today': GIVEN,
  'invalid-theme': {
    detail: 'text?',
    problem: { tokens: THEME_PROBLEMS, optional: true },
    member: 'text?',
    limit: 'number?',
  },
  'invalid-argument': {
    name: 'text',
    ...GIVEN,
    rule: { tokens: ARGUMENT_RULES },
  },
  'invalid-profile': { problem: { tokens: PROFILE_PROBLEMS }, member: 'text?', limit: 'number?' },
  'invalid-session': { member: 'text?' },
} as const satisfies Record<TongbanErrorCode, ParamsSpec>;

/** The params of one `TongbanError` code. */
export type TongbanErrorParamsOf<C extends TongbanErrorCode> = ParamsOf<
  (typeof TONGBAN_ERROR_PARAM_SPECS)[C]
>;

export const RULES_ERROR_CODES = [
  'invalid-condition',
  'unknown-operator',
  'unknown-condition',
  'condition-cycle',
  'unsupported-path',
  'invalid-operator',
  'operator-failed',
] as const;

/**
 * Codes of `RulesError`, thrown by conditions: every code is a programming error (a condition the loader would
 * refuse, a malformed custom operator) except `operator-failed`, an operator that throws at evaluation.
 */
export type RulesErrorCode = (typeof RULES_ERROR_CODES)[number];

/** What is wrong with a condition's shape (`invalid-condition`). */
export const CONDITION_PROBLEMS = [
  'not-an-object',
  'not-one-form',
  'reference-without-name',
  'members-not-a-list',
  'not-is-a-list',
  'no-operator',
  'no-value',
  'bad-fact-name',
] as const;

/** Why a path cannot be read (`unsupported-path`): not a string, or outside the supported JSONPath subset. */
export const PATH_PROBLEMS = ['not-a-string', 'not-supported'] as const;

/**
 * The params of each `RulesError`. `value` and a path that is not a string are shown as JSON; `found` lists
 * the forms a node has (`not-one-form`), `form` the combinator whose members are not a list, `fact` the fact a
 * condition is on; `reason` is the message of the error an operator threw.
 */
export const RULES_ERROR_PARAM_SPECS = {
  'invalid-condition': {
    problem: { tokens: CONDITION_PROBLEMS },
    value: 'text?',
    found: 'texts?',
    form: { tokens: ['all', 'any'], optional: true },
    fact: 'text?',
  },
  'unknown-operator': { operator: 'text' },
  'unknown-condition': { name: 'text' },
  'condition-cycle': { cycle: 'texts' },
  'unsupported-path': { problem: { tokens: PATH_PROBLEMS }, path: 'text' },
  'invalid-operator': {},
  'operator-failed': { operator: 'text', fact: 'text', reason: 'text' },
} as const satisfies Record<RulesErrorCode, ParamsSpec>;

/** The params of one `RulesError` code. */
export type RulesErrorParamsOf<C extends RulesErrorCode> = ParamsOf<(typeof RULES_ERROR_PARAM_SPECS)[C]>;
