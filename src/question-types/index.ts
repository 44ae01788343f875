import type { FactType, Question, QuestionType } from '../model/theme.js';
import { own } from '../util/own.js';
import { date } from './date.js';
import { multiple } from './multiple.js';
import { number } from './number.js';
import { single } from './single.js';
import {
  COMPARISONS,
  type Comparison,
  comparisons,
  EQUALITY_OPERATORS,
  type Expect,
  type FactValues,
  type QuestionTypeDefinition,
} from './types.js';
import { yesNo } from './yes-no.js';

export type {
  Accepted,
  AnswerLabel,
  CasePartText,
  Comparison,
  Expect,
  FactUse,
  FactValues,
  Prompt,
  QuestionTypeDefinition,
  Refused,
  ShapeReport,
  ValueDomain,
} from './types.js';

/**
 * Every question type, by name. Adding a type means adding its file and an entry here (and its name to
 * `QUESTION_TYPES` and `Question` in `src/model/theme.ts` and to the theme schema): the mapped type makes a
 * missing type, or a missing behaviour of one, a compile error.
 */
const DEFINITIONS: {
  readonly [K in QuestionType]: QuestionTypeDefinition<Extract<Question, { type: K }>>;
} = { single, multiple, 'yes-no': yesNo, number, date };

/** The behaviour of a question's type. */
export function questionType<Q extends Question>(question: Q): QuestionTypeDefinition<Q> {
  // The table is keyed by type, so the entry found is the one for Q.
  return DEFINITIONS[question.type] as unknown as QuestionTypeDefinition<Q>;
}

/**
 * The question type a YAML question names (`single` when it names none, as the schema says), or undefined
 * for a name that is no type.
 */
export function questionTypeNamed(name: unknown): QuestionTypeDefinition<Question> | undefined {
  const found = name === undefined ? DEFINITIONS.single : own(DEFINITIONS, String(name));
  return found as QuestionTypeDefinition<Question> | undefined;
}

/** A fact that holds a list (`profile.tags`, children's birth dates): conditions test its elements. */
const list: FactValues = {
  operators: comparisons({ contains: 'element', doesNotContain: 'element' }),
  fits: (value) => value === null || typeof value !== 'object',
};

/** A fact that holds a text no question asks (a phone number): conditions test it for equality. */
const text: FactValues = {
  operators: EQUALITY_OPERATORS,
  fits: (value) => typeof value === 'string',
};

/** A fact that holds an object (an address): conditions read it through a `path`. */
const object: FactValues = {
  operators: comparisons({}),
  fits: (value) => value === null || typeof value !== 'object',
};

const FACT_VALUES: { readonly [K in FactType]: FactValues } = { ...DEFINITIONS, text, list, object };

/** How conditions may compare a fact of a type: the question type's rules, or those of lists and objects. */
export function factValues(type: FactType): FactValues {
  return FACT_VALUES[type];
}

/** What a built-in comparison expects of its value on a fact of this type; undefined for other operators. */
export function expectation(type: FactType, operator: string): Expect | undefined {
  return COMPARISONS.includes(operator as Comparison)
    ? FACT_VALUES[type].operators[operator as Comparison]
    : undefined;
}
