import type {
  AnswerShape,
  ArgumentRule,
  BAD_SHAPES,
  CONDITION_PROBLEMS,
  PROFILE_PROBLEMS,
  RulesErrorParamsOf,
  TAMPERINGS,
  THEME_PROBLEMS,
  ValueKind,
} from '../model/errors.js';
import type {
  Bounds,
  CaseKeyErrorCatalog,
  RestoreErrorCatalog,
  RulesErrorCatalog,
  SessionErrorCatalog,
  TongbanErrorCatalog,
} from './runtime-catalog.js';

/** What to enter, as a request to the person answering. */
const ENTER: Readonly<Record<AnswerShape, string>> = {
  option: 'Choose one option',
  options: 'Choose one or more options',
  'yes-no': 'Choose yes or no',
  number: 'Enter a number',
  integer: 'Enter a whole number',
  date: 'Enter a date such as 2026-03-01',
};

/** What is entered within a range, and the words for its lower and upper bound alone. */
const WITHIN: Readonly<Record<'number' | 'integer' | 'date', { noun: string; min: string; max: string }>> = {
  number: { noun: 'a number', min: 'of at least', max: 'of at most' },
  integer: { noun: 'a whole number', min: 'of at least', max: 'of at most' },
  date: { noun: 'a date', min: 'on or after', max: 'on or before' },
};

/** "Enter a whole number from 0 to 120", "Enter a date on or after 2020-01-01". */
function enterWithin(expected: 'number' | 'integer' | 'date', { min, max }: Bounds): string {
  const words = WITHIN[expected];
  if (min !== undefined && max !== undefined) return `Enter ${words.noun} from ${min} to ${max}`;
  if (min !== undefined) return `Enter ${words.noun} ${words.min} ${min}`;
  if (max !== undefined) return `Enter ${words.noun} ${words.max} ${max}`;
  return ENTER[expected];
}

/** Session errors in plain English for the person answering: no ids, no symbols. */
export const sessionEn: SessionErrorCatalog = {
  'unknown-question': () => 'There is no such question',
  'not-asked': () => 'This question is not being asked now',
  'already-answered': () => 'This question is already answered; change the earlier answer instead',
  'not-answered': () => 'This question is not answered yet',
  'wrong-type': (p) => ENTER[p.expected],
  'unknown-option': () => 'Choose one of the options listed',
  'unavailable-option': (p) =>
    `"${p.label}" does not apply after your earlier answers: choose one of the options listed`,
  'duplicate-option': () => 'Choose each option only once',
  'exclusive-option': (p) => `"${p.label}" must be chosen alone`,
  'empty-choice': () => 'Choose at least one option',
  'out-of-range': (p) => enterWithin(p.expected, p),
  'not-integer': (p) => enterWithin('integer', p),
  'invalid-date': () => 'Enter a real date such as 2026-03-01',
  'nothing-to-undo': () => 'There is no answer to undo',
};

const BAD_SHAPE: Readonly<
  Record<(typeof BAD_SHAPES)[number], (p: { member?: string; limit?: number }) => string>
> = {
  'not-a-string': () => 'not a string',
  'too-long': (p) => `longer than ${p.limit} characters`,
  'not-an-object': () => 'not an object',
  'unexpected-member': (p) => `unexpected member "${p.member}"`,
  'no-version': () => 'missing format version',
  'no-theme': () => 'missing theme id',
  'no-hash': () => 'missing theme hash',
  'bad-hash': () => 'the theme hash is not 16 hexadecimal digits',
  'bad-today': () => 'today is not a date',
  'answers-not-a-list': () => 'answers are not a list',
  'bad-answer': () => 'an answer is not [question, value]',
  'trail-not-a-list': () => 'the trail is not a list',
  'bad-trail': () => 'the trail does not point at answers',
};

const TAMPERED: Readonly<Record<(typeof TAMPERINGS)[number], (question: string) => string>> = {
  'answered-twice': (q) => `question "${q}" is answered twice`,
  'unknown-question': (q) => `no question "${q}" in this theme`,
  'answer-does-not-fit': (q) => `the answer to "${q}" does not fit the question`,
  'not-as-prefilled': (q) => `the answer to "${q}" is not what the profile given prefills`,
  'prefilled-undone': (q) => `a prefilled answer ("${q}") cannot be undone`,
  'answered-not-asked': (q) => `"${q}" is answered but not asked`,
  'trail-out-of-order': (q) => `"${q}" is in the trail after a later question, which no session could do`,
};

/** Restore errors in English, for the portal's developers and logs. */
export const restoreEn: RestoreErrorCatalog = {
  'not-json': () => 'the serialized session is not JSON (truncated?)',
  'bad-shape': (p) => `the serialized session is malformed: ${BAD_SHAPE[p.problem](p)}`,
  'unsupported-version': (p) => `format version ${p.version} is not supported`,
  'other-theme': (p) => `the session belongs to theme "${p.theme}", not "${p.expected}"`,
  tampered: (p) => `the serialized session does not fit the theme: ${TAMPERED[p.problem](p.question)}`,
};

const ARGUMENT_RULE: Readonly<Record<ArgumentRule, string>> = {
  'whole-number-or-infinity': 'must be a whole number ≥ 0 or Infinity',
  'options-object': 'must be an object of options',
  'operator-set': 'must be an operator set made by createOperatorSet',
  'list-of-themes': 'must be a list of compiled themes',
  text: 'must be text',
  'outcome-rules': 'must be an object of outcome rules (members of defaultOutcomeRules, each a function)',
};

const PROFILE: Readonly<Record<(typeof PROFILE_PROBLEMS)[number], string>> = {
  'not-an-object': 'not an object',
  'unknown-member': 'an unknown member',
  kind: 'kind is not person or enterprise',
  name: 'name is not text',
  facts: 'facts is not a mapping',
  'fact-value':
    'a fact value that is not JSON data (a string, finite number, boolean, null, list or mapping)',
  'too-deep': 'facts nested too deeply',
  'too-large': 'too many fact values',
  licences: 'licences is not a list of { licence, number?, issuer?, issued?, expires? } with text values',
  tags: 'tags is not a list of text',
  completed: 'completed is not a list of text',
  unreadable: 'a value that cannot be read',
};

const THEME: Readonly<Record<(typeof THEME_PROBLEMS)[number], string>> = {
  'not-an-object': 'not an object',
  member: 'a member is missing or of the wrong kind',
  'too-deep': 'nested too deeply',
  'condition-cycle': 'named conditions refer to each other in a cycle',
  'condition-too-deep': 'named conditions nest too deeply through each other',
};

/** " at facts.a (limit 32)": where, and the limit passed, when known. */
const where = (p: { readonly member?: string; readonly limit?: number }) =>
  `${p.member === undefined ? '' : ` at ${p.member}`}${p.limit === undefined ? '' : ` (limit ${p.limit})`}`;

const KIND: Readonly<Record<ValueKind, string>> = {
  symbol: 'a symbol',
  function: 'a function',
  list: 'a list',
  object: 'an object',
};

/** ', got "x"' (text), ', got 5' or ', got a function': the value given, when the params carry it. */
const got = (p: { readonly text?: string; readonly value?: string; readonly kind?: ValueKind }) => {
  if (p.kind !== undefined) return `, got ${KIND[p.kind]}`;
  if (p.text !== undefined) return `, got "${p.text}"`;
  return p.value === undefined ? '' : `, got ${p.value}`;
};

/** Misuse of the API, in English. */
export const tongbanEn: TongbanErrorCatalog = {
  'invalid-today': (p) => `today must be a YYYY-MM-DD date${got(p)}`,
  'invalid-theme': (p) =>
    `invalid theme${p.problem === undefined ? '' : `: ${THEME[p.problem]}${where(p)}`}${p.detail === undefined ? '' : `: ${p.detail}`}`,
  'invalid-argument': (p) => `${p.name} ${ARGUMENT_RULE[p.rule]}${got(p)}`,
  'invalid-profile': (p) => `invalid profile: ${PROFILE[p.problem]}${where(p)}`,
  'invalid-session': (p) =>
    `not a session made by start, answer or restore${p.member === undefined ? '' : ` (${p.member})`}`,
};

type ConditionParams = RulesErrorParamsOf<'invalid-condition'>;

const CONDITION: Readonly<Record<(typeof CONDITION_PROBLEMS)[number], (p: ConditionParams) => string>> = {
  'not-an-object': (p) => `a condition must be an object, got ${p.value}`,
  'not-one-form': (p) =>
    `a condition needs exactly one of all, any, not, condition, fact; got ${p.found?.join(', ') || 'none'}`,
  'reference-without-name': () => 'a condition reference needs a name',
  'members-not-a-list': (p) => `"${p.form}" must be an array`,
  'not-is-a-list': () => '"not" cannot be an array',
  'no-operator': () => 'a condition needs an operator',
  'no-value': (p) => `the condition on ${p.fact} needs a value`,
  'bad-fact-name': (p) => `a fact name must be a non-empty string, got ${p.value}`,
};

/** Errors of conditions and operators, in English, for the portal's developers and logs. */
export const rulesEn: RulesErrorCatalog = {
  'invalid-condition': (p) => CONDITION[p.problem](p),
  'unknown-operator': (p) => `unknown operator "${p.operator}"`,
  'unknown-condition': (p) => `no condition named "${p.name}"`,
  'condition-cycle': (p) => `named conditions refer to each other in a cycle: ${p.cycle.join(' → ')}`,
  'unsupported-path': (p) =>
    p.problem === 'not-a-string'
      ? `a path must be a string, got ${p.path}`
      : `unsupported path "${p.path}": only $.name, $['name'] and [index] are supported`,
  'invalid-operator': () => 'an operator or decorator needs a name and an evaluate function',
  'operator-failed': (p) => `${p.operator} on fact ${p.fact} failed: ${p.reason}`,
};

/** Case keys that do not fit a theme (`answersFromCaseKey`), in English, for the portal's developers and logs. */
export const caseKeyEn: CaseKeyErrorCatalog = {
  'malformed-part': (e) => `"${e.part}" in the case key is not question=value`,
  'unknown-question': (e) => `"${e.part}" in the case key: no question "${e.question}" in this theme`,
  'repeated-question': (e) => `question "${e.question}" appears twice in the case key`,
  'no-answer': (e) =>
    `"${e.part}" in the case key is no answer of question "${e.question}" (no such band or value)`,
  refused: (e, refusal) =>
    `"${e.part}" in the case key is not an answer question "${e.question}" takes: ${refusal}`,
};
