import type {
  DiagnosticParamsOf,
  FileReason,
  NOT_MAPPING,
  START_FAILURES,
  VALUE_RULES,
} from '../model/diagnostic.js';
import type { FactType } from '../model/theme.js';
import type { DiagnosticCatalog } from './diagnostics-catalog.js';
import { refusalMessage } from './runtime.js';
import { tongbanEn } from './runtime-en.js';
import {
  BASIS_OWNER_WORDS,
  countOf,
  ENTRY_KIND_WORDS,
  FACT_TYPE_WORDS,
  FIELD_TYPE_WORDS,
  givenOf,
  ITEM_FIELD_WORDS,
  JSON_TYPE_WORDS,
  listOf,
} from './words.js';
import { YAML_SYNTAX_WORDS } from './yaml-syntax-words.js';

const type = (t: FactType | undefined) => (t === undefined ? '' : FACT_TYPE_WORDS[t].en);
const list = (texts: readonly string[] | undefined) => listOf(texts ?? [], 'en');

/** What a file-system failure means (`FILE_REASONS`), when reading. */
const READ: Readonly<Record<FileReason, string>> = {
  'not-found': 'no such file',
  permission: 'permission denied',
  'symlink-loop': 'symbolic link loop',
  'name-too-long': 'path too long',
  'not-a-folder': 'a part of the path is not a folder',
  'invalid-path': 'invalid path',
  'is-directory': 'is a directory',
  'too-many-open-files': 'too many open files (over the system limit)',
  'bad-name': 'cannot read the file name (not valid UTF-8)',
  exists: 'a file of that name exists',
  'read-only': 'read-only file system',
  'no-space': 'no space left on the device',
  'has-errors': 'it has errors (see its diagnostics)',
  other: 'system error',
};

/** Where writing is worded otherwise than reading. */
const WRITE: Readonly<Partial<Record<FileReason, string>>> = {
  'not-found': 'no such folder',
};

/** The words for a `reason` (with the system's `errno` for `other`), for reading or for writing. */
const reasonOf = (p: { readonly reason: FileReason; readonly errno?: string }, write = false) => {
  const words = (write ? WRITE[p.reason] : undefined) ?? READ[p.reason];
  return p.reason === 'other' && p.errno !== undefined ? `${words} ${p.errno}` : words;
};

const NOT_MAPPING_EN: Readonly<Record<(typeof NOT_MAPPING)[number], string>> = {
  list: 'a list',
  scalar: 'a single value',
  empty: 'nothing',
};

type ValueParams = DiagnosticParamsOf<'invalid-value'>;

const COMPARISON: Readonly<Record<NonNullable<ValueParams['comparison']>, string>> = {
  '<': 'less than',
  '<=': 'at most',
  '>': 'more than',
  '>=': 'at least',
};

const RULE: Readonly<Record<(typeof VALUE_RULES)[number], (p: ValueParams) => string>> = {
  'not-empty': () => 'must not be empty',
  'at-least': (p) => `needs at least ${p.limit}`,
  'at-most': (p) => `allows at most ${p.limit}`,
  compare: (p) => `must be ${p.comparison === undefined ? '' : COMPARISON[p.comparison]} ${p.limit}`,
  unique: () => 'entries must not repeat',
  date: () => 'not a real date (YYYY-MM-DD)',
  'expires-before-issued': (p) => `expires before it was issued on ${p.issued}`,
  schema: (p) => `breaks the schema's ${p.keyword} rule`,
  regex: () => 'is not a valid regular expression',
};

type SourceParams = DiagnosticParamsOf<'unresolved-field-source'>;

const FIELD_SOURCE: Readonly<Record<SourceParams['problem'], (p: SourceParams) => string>> = {
  'fact-type': (p) => `the fact is ${type(p.sourceType)}, the field ${FIELD_TYPE_WORDS[p.fieldType].en}`,
  'answer-type': (p) =>
    `the question is ${type(p.sourceType)}, the field ${FIELD_TYPE_WORDS[p.fieldType].en}`,
  'answer-option': (p) => `option "${p.option}" has no value in the field (give one in map)`,
  'licence-data': (p) => `licences of this kind carry no data "${p.data}"`,
  'not-produced': () => 'no item produces this material',
  'produced-data': (p) => `this material carries no licence data "${p.data}"`,
};

type ConditionParams = DiagnosticParamsOf<'invalid-condition'>;

const CONDITION: Readonly<Record<ConditionParams['reason'], (p: ConditionParams) => string>> = {
  'not-mapping': () => 'a condition is a mapping',
  'combinator-alone': () => 'all, any, not and condition must each stand alone in their mapping',
  'full-missing': (p) => `the full form needs fact, operator and value (missing ${p.missing?.join(', ')})`,
  'full-extra': (p) => `the full form cannot have ${p.extra?.join(', ')}`,
  'fact-reference': () => 'to compare with another fact write { equal: { fact: name } }',
};

const EXCLUSIVE: Readonly<Record<DiagnosticParamsOf<'exclusive-option'>['reason'], string>> = {
  single: 'the options of a single-choice question exclude each other already: drop exclusive',
  two: 'a multiple-choice question has at most one exclusive option ("none of these")',
  all: 'not every option can be exclusive',
};

type FailedParams = DiagnosticParamsOf<'scenario-failed'>;

/** A figure of the outcome: counted when it is a number (it always is, for a figure the outcome computed). */
const figure = (actual: string | number | undefined, noun: 'working-day' | 'visit') =>
  typeof actual === 'number' ? countOf(actual, noun, 'en') : `${actual}`;

/** Why a scenario's session did not start (`cannot-start`). */
const START_FAILED: Readonly<Record<(typeof START_FAILURES)[number], (p: FailedParams) => string>> = {
  'invalid-today': () => 'today is not a date',
  'invalid-theme': () => 'the theme is not one the loader gave',
  'invalid-argument': (p) =>
    p.rule === undefined
      ? `the run's option "${p.name}" is not what it must be`
      : tongbanEn['invalid-argument']({ name: p.name ?? '', rule: p.rule, ...givenOf(p) }),
  'invalid-profile': () => 'the profile is not one the loader gave',
  'invalid-session': () => 'the session is not one tongban made',
  'invalid-condition': () => 'a condition is not well formed',
  'unknown-operator': () => 'a condition uses an operator that is not registered',
  'unknown-condition': () => 'a condition names a condition that does not exist',
  'condition-cycle': () => 'named conditions refer to each other in a cycle',
  'unsupported-path': () => 'a condition reads a path within a fact',
  'invalid-operator': () => 'a custom operator is not well formed',
  'operator-failed': () => 'a custom operator failed',
  other: (p) => `${p.detail}`,
};

const FAILED: Readonly<Record<FailedParams['check'], (p: FailedParams) => string>> = {
  'profile-not-loaded': (p) => `profile "${p.path}" was not loaded`,
  'invalid-today': (p) =>
    `cannot start: ${tongbanEn['invalid-today'](givenOf({ text: p.today, value: p.value, kind: p.kind }))}`,
  'cannot-start': (p) => `cannot start: ${START_FAILED[p.failure ?? 'other'](p)}`,
  case: (p) => `the case is "${p.actual}", expected "${p.expected}"`,
  key: (p) => `the case key is "${p.actual}", expected "${p.expected}"`,
  status: (p) => `the status is ${p.actual}, expected ${p.expected}`,
  'missing-item': (p) => `missing item ${p.id}`,
  'unexpected-item': (p) => `unexpected item ${p.id}`,
  'missing-material': (p) => `missing material ${p.id}`,
  'unexpected-material': (p) => `unexpected material ${p.id}`,
  'not-waived': (p) => `material ${p.id} is not waived (${p.status})`,
  'not-passed-on': (p) => `material ${p.id} is not passed on (${p.status})`,
  'not-shared': (p) => `material ${p.id} is not obtained by data sharing (${p.status})`,
  'not-generated': (p) => `material ${p.id} is not generated from the application form (${p.status})`,
  'not-committed': (p) => `material ${p.id} is not replaced by the commitment letter (${p.status})`,
  'to-submit': (p) => `${p.actual} materials to prepare, expected ${p.expected}`,
  days: (p) => `${figure(p.actual, 'working-day')}, expected ${p.expected}`,
  fee: (p) => `${p.actual} yuan, expected ${p.expected}`,
  visits: (p) => `${figure(p.actual, 'visit')}, expected ${p.expected}`,
  'missing-notice': (p) => `missing notice ${p.id}`,
  'unexpected-notice': (p) => `unexpected notice ${p.id}`,
  'option-not-offered': (p) => `option ${p.id} was not offered`,
  'unexpected-option': (p) => `option ${p.id} was offered`,
  'missing-delivery': (p) => `delivery ${p.id} not offered`,
  'unexpected-delivery': (p) => `unexpected delivery ${p.id}`,
  'not-deferrable': (p) => `material ${p.id} is not marked as non-key (handed in after acceptance)`,
  'no-appointment': (p) => `no visit needing an appointment at ${p.id}`,
  'item-days': (p) =>
    p.actual === undefined
      ? `item ${p.id} has no promised time limit, expected ${p.expected} working days`
      : `item ${p.id} is promised in ${p.actual} working days, expected ${p.expected}`,
  'statutory-days': (p) =>
    p.actual === undefined
      ? `item ${p.id} has no statutory time limit, expected ${p.expected} working days`
      : `item ${p.id} has a statutory limit of ${p.actual} working days, expected ${p.expected}`,
};

type AnswerParams = DiagnosticParamsOf<'scenario-invalid-answer'>;

const INVALID_ANSWER: Readonly<Record<AnswerParams['problem'], (p: AnswerParams) => string>> = {
  'not-answered': () => 'it is asked but not answered',
  'no-such-question': () => 'the theme has no such question',
  prefilled: (p) => `prefilled from the profile as ${p.prefilled}; not asked`,
  'not-asked': () => 'not asked with these answers',
  refused: (p) => refusal(p),
};

/** The answer the session refused, quoted: the person at the question sees it, the scenario's author does not. */
const given = (p: AnswerParams) => {
  const value = p.problem === 'refused' ? (p.option ?? p.value) : undefined;
  return value === undefined ? '' : ` "${value}"`;
};

/** The session's own words for a refused answer, continuing the sentence (lower-case). */
function refusal(p: AnswerParams): string {
  if (p.refusal === undefined) return '';
  const message = refusalMessage(p.refusal, p, 'en');
  if (message === undefined) return '';
  return `${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/** Diagnostic messages in English. */
export const en: DiagnosticCatalog = {
  'unreadable-file': (p) =>
    p.reason === 'bad-name'
      ? 'cannot read the file name: it is not valid UTF-8'
      : `cannot read the file: ${reasonOf(p)}`,
  'input-too-large': (p) =>
    `file too large (${p.size === undefined ? 'more than ' : ''}${countOf(p.size ?? p.limit, p.unit === 'chars' ? 'character' : 'byte', 'en')}); the limit is ${p.limit}`,
  'invalid-encoding': () => 'file is not valid UTF-8 text',
  'yaml-syntax': (p) =>
    `YAML syntax error: ${YAML_SYNTAX_WORDS[p.problem].en}${p.yamlCode === undefined ? '' : ` (${p.yamlCode})`}`,
  'yaml-duplicate-key': (p) => `duplicate key "${p.key}"`,
  'yaml-alias-limit': (p) =>
    p.nodes === undefined
      ? `aliases (*) expand more than ${p.limit} times: an alias bomb?`
      : `aliases (*) add ${p.nodes} nodes, more than the limit of ${p.limit}: an alias bomb?`,
  'yaml-too-deep': (p) => `nesting is too deep (limit ${p.limit} levels)`,
  'yaml-unsupported': (p) =>
    p.feature === 'tag'
      ? `YAML tag "${p.tag ?? ''}" is not supported: write the plain value (a date as quoted text, such as "2025-01-01")`
      : 'YAML merge keys "<<" are not supported: write the keys out',
  'not-finite': (p) =>
    `"${p.value}" is not a finite number: numbers lie within about ±1.8e308; quote it if it is text`,
  'number-precision': (p) =>
    `the number "${p.value}" has more digits than can be held exactly: it is read as ${p.read}`,
  'not-a-mapping': (p) => `the top level should be a mapping (key: value), found ${NOT_MAPPING_EN[p.actual]}`,
  'forbidden-key': (p) => `the key "${p.key}" is not allowed`,
  'path-outside-root': (p) =>
    `the path "${p.path}" is outside the root folder ${p.root}: not read (--root sets a wider root)`,
  'catalog-unavailable': (p) =>
    p.named === 'default'
      ? `the ${p.catalog} folder next to the theme cannot be used: ${reasonOf(p)} (the theme has no catalog:, so this folder is its catalog)`
      : `catalog "${p.catalog}" cannot be used: ${reasonOf(p)} (named by catalog:, relative to the theme's folder)`,
  'duplicate-theme-id': (p) => `theme id "${p.id}" is used twice: ${p.other} uses it too`,
  'output-conflict': (p) =>
    p.id === undefined
      ? `the ${p.output} already in the output folder was not written by tongban build: not overwritten`
      : p.reason === 'reserved'
        ? `theme id "${p.id}" would write ${p.output}, the name of tongban build's index`
        : `theme id "${p.id}" would write ${p.output}, and the ${p.output} already in the output folder was not written by tongban build`,
  'unwritable-output': (p) => `cannot write ${p.output}: ${reasonOf(p, true)}`,
  'unknown-key': (p) => `unknown key "${p.key}"`,
  'missing-key': (p) => `missing required key "${p.key}"`,
  'wrong-type': (p) =>
    `wrong type: expected ${listOf([...(p.values ?? []), ...p.expected.map((t) => JSON_TYPE_WORDS[t].en)], 'en', 'or')}, found ${JSON_TYPE_WORDS[p.actual].en}`,
  'invalid-value': (p) =>
    `invalid value "${p.value}"${p.allowed ? `; allowed: ${list(p.allowed)}` : ''}${p.rule ? `: ${RULE[p.rule](p)}` : ''}`,
  'invalid-id': (p) =>
    p.char === undefined
      ? `invalid id "${p.value}": use lower-case letters, digits and hyphens, starting with a letter (first-apply)`
      : `invalid id "${p.value}": character ${p.at} is ${p.char}, not an ASCII letter, digit or hyphen (a look-alike or invisible character)`,
  'misplaced-key': (p) => `the key "${p.key}" does not apply to ${type(p.type)}`,
  'duplicate-id': (p) =>
    `${ENTRY_KIND_WORDS[p.kind].en} "${p.id}" is defined twice${p.other === undefined ? '' : ` (see ${p.other})`}`,
  'reserved-id': (p) => `"${p.id}" is reserved and cannot be a ${ENTRY_KIND_WORDS[p.kind].en} id`,
  'unknown-department': (p) => `unknown department "${p.id}"`,
  'unknown-venue': (p) => `unknown venue "${p.id}"`,
  'unknown-licence': (p) => `unknown electronic licence "${p.id}"`,
  'unknown-material': (p) => `unknown material "${p.id}"`,
  'unknown-item': (p) => `unknown item "${p.id}"`,
  'unknown-question': (p) => `unknown question "${p.id}"`,
  'unknown-fact': (p) =>
    `unknown fact "${p.id}": neither a question of this theme nor a profile fact of the catalog`,
  'unknown-option': (p) => `question "${p.question}" has no option "${p.value}"`,
  'unknown-operator': (p) => `unknown operator "${p.operator}"`,
  'unknown-condition': (p) => `unknown named condition "${p.id}"`,
  'unknown-derivation': (p) => `unknown derivation "${p.fn}"`,
  'condition-cycle': (p) => `named conditions refer to each other in a cycle: ${p.cycle.join(' → ')}`,
  'condition-too-deep': (p) =>
    `named condition "${p.id}" nests too deeply through the conditions it refers to (limit ${p.limit} levels)`,
  'invalid-condition': (p) => `malformed condition: ${CONDITION[p.reason](p)}`,
  'trigger-reads-question': (p) => `a trigger reads only profile facts, not the question "${p.id}"`,
  'forward-reference': (p) =>
    `the condition of question "${p.question}" reads "${p.id}", which is asked later`,
  'self-reference': (p) => `the condition of question "${p.question}" reads its own answer`,
  'value-type-mismatch': (p) =>
    p.fn === undefined
      ? `"${p.id}" is ${type(p.factType)}; it cannot be compared with ${p.value} by ${p.operator}`
      : `derivation ${p.fn} computes ${type(p.gives)} from ${type(p.needs)}, but its source "${p.from}" is ${type(p.fromType)} and "${p.id}" is declared ${type(p.factType)}`,
  'unsupported-path': (p) => `unsupported path "${p.path}": only $.name, $['name'] and [index] are supported`,
  'unreachable-notice': (p) =>
    `notice "${p.id}" can never apply: "${p.by}" comes before it in group "${p.group}" and has no "when"`,
  'variant-default': (p) =>
    p.position === 'last'
      ? `the last entry of ${p.field} must not have "when" (it is the default)`
      : `every entry of ${p.field} but the last needs "when"`,
  'item-cycle': (p) => `items must come before each other in a cycle: ${p.cycle.join(' → ')}`,
  'exclusive-option': (p) => `question "${p.question}": ${EXCLUSIVE[p.reason]}`,
  'prefill-mismatch': (p) =>
    `question "${p.question}" cannot be prefilled from "${p.fact}": ${p.reason === 'type' ? `the question is ${type(p.questionType)}, the fact ${type(p.factType)}` : `the question lacks the fact's options ${p.missing?.join(', ')}`}`,
  'unknown-field': (p) => `unknown form field "${p.id}"`,
  'unknown-form': (p) => `unknown form "${p.id}"`,
  'duplicate-field': (p) => `form "${p.form}" lists field "${p.id}" twice`,
  'unresolved-field-source': (p) =>
    `field "${p.field}" cannot take a value from "${p.source}": ${FIELD_SOURCE[p.problem](p)}`,
  'unused-field-answer': (p) => `field "${p.id}" is on no form of this theme's items, so no answer fills it`,
  'empty-range': (p) => `question "${p.question}" has an empty range (min ${p.min} is above max ${p.max})`,
  'never-asked': (p) => `question "${p.question}" is never asked in any case`,
  'dead-end': (p) =>
    `${p.case === '' && p.key === '' ? 'the case with no question answered' : `case "${p.case || p.key}"`} ends with no item and no notice: the applicant gets nothing`,
  'no-effect-question': (p) => `the answer to "${p.question}" changes no outcome: ask less`,
  'no-effect-branch': (p) =>
    `${p.branch.length === 0 ? '' : `when ${p.branch.join(', ')}, `}the answer to "${p.question}" changes nothing (${p.idle} of the ${p.asked} branches asking it): ask it only where it matters`,
  'no-effect-option': (p) =>
    `option "${p.option}" of "${p.question}" gives the same outcomes as another option: merge them`,
  'never-offered-option': (p) =>
    `option "${p.option}" of "${p.question}" is never offered: its condition holds in no case where the question is asked`,
  'few-options': (p) =>
    `${p.branch === '' ? 'before any answer' : `when ${p.branch}`}, question "${p.question}" ${p.count === 0 ? 'has no option left: do not ask it there' : `has only one option left ("${p.label ?? ''}"): ask nothing there, or offer another option`}`,
  'unused-catalog-entry': (p) => `${ENTRY_KIND_WORDS[p.kind].en} "${p.id}" is not used by any theme`,
  'vague-material': (p) =>
    `material name "${p.name}" contains the vague word "${p.word}": list every material`,
  'item-incomplete': (p) =>
    `item "${p.id}" has no ${listOf(
      p.missing.map((f) => ITEM_FIELD_WORDS[f].en),
      'en',
      'or',
    )}`,
  'basis-url': (p) =>
    `the basis of ${BASIS_OWNER_WORDS[p.kind].en} "${p.id}" contains the URL "${p.url}": cite the law or document by title and number, and put URLs in sources`,
  'duplicate-label': (p) =>
    `options "${p.first}" and "${p.second}" of question "${p.question}" have the same label "${p.label}"`,
  'case-limit': (p) =>
    `more than ${countOf(p.limit, 'case', 'en')}: enumeration stopped; split the theme or raise --max-cases`,
  'scenario-failed': (p) => `scenario "${p.scenario}" failed: ${FAILED[p.check](p)}`,
  'scenario-invalid-answer': (p) =>
    `scenario "${p.scenario}": invalid answer${given(p)} to "${p.question}": ${INVALID_ANSWER[p.problem](p)}`,
  'scenario-unknown-id': (p) =>
    `scenario "${p.scenario}": ${p.list} names ${NOT_LIST_WORDS[p.list]} "${p.id}", which the theme does not define: this check cannot fail`,
};

const NOT_LIST_WORDS: Readonly<Record<DiagnosticParamsOf<'scenario-unknown-id'>['list'], string>> = {
  'not-items': 'item',
  'not-materials': 'material',
  'not-notices': 'notice',
  'not-offered': 'option',
};
