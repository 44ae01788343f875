import type { OutcomeStatus } from '../model/outcome.js';
import type { CompiledTheme } from '../model/theme.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme } from './plan.js';
import { type LeafSummary, Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

/** What one enumeration of a theme finds out, for the checks (see `exploreTheme`). */
export interface EnumerationResults {
  readonly count: number;
  /** True when `maxCases` stopped the enumeration: findings that need every case are then left out. */
  readonly truncated: boolean;
  readonly maxCases: number;
  /** Cases by status. */
  readonly byStatus: Readonly<Record<OutcomeStatus, number>>;
  /** By question index: whether some case asks it. */
  readonly asked: readonly boolean[];
  /** Cases with no item and no notice, and the first of them. */
  readonly deadEnds: number;
  readonly deadEnd?: { readonly key: string; readonly label: string };
  /** By question index: whether at some node where it is asked two of its choices lead to different outcomes. */
  readonly matters: readonly boolean[];
  /**
   * By question index, for single-choice questions: `differs[a][b]` is true when options a and b (by option
   * index) lead to different outcomes at some node where the question is asked.
   */
  readonly differs: readonly (readonly (readonly boolean[])[] | undefined)[];
}

/**
 * Enumerates every case of a theme once, hashing subtrees bottom-up: a case's hash is its outcome's content
 * (status, notices, items with their days, fees and venues, materials with form, copies and status); a
 * node's hash is its question and its choices' hashes. Two choices at a node have the same effect when their
 * subtrees hash alike: the same questions follow and every path ends in the same outcome.
 */
export function exploreTheme(theme: CompiledTheme, options: EnumerateOptions = {}): EnumerationResults {
  const maxCases = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const matters = plan.questions.map(() => false);
  const differs = theme.questions.map((q) =>
    q.type === 'single' ? q.options.map(() => q.options.map(() => false)) : undefined,
  );
  const visit = (k: number, children: readonly string[]) => {
    const first = children[0];
    if (children.some((h) => h !== first)) matters[k] = true;
    const pairs = differs[k];
    if (!pairs) return;
    // For single choice, choices are the options in order.
    for (let a = 0; a < children.length; a++) {
      for (let b = a + 1; b < children.length; b++) {
        if (children[a] !== children[b]) {
          (pairs[a] as boolean[])[b] = true;
          (pairs[b] as boolean[])[a] = true;
        }
      }
    }
  };
  const walker = new CaseWalker(plan, visit);
  const summarizer = new Summarizer(plan, { detail: true });
  const hashes = new WeakMap<LeafSummary, string>();
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
    const summary = summarizer.summarize(walker.verdicts);
    byStatus[summary.status]++;
    if (summary.items.length === 0 && summary.notices === 0) {
      deadEnds++;
      deadEnd ??= { key: walker.key, label: walker.label };
    }
    let hash = hashes.get(summary);
    if (hash === undefined) {
      hash = JSON.stringify(summary.detail);
      hashes.set(summary, hash);
    }
    walker.leaf(hash);
  }
  return {
    count,
    truncated,
    maxCases,
    byStatus,
    asked: [...walker.asked].map((a) => a === 1),
    deadEnds,
    ...(deadEnd ? { deadEnd } : {}),
    matters,
    differs,
  };
}
