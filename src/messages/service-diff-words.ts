import { formatNumber } from '../util/number.js';
import type { Lang } from './words.js';

/** The service details of an item a policy diff compares, in the order reported. */
export const ITEM_DETAILS = [
  'days',
  'statutory-days',
  'fee',
  'issued-with',
  'delivery',
  'deferrable',
] as const;
export type ItemDetail = (typeof ITEM_DETAILS)[number];
/** The details of a venue a policy diff compares, in the order reported. */
export const VENUE_DETAILS = ['address', 'hours', 'appointment', 'booking'] as const;
export type VenueDetail = (typeof VENUE_DETAILS)[number];
/** The details of a profile trigger a policy diff compares. */
export type TriggerDetail = 'grants' | 'condition' | 'message';

/** A delivery option as a diff shows it: its method, postage, note and whether collecting is booked. */
export interface DeliveryValue {
  readonly method: string;
  readonly fee?: number;
  readonly note?: string;
  readonly appointment?: boolean;
}

/**
 * A service detail's value in one version, language-neutral: days and fees as the numbers of the item's
 * variants in order (one number when it has one; none: `[]`), texts as written, names of items and materials,
 * whether a venue books, the delivery options; null when the version has none.
 */
export type DetailValue =
  | null
  | boolean
  | number
  | string
  | readonly number[]
  | readonly string[]
  | readonly DeliveryValue[];

/** How each detail is named, in Chinese and English. */
export const DETAIL_NAMES: Readonly<
  Record<Lang, Readonly<Record<ItemDetail | VenueDetail | TriggerDetail, string>>>
> = {
  zh: {
    days: '承诺时限',
    'statutory-days': '法定时限',
    fee: '收费',
    'issued-with': '随证件一并签发',
    delivery: '送达方式',
    deferrable: '容缺受理的材料',
    address: '地址',
    hours: '办公时间',
    appointment: '是否需要预约',
    booking: '预约方式',
    grants: '免申即享的待遇',
    condition: '触发条件',
    message: '提醒内容',
  },
  en: {
    days: 'promised time limit',
    'statutory-days': 'statutory time limit',
    fee: 'fee',
    'issued-with': 'issued with',
    delivery: 'delivery',
    deferrable: 'non-key materials',
    address: 'address',
    hours: 'opening hours',
    appointment: 'appointment',
    booking: 'booking',
    grants: 'benefit granted without application',
    condition: 'condition',
    message: 'message',
  },
};

/**
 * A detail's value as people read it: "10 个工作日", "20/7 个工作日" (by case), "60 元", "需预约", the delivery
 * options with their postage and notes; "无" / "none" for a version without it.
 */
export function detailValueText(detail: ItemDetail | VenueDetail, value: DetailValue, lang: Lang): string {
  const zh = lang === 'zh';
  const none = zh ? '无' : 'none';
  if (value === null) return none;
  if (typeof value === 'boolean')
    return value ? (zh ? '需预约' : 'required') : zh ? '无需预约' : 'not required';
  if (typeof value === 'number' || typeof value === 'string') return numbered(detail, [value], lang);
  if (value.length === 0) return none;
  if (typeof value[0] === 'object')
    return (value as readonly DeliveryValue[]).map((d) => deliveryValue(d, lang)).join(zh ? '、' : ', ');
  return numbered(detail, value as readonly (number | string)[], lang);
}

function numbered(
  detail: ItemDetail | VenueDetail,
  values: readonly (number | string)[],
  lang: Lang,
): string {
  const zh = lang === 'zh';
  if (values.some((v) => typeof v === 'string')) return values.join(zh ? '、' : ', ');
  const numbers = values.map((v) => formatNumber(v as number)).join('/');
  // Several numbers are the variants of the item, each for its own cases.
  const byCase = values.length > 1 ? (zh ? '（按情形）' : ' (by case)') : '';
  if (detail === 'fee') return zh ? `${numbers} 元${byCase}` : `${numbers} yuan${byCase}`;
  if (detail === 'days' || detail === 'statutory-days')
    return zh ? `${numbers} 个工作日${byCase}` : `${numbers} working days${byCase}`;
  return `${numbers}${byCase}`;
}

function deliveryValue(d: DeliveryValue, lang: Lang): string {
  const zh = lang === 'zh';
  const parts = [
    ...(d.fee === undefined ? [] : [zh ? `邮费 ${formatNumber(d.fee)} 元` : `${formatNumber(d.fee)} yuan`]),
    ...(d.appointment === true ? [zh ? '领取须预约' : 'collection booked'] : []),
    ...(d.note === undefined ? [] : [d.note]),
  ];
  if (parts.length === 0) return d.method;
  return zh ? `${d.method}（${parts.join('，')}）` : `${d.method} (${parts.join(', ')})`;
}

/** "承诺时限 10 → 5 个工作日": one detail's change, the unit said once when both sides share it. */
export function detailChangeText(
  detail: ItemDetail | VenueDetail,
  from: DetailValue,
  to: DetailValue,
  lang: Lang,
): string {
  const name = DETAIL_NAMES[lang][detail];
  const a = detailValueText(detail, from, lang);
  const b = detailValueText(detail, to, lang);
  const unit = [' 个工作日', ' working days', ' 元', ' yuan'].find((u) => a.endsWith(u) && b.endsWith(u));
  const left = unit === undefined ? a : a.slice(0, -unit.length);
  return `${name} ${left} → ${b}`;
}
