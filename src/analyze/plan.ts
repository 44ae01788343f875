import type { Condition } from '../model/condition.js';
import type { OutcomeRules } from '../model/outcome-rules.js';
import type { Profile } from '../model/profile.js';
import type { AnswerValue, Session } from '../model/session.js';
import type { CompiledTheme, NoticeKind, Question } from '../model/theme.js';
import { type OutcomePlan, planOutcome } from '../outcome/plan.js';
import { questionType } from '../question-types/index.js';
import { type CompiledCondition, compileCondition } from '../rules/compile.js';
import { defaultOperatorSet, type OperatorSet } from '../rules/registry.js';
import { baseFacts } from '../session/environment.js';
import { start } from '../session/transitions.js';
import { own } from '../util/own.js';
import { type Choice, choicesOf } from './choices.js';
import { factsReadBy } from './conditions.js';

/** Options shared by enumeration, checks and diffs. */
export interface EnumerateOptions {
  /** Stop after this many cases (default 100,000; `Infinity` for no limit). */
  readonly maxCases?: number;
  /** Prefilled questions (`prefill`) take the profile's value and are not branched on. */
  readonly profile?: Profile;
  /** `YYYY-MM-DD`: resolves `today±N` date bounds and derived facts. */
  readonly today?: string;
  readonly operators?: OperatorSet;
  /** Outcome rules that replace the defaults, as `start(theme, { rules })` takes them. */
  readonly rules?: Partial<OutcomeRules>;
}

/** A question as the enumeration walks it. */
export interface QuestionPlan {
  readonly index: number;
  readonly id: string;
  /** Index of its condition in `ThemePlan.conditions`, -1 when the question is always asked. */
  readonly when: number;
  readonly choices: readonly Choice[];
  /** The profile's answer when the question is prefilled. */
  readonly prefilled: Choice | undefined;
}

/** A notice or an item of the theme: its condition, an index into `ThemePlan.conditions` (-1: none). */
export interface EntryPlan {
  readonly when: number;
}

export interface NoticePlan extends EntryPlan {
  readonly id: string;
  readonly kind: NoticeKind;
}

/**
 * A theme compiled for enumeration. Every distinct condition the walk or an outcome reads is compiled once
 * and numbered; its level is the last question it reads (-1: none), and it is evaluated each time that
 * question's fact is set, so that a verdict is computed once per node, not once per case.
 */
export interface ThemePlan {
  readonly theme: CompiledTheme;
  /** The session every case starts from (prefilled answers included). */
  readonly base: Session;
  readonly baseFacts: ReadonlyMap<string, unknown>;
  readonly questions: readonly QuestionPlan[];
  /** The outcome's entries, numbered as `compose` reads them (the profile's licences and the rules included). */
  readonly outcome: OutcomePlan;
  /** By condition of `outcome.conditions`: its index in `conditions`. */
  readonly outcomeConditions: Int32Array;
  /** The outcome's notices and items (in `outcome`'s order), with their conditions' indices in `conditions`. */
  readonly notices: readonly NoticePlan[];
  readonly items: readonly EntryPlan[];
  readonly conditions: readonly CompiledCondition[];
  /** By condition: the indices of the questions it reads, ascending. */
  readonly reads: readonly (readonly number[])[];
  /** Conditions that read no question, evaluated once. */
  readonly initial: readonly number[];
  /** By question index: the conditions whose last question it is. */
  readonly atLevel: readonly (readonly number[])[];
  /** Conditions of blocking notices. */
  readonly blocks: readonly number[];
  /** By question index: the conditions of blocking notices that read it (they may hold before all is known). */
  readonly blocksAt: readonly (readonly number[])[];
}

/** Compiles a theme for enumeration with a profile, a date and operators. */
export function planTheme(theme: CompiledTheme, options: EnumerateOptions = {}): ThemePlan {
  const base = start(theme, {
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.operators === undefined ? {} : { operators: options.operators }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
  });
  const context = { operators: options.operators ?? defaultOperatorSet, conditions: theme.conditions };
  const position = new Map(theme.questions.map((q, i) => [q.id, i]));
  const conditions: CompiledCondition[] = [];
  const levels: number[] = [];
  const reads: number[][] = [];
  const byObject = new Map<Condition, number>();
  const byText = new Map<string, number>();
  const index = (condition: Condition | undefined): number => {
    if (condition === undefined) return -1;
    const known = byObject.get(condition);
    if (known !== undefined) return known;
    // Equal conditions share a verdict. Written by the same loader, equal conditions have their keys in the
    // same order, so their JSON texts are equal too; an unequal text only costs a verdict computed twice.
    const text = JSON.stringify(condition);
    let at = byText.get(text);
    if (at === undefined) {
      at = conditions.length;
      conditions.push(compileCondition(condition, context));
      const questions = [...factsReadBy(condition, theme.conditions)]
        .map((fact) => position.get(fact))
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => a - b);
      reads.push(questions);
      levels.push(questions.at(-1) ?? -1);
      byText.set(text, at);
    }
    byObject.set(condition, at);
    return at;
  };
  const today = base.today;
  const questions = theme.questions.map((question, i): QuestionPlan => {
    const answer = own(base.answers, question.id);
    return {
      index: i,
      id: question.id,
      when: index(question.when),
      choices: choicesOf(question, theme, today),
      prefilled: answer?.prefilled ? choiceFor(question, answer.value) : undefined,
    };
  });
  const outcome = planOutcome(theme, {
    ...(base.profile === undefined ? {} : { profile: base.profile }),
    ...(today === undefined ? {} : { today }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
  });
  const outcomeConditions = Int32Array.from(outcome.conditions, index);
  const items = outcome.items.map((item) => ({ when: index(item.entry.when) }));
  const notices = theme.notices.map((n) => ({ id: n.id, kind: n.kind, when: index(n.when) }));
  const atLevel: number[][] = theme.questions.map(() => []);
  const initial: number[] = [];
  levels.forEach((level, c) => {
    if (level < 0) initial.push(c);
    else (atLevel[level] as number[]).push(c);
  });
  const blocks = notices.filter((n) => n.kind === 'block').map((n) => n.when);
  const blocksAt: number[][] = theme.questions.map(() => []);
  for (const c of blocks) {
    if (c < 0) continue;
    for (const q of reads[c] as number[]) (blocksAt[q] as number[]).push(c);
  }
  return {
    theme,
    base,
    baseFacts: baseFacts(theme, base.profile, base.today).facts,
    questions,
    outcome,
    outcomeConditions,
    notices,
    items,
    conditions,
    reads,
    initial,
    atLevel,
    blocks,
    blocksAt,
  };
}

/** The choice of a given (accepted) value: its key and label as `caseOf` computes them. */
export function choiceFor(question: Question, value: AnswerValue): Choice {
  const { key, label } = questionType(question).casePart(question, value);
  return { value, fragment: `${question.id}=${key}`, key, label };
}
