import type { CompiledTheme } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import type { CompiledCondition } from '../rules/compile.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme, type QuestionPlan, type ThemePlan } from './plan.js';
import { CaseWalker } from './walker.js';

/** Where a question is asked with fewer than two options offered: the first such branch. */
export interface FewOptions {
  /** The case label of the answers that lead there ('' before any answer). */
  readonly branch: string;
  /** The options offered there, in order (zero or one). */
  readonly offered: readonly string[];
}

/** What the options with conditions (`when`) of a theme's questions give over every path. */
export interface OptionOffers {
  /** Whether every branch was seen (false: more than `maxCases` branches, nothing is reported). */
  readonly complete: boolean;
  /** By question index, by option: whether the option is offered on some branch where it is asked. */
  readonly offered: readonly (readonly boolean[])[];
  /** By question index: the first branch where fewer than two options are offered, if any. */
  readonly few: readonly (FewOptions | undefined)[];
}

/**
 * Most states one question of the merged walk may hold before the remaining questions are walked branch by
 * branch instead: past that, the theme's facts hardly merge.
 */
const MAX_STATES = 50_000;

// A question's entry on a path: skipped (its fact absent), prefilled, or a choice index (≥ 0).
const SKIPPED = -1;
const PREFILLED = -2;

/** One answer on the first path that reached a state, after the answers before it. */
interface PathStep {
  readonly question: number;
  readonly entry: number;
  readonly before: PathStep | undefined;
}

/** Paths that agree on everything the questions up to the last with option conditions still read. */
interface State {
  /** The entries of the questions whose facts are kept at this point (`kept`), in question order. */
  readonly entries: Int32Array;
  readonly stopped: boolean;
  /** The first path (in walk order) that reached it. */
  readonly path: PathStep | undefined;
  /** Paths merged into it. */
  count: number;
}

/** What is recorded of one question with option conditions. */
interface Offers {
  readonly offered: boolean[];
  few: FewOptions | undefined;
}

/**
 * For each question some of whose options have conditions, which options every distinct branch (prefix of
 * answers) that reaches it offers, and the first branch (in walk order) that offers fewer than two. Questions
 * without option conditions offer every option everywhere and are not looked at. Branches are walked question
 * by question over merged states: after each question, branches that agree on the facts later question and
 * option conditions and blocking notices read, and on whether a blocking notice holds, are one state with a
 * count and its first branch, so each offer is decided once per state. A question reached by more than
 * `maxCases` branches (or a theme whose states stop merging) is walked branch by branch, up to the limit.
 */
export function optionOffers(
  theme: CompiledTheme,
  options: EnumerateOptions = {},
  given?: ThemePlan,
): OptionOffers {
  const plan =
    given ??
    planTheme(theme, {
      ...(options.today === undefined ? {} : { today: options.today }),
      ...(options.operators === undefined ? {} : { operators: options.operators }),
      ...(options.rules === undefined ? {} : { rules: options.rules }),
    });
  const limit = maxCasesOf(options);
  const found: Offers[] = theme.questions.map((q) => ({
    offered: questionType(q)
      .options(q)
      .map(() => false),
    few: undefined,
  }));
  const gated = plan.questions.flatMap((q, k) => (q.gates && theme.questions[k] ? [k] : []));
  let complete = true;
  const walked = mergedOffers(plan, gated, limit, found);
  for (const k of gated.slice(walked)) {
    if (!offersByBranch(plan, theme, k, limit, found[k] as Offers)) complete = false;
  }
  return { complete, offered: found.map((f) => f.offered), few: found.map((f) => f.few) };
}

/** The option ids of the question at index k. */
function optionIds(theme: CompiledTheme, k: number): string[] {
  const question = theme.questions[k];
  return question
    ? questionType(question)
        .options(question)
        .map((o) => o.id)
    : [];
}

/** Records what a branch where question k is asked offers (`holds`: whether a condition holds there). */
function record(
  plan: ThemePlan,
  ids: readonly string[],
  k: number,
  holds: (c: number) => boolean,
  into: Offers,
  label: () => string,
): void {
  const gates = (plan.questions[k] as QuestionPlan).gates;
  if (!gates) return;
  const here = ids.filter((_, o) => {
    const c = gates.byOption[o] as number;
    return c < 0 || holds(c);
  });
  for (const [o, id] of ids.entries()) if (here.includes(id)) into.offered[o] = true;
  if (here.length < 2 && into.few === undefined) into.few = { branch: label(), offered: here };
}

/**
 * Question k's offers, branch by branch (a `CaseWalker` over the questions before it), up to `limit` branches;
 * false when there were more.
 */
function offersByBranch(
  plan: ThemePlan,
  theme: CompiledTheme,
  k: number,
  limit: number,
  into: Offers,
): boolean {
  const q = plan.questions[k] as QuestionPlan;
  const gates = q.gates;
  if (!gates) return true;
  const ids = optionIds(theme, k);
  const walker = new CaseWalker(plan, undefined, { upTo: k });
  const holds = (c: number) => walker.verdicts[c] === 1;
  let branches = 0;
  while (walker.advance()) {
    if (++branches > limit) return false;
    // A prefilled answer that stands is not asked; one that does not is asked like any other.
    if (!walker.asks(k) || (q.prefilled && gates.prefilledOffered(holds))) continue;
    record(plan, ids, k, holds, into, () => walker.label);
  }
  return true;
}

/**
 * The offers of the questions `gated` (ascending) over merged states, as `offersByBranch` finds them: records
 * them for a prefix of the list and returns its length (the rest are left to `offersByBranch`: a question
 * reached by more than `limit` branches, and all after it, or all from where the states stop merging).
 */
function mergedOffers(plan: ThemePlan, gated: readonly number[], limit: number, found: Offers[]): number {
  const last = gated.at(-1);
  if (last === undefined) return 0;
  const { conditions, reads, questions } = plan;
  const levelOf = (c: number) => (reads[c] as readonly number[]).at(-1) ?? -1;
  // A question's fact is kept in the states after question i while i < keep[fact]: a condition read at a later
  // point needs it (a question's condition and its options' conditions just before that question, a blocking
  // notice's at each question it reads, the last of them included).
  const keep = new Int32Array(questions.length).fill(-1);
  const need = (c: number, point: number) => {
    if (c < 0) return;
    for (const f of reads[c] as readonly number[]) if (point > (keep[f] as number)) keep[f] = point;
  };
  for (let j = 0; j <= last; j++) {
    const q = questions[j] as QuestionPlan;
    need(q.when, j);
    for (const c of q.gates?.conditions ?? []) need(c, j);
  }
  for (const c of plan.blocks) need(c, c < 0 ? -1 : levelOf(c));

  const facts = new Map(plan.baseFacts);
  for (const q of questions) facts.delete(q.id);
  const holds = (c: number) => (conditions[c] as CompiledCondition)(facts) === true;
  const factValue = (q: QuestionPlan, entry: number): unknown =>
    entry === PREFILLED ? q.prefilled?.value : entry === SKIPPED ? undefined : q.choices[entry]?.value;
  // Whether a blocking notice holds before any question, on the base facts.
  const stoppedAtStart = plan.blocks.some((c) => c < 0 || holds(c));

  let before: number[] = [];
  let states: State[] = [{ entries: new Int32Array(0), stopped: stoppedAtStart, path: undefined, count: 1 }];
  let done = 0;
  for (let j = 0; j <= last; j++) {
    const q = questions[j] as QuestionPlan;
    const isGated = gated[done] === j;
    if (isGated) {
      let branches = 0;
      for (const state of states) branches += state.count;
      // More branches than the limit: walked one by one, up to it, as before.
      if (branches > limit) return done;
      const ids = optionIds(plan.theme, j);
      const into = found[j] as Offers;
      for (const state of states) {
        setFacts(state);
        if (!asks(q, state)) continue;
        const gates = q.gates;
        if (q.prefilled && gates?.prefilledOffered(holds)) continue;
        record(plan, ids, j, holds, into, () => labelOf(plan, state.path));
      }
      done++;
      if (j === last) return done;
    }
    // The states after question j.
    const kept: number[] = [];
    for (let f = 0; f <= j; f++) if ((keep[f] as number) > j) kept.push(f);
    const source = kept.map((f) => (f === j ? -1 : before.indexOf(f)));
    const next = new Map<string, State>();
    for (const state of states) {
      setFacts(state);
      for (const entry of entriesAt(q, state)) {
        facts.set(q.id, factValue(q, entry));
        const stopped = state.stopped || (plan.blocksAt[j] as readonly number[]).some(holds);
        let key = stopped ? 's' : '';
        for (let i = 0; i < source.length; i++) {
          const from = source[i] as number;
          key += `,${from < 0 ? entry : (state.entries[from] as number)}`;
        }
        const known = next.get(key);
        if (known) {
          known.count += state.count;
          continue;
        }
        const entries = new Int32Array(kept.length);
        for (let i = 0; i < source.length; i++) {
          const from = source[i] as number;
          entries[i] = from < 0 ? entry : (state.entries[from] as number);
        }
        const path = entry === SKIPPED ? state.path : { question: j, entry, before: state.path };
        next.set(key, { entries, stopped, path, count: state.count });
      }
    }
    if (next.size > MAX_STATES) return done;
    // Map order is insertion order: states stay in the walk order of their first branches.
    states = [...next.values()];
    before = kept;
  }
  return done;

  /** Sets the kept facts of a state (facts the states dropped stay stale: nothing from here on reads them). */
  function setFacts(state: State): void {
    for (let i = 0; i < before.length; i++) {
      const f = before[i] as number;
      const question = questions[f] as QuestionPlan;
      facts.set(question.id, factValue(question, state.entries[i] as number));
    }
  }

  /** Whether question q is asked in a state whose facts are set. */
  function asks(q: QuestionPlan, state: State): boolean {
    return !state.stopped && (q.when < 0 || (conditions[q.when] as CompiledCondition)(facts) !== false);
  }

  /** Question q's entries in a state whose facts are set, in walk order (none: no answer fits). */
  function entriesAt(q: QuestionPlan, state: State): readonly number[] {
    if (!asks(q, state)) return [SKIPPED];
    const gates = q.gates;
    if (gates) return q.prefilled && gates.prefilledOffered(holds) ? [PREFILLED] : gates.offered(holds);
    return q.prefilled ? [PREFILLED] : q.choices.map((_, c) => c);
  }
}

/** The case label of a path, as `CaseWalker.label` gives it. */
function labelOf(plan: ThemePlan, path: PathStep | undefined): string {
  const labels: string[] = [];
  for (let step = path; step !== undefined; step = step.before) {
    const q = plan.questions[step.question] as QuestionPlan;
    const choice = step.entry === PREFILLED ? q.prefilled : q.choices[step.entry];
    if (choice && choice.label !== '') labels.push(choice.label);
  }
  return labels.reverse().join(' · ');
}
