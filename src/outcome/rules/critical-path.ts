import type { StepTiming } from '../../model/outcome-rules.js';

/**
 * The longest chain of steps: from the step that finishes last (on a tie, the one in the latest stage, so the
 * chain with more steps and a zero-day step after its end are included; then the first in the theme's order),
 * back through a dependency that finishes exactly when it starts (the first such in `dependsOn` order), to a
 * step that starts at 0. Its days, the last step's finish, are the case's time limit when independent steps
 * run in parallel.
 */
export function longestChain(
  timing: readonly StepTiming[],
  dependsOn: readonly (readonly number[])[],
): number[] {
  let last = -1;
  for (let step = 0; step < timing.length; step++) {
    const t = timing[step] as StepTiming;
    const l = timing[last];
    if (l === undefined || t.finish > l.finish || (t.finish === l.finish && t.stage > l.stage)) last = step;
  }
  if (last < 0) return [];
  const path = [last];
  let current = last;
  for (;;) {
    const start = (timing[current] as StepTiming).start;
    const previous = (dependsOn[current] ?? []).find((d) => timing[d]?.finish === start && !path.includes(d));
    if (previous === undefined) break;
    path.unshift(previous);
    current = previous;
  }
  return path;
}
