import type { Dependency, StepTiming } from '../../model/outcome-rules.js';

/**
 * The longest chain of steps: from the step that finishes last (on a tie, the one in the latest stage, so the
 * chain with more steps is included; then the latest start, so a zero-day step after its end, which sits in
 * its stage, is included too; then the first in the theme's order),
 * back through a dependency that finishes exactly when it starts (the first such in `dependsOn` order), to a
 * step that starts at 0. Its days, the last step's finish, are the case's time limit when independent steps
 * run in parallel.
 */
export function longestChain(
  timing: readonly StepTiming[],
  dependsOn: readonly (readonly Dependency[])[],
): number[] {
  let last = -1;
  for (let step = 0; step < timing.length; step++) {
    const t = timing[step] as StepTiming;
    const l = last < 0 ? undefined : timing[last];
    if (l === undefined || later(t, l)) last = step;
  }
  if (last < 0) return [];
  const backwards = [last];
  for (let current = last; ; ) {
    const previous = feeder(current, timing, dependsOn[current] ?? [], backwards);
    if (previous < 0) break;
    backwards.push(previous);
    current = previous;
  }
  return backwards.reverse();
}

/** Whether a step ends the chain rather than another: later finish, then later stage, then later start. */
function later(t: StepTiming, than: StepTiming): boolean {
  if (t.finish !== than.finish) return t.finish > than.finish;
  if (t.stage !== than.stage) return t.stage > than.stage;
  return t.start > than.start;
}

/** The first dependency that finishes when the step starts and is not on the chain yet, or -1. */
function feeder(
  step: number,
  timing: readonly StepTiming[],
  dependencies: readonly Dependency[],
  chain: readonly number[],
): number {
  const start = (timing[step] as StepTiming).start;
  for (let k = 0; k < dependencies.length; k++) {
    const d = (dependencies[k] as Dependency).step;
    if (timing[d]?.finish === start && !chain.includes(d)) return d;
  }
  return -1;
}
