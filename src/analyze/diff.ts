import type { MaterialStatus, OutcomeStatus } from '../model/outcome.js';
import type { CompiledTheme, MaterialForm } from '../model/theme.js';
import type { CaseDetail } from './detail.js';
import { type FormChange, formChanges } from './diff-forms.js';
import { type ServiceChange, serviceChanges } from './diff-service.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme } from './plan.js';
import { Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

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

/** What changed in one case, in a fixed order: status, items, materials, days, fee, visits, notices. */
export type CaseChange =
  | { readonly kind: 'status'; readonly from: OutcomeStatus; readonly to: OutcomeStatus }
  | { readonly kind: 'item-added' | 'item-removed'; readonly item: string; readonly name: string }
  | {
      readonly kind: 'material-added';
      readonly material: string;
      readonly name: string;
      readonly form: MaterialForm;
      readonly copies: number;
      readonly status: MaterialStatus;
    }
  | { readonly kind: 'material-removed'; readonly material: string; readonly name: string }
  | {
      readonly kind: 'material-changed';
      readonly material: string;
      readonly name: string;
      readonly form?: { readonly from: MaterialForm; readonly to: MaterialForm };
      readonly copies?: { readonly from: number; readonly to: number };
      readonly status?: { readonly from: MaterialStatus; readonly to: MaterialStatus };
    }
  | { readonly kind: 'days' | 'fee' | 'visits'; readonly from: number; readonly to: number }
  | { readonly kind: 'notice-added' | 'notice-removed'; readonly notice: string };

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
   * options, non-key materials (容缺受理), venues' address, hours and booking.
   */
  readonly service: readonly ServiceChange[];
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
 * Deterministic: the order follows the enumeration.
 */
export function diffThemes(old: CompiledTheme, next: CompiledTheme, options: DiffOptions = {}): PolicyDiff {
  const max = maxCasesOf(options);
  const before = new Map<string, Seen>();
  const oldSide = walkCases(old, options, max, (key, label, detail) => before.set(key, { label, detail }));
  const added: DiffCase[] = [];
  const changed: ChangedCase[] = [];
  const compared = new WeakMap<CaseDetail, WeakMap<CaseDetail, readonly CaseChange[]>>();
  const matched = new Set<string>();
  let unchanged = 0;
  const nextSide = walkCases(next, options, max, (key, label, detail) => {
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
  return {
    old: oldSide,
    next: nextSide,
    added,
    removed,
    changed,
    unchanged,
    groups: groupsOf(changed),
    forms,
    service: serviceChanges(old, next),
  };
}

function walkCases(
  theme: CompiledTheme,
  options: DiffOptions,
  max: number,
  visit: (key: string, label: string, detail: CaseDetail) => void,
): DiffSide {
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan);
  const summarizer = new Summarizer(plan, { detail: true });
  let cases = 0;
  let truncated = false;
  while (walker.advance()) {
    if (cases >= max) {
      truncated = true;
      break;
    }
    cases++;
    visit(walker.key, walker.label, summarizer.summarize(walker.verdicts).detail as CaseDetail);
  }
  return { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash, cases, truncated };
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

/** What changed from one case outcome to another, in a fixed order. */
export function changesBetween(a: CaseDetail, b: CaseDetail): CaseChange[] {
  const changes: CaseChange[] = [];
  if (a.status !== b.status) changes.push({ kind: 'status', from: a.status, to: b.status });
  const itemsA = new Set(a.items.map((i) => i.id));
  const itemsB = new Set(b.items.map((i) => i.id));
  for (const item of a.items)
    if (!itemsB.has(item.id)) changes.push({ kind: 'item-removed', item: item.id, name: item.name });
  for (const item of b.items)
    if (!itemsA.has(item.id)) changes.push({ kind: 'item-added', item: item.id, name: item.name });
  const materialsA = new Map(a.materials.map((m) => [m.id, m]));
  const materialsB = new Map(b.materials.map((m) => [m.id, m]));
  for (const m of a.materials)
    if (!materialsB.has(m.id)) changes.push({ kind: 'material-removed', material: m.id, name: m.name });
  for (const m of b.materials) {
    const was = materialsA.get(m.id);
    if (!was) {
      changes.push({
        kind: 'material-added',
        material: m.id,
        name: m.name,
        form: m.form,
        copies: m.copies,
        status: m.status,
      });
      continue;
    }
    if (was.form === m.form && was.copies === m.copies && was.status === m.status) continue;
    changes.push({
      kind: 'material-changed',
      material: m.id,
      name: m.name,
      ...(was.form === m.form ? {} : { form: { from: was.form, to: m.form } }),
      ...(was.copies === m.copies ? {} : { copies: { from: was.copies, to: m.copies } }),
      ...(was.status === m.status ? {} : { status: { from: was.status, to: m.status } }),
    });
  }
  for (const kind of ['days', 'fee', 'visits'] as const) {
    if (a[kind] !== b[kind]) changes.push({ kind, from: a[kind], to: b[kind] });
  }
  const noticesA = new Set(a.notices.map((n) => n.id));
  const noticesB = new Set(b.notices.map((n) => n.id));
  for (const n of a.notices) if (!noticesB.has(n.id)) changes.push({ kind: 'notice-removed', notice: n.id });
  for (const n of b.notices) if (!noticesA.has(n.id)) changes.push({ kind: 'notice-added', notice: n.id });
  return changes;
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
