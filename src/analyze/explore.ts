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
   * index) lead to different outcomes at some node where the question is asked. Left out (undefined) for a
   * question with more than MAX_COMPARED_OPTIONS options: the table is quadratic in them.
   */
  readonly differs: readonly (readonly (readonly boolean[])[] | undefined)[];
}

/**
 * Most options of a single-choice question compared pairwise (`differs`): the table and its updates are
 * quadratic in the options, and 100,000 options (a 1 MB theme) ran `tongban validate` out of memory.
 */
export const MAX_COMPARED_OPTIONS = 1_000;

/**
 * Enumerates every case of a theme once, numbering subtrees bottom-up: a case's id stands for its outcome's
 * content (status, notices, items with their days, fees and venues, materials with form, copies and
 * status); a node's id for its question and its choices' ids. Two choices at a node have the same effect
 * when their subtrees have the same id: the same questions follow and every path ends in the same outcome.
 */
export function exploreTheme(theme: CompiledTheme, options: EnumerateOptions = {}): EnumerationResults {
  const maxCases = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const matters = plan.questions.map(() => false);
  const differs = theme.questions.map((q) =>
    q.type === 'single' && q.options.length <= MAX_COMPARED_OPTIONS
      ? q.options.map(() => q.options.map(() => false))
      : undefined,
  );
  const visit = (k: number, children: readonly number[]) => {
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
  const summarizer = new Summarizer(plan);
  // Outcome ids: equal outcomes, equal ids (one per memoised summary: equal signatures, equal outcomes).
  const ids = new WeakMap<LeafSummary, number>();
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
    let id = ids.get(summary);
    if (id === undefined) {
      id = summarizer.outcomeHash(summary);
      ids.set(summary, id);
    }
    walker.leaf(id);
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
