import type { OutcomeStatus } from '../model/outcome.js';
import type { CompiledTheme } from '../model/theme.js';
import { type CaseChange, changesBetween } from './case-changes.js';
import type { CaseDetail } from './detail.js';
import { type FormChange, formChanges } from './diff-forms.js';
import { type ServiceChange, serviceChanges } from './diff-service.js';
import { type SituationDiff, SituationPairing } from './diff-situations.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme } from './plan.js';
import { type Situation, SituationCollector } from './situations.js';
import { Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

export { type CaseChange, changesBetween } from './case-changes.js';

/** Options of `diffThemes`: the enumeration options, applied to both themes. */
export type DiffOptions = EnumerateOptions;

/** One side of a diff. */
export interface DiffSide {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly hash: string;
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

/** Changed cases that changed in exactly the same way. */
export interface ChangeGroup {
  readonly changes: readonly CaseChange[];
  /** Keys of the cases, in the new theme's order. */
  readonly cases: readonly string[];
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
  /** `changed`, grouped by identical changes, groups in order of their first case. */
  readonly groups: readonly ChangeGroup[];
  /** Changes to the forms and fields the theme's items use (一表申请). */
  readonly forms: readonly FormChange[];
  /**
   * Changes to service details the case outcomes do not count: statutory time limits, issued-with, delivery
   * options, non-key materials (容缺受理), venues' address, hours and booking; profile triggers added, removed or
   * changed (the benefit granted without any application, 免申即享; the condition; the message).
   */
  readonly service: readonly ServiceChange[];
  /** The same changes situation by situation (paths with the same outcome): changed, merged, split, added, removed. */
  readonly situations: SituationDiff;
}

interface Seen {
  readonly label: string;
  readonly detail: CaseDetail;
}

/**
 * Compares the outcomes of every case of two versions of a theme. Cases are matched by key (so a new cut on
 * a number question, which changes band keys, shows as cases removed and added); for each case both have,
 * the outcome entries are compared: items, materials (added, removed, form, copies, status), critical-path
 * days, fee, visits, status and notices. The forms and fields the themes carry are compared too (`forms`).
 * The same walks group each version's paths into situations, which are paired by the paths they share
 * (`situations`). Deterministic: the order follows the enumeration.
 */
export function diffThemes(old: CompiledTheme, next: CompiledTheme, options: DiffOptions = {}): PolicyDiff {
  const max = maxCasesOf(options);
  const before = new Map<string, Seen>();
  const pairing = new SituationPairing();
  const oldSide = walkCases(old, options, max, (key, label, detail, situation) => {
    before.set(key, { label, detail });
    pairing.old(key, situation);
  });
  const added: DiffCase[] = [];
  const changed: ChangedCase[] = [];
  const compared = new WeakMap<CaseDetail, WeakMap<CaseDetail, readonly CaseChange[]>>();
  const matched = new Set<string>();
  let unchanged = 0;
  const nextSide = walkCases(next, options, max, (key, label, detail, situation) => {
    pairing.pair(key, situation);
    const previous = before.get(key);
    if (!previous) {
      added.push(caseOf(key, label, detail));
      return;
    }
    matched.add(key);
    let byNext = compared.get(previous.detail);
    if (!byNext) {
      byNext = new WeakMap();
      compared.set(previous.detail, byNext);
    }
    let changes = byNext.get(detail);
    if (!changes) {
      changes = changesBetween(previous.detail, detail);
      byNext.set(detail, changes);
    }
    if (changes.length === 0) unchanged++;
    else changed.push({ key, label, changes });
  });
  const removed: DiffCase[] = [];
  for (const [key, seen] of before) if (!matched.has(key)) removed.push(caseOf(key, seen.label, seen.detail));
  const forms = formChanges(old, next);
  const changesOf = (a: CaseDetail, b: CaseDetail): readonly CaseChange[] => {
    const known = compared.get(a)?.get(b);
    return known ?? changesBetween(a, b);
  };
  return {
    old: oldSide.side,
    next: nextSide.side,
    added,
    removed,
    changed,
    unchanged,
    groups: groupsOf(changed),
    forms,
    service: serviceChanges(old, next),
    situations: pairing.finish({ old, next }, oldSide.situations, nextSide.situations, changesOf),
  };
}

function walkCases(
  theme: CompiledTheme,
  options: DiffOptions,
  max: number,
  visit: (key: string, label: string, detail: CaseDetail, situation: number) => void,
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
    visit(walker.key, walker.label, summary.detail as CaseDetail, situation);
  }
  return {
    side: { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash, cases, truncated },
    situations: collector.finish(),
  };
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

function groupsOf(changed: readonly ChangedCase[]): ChangeGroup[] {
  const groups = new Map<string, { changes: readonly CaseChange[]; cases: string[] }>();
  for (const c of changed) {
    const text = JSON.stringify(c.changes);
    let group = groups.get(text);
    if (!group) {
      group = { changes: c.changes, cases: [] };
      groups.set(text, group);
    }
    group.cases.push(c.key);
  }
  return [...groups.values()];
}
