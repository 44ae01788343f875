import type { OutcomeStatus } from '../model/outcome.js';
import type { OutcomeRules } from '../model/outcome-rules.js';
import { kindBit, NOTICE_KIND_BITS, noticeKinds } from '../outcome/notice-kinds.js';
import type { CompiledCondition } from '../rules/compile.js';
import type { QuestionPlan, ThemePlan } from './plan.js';
import { CaseWalker } from './walker.js';

/** The figures of a theme's cases that need no outcome: how many, by status, which questions some case asks. */
export interface Census {
  readonly count: number;
  /** True when more than `maxCases` cases exist: the figures are then those of the first `maxCases`. */
  readonly truncated: boolean;
  readonly byStatus: Readonly<Record<OutcomeStatus, number>>;
  /**
   * By question index: whether some case asks it (answered or prefilled); a path that stops at a question
   * offering no answer is no case, and asks nothing.
   */
  readonly asked: readonly boolean[];
  /** Cases with no item and no notice, and the first of them in enumeration order. */
  readonly deadEnds: number;
  readonly deadEnd?: { readonly key: string; readonly label: string };
  /**
   * By question index, when the cases were counted over merged states: up to NODES_KEPT nodes where the
   * question branches, each as the choices that lead there (`WalkOptions.fixed`: -1 where nothing was
   * chosen), one per state. `separateChoices` starts from them instead of searching for such nodes.
   */
  readonly nodes?: readonly (readonly Int32Array[])[];
}

/** Nodes kept per question in `Census.nodes`. */
export const NODES_KEPT = 32;

/**
 * Most states one question of `countCases` may hold before it gives up for the case-by-case walk: past that,
 * the theme's facts hardly merge and the walk is as fast.
 */
const MAX_STATES = 50_000;

// What a case's status needs to know of the notices and items that apply (`leafFlags`), as bits: the kinds of
// the notices (`kindBit`), and whether some item holds.
const ITEM = 1 << NOTICE_KIND_BITS;
const FLAGS = 2 * ITEM;

// A question's entry in a state: skipped (its fact absent), prefilled, or a choice index (≥ 0).
const SKIPPED = -1;
const PREFILLED = -2;

const STATUSES: readonly OutcomeStatus[] = ['ready', 'not-needed', 'blocked'];

/**
 * Counts a theme's cases by status, its dead ends and the questions some case asks, as walking every case
 * would (`walkCases`), but question by question over merged states: after each question, paths that agree on
 * the facts later conditions read (question conditions, notice and item conditions, blocking notices), on
 * whether a blocking notice holds, and on what the outcome rules (`withholds`, `status`) can still tell apart of
 * the kinds of notice and whether some item already apply, are one state with a count. Material, time-limit,
 * fee and presence conditions do not count here. When more than `maxCases` cases exist, or states stop merging,
 * the cases are walked one by one.
 */
export function censusOf(plan: ThemePlan, maxCases: number): Census {
  return countCases(plan, maxCases) ?? walkCases(plan, maxCases);
}

interface State {
  /** The entries of the questions whose facts are kept at this point (`keptAt`), in question order. */
  readonly entries: Int32Array;
  /**
   * The first path that reached the state, one link per question: a copy of the path per state was most of
   * the census's time, and only the nodes kept (`NODES_KEPT` per question) need one (`pathOf`).
   */
  readonly path: PathLink | undefined;
  readonly stopped: boolean;
  readonly flags: number;
  count: number;
}

/** The last choice of a path (-1: not branched on) and the path before it (undefined: before question 0). */
interface PathLink {
  readonly choice: number;
  readonly before: PathLink | undefined;
}

/**
 * `censusOf` by merged states; undefined when it must walk instead: also where some path meets a question that
 * offers no answer (a theme `few-options` reports), whose earlier questions are asked only if another case asks them.
 */
export function countCases(plan: ThemePlan, maxCases: number): Census | undefined {
  const { conditions, reads, questions } = plan;
  const n = questions.length;
  const table = flagTable(plan.outcome.rules);
  const levelOf = (c: number) => (reads[c] as readonly number[]).at(-1) ?? -1;
  // A question's fact is kept in the states after question i while i < keep[fact]: some condition read at a
  // later point needs it (a question's condition just before that question, the others at their level).
  const keep = new Int32Array(n).fill(-1);
  const need = (c: number, point: number) => {
    if (c < 0) return;
    for (const f of reads[c] as readonly number[]) if (point > (keep[f] as number)) keep[f] = point;
  };
  questions.forEach((q, j) => {
    need(q.when, j);
    for (const c of q.gates?.conditions ?? []) need(c, j);
  });
  // By question: the notice and item conditions whose level it is, with the flags they set when they hold.
  const atLevel: { c: number; flags: number }[][] = questions.map(() => []);
  let initialFlags = 0;
  const mark = (c: number, flags: number) => {
    if (c < 0) initialFlags |= flags;
    else if (levelOf(c) < 0) {
      if ((conditions[c] as CompiledCondition)(plan.baseFacts) === true) initialFlags |= flags;
    } else {
      need(c, levelOf(c));
      (atLevel[levelOf(c)] as { c: number; flags: number }[]).push({ c, flags });
    }
  };
  for (const notice of plan.notices) mark(notice.when, kindBit(notice.kind));
  for (const item of plan.items) mark(item.when, ITEM);
  for (const c of plan.blocks) need(c, c < 0 ? -1 : levelOf(c));

  const facts = new Map(plan.baseFacts);
  for (const q of questions) facts.delete(q.id);
  const factValue = (q: QuestionPlan, entry: number): unknown =>
    entry === PREFILLED ? q.prefilled?.value : entry === SKIPPED ? undefined : q.choices[entry]?.value;
  const holds = (c: number) => (conditions[c] as CompiledCondition)(facts) === true;

  // By question j: the facts kept in the states after it, and where each was in the states before it (-1: j).
  const keptAt: number[][] = [];
  const sourceAt: number[][] = [];
  for (let j = 0; j < n; j++) {
    const kept: number[] = [];
    for (let f = 0; f <= j; f++) if ((keep[f] as number) > j) kept.push(f);
    keptAt.push(kept);
    const before = j === 0 ? [] : (keptAt[j - 1] as number[]);
    sourceAt.push(kept.map((f) => (f === j ? -1 : before.indexOf(f))));
  }

  const asked = questions.map(() => false);
  let stopped = plan.blocks.some((c) => c < 0 || holds(c));
  let states = new Map<string, State>([
    [
      '',
      {
        entries: new Int32Array(0),
        path: undefined,
        stopped,
        flags: table.canonical[initialFlags] as number,
        count: 1,
      },
    ],
  ]);
  const nodes: Int32Array[][] = questions.map(() => []);
  for (let j = 0; j < n; j++) {
    const q = questions[j] as QuestionPlan;
    const before = j === 0 ? [] : (keptAt[j - 1] as number[]);
    const kept = keptAt[j] as number[];
    const source = sourceAt[j] as number[];
    const next = new Map<string, State>();
    for (const state of states.values()) {
      // Facts the states drop are left in the map: no condition evaluated from here on reads them.
      for (let k = 0; k < before.length; k++) {
        const f = before[k] as number;
        const question = questions[f] as QuestionPlan;
        facts.set(question.id, factValue(question, state.entries[k] as number));
      }
      const isAsked =
        !state.stopped && (q.when < 0 || (conditions[q.when] as CompiledCondition)(facts) !== false);
      let entries: number[];
      if (!isAsked) entries = [SKIPPED];
      else {
        asked[j] = true;
        if (q.gates) {
          const gates = q.gates;
          entries = q.prefilled && gates.prefilledOffered(holds) ? [PREFILLED] : [...gates.offered(holds)];
        } else entries = q.prefilled ? [PREFILLED] : q.choices.map((_, c) => c);
        // No answer fits: the paths of this state end in no case, and ask nothing. Which questions the other
        // paths ask is not told by the states (merged paths share their future, not their past): walked.
        if (entries.length === 0) return undefined;
        const here = nodes[j] as Int32Array[];
        if (entries.length > 1 && here.length < NODES_KEPT) here.push(pathOf(state.path, j, n));
      }
      for (const entry of entries) {
        facts.set(q.id, factValue(q, entry));
        let flags = state.flags;
        for (const { c, flags: set } of atLevel[j] as { c: number; flags: number }[])
          if (holds(c)) flags |= set;
        flags = table.canonical[flags] as number;
        stopped = state.stopped || (plan.blocksAt[j] as readonly number[]).some(holds);
        let key = stopped ? `s${flags}` : `${flags}`;
        for (let k = 0; k < source.length; k++) {
          const from = source[k] as number;
          key += `,${from < 0 ? entry : (state.entries[from] as number)}`;
        }
        const known = next.get(key);
        if (known) {
          known.count += state.count;
          continue;
        }
        const keptEntries = new Int32Array(kept.length);
        for (let k = 0; k < source.length; k++) {
          const from = source[k] as number;
          keptEntries[k] = from < 0 ? entry : (state.entries[from] as number);
        }
        next.set(key, {
          entries: keptEntries,
          path: { choice: entry >= 0 ? entry : -1, before: state.path },
          stopped,
          flags,
          count: state.count,
        });
      }
    }
    if (next.size > MAX_STATES) return undefined;
    states = next;
  }
  const byStatus: Record<OutcomeStatus, number> = { ready: 0, 'not-needed': 0, blocked: 0 };
  let count = 0;
  let deadEnds = 0;
  for (const state of states.values()) {
    const leaf = table.status[state.flags] as number;
    count += state.count;
    byStatus[STATUSES[leaf & 3] as OutcomeStatus] += state.count;
    if (leaf & EMPTY) deadEnds += state.count;
  }
  if (count > maxCases) return undefined;
  const deadEnd = deadEnds > 0 ? firstDeadEnd(plan) : undefined;
  return { count, truncated: false, byStatus, asked, deadEnds, ...(deadEnd ? { deadEnd } : {}), nodes };
}

/** The choices of a path through the questions before `j`, by question (-1: not branched on). */
function pathOf(link: PathLink | undefined, j: number, n: number): Int32Array {
  const path = new Int32Array(n).fill(-1);
  let at = link;
  for (let q = j - 1; q >= 0 && at !== undefined; q--) {
    path[q] = at.choice;
    at = at.before;
  }
  return path;
}

/** `censusOf` case by case, stopping after `maxCases`. */
export function walkCases(plan: ThemePlan, maxCases: number): Census {
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const { status } = flagTable(plan.outcome.rules);
  const byStatus: Record<OutcomeStatus, number> = { ready: 0, 'not-needed': 0, blocked: 0 };
  let count = 0;
  let truncated = false;
  let deadEnds = 0;
  let deadEnd: { key: string; label: string } | undefined;
  while (walker.advance()) {
    if (count >= maxCases) {
      truncated = true;
      break;
    }
    count++;
    const leaf = status[leafFlags(plan, walker.verdicts)] as number;
    byStatus[STATUSES[leaf & 3] as OutcomeStatus]++;
    if (leaf & EMPTY) {
      deadEnds++;
      deadEnd ??= { key: walker.key, label: walker.label };
    }
  }
  const asked = [...walker.asked].map((a) => a === 1);
  return { count, truncated, byStatus, asked, deadEnds, ...(deadEnd ? { deadEnd } : {}) };
}

/** The first case, in enumeration order, with no item and no notice. */
function firstDeadEnd(plan: ThemePlan): { key: string; label: string } | undefined {
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const { status } = flagTable(plan.outcome.rules);
  while (walker.advance()) {
    if ((status[leafFlags(plan, walker.verdicts)] as number) & EMPTY)
      return { key: walker.key, label: walker.label };
  }
  return undefined;
}

/** The notice and item flags of a case from its verdicts. */
function leafFlags(plan: ThemePlan, verdicts: Uint8Array): number {
  let flags = 0;
  for (const notice of plan.notices) {
    if (notice.when < 0 || verdicts[notice.when] === 1) flags |= kindBit(notice.kind);
  }
  for (const item of plan.items) {
    if (item.when < 0 || verdicts[item.when] === 1) return flags | ITEM;
  }
  return flags;
}

/** `statusOfFlags` bit: the case has neither item nor notice. */
const EMPTY = 4;

/** What the outcome rules make of every flags value. */
interface FlagTable {
  /** By flags: `statusOfFlags`. */
  readonly status: Int8Array;
  /**
   * By flags: the least flags value that ends in the same statuses whatever flags are added later. States of
   * `countCases` hold these, so that paths the rules cannot tell apart merge (with the default rules, an
   * information notice and a warning count alike: both are "some notice").
   */
  readonly canonical: Int8Array;
}

/** The flag table of a set of outcome rules (a few hundred rule calls). */
function flagTable(rules: OutcomeRules): FlagTable {
  const status = Int8Array.from({ length: FLAGS }, (_, flags) => statusOfFlags(rules, flags));
  const canonical = new Int8Array(FLAGS);
  for (let a = 0; a < FLAGS; a++) {
    canonical[a] = a;
    for (let b = 0; b < a; b++) {
      if (canonical[b] !== b) continue;
      let alike = true;
      for (let later = 0; later < FLAGS && alike; later++) alike = status[a | later] === status[b | later];
      if (alike) {
        canonical[a] = b;
        break;
      }
    }
  }
  return { status, canonical };
}

/**
 * A case's status (an index in STATUSES) from its flags, with EMPTY when it has neither item nor notice, by the
 * outcome rules `compose` applies: whether the notices withhold the items, and the status.
 */
function statusOfFlags(rules: OutcomeRules, flags: number): number {
  const kinds = noticeKinds(flags & (ITEM - 1));
  const anyItem = (flags & ITEM) !== 0 && !rules.withholds(kinds);
  const status = STATUSES.indexOf(rules.status(kinds, anyItem));
  return !anyItem && kinds.size === 0 ? status | EMPTY : status;
}
