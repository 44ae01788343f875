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
 * "承诺 5 个工作日（法定 10 个工作日）" when a statutory limit is given (the promised one is what the workflow
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

/** What one delivery method gives a case, as `deliveryEffectText` reads it. */
export interface DeliveryEffectWords {
  readonly method: string;
  /** Yuan it adds (postage); 0 or absent: none stated but by the note. */
  readonly fee?: number;
  /** Visits it needs to collect results; absent when not counted (no choice made yet). */
  readonly visits?: number;
  /** Visits to collect it saves against the method that needs the most; 0 or absent: none. */
  readonly saves?: number;
  /** The option's note in the theme's words (邮费由申请人支付…). */
  readonly note?: string;
  /** Set for the method the applicant chose. */
  readonly chosen?: boolean;
}

/**
 * One delivery method as people read it: "邮寄送达（您的选择）：免去领取的 1 次到场，邮费由申请人支付" — the visits
 * to collect it needs or saves (without counts, whether it needs one: 窗口领取 does, the others do not), then
 * what it costs: the fee, and the theme's note, which says who pays postage. "不另收费" only where nothing else
 * is known: the theme gives neither fee nor note and the method changes no visit.
 */
export function deliveryEffectText(effect: DeliveryEffectWords, lang: Lang): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  const { visits, saves = 0, fee = 0 } = effect;
  if (visits === undefined)
    parts.push(
      effect.method === '窗口领取'
        ? zh
          ? '需到场领取办理结果'
          : 'collect the results in person'
        : zh
          ? '无需到场领取'
          : 'no visit to collect',
    );
  else if (visits > 0) {
    // Some items are still collected at the window: the method saves the others' visits.
    const fewer = saves > 0 ? (zh ? `（免去 ${saves} 次）` : ` (saves ${saves})`) : '';
    parts.push(zh ? `另需到场 ${visits} 次${fewer}` : `${countOf(visits, 'visit', 'en')} to collect${fewer}`);
  } else if (saves > 0)
    parts.push(zh ? `免去领取的 ${saves} 次到场` : `saves ${countOf(saves, 'visit', 'en')} to collect`);
  if (fee > 0) {
    const yuan = formatNumber(fee);
    parts.push(
      effect.method === '邮寄送达'
        ? zh
          ? `邮费 ${yuan} 元`
          : `${yuan} yuan postage`
        : zh
          ? `另收 ${yuan} 元`
          : `${yuan} yuan`,
    );
  }
  if (effect.note !== undefined) parts.push(effect.note);
  if (parts.length === 0) parts.push(zh ? '不另到场、不另收费' : 'no visit or fee added');
  const mine = effect.chosen === true ? (zh ? '（您的选择）' : ' (your choice)') : '';
  return `${effect.method}${mine}${zh ? '：' : ': '}${joinClauses(parts, zh ? '，' : ', ')}`;
}
