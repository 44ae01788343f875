import type { Dependency, StepTiming } from '../../model/outcome-rules.js';

/**
 * Earliest times by Kahn's algorithm, taking ready steps in the theme's order: a step starts at the latest
 * finish among its dependencies (0 without any) and finishes `days` later; its stage is one more than its
 * latest dependency's (0 without any), except that a step taking no days of its own (0, or no time limit) sits
 * in its latest dependency's stage: it is done with what it comes with, not a stage of its own. The loader rejects cycles, but a hand-made theme could have one: when
 * no step is ready, the first unscheduled step in the theme's order is scheduled anyway, ignoring its
 * dependencies that are not scheduled yet. So the loop always ends (each round schedules a step), the result
 * is deterministic, and only the edges of a cycle can break "start ≥ each dependency's finish".
 */
export function earliestTimes(
  days: readonly number[],
  dependsOn: readonly (readonly Dependency[])[],
): StepTiming[] {
  const count = days.length;
  const timing: (StepTiming | undefined)[] = new Array(count).fill(undefined);
  let left = count;
  while (left > 0) {
    // A step's times never change once set, so scheduling every ready step of a pass in the theme's order
    // gives the times that taking the first ready step, one at a time, gives.
    let scheduled = false;
    for (let step = 0; step < count; step++) {
      const dependencies = dependsOn[step] ?? NONE;
      if (timing[step] !== undefined || !ready(dependencies, timing)) continue;
      timing[step] = timed(step, days, dependencies, timing);
      scheduled = true;
      left--;
    }
    if (scheduled) continue;
    const first = timing.indexOf(undefined);
    timing[first] = timed(first, days, dependsOn[first] ?? NONE, timing);
    left--;
  }
  return timing as StepTiming[];
}

const NONE: readonly Dependency[] = [];

function ready(dependencies: readonly Dependency[], timing: readonly (StepTiming | undefined)[]): boolean {
  for (let k = 0; k < dependencies.length; k++) {
    if (timing[(dependencies[k] as Dependency).step] === undefined) return false;
  }
  return true;
}

/** A step's times from those of its dependencies scheduled so far. */
function timed(
  step: number,
  days: readonly number[],
  dependencies: readonly Dependency[],
  timing: readonly (StepTiming | undefined)[],
): StepTiming {
  const own = days[step] ?? 0;
  const after = own > 0 ? 1 : 0;
  let stage = 0;
  let start = 0;
  for (let k = 0; k < dependencies.length; k++) {
    const t = timing[(dependencies[k] as Dependency).step];
    if (t === undefined) continue;
    if (t.stage + after > stage) stage = t.stage + after;
    if (t.finish > start) start = t.finish;
  }
  return { stage, start, finish: start + own };
}
