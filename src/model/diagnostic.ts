import {
  ARGUMENT_RULES,
  REFUSAL_PARAM_SPECS,
  RULES_ERROR_CODES,
  SESSION_ERROR_CODES,
  TONGBAN_ERROR_CODES,
  VALUE_KINDS,
} from './errors.js';
import { FIELD_TYPES } from './form.js';
import type { ParamsOf, ParamsSpec, ParamValue } from './params.js';
import { FACT_TYPES, QUESTION_TYPES } from './theme.js';

interface DiagnosticBase {
  readonly severity: Severity;
  /** The message in Chinese; `formatDiagnostic` (`tongban/load`) renders it in another language. */
  readonly message: string;
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units as editors count them. */
  readonly column: number;
  /** JSON Pointer into the file's document ('' for the whole file). */
  readonly pointer: string;
  readonly hint?: string;
}

/** A diagnostic of one code, with that code's params. */
export interface DiagnosticOf<C extends DiagnosticCode> extends DiagnosticBase {
  readonly code: C;
  readonly params: DiagnosticParamsOf<C>;
}

/**
 * A problem found in a theme, catalog, profile or scenario file. Diagnostics are data: a stable code from a
 * closed list, params typed per code (narrow on `code` to read them), and a position; the message is rendered
 * from a catalog (see `src/messages`).
 */
export type Diagnostic = { readonly [C in DiagnosticCode]: DiagnosticOf<C> }[DiagnosticCode];

export type Severity = 'error' | 'warning';

/** The params of any code, as tools that do not narrow on the code see them. */
export type DiagnosticParams = Readonly<Record<string, ParamValue>>;

/** The params of one code, derived from `DIAGNOSTIC_PARAM_SPECS`. */
export type DiagnosticParamsOf<C extends DiagnosticCode> = ParamsOf<(typeof DIAGNOSTIC_PARAM_SPECS)[C]>;

/**
 * Every code tongban reports. Codes are stable: tools may match on them. Each is documented with an example
 * in docs/diagnostics.md.
 */
export const DIAGNOSTIC_CODES = [
  // reading the file
  'unreadable-file',
  'input-too-large',
  'invalid-encoding',
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-alias-limit',
  'yaml-too-deep',
  'yaml-unsupported',
  'not-finite',
  'number-precision',
  'not-a-mapping',
  'forbidden-key',
  // paths named by files, outputs
  'path-outside-root',
  'catalog-unavailable',
  'duplicate-theme-id',
  'output-conflict',
  'unwritable-output',
  // schema
  'unknown-key',
  'missing-key',
  'wrong-type',
  'invalid-value',
  'invalid-id',
  'misplaced-key',
  // linking
  'duplicate-id',
  'reserved-id',
  'unknown-department',
  'unknown-venue',
  'unknown-licence',
  'unknown-material',
  'unknown-item',
  'unknown-question',
  'unknown-fact',
  'unknown-option',
  'unknown-operator',
  'unknown-condition',
  'unknown-derivation',
  'condition-cycle',
  'condition-too-deep',
  'invalid-condition',
  'trigger-reads-question',
  'forward-reference',
  'self-reference',
  'value-type-mismatch',
  'unsupported-path',
  'variant-default',
  'item-cycle',
  'exclusive-option',
  'prefill-mismatch',
  'empty-range',
  'unreachable-notice',
  // forms (一表申请)
  'unknown-field',
  'unknown-form',
  'duplicate-field',
  'unresolved-field-source',
  'unused-field-answer',
  // analysis checks (tongban validate, tongban check)
  'never-asked',
  'dead-end',
  'no-effect-question',
  'no-effect-branch',
  'no-effect-option',
  'never-offered-option',
  'few-options',
  'unused-catalog-entry',
  'vague-material',
  'item-incomplete',
  'basis-url',
  'duplicate-label',
  'case-limit',
  // scenario files
  'scenario-failed',
  'scenario-invalid-answer',
  'scenario-unknown-id',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/**
 * What is wrong with a file that is not valid YAML (`yaml-syntax`): the YAML parser's error code in lower
 * case (`BAD_INDENT` is `bad-indent`), `unresolved-alias` for an alias whose anchor is not defined before it,
 * and `other` for anything else, with the parser's code in `yamlCode` when it has one. The catalogs give a
 * sentence for each; the parser's own English text is not kept.
 */
export const YAML_SYNTAX_PROBLEMS = [
  'alias-props',
  'bad-alias',
  'bad-collection-type',
  'bad-directive',
  'bad-dq-escape',
  'bad-indent',
  'bad-prop-order',
  'bad-scalar-start',
  'block-as-implicit-key',
  'block-in-flow',
  'duplicate-key',
  'impossible',
  'key-over-1024-chars',
  'missing-char',
  'multiline-implicit-key',
  'multiple-anchors',
  'multiple-docs',
  'multiple-tags',
  'non-string-key',
  'tab-as-indent',
  'tag-resolve-failed',
  'unexpected-token',
  'unresolved-alias',
  'other',
] as const;

export type YamlSyntaxProblem = (typeof YAML_SYNTAX_PROBLEMS)[number];

/**
 * Why a file or folder could not be read or written (the `reason` of `unreadable-file`, `catalog-unavailable`
 * and `unwritable-output`): a closed list, worded by the message catalogs. `other` comes with the system's
 * error code in `errno` (`EIO`); `has-errors` is a catalog whose own files have errors.
 */
export const FILE_REASONS = [
  'not-found',
  'permission',
  'symlink-loop',
  'name-too-long',
  'not-a-folder',
  'invalid-path',
  'is-directory',
  'too-many-open-files',
  'bad-name',
  'exists',
  'read-only',
  'no-space',
  'has-errors',
  'other',
] as const;

export type FileReason = (typeof FILE_REASONS)[number];

/** The kinds of JSON value a schema expects or a file holds (`wrong-type`). */
export const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;

/** What stands at the top of a file that should be a mapping (`not-a-mapping`). */
export const NOT_MAPPING = ['list', 'scalar', 'empty'] as const;

/** The kinds of things that have ids (`duplicate-id`, `reserved-id`, `unused-catalog-entry`). */
export const ENTRY_KINDS = [
  'question',
  'department',
  'venue',
  'licence',
  'fact',
  'material',
  'item',
  'field',
  'form',
] as const;

/**
 * The rule a value breaks (`invalid-value`): `not-empty`; `at-least` / `at-most` `limit` entries or characters;
 * `compare` (`comparison` `limit`); `unique` entries; `date` (a real calendar date); `expires-before-issued`
 * (the `issued` date is later); `schema` (another `keyword` of the JSON Schema).
 */
export const VALUE_RULES = [
  'not-empty',
  'at-least',
  'at-most',
  'compare',
  'unique',
  'date',
  'expires-before-issued',
  'schema',
  'regex',
] as const;

/**
 * Why a field's value source cannot give it a value (`unresolved-field-source`): a fact or question of another
 * type, an answer option the field has no value for, a licence kind without that data, a material no item
 * produces, or a produced material that carries no data under that key.
 */
export const FIELD_SOURCE_PROBLEMS = [
  'fact-type',
  'answer-type',
  'answer-option',
  'licence-data',
  'not-produced',
  'produced-data',
] as const;

/** What carries a basis (`basis-url`): a catalog item or a theme's notice. */
export const BASIS_OWNERS = ['item', 'notice'] as const;

/** The fields a guide must state for an item (`item-incomplete`). */
export const ITEM_FIELDS = ['department', 'days', 'fee'] as const;

/**
 * Why a scenario's session could not start (`scenario-failed`, check `cannot-start`): the code of the
 * `TongbanError` or `RulesError` that `start` threw (an option of the run, such as custom outcome rules or
 * operators, that is not what it must be; a custom operator that failed), or `other`.
 */
export const START_FAILURES = [...TONGBAN_ERROR_CODES, ...RULES_ERROR_CODES, 'other'] as const;

/**
 * What a scenario expected and did not get (`scenario-failed`): its profile file was not loaded, its `today`
 * is not a date, the session could not start, or an expectation of the outcome does not hold.
 */
export const SCENARIO_CHECKS = [
  'profile-not-loaded',
  'invalid-today',
  'cannot-start',
  'case',
  'key',
  'status',
  'missing-item',
  'unexpected-item',
  'missing-material',
  'unexpected-material',
  'not-waived',
  'not-passed-on',
  'not-shared',
  'not-generated',
  'not-committed',
  'to-submit',
  'days',
  'fee',
  'visits',
  'missing-notice',
  'unexpected-notice',
  'option-not-offered',
  'unexpected-option',
  'missing-delivery',
  'unexpected-delivery',
  'not-deferrable',
  'no-appointment',
  'item-days',
  'statutory-days',
] as const;

/**
 * The `not…` lists of a scenario whose ids the theme must define (`scenario-unknown-id`): an id the theme does not
 * define is never in the outcome, so the check naming it cannot fail.
 */
export const SCENARIO_NOT_LISTS = ['not-items', 'not-materials', 'not-notices', 'not-offered'] as const;

/**
 * Why a scenario's answers do not fit its theme (`scenario-invalid-answer`): a question asked is not answered,
 * an answer names no question, answers a question prefilled from the profile differently, answers a question
 * not asked, or the session refused it (`refusal` is the session error's code, with its params).
 */
export const SCENARIO_ANSWER_PROBLEMS = [
  'not-answered',
  'no-such-question',
  'prefilled',
  'not-asked',
  'refused',
] as const;

/** How a theme names the catalog it uses (`catalog-unavailable`): its `catalog:` key, or by default. */
export const CATALOG_NAMED = ['key', 'default'] as const;

/**
 * Why `tongban build` will not write a file (`output-conflict`): its name is the index's (`reserved`), or a
 * file of that name that an earlier build did not write is in the way (`foreign`).
 */
export const OUTPUT_CONFLICTS = ['reserved', 'foreign'] as const;

const FILE_REASON = { reason: { tokens: FILE_REASONS }, errno: 'text?' } as const;
const DID_YOU_MEAN = { hint: { tokens: ['did-you-mean'], optional: true }, suggestion: 'text?' } as const;
const ID = { id: 'text' } as const;
const QUESTION = { question: 'text' } as const;
const FACT_TYPE = { tokens: FACT_TYPES } as const;
const OPTIONAL_FACT_TYPE = { tokens: FACT_TYPES, optional: true } as const;

/**
 * What the params of each code hold. Ids, keys, values and names are `text` as written; everything a message
 * words differently per language is a token. Hints ride along: `hint` names one (`did-you-mean` with
 * `suggestion`, `quote-it` with `value`, `reorder-questions` with `id` and `question`).
 */
export const DIAGNOSTIC_PARAM_SPECS = {
  'unreadable-file': FILE_REASON,
  'input-too-large': { size: 'number?', unit: { tokens: ['chars', 'bytes'] }, limit: 'number' },
  'invalid-encoding': {},
  'yaml-syntax': { problem: { tokens: YAML_SYNTAX_PROBLEMS }, yamlCode: 'text?' },
  'yaml-duplicate-key': { key: 'text' },
  'yaml-alias-limit': { limit: 'number', nodes: 'number?' },
  'yaml-too-deep': { limit: 'number' },
  /** A tag other than the plain ones (`!!binary`, `!foo`), with the tag as resolved; or a merge key `<<`. */
  'yaml-unsupported': { feature: { tokens: ['tag', 'merge-key'] }, tag: 'text?' },
  /** A number that is infinite or not a number (`.inf`, `.nan`, `1e309`), as written. */
  'not-finite': { value: 'text' },
  /** A decimal that a JavaScript number cannot hold exactly: as written, and as read. */
  'number-precision': { value: 'text', read: 'text' },
  'not-a-mapping': { actual: { tokens: NOT_MAPPING } },
  'forbidden-key': { key: 'text' },
  /** The path as written (or the link's name) and the root folder it leads out of. */
  'path-outside-root': { path: 'text', root: 'text' },
  /** The catalog as written (`catalog` by default). */
  'catalog-unavailable': { catalog: 'text', named: { tokens: CATALOG_NAMED }, ...FILE_REASON },
  /** The theme id and the file that used it first. */
  'duplicate-theme-id': { ...ID, other: 'text' },
  /** The output file's name, and the theme id that would write it (none for the index). */
  'output-conflict': { output: 'text', id: 'text?', reason: { tokens: OUTPUT_CONFLICTS } },
  'unwritable-output': { output: 'text', ...FILE_REASON },
  'unknown-key': { key: 'text', ...DID_YOU_MEAN },
  'missing-key': { key: 'text' },
  'wrong-type': {
    expected: { tokens: JSON_TYPES, list: true },
    /** Constants the schema also allows, as JSON (`"always"`). */
    values: 'texts?',
    actual: { tokens: JSON_TYPES },
    hint: { tokens: ['quote-it'], optional: true },
    value: 'text?',
  },
  'invalid-value': {
    value: 'text',
    allowed: 'texts?',
    rule: { tokens: VALUE_RULES, optional: true },
    limit: 'scalar?',
    comparison: { tokens: ['<', '<=', '>', '>='], optional: true },
    keyword: 'text?',
    issued: 'text?',
    ...DID_YOU_MEAN,
  },
  /** The first character that is not ASCII, as `U+XXXX`, and its 1-based position in the id. */
  'invalid-id': { value: 'text', char: 'text?', at: 'number?' },
  'misplaced-key': { key: 'text', type: { tokens: QUESTION_TYPES } },
  'duplicate-id': { kind: { tokens: ENTRY_KINDS }, id: 'text', other: 'text?' },
  'reserved-id': { kind: { tokens: ENTRY_KINDS }, id: 'text' },
  'unknown-department': { ...ID, ...DID_YOU_MEAN },
  'unknown-venue': { ...ID, ...DID_YOU_MEAN },
  'unknown-licence': { ...ID, ...DID_YOU_MEAN },
  'unknown-material': { ...ID, ...DID_YOU_MEAN },
  'unknown-item': { ...ID, ...DID_YOU_MEAN },
  'unknown-question': { ...ID, ...DID_YOU_MEAN },
  'unknown-fact': { ...ID, ...DID_YOU_MEAN },
  'unknown-option': { ...QUESTION, value: 'text', ...DID_YOU_MEAN },
  'unknown-operator': { operator: 'text', ...DID_YOU_MEAN },
  'unknown-condition': { ...ID, ...DID_YOU_MEAN },
  'unknown-derivation': { fn: 'text' },
  'condition-cycle': { cycle: 'texts' },
  /** The named condition and how deep conditions may nest through the names they refer to. */
  'condition-too-deep': { ...ID, limit: 'number' },
  'invalid-condition': {
    reason: { tokens: ['not-mapping', 'combinator-alone', 'full-missing', 'full-extra', 'fact-reference'] },
    missing: 'texts?',
    extra: 'texts?',
  },
  'trigger-reads-question': ID,
  'forward-reference': { ...QUESTION, ...ID, hint: { tokens: ['reorder-questions'], optional: true } },
  'self-reference': QUESTION,
  'value-type-mismatch': {
    ...ID,
    factType: FACT_TYPE,
    /** A comparison: the operator and the value (as JSON) it compares with. */
    operator: 'text?',
    value: 'text?',
    /** A derived fact: the derivation, its source and what the derivation reads and gives. */
    fn: 'text?',
    from: 'text?',
    fromType: OPTIONAL_FACT_TYPE,
    needs: OPTIONAL_FACT_TYPE,
    gives: OPTIONAL_FACT_TYPE,
  },
  'unsupported-path': { path: 'text' },
  'variant-default': { field: 'text', position: { tokens: ['last', 'other'] } },
  /** The notice that cannot apply, its first-match group, and the earlier notice of the group without `when`. */
  'unreachable-notice': { ...ID, group: 'text', by: 'text' },
  'item-cycle': { cycle: 'texts' },
  'exclusive-option': { ...QUESTION, reason: { tokens: ['single', 'two', 'all'] } },
  'prefill-mismatch': {
    ...QUESTION,
    fact: 'text',
    reason: { tokens: ['type', 'options'] },
    questionType: { tokens: QUESTION_TYPES, optional: true },
    factType: OPTIONAL_FACT_TYPE,
    missing: 'texts?',
  },
  'empty-range': { ...QUESTION, min: 'scalar', max: 'scalar' },
  'unknown-field': { ...ID, ...DID_YOU_MEAN },
  'unknown-form': { ...ID, ...DID_YOU_MEAN },
  /** The form and the field it lists twice. */
  'duplicate-field': { form: 'text', ...ID },
  /**
   * The field, the problem, and the source it names (`source`: the fact, question, licence kind or material),
   * with what the problem needs: the types that do not fit, the option without a value, the data key.
   */
  'unresolved-field-source': {
    field: 'text',
    problem: { tokens: FIELD_SOURCE_PROBLEMS },
    source: 'text',
    fieldType: { tokens: FIELD_TYPES },
    sourceType: OPTIONAL_FACT_TYPE,
    option: 'text?',
    data: 'text?',
  },
  'unused-field-answer': ID,
  'never-asked': QUESTION,
  /** The first such case (its label and key, both '' when no question is answered) and how many there are. */
  'dead-end': { case: 'text', key: 'text', count: 'number' },
  'no-effect-question': QUESTION,
  /** The earlier answers (case-key fragments) on which it is idle, and at how many of the nodes asking it. */
  'no-effect-branch': { ...QUESTION, branch: 'texts', idle: 'number', asked: 'number' },
  'no-effect-option': { ...QUESTION, option: 'text', other: 'text' },
  'never-offered-option': { ...QUESTION, option: 'text' },
  /**
   * The first branch (its case label so far, '' before any answer) where the question is asked with fewer
   * than two options offered, how many, and the one left (its label) if any.
   */
  'few-options': { ...QUESTION, branch: 'text', count: 'number', label: 'text?' },
  'unused-catalog-entry': { kind: { tokens: ENTRY_KINDS }, ...ID },
  'vague-material': { ...ID, name: 'text', word: 'text' },
  'item-incomplete': { ...ID, missing: { tokens: ITEM_FIELDS, list: true } },
  'basis-url': { kind: { tokens: BASIS_OWNERS }, ...ID, url: 'text' },
  'duplicate-label': { ...QUESTION, first: 'text', second: 'text', label: 'text' },
  'case-limit': { limit: 'number' },
  'scenario-failed': {
    scenario: 'text',
    check: { tokens: SCENARIO_CHECKS },
    /**
     * The profile file as written, or the `today` given: `today` when it is text, else `value` (a number, a
     * boolean, `null` or `undefined` as JavaScript writes it) or only its `kind`.
     */
    path: 'text?',
    today: 'text?',
    /**
     * Why the session did not start; for `invalid-argument`, which option of the run (`name`), what it must be
     * (`rule`) and the value given (`text`, `value` or only its `kind`), as the `TongbanError` has them.
     */
    failure: { tokens: START_FAILURES, optional: true },
    name: 'text?',
    rule: { tokens: ARGUMENT_RULES, optional: true },
    text: 'text?',
    value: 'text?',
    kind: { tokens: VALUE_KINDS, optional: true },
    /** For a failure of another kind, the thrown error's own message, as it was written. */
    detail: 'text?',
    /** An expectation: what the outcome has and what was expected (a case, key, status or figure). */
    actual: 'scalar?',
    expected: 'scalar?',
    /** An item, material or notice expected or not; for a material, the status it has instead. */
    id: 'text?',
    status: 'text?',
  },
  'scenario-invalid-answer': {
    scenario: 'text',
    ...QUESTION,
    problem: { tokens: SCENARIO_ANSWER_PROBLEMS },
    /** The question as asked (`not-answered`), the prefilled answer as JSON (`prefilled`). */
    ask: 'text?',
    prefilled: 'text?',
    refusal: { tokens: SESSION_ERROR_CODES, optional: true },
    ...REFUSAL_PARAM_SPECS,
  },
  /** A `not…` list of a scenario names an id (`question=option` for `not-offered`) that the theme lacks. */
  'scenario-unknown-id': { scenario: 'text', list: { tokens: SCENARIO_NOT_LISTS }, ...ID },
} as const satisfies Record<DiagnosticCode, ParamsSpec>;
