import type { MergeFigures } from '../model/outcome.js';
import { formatNumber } from '../util/number.js';
import { countOf, type Lang } from './words.js';

/**
 * How an item's own time reads: "当场办结" when it takes none (it is done on the spot, or with the step it
 * comes after), "7 个工作日" otherwise, "未规定时限" without a time limit.
 */
export function itemDaysText(days: number | undefined, lang: Lang): string {
  if (days === undefined) return lang === 'zh' ? '未规定时限' : 'no time limit';
  if (days === 0) return lang === 'zh' ? '当场办结' : 'done on the spot';
  return countOf(days, 'working-day', lang);
}

/**
 * When a workflow step runs: "第 0–7 个工作日" / "days 0–7"; for a step that takes no days of its own, what
 * `itemDaysText` says (a span such as "第 7–7 个工作日" tells the reader nothing).
 */
export function stepSpanText(
  step: { readonly start: number; readonly finish: number },
  days: number | undefined,
  lang: Lang,
): string {
  if (step.finish === step.start) return itemDaysText(days, lang);
  const span = `${formatNumber(step.start)}–${formatNumber(step.finish)}`;
  return lang === 'zh' ? `第 ${span} 个工作日` : `days ${span}`;
}

/**
 * "逐项办理需提交材料 17 份，合并后共 9 种，其中 1 种在流程内传递：材料从 17 份减至 2 份。", or undefined when
 * merging, passing on and licences on file reduce nothing (a sentence "从 5 份减至 5 份" says nothing).
 */
export function mergeSentence(m: MergeFigures, lang: Lang): string | undefined {
  if (m.toSubmit >= m.itemByItem) return undefined;
  if (lang === 'en') {
    const extra = [
      ...(m.passedOn > 0 ? [`${m.passedOn} passed on inside the workflow`] : []),
      ...(m.waived > 0 ? [`${m.waived} waived by electronic licences`] : []),
    ];
    const merged = `merged: ${m.merged} ${m.merged === 1 ? 'kind' : 'kinds'}`;
    return `Item by item: ${m.itemByItem} materials; ${merged}${extra.length > 0 ? `, ${extra.join(', ')}` : ''}: from ${m.itemByItem} down to ${m.toSubmit}.`;
  }
  const parts = [`逐项办理需提交材料 ${m.itemByItem} 份，合并后共 ${m.merged} 种`];
  if (m.passedOn > 0) parts.push(`其中 ${m.passedOn} 种在流程内传递`);
  if (m.waived > 0) parts.push(`${m.waived} 种以电子证照免于提交`);
  return `${parts.join('，')}：材料从 ${m.itemByItem} 份减至 ${m.toSubmit} 份。`;
}

/**
 * Clauses joined by a separator ("；", "; "), each without the full stop it may end in, so that a note ending
 * in "。" does not give "。；". Empty clauses are left out.
 */
export function joinClauses(clauses: readonly string[], separator: string): string {
  return clauses
    .map((c) => c.trim().replace(/[。.]+$/u, ''))
    .filter((c) => c !== '')
    .join(separator);
}
