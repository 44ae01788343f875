import type { StepTiming } from '../../model/outcome-rules.js';

/**
 * Earliest times by Kahn's algorithm, taking ready steps in the theme's order: a step starts at the latest
 * finish among its dependencies (0 without any) and finishes `days` later; its stage is one more than its
 * latest dependency's (0 without any). The loader rejects cycles, but a hand-made theme could have one: when
 * no step is ready, the first unscheduled step in the theme's order is scheduled anyway, ignoring its
 * dependencies that are not scheduled yet. So the loop always ends (each round schedules a step), the result
 * is deterministic, and only the edges of a cycle can break "start ≥ each dependency's finish".
 */
export function earliestTimes(
  days: readonly number[],
  dependsOn: readonly (readonly number[])[],
): StepTiming[] {
  const timing: (StepTiming | undefined)[] = new Array(days.length).fill(undefined);
  const time = (step: number): StepTiming => {
    let stage = 0;
    let start = 0;
    for (const d of dependsOn[step] ?? []) {
      const t = timing[d];
      if (t === undefined) continue;
      if (t.stage + 1 > stage) stage = t.stage + 1;
      if (t.finish > start) start = t.finish;
    }
    return { stage, start, finish: start + (days[step] ?? 0) };
  };
  const ready = (step: number) => (dependsOn[step] ?? []).every((d) => timing[d] !== undefined);
  let left = days.length;
  while (left > 0) {
    // Steps whose timing is set never change it, so scheduling every ready step of a pass in the theme's
    // order gives the same times as taking them one at a time.
    let scheduled = false;
    for (let step = 0; step < days.length; step++) {
      if (timing[step] !== undefined || !ready(step)) continue;
      timing[step] = time(step);
      scheduled = true;
      left--;
    }
    if (scheduled) continue;
    const first = timing.indexOf(undefined);
    timing[first] = time(first);
    left--;
  }
  return timing as StepTiming[];
}
