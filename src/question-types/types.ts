import type { LeafCondition } from '../model/condition.js';
import type { DiagnosticCode, DiagnosticParamsOf } from '../model/diagnostic.js';
import type { SessionErrorCode, SessionErrorParamsOf } from '../model/errors.js';
import type { AnswerValue } from '../model/session.js';
import type { Cut, FactType, Option, Question, QuestionBase } from '../model/theme.js';

/** An answer that fits its question, normalised (choices in option order), or why it does not fit. */
export type Accepted = { readonly ok: true; readonly value: AnswerValue };
/** A refusal as data: a session error's code and params (the session renders its message). */
export type Refused = {
  readonly [C in SessionErrorCode]: {
    readonly ok: false;
    readonly code: C;
    readonly params: SessionErrorParamsOf<C>;
  };
}[SessionErrorCode];

/**
 * What a comparison needs on its right-hand side: one value of the fact (`member`), a list of them
 * (`members`), one element of a list-valued fact (`element`), or nothing at all: the operator does not apply
 * to the fact (`never`).
 */
export type Expect = 'member' | 'members' | 'element' | 'never';

/** The built-in comparisons whose right-hand side the load check `condition-values` judges. */
export const COMPARISONS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;

export type Comparison = (typeof COMPARISONS)[number];

/** How conditions may compare a fact of one type: what each comparison expects, which values are the fact's. */
export interface FactValues {
  /** Every built-in comparison, with what it expects of its value on a fact of this type. */
  readonly operators: Readonly<Record<Comparison, Expect>>;
  /** Whether a value written in a condition is a value of the fact (`options`: the fact's options, if any). */
  fits(value: unknown, options: readonly Option[] | undefined): boolean;
}

/** Where a problem lies below the question (`['options', 'x', 'exclusive']`), its code and its params. */
export type ShapeReport = <C extends DiagnosticCode>(
  at: readonly (string | number)[],
  code: C,
  params: DiagnosticParamsOf<C>,
) => void;

/** What people need to read a fact's values: its type, options, yes/no texts and unit. */
export interface ValueDomain {
  readonly type: FactType;
  readonly options?: readonly Option[];
  /** Case-label texts of a yes/no question ("有专用烟道" / "无专用烟道"). */
  readonly yes?: string;
  readonly no?: string;
  readonly unit?: string;
}

/** The part an answer contributes to a case: a canonical key and a readable label ('' to leave it out). */
export interface CasePartText {
  readonly key: string;
  readonly label: string;
}

/** A text a citizen tells answers apart by: an option's label, or the yes or the no text. */
export interface AnswerLabel {
  /** The option id, or `yes` / `no`. */
  readonly id: string;
  readonly label: string;
  /** Whether it is an option (located as `option:question/id`) rather than a text of the question. */
  readonly option: boolean;
}

/** How a theme's conditions read a question's fact, as the enumeration needs it. */
export interface FactUse {
  /** Every leaf that tests the fact, named conditions followed. */
  readonly leaves: readonly LeafCondition[];
  /** Whether some condition compares the fact with another fact, on either side. */
  readonly comparedWithFact: boolean;
}

/**
 * How a command line asks a question: a select among options, a checkbox list (several joined by
 * `separator` when typed), a yes/no choice, or a typed input (with a `pattern` such as `YYYY-MM-DD`, or a
 * number's unit, range and wholeness).
 */
export type Prompt =
  | { readonly kind: 'select'; readonly options: readonly Option[] }
  | { readonly kind: 'checkbox'; readonly options: readonly Option[]; readonly separator: string }
  | { readonly kind: 'confirm'; readonly yes: string; readonly no: string }
  | {
      readonly kind: 'input';
      readonly pattern?: string;
      readonly unit?: string;
      readonly min?: number;
      readonly max?: number;
      readonly integer?: boolean;
    };

/**
 * What sessions and outcomes need of one question type: accepting answers, naming them in cases and showing
 * them. The runtime entry `tongban` reads only this part (`./answers.ts`), so that it bundles none of the
 * loading, enumeration and command-line code of `QuestionTypeDefinition`.
 */
export interface AnswerBehaviour<Q extends Question> {
  readonly type: Q['type'];

  // Sessions and cases.
  /** Checks and normalises a value; `today` (`YYYY-MM-DD`) resolves date bounds such as `today-18y`. */
  accept(question: Q, value: unknown, today: string | undefined): Accepted | Refused;
  /**
   * The part an (accepted) answer contributes to a case key and label; the label in `lang` (Chinese unless
   * asked: case keys and the analysis use the Chinese label), the key the same in both.
   */
  casePart(question: Q, value: AnswerValue, lang?: 'zh' | 'en'): CasePartText;
  /**
   * The inverse of `casePart`: an answer whose case-key part is `key` (for bands, one value of the band the
   * question accepts), to be checked with `accept`; undefined when no answer has that key.
   */
  decode(question: Q, key: string, today: string | undefined): unknown;
  /** Whether the accepted answers are a small finite set (one option, yes or no), so text per answer can be kept. */
  readonly finiteAnswers: boolean;
  /**
   * Answers in the order `estimateProgress` tries them for the path a citizen likely takes (before `accept`):
   * common answers first, so that the first one not ending in 不予办理 stands for most citizens.
   */
  likelyAnswers(question: Q, today: string | undefined): readonly AnswerValue[];

  // Showing answers.
  /** An answer as the citizen reads it: option labels, the yes/no text, a number with its unit, a date. */
  display(question: Q, value: AnswerValue, lang: 'zh' | 'en'): string;
  /**
   * An answer as a reason to the citizen names it, standing alone without the question: the chosen options'
   * labels ("新设公司"), a yes/no text ("有专用烟道", or the question and 是/否), "面积 120㎡".
   */
  said(question: Q, value: AnswerValue, lang: 'zh' | 'en'): string;
  /** What outcome texts need to show the question's values. */
  domain(question: Q): ValueDomain;
  /** The question's options (none for a type without options). */
  options(question: Q): readonly Option[];
  /** The question with these options instead of its own (itself for a type without options). */
  withOptions(question: Q, options: readonly Option[]): Q;
}

/** What loading, the analysis and the command line need of one question type, beside its `AnswerBehaviour`. */
export interface ToolingBehaviour<Q extends Question> extends FactValues {
  // Loading.
  /** Keys a question of this type may have besides those every question has. */
  readonly keys: readonly string[];
  /** The question from a schema-valid YAML question and the members every question has. */
  draft(raw: Readonly<Record<string, unknown>>, base: QuestionBase): Q;
  /** Reports what the schema cannot say about a YAML question of this type (options, ranges, bounds). */
  checkShape(raw: Readonly<Record<string, unknown>>, report: ShapeReport): void;
  /** The question with the cuts its conditions draw, for a type whose answers fall into bands; else itself. */
  withCuts(question: Q, cuts: () => readonly Cut[]): Q;
  /** The texts that tell its answers apart, which must differ. */
  answerLabels(question: Q): readonly AnswerLabel[];

  // Enumeration.
  /** Answers that stand for every answer (see docs/analysis.md), before `accept`. */
  choices(question: Q, use: FactUse, today: string | undefined): readonly AnswerValue[];
  /** Whether `choices` stand for every answer exactly (false when comparisons draw no cuts to follow). */
  exact(question: Q, use: FactUse): boolean;
  /** Whether each option is one choice of its own, in option order (so options can be compared pairwise). */
  readonly choicePerOption: boolean;

  // The command line.
  /** The answer a command-line text stands for (`--answers k=v`), to be checked with `accept`. */
  fromText(question: Q, text: string): unknown;
  /** How the interactive command line asks it. */
  prompt(question: Q): Prompt;
}

/**
 * Everything the code knows about one question type, from loading to the command line; one file per type,
 * registered in `./index.ts` (and its `AnswerBehaviour` in `./answers.ts`). Nothing outside this folder names
 * a type.
 */
export interface QuestionTypeDefinition<Q extends Question> extends AnswerBehaviour<Q>, ToolingBehaviour<Q> {}

/**
 * A type's definition from its two parts. Pure (no side effects), so that a bundle which uses only the
 * `AnswerBehaviour` drops the tooling part.
 */
export function defineType<Q extends Question>(
  answers: AnswerBehaviour<Q>,
  tooling: ToolingBehaviour<Q>,
): QuestionTypeDefinition<Q> {
  return { ...answers, ...tooling };
}

/** A refusal of an answer to a question; `params` are the code's params but the question's id. */
export function refuse<C extends SessionErrorCode>(
  code: C,
  question: Question,
  params: Omit<SessionErrorParamsOf<C>, 'question'>,
): Refused {
  // A code and its own params: TypeScript cannot see that they belong together in the union.
  return { ok: false, code, params: { question: question.id, ...params } } as Refused;
}

/** An answer's text after the question's short name (or the question), for answers that need it: "面积 120㎡". */
export function withQuestion(question: Question, text: string, lang: 'zh' | 'en'): string {
  const name = lang === 'en' && question.en !== undefined ? question.en : (question.short ?? question.ask);
  // A Chinese question ending in a question mark reads "是否招用员工？是"; a short name reads "面积 120㎡".
  return lang === 'zh' && /[？：]$/u.test(name) ? `${name}${text}` : `${name} ${text}`;
}

/**
 * A band answer as a case names it in `lang`: "年龄16至59周岁" (the short name, else the question, then the
 * band), or in English the question's English text before the band ("How old is the applicant? 16 to 59 years
 * old"); '' when nothing cuts the fact.
 */
export function bandCaseLabel(question: Question, band: string, lang: 'zh' | 'en'): string {
  if (band === '') return '';
  if (lang === 'zh') return `${question.short ?? question.ask}${band}`;
  const name = question.en ?? question.short ?? question.ask;
  return /[?？:：]$/u.test(name) ? `${name} ${band}` : `${name}: ${band}`;
}

/**
 * The expectation of every comparison, `never` for those left out: what a type's `operators` is built from.
 * Several tables are merged, the later winning (rather than spread by the caller: a spread of a table keeps
 * the table in every bundle, used or not, where a pure call with plain arguments is dropped).
 */
export function comparisons(
  ...accepted: readonly Partial<Record<Comparison, Expect>>[]
): Record<Comparison, Expect> {
  const table = {} as Record<Comparison, Expect>;
  for (const name of COMPARISONS) {
    table[name] = 'never';
    for (const part of accepted) table[name] = part[name] ?? table[name];
  }
  return table;
}

/** The comparisons of a type whose answers are compared as wholes (options, yes/no, text): equality and membership. */
export const EQUALITY_OPERATORS: Record<Comparison, Expect> = /* @__PURE__ */ comparisons({
  equal: 'member',
  notEqual: 'member',
  in: 'members',
  notIn: 'members',
});

/** The comparisons of a type whose answers are ordered (numbers, dates): equality, membership and order. */
export const ORDERED_OPERATORS: Record<Comparison, Expect> = /* @__PURE__ */ comparisons(EQUALITY_OPERATORS, {
  lessThan: 'member',
  lessThanInclusive: 'member',
  greaterThan: 'member',
  greaterThanInclusive: 'member',
});
