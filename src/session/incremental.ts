import type { Answer, Session } from '../model/session.js';
import type { CompiledTheme, Notice, Option, Question, ThemeReaders } from '../model/theme.js';
import type { QuestionState, Walk } from '../model/walk.js';
import { answerType } from '../question-types/answers.js';
import { hasOptionConditions } from '../question-types/availability.js';
import type { AnswerBehaviour } from '../question-types/types.js';
import type { CompiledCondition } from '../rules/compile.js';
import { themeReaders } from '../rules/readers.js';
import { own } from '../util/own.js';
import { type Answers, AnswerTable, questionIndex } from './answer-table.js';
import { baseFacts, type Rules, rulesFor } from './environment.js';
import { type QuestionPositions, SettledFacts, UNSETTLED } from './settled-facts.js';

/**
 * The incremental walk: the same walk as `walkWith` (src/session/walk.ts, its definition), kept up to date
 * answer by answer. Each question has a slot: its fact (the answer, or `undefined` when its condition is
 * false) or `UNSETTLED` — computed with the slots of the questions before it only, and ignoring blocking
 * notices. A changed answer re-evaluates its question, then, in question order, only the questions whose
 * conditions read a slot that changed (`ThemeReaders`, built when the theme is compiled); the question to ask
 * is looked for from the previous one on; a blocking notice is evaluated again only one past a question it
 * reads. Only the states that can have changed are relabelled. Themes whose conditions read later questions
 * or whose question ids repeat (no loaded theme), and themes with option conditions, are walked in full instead.
 */

/**
 * What a step reads of the question at each position, read once per theme: a loaded theme's questions need
 * not share hidden classes (one theme's 40 questions have had 33), so reading `type` and `options` from the
 * question at every step went through V8's megamorphic cache, which other work on the page empties.
 */
export interface StepQuestions extends QuestionPositions {
  /** Each question's answer type. */
  readonly types: readonly AnswerBehaviour<Question>[];
  /** Each question's options, all offered (a theme with a plan has no option conditions). */
  readonly options: readonly (readonly Option[])[];
}

/** A theme's questions, indexed for the incremental walk. */
interface Plan extends StepQuestions {
  readonly readers: readonly (readonly number[])[];
  readonly blocks: readonly Notice[];
  /** Where the walk may stop at a blocking notice: 0, and one past each question a blocking notice reads. */
  readonly boundaries: readonly number[];
  /** Each question's condition compiled, per operator set's rules: a step looks none of them up. */
  readonly whens: WeakMap<Rules, readonly CompiledCondition[]>;
}

/**
 * What every walk of one session reads besides its answers: its theme's compiled conditions and its base
 * facts. A walk keeps it, so that the next step does not look them up again (in caches keyed by theme,
 * operator set, profile and date) while it names the same theme, operators, profile and date.
 */
interface Environment {
  readonly theme: CompiledTheme;
  readonly operators: Session['operators'];
  readonly profile: Session['profile'];
  readonly today: Session['today'];
  readonly rules: Rules;
  readonly whens: readonly CompiledCondition[];
  readonly base: ReadonlyMap<string, unknown>;
  /** Whether its base facts may be kept: the profile is frozen (a session's is) or absent. */
  readonly lasting: boolean;
}

/** What a walk keeps to be advanced: the slots and two positions. */
interface WalkState {
  readonly environment: Environment;
  readonly slots: readonly unknown[];
  /** The first question whose condition is not false and that has no answer; the count of questions if none. */
  readonly open: number;
  /** Where a blocking notice stopped the walk (questions from there on are not asked); NONE if it did not. */
  readonly stop: number;
  /** Questions in state `answered`, and in `current` or `pending` (what `next` reports as progress). */
  readonly answered: number;
  readonly remaining: number;
}

const NONE = Number.POSITIVE_INFINITY;

const plans = new WeakMap<CompiledTheme, Plan | null>();
/**
 * A walk built here, with what it keeps to be advanced in a private field: a walk per step in a WeakMap
 * made every minor garbage collection visit each step's dead keys (src/session/memo.ts).
 */
class AdvanceableWalk implements Walk {
  readonly #state: WalkState;

  constructor(
    readonly states: readonly QuestionState[],
    readonly current: number,
    readonly facts: ReadonlyMap<string, unknown>,
    readonly stale: readonly string[],
    readonly blocked: boolean,
    state: WalkState,
  ) {
    this.#state = state;
  }

  /** The state of a walk built here; undefined for another. */
  static stateOf(walk: Walk): WalkState | undefined {
    return #state in walk ? (walk as AdvanceableWalk).#state : undefined;
  }
}

/** The theme's plan, or null when it must be walked in full. Built once per theme. */
function planFor(theme: CompiledTheme): Plan | null {
  let plan = plans.get(theme);
  if (plan === undefined) {
    plan = buildPlan(theme);
    plans.set(theme, plan);
  }
  return plan;
}

function buildPlan(theme: CompiledTheme): Plan | null {
  const index = questionIndex(theme);
  if (index === null) return null;
  const { ids, positions } = index;
  // Options with conditions make an answer's fact depend on earlier ones too: such themes are walked in full.
  if (theme.questions.some(hasOptionConditions)) return null;
  let readers = theme.readers;
  if (!wellFormed(readers, ids.length)) {
    // A theme compiled before the index existed, or built by hand: derive it, and check the order too.
    const found = themeReaders(theme);
    if (!found.ordered) return null;
    readers = found.readers;
  }
  const blocks = theme.notices.filter((n) => n.kind === 'block');
  const boundaries = blocks.length === 0 ? [] : [0, ...readers.blocks.map((index) => index + 1)];
  const types = theme.questions.map((q) => answerType(q));
  const options = theme.questions.map((q, i) => (types[i] as AnswerBehaviour<Question>).options(q));
  return {
    ids,
    positions,
    types,
    options,
    readers: readers.questions,
    blocks,
    boundaries,
    whens: new WeakMap(),
  };
}

/** Whether a theme's `readers` has the shape `themeReaders` gives for `count` questions. */
function wellFormed(readers: ThemeReaders | undefined, count: number): readers is ThemeReaders {
  if (typeof readers !== 'object' || readers === null) return false;
  const { questions, blocks } = readers;
  if (!Array.isArray(questions) || questions.length !== count || !ascending(blocks, -1, count)) return false;
  return questions.every((list, index) => ascending(list, index, count));
}

/** A list of integers, each above the one before, all above `above` and below `below`. */
function ascending(list: unknown, above: number, below: number): boolean {
  if (!Array.isArray(list)) return false;
  let last = above;
  for (const n of list) {
    if (!Number.isInteger(n) || n <= last || n >= below) return false;
    last = n;
  }
  return true;
}

/**
 * What a step reads of a theme's questions, by position; null when the theme is walked in full (then read
 * the questions themselves: their options may have conditions).
 */
export function stepQuestions(theme: CompiledTheme): StepQuestions | null {
  return planFor(theme);
}

/** The position of the question with this id in the theme, or -1 (as `findIndex`, without the search). */
export function questionPosition(theme: CompiledTheme, id: unknown): number {
  const index = questionIndex(theme);
  if (index === null) return theme.questions.findIndex((q) => q.id === id);
  return typeof id === 'string' ? (index.positions.get(id) ?? -1) : -1;
}

/** The progress counts of a walk built here; undefined for another. */
export function walkCounts(
  walk: Walk,
): { readonly answered: number; readonly remaining: number } | undefined {
  return AdvanceableWalk.stateOf(walk);
}

/** The walk of a session with these answers, from scratch; undefined when the theme must be walked in full. */
export function buildWalk(session: Session, answers: Answers): Walk | undefined {
  const plan = planFor(session.theme);
  if (plan === null) return undefined;
  const count = plan.ids.length;
  const slots: unknown[] = new Array(count).fill(UNSETTLED);
  const context = contextOf(environmentOf(session, plan), plan, slots, answers);
  for (let index = 0; index < count; index++) context.settle(index);
  let open = count;
  for (let index = 0; index < count; index++) {
    if (context.isOpen(index)) {
      open = index;
      break;
    }
  }
  const stop = context.stopFrom(-1, open);
  const states: QuestionState[] = new Array(count);
  let answered = 0;
  let remaining = 0;
  const stale: string[] = [];
  for (let index = 0; index < count; index++) {
    const state = context.label(index, open, stop);
    states[index] = state;
    if (state === 'answered') answered++;
    else if (state === 'current' || state === 'pending') remaining++;
    if (context.isStale(index, state)) stale.push(plan.ids[index] as string);
  }
  return finish(
    context,
    { environment: context.environment, slots, open, stop, answered, remaining },
    states,
    stale,
  );
}

/**
 * The walk of a session with `answers`, from `previous`, the walk with answers that differ only in those of
 * `changed` (question ids); undefined when `previous` was not built here (then walk in full).
 */
export function advanceWalk(
  session: Session,
  answers: Answers,
  previous: Walk,
  changed: readonly string[],
): Walk | undefined {
  const before = AdvanceableWalk.stateOf(previous);
  const plan = planFor(session.theme);
  if (before === undefined || plan === null) return undefined;
  const count = plan.ids.length;
  const slots = before.slots.slice();
  const context = contextOf(environmentOf(session, plan, before.environment), plan, slots, answers);

  // Settle the changed questions, then in question order every question that reads a slot that changed.
  const queue = new IndexQueue();
  // Indexed loops: this is a step's hot path, and an array's iterator is garbage per loop.
  for (let i = 0; i < changed.length; i++) {
    const index = plan.positions.get(changed[i] as string);
    if (index !== undefined) queue.push(index);
  }
  const first = queue.peek() ?? count;
  const touched: number[] = [];
  for (let index = queue.pop(); index !== undefined; index = queue.pop()) {
    touched.push(index);
    if (!context.settle(index)) continue;
    const readers = plan.readers[index] as readonly number[];
    for (let i = 0; i < readers.length; i++) queue.push(readers[i] as number);
  }

  // The question to ask: a touched question that became open, or the first open one from the last on.
  let open = count;
  for (let i = 0; i < touched.length; i++) {
    const index = touched[i] as number;
    if (index < open && context.isOpen(index)) open = index;
  }
  for (let index = before.open; index < open; index++) {
    if (context.isOpen(index)) {
      open = index;
      break;
    }
  }

  // Where a blocking notice stops the walk: it stands if nothing before it changed; otherwise every boundary
  // not already known to be clear, up to the question to ask, is evaluated again.
  let stop: number;
  if (before.stop <= first) stop = before.stop;
  else stop = context.stopFrom(Math.min(first, before.stop === NONE ? before.open : before.stop - 1), open);

  // Relabel what can have changed: touched questions, those between the old and new question to ask, and
  // everything from an earlier or later stop on.
  const states = (previous.states as QuestionState[]).slice();
  let { answered, remaining } = before;
  const relabel = (index: number) => {
    const was = previous.states[index];
    const state = context.label(index, open, stop);
    if (was === state) return;
    states[index] = state;
    if (was === 'answered') answered--;
    else if (was === 'current' || was === 'pending') remaining--;
    if (state === 'answered') answered++;
    else if (state === 'current' || state === 'pending') remaining++;
  };
  const openFrom = Math.min(before.open, open);
  const openTo = Math.min(Math.max(before.open, open), count - 1);
  const stopFrom = before.stop === stop ? count : Math.min(before.stop, stop);
  for (let index = openFrom; index <= openTo && index < stopFrom; index++) relabel(index);
  for (let index = stopFrom; index < count; index++) relabel(index);
  const done = (index: number) => (index >= openFrom && index <= openTo) || index >= stopFrom;
  for (let i = 0; i < touched.length; i++) if (!done(touched[i] as number)) relabel(touched[i] as number);

  // Stale answers: the earlier ones that still are, and the relabelled ones that became so. Usually none:
  // a plain list, sorted and made unique by hand, rather than a Set and a sort every step.
  const stale: number[] = [];
  for (let i = 0; i < previous.stale.length; i++) {
    const index = plan.positions.get(previous.stale[i] as string);
    if (index !== undefined && !done(index) && !touched.includes(index)) stale.push(index);
  }
  for (let index = openFrom; index <= openTo && index < stopFrom; index++)
    if (context.isStale(index, states[index])) stale.push(index);
  for (let index = stopFrom; index < count; index++)
    if (context.isStale(index, states[index])) stale.push(index);
  for (let i = 0; i < touched.length; i++) {
    const index = touched[i] as number;
    if (!done(index) && context.isStale(index, states[index])) stale.push(index);
  }
  const staleIds = ascendingIds(stale, plan.ids);
  const state = { environment: context.environment, slots, open, stop, answered, remaining };
  return finish(context, state, states, staleIds);
}

/** The ids of these question positions, in question order, each once. */
function ascendingIds(positions: number[], ids: readonly string[]): string[] {
  for (let i = 1; i < positions.length; i++) {
    const value = positions[i] as number;
    let at = i;
    for (; at > 0 && (positions[at - 1] as number) > value; at--) positions[at] = positions[at - 1] as number;
    positions[at] = value;
  }
  const result: string[] = [];
  for (let i = 0; i < positions.length; i++)
    if (i === 0 || positions[i] !== positions[i - 1]) result.push(ids[positions[i] as number] as string);
  return result;
}

function finish(context: Context, state: WalkState, states: QuestionState[], stale: string[]): Walk {
  const { plan, base } = context;
  const count = plan.ids.length;
  const blocked = state.stop !== NONE;
  const facts = new SettledFacts(base, plan, state.slots, count, blocked ? state.stop : count);
  const current = blocked || state.open === count ? -1 : state.open;
  return new AdvanceableWalk(states, current, facts, stale, blocked, state);
}

/** What settling and labelling questions read, for one walk being built. */
interface Context {
  readonly environment: Environment;
  readonly plan: Plan;
  readonly base: ReadonlyMap<string, unknown>;
  /** Evaluates the question's condition on the questions before it and sets its slot; whether it changed. */
  settle(index: number): boolean;
  /** Whether the question may be asked (its condition is not false) and has no answer. */
  isOpen(index: number): boolean;
  /** The first boundary above `clear` and at most `open` where a blocking notice certainly applies, or NONE. */
  stopFrom(clear: number, open: number): number;
  label(index: number, open: number, stop: number): QuestionState;
  isStale(index: number, state: QuestionState | undefined): boolean;
}

/** The plan's questions' conditions compiled with these rules, in question order; built once per rules. */
function whensOf(theme: CompiledTheme, plan: Plan, rules: Rules): readonly CompiledCondition[] {
  let whens = plan.whens.get(rules);
  if (whens === undefined) {
    whens = theme.questions.map((q) => rules.compiled(q.when));
    plan.whens.set(rules, whens);
  }
  return whens;
}

/** The environment of a session's walks: `previous` when it is the same session's, else looked up. */
function environmentOf(session: Session, plan: Plan, previous?: Environment): Environment {
  const { theme, operators, profile, today } = session;
  if (
    previous?.lasting === true &&
    previous.theme === theme &&
    previous.operators === operators &&
    previous.profile === profile &&
    previous.today === today
  )
    return previous;
  const rules: Rules = rulesFor(theme, operators);
  const whens = whensOf(theme, plan, rules);
  const base = baseFacts(theme, profile, today).facts;
  const lasting = profile === undefined || Object.isFrozen(profile);
  return { theme, operators, profile, today, rules, whens, base, lasting };
}

function contextOf(environment: Environment, plan: Plan, slots: unknown[], answers: Answers): Context {
  return new WalkContext(environment, plan, slots, answers);
}

/**
 * The `Context` of one walk being built: a class, so that a step allocates one object and not a closure per
 * method (a step's garbage is what its tail is made of).
 */
class WalkContext implements Context {
  readonly base: ReadonlyMap<string, unknown>;
  /** One view, its limit moved to the question (or boundary) evaluated: nothing after it is read. */
  private readonly before: SettledFacts;
  private readonly table: AnswerTable | undefined;

  constructor(
    readonly environment: Environment,
    readonly plan: Plan,
    private readonly slots: unknown[],
    private readonly answers: Answers,
  ) {
    this.base = environment.base;
    this.before = new SettledFacts(environment.base, plan, slots, 0, plan.ids.length);
    this.table = answers instanceof AnswerTable ? answers : undefined;
  }

  private answerOf(index: number): Answer | undefined {
    const table = this.table;
    if (table !== undefined) return table.at(index);
    return own(this.answers as Readonly<Record<string, Answer>>, this.plan.ids[index] as string);
  }

  settle(index: number): boolean {
    const { before, slots } = this;
    before.limit = index;
    const verdict = (this.environment.whens[index] as CompiledCondition)(before);
    const answer = this.answerOf(index);
    const slot = verdict === false ? undefined : verdict === true && answer ? answer.value : UNSETTLED;
    if (slot === slots[index]) return false;
    slots[index] = slot;
    return true;
  }

  isOpen(index: number): boolean {
    return this.slots[index] !== undefined && this.answerOf(index) === undefined;
  }

  stopFrom(clear: number, open: number): number {
    const { plan, before } = this;
    const rules = this.environment.rules;
    for (const boundary of plan.boundaries) {
      if (boundary <= clear) continue;
      if (boundary > open) break;
      before.limit = boundary;
      if (plan.blocks.some((n) => rules.evaluate(n.when, before) === true)) return boundary;
    }
    return NONE;
  }

  label(index: number, open: number, stop: number): QuestionState {
    if (index >= stop || this.slots[index] === undefined) return 'skipped';
    if (index < open) return 'answered';
    if (index === open) return 'current';
    return this.answerOf(index) ? 'pending-answered' : 'pending';
  }

  isStale(index: number, state: QuestionState | undefined): boolean {
    if (state !== 'skipped') return false;
    const answer = this.answerOf(index);
    return answer !== undefined && !answer.prefilled;
  }
}

/**
 * Question positions in ascending order, each once: a binary heap. A position may be pushed twice; the copies
 * come out one after the other, and all but the first are skipped. That needs what the walk guarantees: once
 * a position has come out, only later positions are pushed (a condition reads only earlier questions).
 */
class IndexQueue {
  private readonly heap: number[] = [];
  private last = -1;

  push(index: number): void {
    const heap = this.heap;
    let at = heap.length;
    heap.push(index);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((heap[parent] as number) <= index) break;
      heap[at] = heap[parent] as number;
      at = parent;
    }
    heap[at] = index;
  }

  peek(): number | undefined {
    return this.heap[0];
  }

  pop(): number | undefined {
    let top = this.take();
    while (top !== undefined && top === this.last) top = this.take();
    if (top !== undefined) this.last = top;
    return top;
  }

  private take(): number | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && (heap[right] as number) < (heap[left] as number) ? right : left;
      if ((heap[child] as number) >= last) break;
      heap[at] = heap[child] as number;
      at = child;
    }
    heap[at] = last;
    return top;
  }
}
