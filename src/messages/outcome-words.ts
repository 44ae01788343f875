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
 * `itemDaysText` says, or `itemTimeText` of the item when given (a span such as "第 7–7 个工作日" tells the
 * reader nothing).
 */
export function stepSpanText(
  step: { readonly start: number; readonly finish: number },
  days: number | undefined,
  lang: Lang,
  item?: ItemTime,
): string {
  if (step.finish === step.start)
    return item === undefined ? itemDaysText(days, lang) : itemTimeText(item, lang);
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

/** What an item's time text reads from it: its promised and statutory days and whether it comes with a certificate. */
export interface ItemTime {
  readonly days?: number;
  readonly statutoryDays?: number;
  readonly issuedWith?: unknown;
}

/**
 * An item's time as a citizen reads it: "随证件一并签发" when it is issued with another item's certificate;
 * "承诺 7 个工作日（法定 20 个工作日）" when a statutory limit is given (the promised one is what the workflow
 * counts); otherwise what `itemDaysText` says.
 */
export function itemTimeText(item: ItemTime, lang: Lang): string {
  if (item.issuedWith !== undefined) return lang === 'zh' ? '随证件一并签发' : 'issued with the certificate';
  const own = itemDaysText(item.days, lang);
  if (item.statutoryDays === undefined) return own;
  const statutory = countOf(item.statutoryDays, 'working-day', lang);
  if (item.days === undefined) return lang === 'zh' ? `法定 ${statutory}` : `statutory ${statutory}`;
  const promised = item.days === 0 ? own : lang === 'zh' ? `承诺 ${own}` : `promised ${own}`;
  return lang === 'zh' ? `${promised}（法定 ${statutory}）` : `${promised} (statutory ${statutory})`;
}

/** The remark on a non-key material (容缺受理). */
export function deferrableText(lang: Lang): string {
  return lang === 'zh' ? '可容缺受理，受理后补交' : 'accepted without it; hand it in afterwards';
}

/** How a visit is booked: "需预约（通过…预约）" or nothing when none is needed. */
export function appointmentText(
  venue: { readonly appointment?: true; readonly booking?: string },
  lang: Lang,
): string {
  if (venue.appointment !== true) return '';
  const how = venue.booking === undefined ? '' : lang === 'zh' ? `：${venue.booking}` : `: ${venue.booking}`;
  return lang === 'zh' ? `需预约${how}` : `appointment needed${how}`;
}
