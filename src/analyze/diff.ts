import type { OutcomeStatus } from '../model/outcome.js';
import type { CompiledTheme, Question } from '../model/theme.js';
import { type CaseChange, changesBetween, type GroupChange, groupChanges, groupKey } from './case-changes.js';
import type { CaseDetail } from './detail.js';
import { type BoundaryChange, commonBands, type QuestionChanges, sharedKey } from './diff-bands.js';
import { type FormChange, formChanges } from './diff-forms.js';
import { PathGroups } from './diff-paths.js';
import { type ServiceChange, serviceChanges } from './diff-service.js';
import { type SituationDiff, SituationPairing } from './diff-situations.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme, type ThemePlan } from './plan.js';
import type { RuleRow } from './rule-rows.js';
import { type Situation, SituationCollector } from './situations.js';
import { Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

export { type CaseChange, changesBetween, type GroupChange, type ShiftedTotal } from './case-changes.js';
export type { BoundaryChange, QuestionChanges } from './diff-bands.js';

/** Options of `diffThemes`: the enumeration options, applied to both themes. */
export type DiffOptions = EnumerateOptions;

/** One side of a diff. */
export interface DiffSide {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly hash: string;
  /**
   * Paths walked: with `PolicyDiff.boundaries`, at the boundaries of both versions (a band either version
   * draws is a path of each).
   */
  readonly cases: number;
  /** True when `maxCases` stopped its enumeration: cases past the limit are not compared. */
  readonly truncated: boolean;
}

/** A case only one side has, with what it yields. */
export interface DiffCase {
  readonly key: string;
  readonly label: string;
  readonly status: OutcomeStatus;
  readonly items: readonly string[];
  readonly days: number;
  readonly fee: number;
  readonly visits: number;
}

/** A case both sides have whose outcome differs. */
export interface ChangedCase {
  readonly key: string;
  /** The new label (labels may change with option texts; cases are matched by key). */
  readonly label: string;
  readonly changes: readonly CaseChange[];
}

/**
 * Changed cases that changed in the same way: the same changes, except that a total (days, fee, visits) may move
 * by the same amount from different values (`shift`).
 */
export interface ChangeGroup {
  readonly changes: readonly GroupChange[];
  /** Keys of the cases, in the new theme's order. */
  readonly cases: readonly string[];
  /**
   * Where it happens, as a compact rule over the new version's answers: together the rows match its paths
   * and no path whose outcome changed otherwise or not at all ("任意" wherever the answer does not matter).
   */
  readonly rows: readonly RuleRow[];
}

/** How a new version of a theme changes what citizens get, case by case. */
export interface PolicyDiff {
  readonly old: DiffSide;
  readonly next: DiffSide;
  /** Cases only the new theme has, in its order. */
  readonly added: readonly DiffCase[];
  /** Cases only the old theme has, in its order. */
  readonly removed: readonly DiffCase[];
  /** Cases of both whose outcome differs, in the new theme's order. */
  readonly changed: readonly ChangedCase[];
  /** Cases of both with the same outcome. */
  readonly unchanged: number;
  /**
   * `changed`, grouped by identical changes (a total moved by the same amount counts as the same change, whatever
   * it was before), groups in order of their first case.
   */
  readonly groups: readonly ChangeGroup[];
  /** Changes to the forms and fields the theme's items use (一表申请). */
  readonly forms: readonly FormChange[];
  /**
   * Changes to service details the case outcomes do not count: statutory time limits, issued-with, delivery
   * options, non-key materials (容缺受理), venues' address, hours and booking; profile triggers added, removed or
   * changed (the benefit granted without any application, 免申即享; the condition; the message).
   */
  readonly service: readonly ServiceChange[];
  /** Number and date questions whose thresholds differ: both versions are compared at the boundaries of either. */
  readonly boundaries: readonly BoundaryChange[];
  /** Questions only one version asks: a path of the other stands for each of their answers. */
  readonly questions: QuestionChanges;
  /**
   * The number and date questions as compared (at the boundaries of both versions), by id: rules read their
   * adjacent bands as one range ("面积超过150㎡" rather than two bands).
   */
  readonly bandedQuestions: Readonly<Record<string, Question>>;
  /** The same changes situation by situation (paths with the same outcome): changed, merged, split, added, removed. */
  readonly situations: SituationDiff;
}

interface Seen {
  readonly label: string;
  readonly detail: CaseDetail;
}

/**
 * Compares the outcomes of every case of two versions of a theme. Both are walked at the boundaries of either
 * (`commonBands`: a moved threshold splits bands rather than renaming them), and cases are matched by the
 * answers to the questions both ask (`sharedKey`: an old path stands for each way of answering a new
 * question). For each pair the outcome entries are compared: items, materials (added, removed, form, copies,
 * status), critical-path days, fee, visits, status and notices; pairs that changed alike form a group, named
 * by a compact rule of the answers where it happens. The forms and fields the themes carry are compared too
 * (`forms`). The same walks group each version's paths into situations, which are paired by the paths they
 * share (`situations`). Deterministic: the order follows the enumeration.
 */
export function diffThemes(old: CompiledTheme, next: CompiledTheme, options: DiffOptions = {}): PolicyDiff {
  const max = maxCasesOf(options);
  const bands = commonBands(old, next);
  const onlyOld = new Set(bands.questions.removed.map((q) => q.question));
  const onlyNew = new Set(bands.questions.added.map((q) => q.question));
  const before = new Map<string, Seen[]>();
  const pairing = new SituationPairing();
  const oldSide = walkCases(bands.old, options, max, (key, label, detail, situation) => {
    const shared = sharedKey(key, onlyOld);
    const seen = before.get(shared);
    if (seen) seen.push({ label, detail });
    else before.set(shared, [{ label, detail }]);
    pairing.old(shared, situation);
  });
  const texts = noticeTexts(old, next);
  const added: DiffCase[] = [];
  const changed: ChangedCase[] = [];
  const compared = new WeakMap<CaseDetail, WeakMap<CaseDetail, readonly CaseChange[]>>();
  const changesOf = (a: CaseDetail, b: CaseDetail): readonly CaseChange[] => {
    let byNext = compared.get(a);
    if (!byNext) {
      byNext = new WeakMap();
      compared.set(a, byNext);
    }
    let changes = byNext.get(b);
    if (!changes) {
      changes = withTexts(changesBetween(a, b), texts);
      byNext.set(b, changes);
    }
    return changes;
  };
  const matched = new Set<string>();
  let paths: PathGroups | undefined;
  let unchanged = 0;
  const nextSide = walkCases(bands.next, options, max, (key, label, detail, situation, walker, plan) => {
    paths ??= new PathGroups(plan);
    const shared = sharedKey(key, onlyNew);
    pairing.pair(shared, situation);
    const previous = before.get(shared);
    if (!previous) {
      added.push(caseOf(key, label, detail));
      paths.add(walker, '+');
      return;
    }
    matched.add(shared);
    let group = '';
    for (const seen of previous) {
      const changes = changesOf(seen.detail, detail);
      if (changes.length === 0) continue;
      changed.push({ key, label, changes });
      // A path several old ones stand for (a question dropped) joins the group of its first change.
      if (group === '') group = groupKey(changes);
    }
    if (group === '') unchanged++;
    paths.add(walker, group);
  });
  const removed: DiffCase[] = [];
  for (const [key, seen] of before)
    if (!matched.has(key)) for (const s of seen) removed.push(caseOf(key, s.label, s.detail));
  const rows = paths?.finish((group) => group !== '' && group !== '+') ?? new Map();
  return {
    old: oldSide.side,
    next: nextSide.side,
    added,
    removed,
    changed,
    unchanged,
    groups: groupsOf(changed, (text) => rows.get(text)?.rows ?? []),
    forms: formChanges(old, next),
    service: serviceChanges(old, next),
    boundaries: bands.boundaries,
    questions: bands.questions,
    bandedQuestions: bandedQuestions(bands.next, bands.old),
    situations: pairing.finish({ old, next }, oldSide.situations, nextSide.situations, changesOf),
  };
}

function walkCases(
  theme: CompiledTheme,
  options: DiffOptions,
  max: number,
  visit: (
    key: string,
    label: string,
    detail: CaseDetail,
    situation: number,
    walker: CaseWalker,
    plan: ThemePlan,
  ) => void,
): { readonly side: DiffSide; readonly situations: readonly Situation[] } {
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan);
  const summarizer = new Summarizer(plan, { detail: true });
  const collector = new SituationCollector(plan);
  let cases = 0;
  let truncated = false;
  while (walker.advance()) {
    if (cases >= max) {
      truncated = true;
      break;
    }
    cases++;
    const summary = summarizer.summarize(walker.verdicts);
    const situation = collector.add(walker, summary);
    visit(walker.key, walker.label, summary.detail as CaseDetail, situation, walker, plan);
  }
  return {
    side: { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash, cases, truncated },
    situations: collector.finish(),
  };
}

/** The questions whose answers fall into bands, by id, the first theme's where both ask one. */
function bandedQuestions(...themes: readonly CompiledTheme[]): Record<string, Question> {
  const banded: Record<string, Question> = Object.create(null);
  for (const theme of themes)
    for (const q of theme.questions) if ('cuts' in q && !Object.hasOwn(banded, q.id)) banded[q.id] = q;
  return banded;
}

/** The text of each notice by id, the new version's where both have it. */
function noticeTexts(old: CompiledTheme, next: CompiledTheme): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  for (const theme of [old, next]) for (const n of theme.notices) texts.set(n.id, n.text);
  return texts;
}

/** Notice changes with their notice's text, so that a reader sees what the notice says rather than its id. */
function withTexts(changes: CaseChange[], texts: ReadonlyMap<string, string>): CaseChange[] {
  return changes.map((c) => {
    if (c.kind !== 'notice-added' && c.kind !== 'notice-removed') return c;
    const text = texts.get(c.notice);
    return text === undefined ? c : { ...c, text };
  });
}

function caseOf(key: string, label: string, detail: CaseDetail): DiffCase {
  return {
    key,
    label,
    status: detail.status,
    items: detail.items.map((i) => i.id),
    days: detail.days,
    fee: detail.fee,
    visits: detail.visits,
  };
}

function groupsOf(
  changed: readonly ChangedCase[],
  rowsOf: (key: string) => readonly RuleRow[],
): ChangeGroup[] {
  const groups = new Map<
    string,
    { paths: (readonly CaseChange[])[]; cases: string[]; rows: readonly RuleRow[] }
  >();
  for (const c of changed) {
    const key = groupKey(c.changes);
    let group = groups.get(key);
    if (!group) {
      group = { paths: [], cases: [], rows: rowsOf(key) };
      groups.set(key, group);
    }
    group.paths.push(c.changes);
    group.cases.push(c.key);
  }
  return [...groups.values()].map((g) => ({ changes: groupChanges(g.paths), cases: g.cases, rows: g.rows }));
}
