import type { Workflow, WorkflowStep } from '../model/outcome.js';
import type { Composition } from './composition.js';
import type { OutcomePlan } from './plan.js';

/**
 * The case's workflow with item ids: one step per applying item, in the theme's order, with what it waits for
 * (`produces`, with the material; `after`), its stage and earliest times; the stages' items in the theme's
 * order; the critical path and its days.
 */
export function workflowOf(plan: OutcomePlan, composition: Composition): Workflow {
  const idOf = (step: number) => {
    const at = (composition.steps[step] as Composition['steps'][number]).item;
    return (plan.items[at] as OutcomePlan['items'][number]).item.id;
  };
  const steps = composition.steps.map((_, s): WorkflowStep => {
    const timing = composition.timing[s] as Composition['timing'][number];
    return {
      item: idOf(s),
      stage: timing.stage,
      dependsOn: (composition.dependsOn[s] ?? []).map((edge) =>
        edge.because === 'produces'
          ? { item: idOf(edge.step), because: 'produces', material: plan.materials[edge.material]?.id ?? '' }
          : { item: idOf(edge.step), because: 'after' },
      ),
      start: timing.start,
      finish: timing.finish,
    };
  });
  const stages: string[][] = [];
  for (const step of steps) {
    while (stages.length <= step.stage) stages.push([]);
    (stages[step.stage] as string[]).push(step.item);
  }
  return {
    steps,
    stages,
    criticalPath: { days: composition.days.critical, items: composition.criticalPath.map(idOf) },
  };
}
