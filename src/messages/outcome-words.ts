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
 * Clauses joined by a separator ("；", "; "), each without the full stop it may end in, so that a note ending
 * in "。" does not give "。；". Empty clauses are left out.
 */
export function joinClauses(clauses: readonly string[], separator: string): string {
  return clauses
    .map((c) => c.trim().replace(/[。.]+$/u, ''))
    .filter((c) => c !== '')
    .join(separator);
}
