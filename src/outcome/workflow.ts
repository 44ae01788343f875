import type { OutcomeItem, Workflow, WorkflowEdge, WorkflowStep } from '../model/outcome.js';
import type { AppliedItem } from './items.js';
import type { Pass } from './materials.js';

/**
 * The case's workflow: one step per applying item, in the theme's order. A step depends on the item that
 * passes it a material (`produces`, with the material) and on the applying items its `after` names; stages
 * are longest-path layers (stage 0 has no dependencies); start and finish are earliest times in working days
 * (finish = start + days, an item without a time limit taking 0; start = the latest finish among its
 * dependencies); the critical path ends at the latest finish. See `schedule` for what a cycle does.
 */
export function buildWorkflow(
  items: readonly OutcomeItem[],
  applied: readonly AppliedItem[],
  passes: readonly Pass[],
): Workflow {
  const index = new Map(items.map((item, i) => [item.id, i]));
  const edges = items.map((item, i) => dependencies(item.id, applied[i], passes, index));
  const timing = schedule(
    items.map((item) => item.days ?? 0),
    edges.map((list) => list.map((e) => index.get(e.item) as number)),
  );
  const steps: WorkflowStep[] = items.map((item, i) => {
    const t = timing[i] as Timing;
    return {
      item: item.id,
      stage: t.stage,
      dependsOn: edges[i] as WorkflowEdge[],
      start: t.start,
      finish: t.finish,
    };
  });
  const stages: string[][] = [];
  for (const step of steps) {
    while (stages.length <= step.stage) stages.push([]);
    (stages[step.stage] as string[]).push(step.item);
  }
  return { steps, stages, criticalPath: criticalPath(steps, index) };
}

function dependencies(
  id: string,
  applied: AppliedItem | undefined,
  passes: readonly Pass[],
  index: ReadonlyMap<string, number>,
): WorkflowEdge[] {
  const edges: WorkflowEdge[] = [];
  for (const pass of passes) {
    if (pass.item === id) edges.push({ item: pass.producer, because: 'produces', material: pass.material });
  }
  for (const before of applied?.item.after ?? []) {
    // `after` orders two items only when both apply in the case.
    if (before !== id && index.has(before)) edges.push({ item: before, because: 'after' });
  }
  const rank = (e: WorkflowEdge) => index.get(e.item) as number;
  return edges.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.because === b.because ? 0 : a.because === 'produces' ? -1 : 1) ||
      (a.material ?? '').localeCompare(b.material ?? ''),
  );
}

interface Timing {
  readonly stage: number;
  readonly start: number;
  readonly finish: number;
}

/**
 * Earliest times by Kahn's algorithm, taking ready steps in the theme's order. The loader rejects cycles,
 * but a hand-made theme could have one: when no step is ready, the first unscheduled step in the theme's
 * order is scheduled anyway, ignoring its dependencies that are not scheduled yet. So the loop always ends
 * (each round schedules a step), the result is deterministic, and only the edges of a cycle can break
 * "start ≥ each dependency's finish".
 */
function schedule(days: readonly number[], deps: readonly (readonly number[])[]): Timing[] {
  const timing: (Timing | undefined)[] = days.map(() => undefined);
  let left = days.length;
  while (left > 0) {
    let next = timing.findIndex(
      (t, i) => t === undefined && (deps[i] ?? []).every((d) => timing[d] !== undefined),
    );
    if (next === -1) next = timing.indexOf(undefined);
    const done = (deps[next] ?? []).flatMap((d) => timing[d] ?? []);
    const stage = done.length === 0 ? 0 : 1 + Math.max(...done.map((t) => t.stage));
    const start = Math.max(0, ...done.map((t) => t.finish));
    timing[next] = { stage, start, finish: start + (days[next] ?? 0) };
    left--;
  }
  return timing as Timing[];
}

/**
 * The longest chain of steps: from the step that finishes last (on a tie, the one in the latest stage, so
 * the chain with more steps and a zero-day step after its end are included; then the first in the theme's
 * order), back
 * through a dependency that finishes exactly when it starts (the first such dependency), to a step that
 * starts at 0. Its days are the case's time limit when independent steps run in parallel.
 */
function criticalPath(
  steps: readonly WorkflowStep[],
  index: ReadonlyMap<string, number>,
): Workflow['criticalPath'] {
  let last: WorkflowStep | undefined;
  for (const step of steps) {
    if (!last || step.finish > last.finish || (step.finish === last.finish && step.stage > last.stage))
      last = step;
  }
  if (!last) return { days: 0, items: [] };
  const path: string[] = [last.item];
  let current: WorkflowStep = last;
  while (current.start > 0 || current.dependsOn.length > 0) {
    const start = current.start;
    const previous = current.dependsOn
      .map((e) => steps[index.get(e.item) as number] as WorkflowStep)
      .find((s) => s.finish === start && !path.includes(s.item));
    if (!previous) break;
    path.unshift(previous.item);
    current = previous;
  }
  return { days: last.finish, items: path };
}
