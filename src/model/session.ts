import type { RestoreError, SessionError } from './errors.js';
import type { OperatorSet } from './operators.js';
import type { OutcomeRules } from './outcome-rules.js';

export type { RestoreError, RestoreErrorCode, SessionError, SessionErrorCode } from './errors.js';

import type { Profile } from './profile.js';
import type { CompiledTheme, Option, Question } from './theme.js';

/** An answer's value: an option id, option ids, yes/no, a number, or a `YYYY-MM-DD` date. */
export type AnswerValue = string | readonly string[] | boolean | number;

export interface Answer {
  readonly value: AnswerValue;
  /** Set when the value came from the profile rather than from the user. */
  readonly prefilled?: true;
}

/**
 * A questionnaire session: immutable, created by `start` and advanced by pure transitions. It holds the theme
 * and options by reference; `serialize` turns the rest into compact JSON and `restore` reads it back.
 */
export interface Session {
  readonly theme: CompiledTheme;
  readonly profile?: Profile;
  /** `YYYY-MM-DD`; derived facts that need the date are absent without it. */
  readonly today?: string;
  readonly operators?: OperatorSet;
  /** The outcome rules that replace defaults (`defaultOutcomeRules`) in its outcome. */
  readonly rules?: Partial<OutcomeRules>;
  /** Answers by question id, user answers and prefilled ones alike. */
  readonly answers: Readonly<Record<string, Answer>>;
  /** User answers in the order they were given: `back` undoes the last one. */
  readonly trail: readonly string[];
}

export interface StartOptions {
  readonly profile?: Profile;
  readonly today?: string;
  readonly operators?: OperatorSet;
  /** Outcome rules that replace the defaults (`defaultOutcomeRules`): the session keeps a copy for `outcome`. */
  readonly rules?: Partial<OutcomeRules>;
}

/** What `next` returns: the question to ask now, or completion. */
export type Step = QuestionStep | CompleteStep;

export interface QuestionStep {
  readonly done: false;
  readonly question: Question;
  /** The options to show, for choice questions: only those offered (an option's `when` holds). */
  readonly options: readonly Option[];
  readonly progress: Progress;
  /**
   * The profile prefilled this question with an option not offered after the earlier answers: the prefilled
   * answer is ignored and the question asked. A warning to show ("资料中的回答不适用").
   */
  readonly ignoredPrefill?: { readonly option: string; readonly label: string };
}

export interface CompleteStep {
  readonly done: true;
  readonly case: CaseKey;
  readonly progress: Progress;
}

export interface Progress {
  /** Questions answered so far that are still asked (prefilled included). */
  readonly answered: number;
  /** An upper bound of the questions still to ask, this one included. */
  readonly remaining: number;
}

/** The smallest-granularity case a complete session reached. */
export interface CaseKey {
  /** Canonical and stable: `question=value` pairs in question order joined by `&`; number and date answers by band. */
  readonly key: string;
  /** Readable: "首次申领 · 个人旅游 · 本市户籍 · 年满16周岁". */
  readonly label: string;
  readonly parts: readonly CasePart[];
}

export interface CasePart {
  readonly question: string;
  readonly key: string;
  readonly label: string;
}

/** Options of `answersFromCaseKey`. */
export interface CaseKeyOptions {
  /** `YYYY-MM-DD`: resolves date bounds such as `today-18y` when a band is read back. */
  readonly today?: string;
}

/** The answers a case key stands for, by question id in the key's order, or why the key does not fit. */
export type CaseKeyAnswers =
  | { readonly ok: true; readonly answers: ReadonlyMap<string, AnswerValue> }
  | { readonly ok: false; readonly error: CaseKeyError };

/**
 * Why a case key does not fit a theme, at its first part that does not: the part is not `question=value`,
 * names no question of the theme, names a question again, names no answer of its question (no such band,
 * not `yes`/`no`), or names one the question refuses (`refusal`, as `answer` would reject it).
 */
export type CaseKeyError =
  | { readonly code: 'malformed-part'; readonly part: string }
  | {
      readonly code: 'unknown-question' | 'repeated-question' | 'no-answer';
      readonly part: string;
      readonly question: string;
    }
  | {
      readonly code: 'refused';
      readonly part: string;
      readonly question: string;
      readonly refusal: SessionError;
    };

/** The result of a transition: a new session, or a typed rejection that leaves the session as it was. */
export type Transition = Accepted | Rejected;

export interface Accepted {
  readonly ok: true;
  readonly session: Session;
  /** Answers removed because their questions are no longer asked. */
  readonly dropped: readonly DroppedAnswer[];
}

export interface Rejected {
  readonly ok: false;
  readonly session: Session;
  readonly error: SessionError;
}

export interface DroppedAnswer {
  readonly question: string;
  readonly value: AnswerValue;
  /**
   * `no-longer-asked`: its question is no longer asked; `invalid-after-update` / `unknown-question`: after a
   * theme update it no longer fits, or its question is gone (`restore`); `not-in-profile`: the profile
   * prefilled it and the profile now in use does not, or not with this value (`switchProfile`).
   */
  readonly reason: 'no-longer-asked' | 'invalid-after-update' | 'unknown-question' | 'not-in-profile';
}

/** The result of `restore`. */
export type Restored =
  | {
      readonly ok: true;
      readonly session: Session;
      readonly dropped: readonly DroppedAnswer[];
      readonly updated: boolean;
    }
  | { readonly ok: false; readonly error: RestoreError };

/** Which items already apply and which are still open while the user answers. */
export interface Checklist {
  readonly applies: readonly ChecklistEntry[];
  readonly open: readonly ChecklistEntry[];
}

export interface ChecklistEntry {
  readonly item: string;
  readonly name: string;
  readonly department?: string;
}
