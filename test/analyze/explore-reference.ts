/**
 * The all-cases exploration that src/analyze/explore.ts replaces, kept for test/analyze/explore.test.ts: every
 * case is walked once, subtrees are numbered bottom-up (`CaseWalker` with a visitor), every case's outcome is
 * summarised and hashed, and the ids of the choices offered at every node are compared. Slow, and plainly right.
 */
import { maxCasesOf } from '../../src/analyze/enumerate.js';
import { type EnumerationResults, MAX_COMPARED_OPTIONS } from '../../src/analyze/explore.js';
import { type EnumerateOptions, planTheme } from '../../src/analyze/plan.js';
import { Summarizer } from '../../src/analyze/summary.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { OutcomeStatus } from '../../src/model/outcome.js';
import type { CompiledTheme } from '../../src/model/theme.js';

/**
 * What `exploreTheme` finds, by walking every case. Choices are compared only where both are offered (a
 * visitor's children are the choices `offeredAt` the node); a question is asked when some case (a path that
 * reaches the end, not one that stops at a question offering no answer) asks it, and only such a question's
 * choices count as mattering or differing.
 */
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
  const together = differs.map((pairs, k) =>
    pairs && plan.questions[k]?.gates ? pairs.map((row) => row.map(() => false)) : undefined,
  );
  const visit = (k: number, children: readonly number[]) => {
    if (children.some((h) => h !== children[0])) matters[k] = true;
    const pairs = differs[k];
    if (!pairs) return;
    // Child i is the i-th choice offered at this node.
    const offered = walker.offeredAt(k);
    const met = together[k];
    for (let i = 0; i < children.length; i++) {
      for (let j = 0; j < children.length; j++) {
        const a = offered[i] as number;
        const b = offered[j] as number;
        if (children[i] !== children[j]) (pairs[a] as boolean[])[b] = true;
        if (met && a !== b) (met[a] as boolean[])[b] = true;
      }
    }
  };
  const walker: CaseWalker = new CaseWalker(plan, visit);
  const summarizer = new Summarizer(plan, { identity: true, choice: true });
  const byStatus: Record<OutcomeStatus, number> = { ready: 0, 'not-needed': 0, blocked: 0 };
  const asked = plan.questions.map(() => false);
  const choices = new Int32Array(plan.questions.length);
  let count = 0;
  let truncated = false;
  let deadEnds = 0;
  let deadEnd: { key: string; label: string } | undefined;
  while (walker.advance()) {
    // Asked: answered or prefilled on this case (as the census has it, also on the case past `maxCases`).
    walker.choicesInto(choices);
    choices.forEach((c, j) => {
      if (c !== -1) asked[j] = true;
    });
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
  // A question no case asks has nothing that matters (its checks are never-asked's).
  asked.forEach((a, k) => {
    if (a) return;
    matters[k] = false;
    for (const row of differs[k] ?? []) row.fill(false);
    for (const row of together[k] ?? []) row.fill(false);
  });
  return {
    count,
    truncated,
    maxCases,
    byStatus,
    asked,
    deadEnds,
    ...(deadEnd ? { deadEnd } : {}),
    matters,
    differs,
    together,
  };
}
