import type { DiagnosticCode, DiagnosticParams } from '../model/diagnostic.js';
import { reasonText } from './reasons.js';

type Catalog = Readonly<Record<DiagnosticCode, (p: DiagnosticParams) => string>>;

const TYPE: Readonly<Record<string, string>> = {
  single: 'a single-choice question',
  multiple: 'a multiple-choice question',
  'yes-no': 'a yes/no question',
  number: 'a number',
  date: 'a date',
  list: 'a list',
  object: 'an object',
};
const type = (t: unknown) => TYPE[String(t)] ?? String(t);

const CONDITION: Readonly<Record<string, (p: DiagnosticParams) => string>> = {
  'not-mapping': () => 'a condition is a mapping',
  'combinator-alone': () => 'all, any, not and condition must each stand alone in their mapping',
  'full-missing': (p) => `the full form needs fact, operator and value (missing ${p.missing})`,
  'full-extra': (p) => `the full form cannot have ${p.extra}`,
  'fact-reference': () => 'to compare with another fact write { equal: { fact: name } }',
};

const EXCLUSIVE: Readonly<Record<string, string>> = {
  single: 'the options of a single-choice question exclude each other already: drop exclusive',
  two: 'a multiple-choice question has at most one exclusive option ("none of these")',
  all: 'not every option can be exclusive',
};

/** Diagnostic messages in English. */
export const en: Catalog = {
  'unreadable-file': (p) =>
    p.reason === 'bad-name'
      ? 'cannot read the file name: it is not valid UTF-8'
      : `cannot read the file: ${reasonText(p, 'en')}`,
  'input-too-large': (p) =>
    `file too large (${p.size} ${p.unit === 'chars' ? 'characters' : 'bytes'}); the limit is ${p.limit}`,
  'invalid-encoding': () => 'file is not valid UTF-8 text',
  'yaml-syntax': (p) => `YAML syntax error: ${p.detail}`,
  'yaml-duplicate-key': (p) => `duplicate key "${p.key}"`,
  'yaml-alias-limit': (p) =>
    p.nodes === undefined
      ? `aliases (*) expand more than ${p.limit} times: an alias bomb?`
      : `aliases (*) add ${p.nodes} nodes, more than the limit of ${p.limit}: an alias bomb?`,
  'yaml-too-deep': (p) => `nesting is too deep (limit ${p.limit} levels)`,
  'path-outside-root': (p) =>
    `the path "${p.path}" is outside the root folder ${p.root}: not read (--root sets a wider root)`,
  'catalog-unavailable': (p) =>
    `catalog ${p.catalog} cannot be used: ${reasonText(p, 'en')} (${p.named === 'default' ? 'the theme has no catalog:, so the catalog folder next to it is used' : "named by catalog:, relative to the theme's folder"})`,
  'duplicate-theme-id': (p) => `theme id "${p.id}" is used twice: ${p.other} uses it too`,
  'output-conflict': (p) =>
    p.id === undefined
      ? `the ${p.output} already in the output folder was not written by tongban build: not overwritten`
      : p.reason === 'reserved'
        ? `theme id "${p.id}" would write ${p.output}, the name of tongban build's index`
        : `theme id "${p.id}" would write ${p.output}, and the ${p.output} already in the output folder was not written by tongban build`,
  'unwritable-output': (p) => `cannot write ${p.output}: ${reasonText(p, 'en', 'write')}`,
  'not-a-mapping': (p) => `the top level should be a mapping (key: value), found ${p.actual}`,
  'forbidden-key': (p) => `the key "${p.key}" is not allowed`,
  'unknown-key': (p) => `unknown key "${p.key}"`,
  'missing-key': (p) => `missing required key "${p.key}"`,
  'wrong-type': (p) => `wrong type: expected ${p.expected}, found ${p.actual}`,
  'invalid-value': (p) =>
    `invalid value "${p.value}"${p.allowed ? `; allowed: ${p.allowed}` : ''}${p.rule ? `: ${p.rule}` : ''}`,
  'invalid-id': (p) =>
    p.char === undefined
      ? `invalid id "${p.value}": use lower-case letters, digits and hyphens, starting with a letter (first-apply)`
      : `invalid id "${p.value}": character ${p.at} is ${p.char}, not an ASCII letter, digit or hyphen (a look-alike or invisible character)`,
  'misplaced-key': (p) => `the key "${p.key}" does not apply to ${type(p.type)}`,
  'duplicate-id': (p) => `${p.kind} "${p.id}" is defined twice${p.other ? ` (see ${p.other})` : ''}`,
  'reserved-id': (p) => `"${p.id}" is reserved and cannot be a ${p.kind} id`,
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
  'condition-cycle': (p) => `named conditions refer to each other in a cycle: ${p.cycle}`,
  'invalid-condition': (p) => `malformed condition: ${CONDITION[String(p.reason)]?.(p) ?? ''}`,
  'trigger-reads-question': (p) => `a trigger reads only profile facts, not the question "${p.id}"`,
  'forward-reference': (p) =>
    `the condition of question "${p.question}" reads "${p.id}", which is asked later`,
  'self-reference': (p) => `the condition of question "${p.question}" reads its own answer`,
  'value-type-mismatch': (p) =>
    p.fn === undefined
      ? `"${p.id}" is ${type(p.factType)}; it cannot be compared with ${p.value} by ${p.operator}`
      : `derivation ${p.fn} computes a ${p.gives} from a ${p.needs}, but its source "${p.from}" is ${type(p.fromType)} and "${p.id}" is declared ${type(p.factType)}`,
  'unsupported-path': (p) => `unsupported path "${p.path}": only $.name, $['name'] and [index] are supported`,
  'variant-default': (p) =>
    p.position === 'last'
      ? `the last entry of ${p.field} must not have "when" (it is the default)`
      : `every entry of ${p.field} but the last needs "when"`,
  'item-cycle': (p) => `items must come before each other in a cycle: ${p.cycle}`,
  'exclusive-option': (p) => `question "${p.question}": ${EXCLUSIVE[String(p.reason)] ?? ''}`,
  'prefill-mismatch': (p) =>
    `question "${p.question}" cannot be prefilled from "${p.fact}": ${p.reason === 'type' ? `the question is ${type(p.questionType)}, the fact ${type(p.factType)}` : `the question lacks the fact's options ${p.missing}`}`,
  'empty-range': (p) => `question "${p.question}" has an empty range (min ${p.min} is above max ${p.max})`,
  'never-asked': (p) => `question "${p.question}" is never asked in any case`,
  'dead-end': (p) => `case "${p.case}" ends with no item and no notice: the applicant gets nothing`,
  'no-effect-question': (p) => `the answer to "${p.question}" changes no outcome: ask less`,
  'no-effect-option': (p) =>
    `option "${p.option}" of "${p.question}" gives the same outcomes as another option: merge them`,
  'unused-catalog-entry': (p) => `${p.kind} "${p.id}" is not used by any theme`,
  'vague-material': (p) =>
    `material name "${p.name}" contains the vague word "${p.word}": list every material`,
  'item-incomplete': (p) => `item "${p.id}" has no ${p.missing}`,
  'duplicate-label': (p) =>
    `options "${p.first}" and "${p.second}" of question "${p.question}" have the same label "${p.label}"`,
  'case-limit': (p) =>
    `more than ${p.limit} cases: enumeration stopped; split the theme or raise --max-cases`,
  'scenario-failed': (p) => `scenario "${p.scenario}" failed: ${p.detail}`,
  'scenario-invalid-answer': (p) =>
    `scenario "${p.scenario}": invalid answer to "${p.question}": ${p.detail}`,
};
