import { countOf, itemDaysText, itemTimeText, type Lang, stepSpanText } from '../messages/index.js';
import type { Outcome } from '../model/outcome.js';
import type { CompiledTheme } from '../model/theme.js';
import { own } from '../util/own.js';
import { mermaidId, mermaidLabel } from './escape.js';

const START = 'start_node';
const END = 'end_node';

/**
 * The case's workflow as a Mermaid `flowchart LR`: one column (subgraph) per stage, so the steps that can
 * run in parallel stand together; each step labelled with its item, department and days; edges labelled
 * with the material passed on (dotted for a plain `after` order); a start and an end node; the critical
 * path drawn thicker. Node ids are `n_` plus the item id made safe. Labels are in `lang` (theme texts stay as
 * written). Deterministic.
 */
export function mermaidWorkflow(outcome: Outcome, theme: CompiledTheme, lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  const lines = ['flowchart LR', `  ${START}([${mermaidLabel(zh ? '开始' : 'Start')}])`];
  const items = new Map(outcome.items.map((item) => [item.id, item]));
  const materialName = (id: string) =>
    outcome.materials.find((m) => m.id === id)?.name ?? own(theme.catalog.materials, id)?.name ?? id;
  outcome.workflow.stages.forEach((ids, stage) => {
    // Steps of no days of their own are done with what they come with, not alongside it.
    const parallel = ids.filter((id) => (items.get(id)?.days ?? 0) > 0).length > 1;
    const title = zh
      ? `第${stage + 1}阶段${parallel ? '（可并行）' : ''}`
      : `Stage ${stage + 1}${parallel ? ' (in parallel)' : ''}`;
    lines.push(
      `  subgraph ${mermaidId('stage', String(stage + 1))}[${mermaidLabel(title)}]`,
      '    direction TB',
    );
    for (const id of ids) {
      const item = items.get(id);
      const step = outcome.workflow.steps.find((s) => s.item === id);
      const details = [
        item?.department?.name,
        item?.issuedWith === undefined ? itemDaysText(item?.days, lang) : itemTimeText(item, lang),
      ].filter((d): d is string => d !== undefined);
      // A step of no days of its own says so once, in its details.
      const timing = step && step.finish > step.start ? stepSpanText(step, item?.days, lang) : '';
      lines.push(`    ${mermaidId('n', id)}[${mermaidLabel(item?.name ?? id, details.join(' · '), timing)}]`);
    }
    lines.push('  end');
  });
  const days = outcome.workflow.criticalPath.days;
  // No steps: nothing to do, so the end says done; steps of no days of their own: done on the spot.
  const none = outcome.workflow.steps.length === 0;
  const end =
    days === 0
      ? none
        ? zh
          ? '办结'
          : 'Done'
        : itemDaysText(0, lang)
      : zh
        ? `办结（${countOf(days, 'working-day', lang)}）`
        : `Done (${countOf(days, 'working-day', lang)})`;
  lines.push(`  ${END}([${mermaidLabel(end)}])`);
  const needed = new Set<string>();
  for (const step of outcome.workflow.steps) {
    if (step.dependsOn.length === 0) lines.push(`  ${START} --> ${mermaidId('n', step.item)}`);
    // One arrow per pair of steps: materials passed on are joined, `after` alone draws a dotted arrow.
    const sources = [...new Set(step.dependsOn.map((e) => e.item))];
    for (const source of sources) {
      needed.add(source);
      const edges = step.dependsOn.filter((e) => e.item === source);
      const passed = edges.flatMap((e) =>
        e.because === 'produces' && e.material ? [materialName(e.material)] : [],
      );
      const arrow =
        passed.length > 0
          ? `-->|${mermaidLabel(passed.join('、'))}|`
          : `-.->|${mermaidLabel(zh ? '先后' : 'after')}|`;
      lines.push(`  ${mermaidId('n', source)} ${arrow} ${mermaidId('n', step.item)}`);
    }
  }
  for (const step of outcome.workflow.steps) {
    if (!needed.has(step.item)) lines.push(`  ${mermaidId('n', step.item)} --> ${END}`);
  }
  if (outcome.workflow.steps.length === 0) lines.push(`  ${START} --> ${END}`);
  const critical = outcome.workflow.criticalPath.items;
  if (critical.length > 0) {
    lines.push('  classDef critical stroke-width:3px');
    lines.push(`  class ${critical.map((id) => mermaidId('n', id)).join(',')} critical`);
  }
  return `${lines.join('\n')}\n`;
}
