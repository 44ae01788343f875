import type { Condition } from '../model/condition.js';
import type { OutcomeRules } from '../model/outcome-rules.js';
import type { Profile } from '../model/profile.js';
import type { AnswerValue, Session } from '../model/session.js';
import type { CompiledTheme, NoticeKind, Question } from '../model/theme.js';
import { type OutcomePlan, planOutcome } from '../outcome/plan.js';
import { hasOptionConditions, offeredQuestion } from '../question-types/availability.js';
import { questionType } from '../question-types/index.js';
import { type CompiledCondition, compileCondition } from '../rules/compile.js';
import { defaultOperatorSet, type OperatorSet } from '../rules/registry.js';
import { keyFragment } from '../session/case-key-format.js';
import { baseFacts } from '../session/environment.js';
import { start } from '../session/transitions.js';
import { own } from '../util/own.js';
import { type Choice, choicesOf } from './choices.js';
import { factsReadBy } from './conditions.js';
import { keptFacts, type VerdictTable, verdictTables } from './verdict-tables.js';

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
  /** For a question some of whose options have conditions (`when`): which choices are offered where. */
  readonly gates?: QuestionGates;
}

/**
 * The options with conditions of a question, as the enumeration needs them. Their conditions read only
 * earlier questions, so they are decided wherever the question is asked.
 */
export interface QuestionGates {
  /** The distinct conditions of its options (indices into `ThemePlan.conditions`). */
  readonly conditions: readonly number[];
  /** By option (in the question's order): the index of its condition, -1 for an option always offered. */
  readonly byOption: readonly number[];
  /**
   * The choices offered where each condition holds or not (`holds`), as indices into `choices`: those of the
   * question narrowed to its offered options. A choice that only a narrowed question has is appended to
   * `choices` the first time it is met.
   */
  offered(holds: (c: number) => boolean): readonly number[];
  /** Whether the prefilled answer chooses only offered options (false: it is ignored, the question asked). */
  prefilledOffered(holds: (c: number) => boolean): boolean;
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
  /**
   * By condition: its verdicts by the states of the questions it reads, filled by the walks of this plan
   * (`verdictTables`; undefined for a condition evaluated each time).
   */
  readonly verdictTables: readonly (VerdictTable | undefined)[];
  /** By question: whether walks keep its fact up to date (`keptFacts`), else set it when a table misses. */
  readonly keptFacts: Uint8Array;
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
    const choices = choicesOf(question, theme, today);
    const prefilled = answer?.prefilled ? choiceFor(question, answer.value) : undefined;
    const gates = hasOptionConditions(question)
      ? gatesOf(question, theme, today, choices, prefilled, index)
      : undefined;
    return {
      index: i,
      id: question.id,
      when: index(question.when),
      choices,
      prefilled,
      ...(gates ? { gates } : {}),
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
  const tables = verdictTables(reads, (q) => {
    const question = questions[q];
    return question === undefined || question.gates ? undefined : question.choices.length;
  });
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
    verdictTables: tables,
    keptFacts: keptFacts(questions.length, reads, tables, blocks),
  };
}

/** The choice of a given (accepted) value: its key and label as `caseOf` computes them. */
export function choiceFor(question: Question, value: AnswerValue): Choice {
  const { key, label } = questionType(question).casePart(question, value);
  return { value, fragment: keyFragment(question.id, key), key, label };
}

/** The gates of a question with option conditions; `choices` is the plan's list, which it may extend. */
function gatesOf(
  question: Question,
  theme: CompiledTheme,
  today: string | undefined,
  choices: Choice[],
  prefilled: Choice | undefined,
  index: (condition: Condition | undefined) => number,
): QuestionGates {
  const options = questionType(question).options(question);
  const byOption = options.map((o) => index(o.when));
  const conditions = [...new Set(byOption.filter((c) => c >= 0))];
  const byKey = new Map(choices.map((choice, c) => [choice.key, c]));
  const memo = new Map<string, { offered: readonly number[]; prefilled: boolean }>();
  const lookup = (holds: (c: number) => boolean) => {
    let key = '';
    for (const c of conditions) key += holds(c) ? '1' : '0';
    let found = memo.get(key);
    if (!found) {
      const kept = options.filter((_, o) => {
        const c = byOption[o] as number;
        return c < 0 || holds(c);
      });
      const narrowed = offeredQuestion(question, kept);
      const offered = choicesOf(narrowed, theme, today).map((choice) => {
        let at = byKey.get(choice.key);
        if (at === undefined) {
          at = choices.length;
          choices.push(choice);
          byKey.set(choice.key, at);
        }
        return at;
      });
      const fits =
        prefilled !== undefined && questionType(narrowed).accept(narrowed, prefilled.value, today).ok;
      found = { offered, prefilled: fits };
      memo.set(key, found);
    }
    return found;
  };
  return {
    conditions,
    byOption,
    offered: (holds) => lookup(holds).offered,
    prefilledOffered: (holds) => lookup(holds).prefilled,
  };
}
