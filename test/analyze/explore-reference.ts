/**
 * The all-cases exploration that src/analyze/explore.ts replaces, kept for test/analyze/explore.test.ts: every
 * case is walked once, subtrees are numbered bottom-up (`CaseWalker` with a visitor), every case's outcome is
 * summarised and hashed, and the ids of the choices are compared at every node. Slow, and plainly right.
 */
import { maxCasesOf } from '../../src/analyze/enumerate.js';
import { type EnumerationResults, MAX_COMPARED_OPTIONS } from '../../src/analyze/explore.js';
import { type EnumerateOptions, planTheme } from '../../src/analyze/plan.js';
import { Summarizer } from '../../src/analyze/summary.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { OutcomeStatus } from '../../src/model/outcome.js';
import type { CompiledTheme } from '../../src/model/theme.js';

export function exploreThemeByEveryCase(
  theme: CompiledTheme,
  options: EnumerateOptions = {},
): EnumerationResults {
  const maxCases = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const matters = plan.questions.map(() => false);
  const differs = theme.questions.map((q) =>
    q.type === 'single' && q.options.length <= MAX_COMPARED_OPTIONS
      ? q.options.map(() => q.options.map(() => false))
      : undefined,
  );
  const visit = (k: number, children: readonly number[]) => {
    if (children.some((h) => h !== children[0])) matters[k] = true;
    const pairs = differs[k];
    if (!pairs) return;
    for (let i = 0; i < children.length; i++) {
      for (let j = 0; j < children.length; j++) {
        if (children[i] !== children[j]) (pairs[i] as boolean[])[j] = true;
      }
    }
  };
  const walker = new CaseWalker(plan, visit);
  const summarizer = new Summarizer(plan, { identity: true, choice: true });
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
    walker.leaf(summary.identity as number);
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
