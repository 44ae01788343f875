import {
  type DetailValue,
  ITEM_DETAILS,
  type ItemDetail,
  VENUE_DETAILS,
  type VenueDetail,
} from '../messages/service-diff-words.js';
import type { Condition } from '../model/condition.js';
import type { CompiledTheme, Item, Notice, NoticeKind, Trigger, Venue } from '../model/theme.js';
import { own } from '../util/own.js';

/** What of an item's service details can change between two versions, in the order reported. */
export const ITEM_ASPECTS = ITEM_DETAILS;

export type ItemAspect = ItemDetail;

/** What of a venue can change between two versions, in the order reported. */
export const VENUE_ASPECTS = VENUE_DETAILS;

export type VenueAspect = VenueDetail;

/**
 * What of a profile trigger (主动提醒) can change between two versions, in the order reported: the benefit it
 * grants without any application (免申即享), when it fires (its condition and `on-missing`), its message.
 */
export const TRIGGER_ASPECTS = ['grants', 'condition', 'message'] as const;

export type TriggerAspect = (typeof TRIGGER_ASPECTS)[number];

/**
 * What of a notice can change while its id stays: its kind, its text, its English text and its legal basis
 * (依据). Outcomes compare notices by id, so a reworded notice changes no case and is reported here instead.
 */
export const NOTICE_ASPECTS = ['kind', 'text', 'en', 'basis'] as const;

export type NoticeAspect = (typeof NOTICE_ASPECTS)[number];

/** A notice as one version says it. */
export interface NoticeVersion {
  readonly kind: NoticeKind;
  readonly text: string;
  readonly en?: string;
  /** The law or document it rests on, when the theme names one. */
  readonly basis?: string;
}

/** One aspect's value in the old and the new version (see `DetailValue`), for people to read as old → new. */
export interface DetailChange<A extends string> {
  readonly aspect: A;
  readonly from: DetailValue;
  readonly to: DetailValue;
}

/** The benefit a trigger grants in each version (免申即享); a side without one has none. */
export interface GrantChange {
  readonly from?: string;
  readonly to?: string;
}

/**
 * A change to the service details a theme's items carry that case outcomes do not count: the statutory time
 * limit, what an item is issued with, its delivery options and which of its materials may follow acceptance
 * (容缺受理); a venue's address, opening hours and booking; a notice's kind, wording and legal basis; the profile triggers that recommend the theme or
 * grant its benefit without any application (免申即享), added, removed or changed.
 */
export type ServiceChange =
  | {
      readonly kind: 'item-service';
      readonly item: string;
      readonly name: string;
      readonly aspects: readonly ItemAspect[];
      /** Each aspect's old and new value, in the order of `aspects`. */
      readonly values: readonly DetailChange<ItemAspect>[];
    }
  | {
      readonly kind: 'venue-changed';
      readonly venue: string;
      readonly name: string;
      readonly aspects: readonly VenueAspect[];
      /** Each aspect's old and new value, in the order of `aspects`. */
      readonly values: readonly DetailChange<VenueAspect>[];
    }
  | {
      readonly kind: 'notice-changed';
      readonly notice: string;
      readonly aspects: readonly NoticeAspect[];
      readonly from: NoticeVersion;
      readonly to: NoticeVersion;
    }
  | {
      readonly kind: 'trigger-changed';
      readonly trigger: string;
      readonly aspects: readonly TriggerAspect[];
      /** Set when `grants` is among the aspects. */
      readonly grants?: GrantChange;
    }
  | { readonly kind: 'trigger-added'; readonly trigger: string; readonly grants?: string }
  | { readonly kind: 'trigger-removed'; readonly trigger: string; readonly grants?: string };

/**
 * How the service details carried by two versions of a theme differ, for the items and venues both carry: items
 * in the new version's order, then venues, then notices (entries only one version carries show as case changes
 * instead); then the triggers, matched by id: changed and added in the new version's order, then removed in the old one's.
 */
export function serviceChanges(old: CompiledTheme, next: CompiledTheme): ServiceChange[] {
  const changes: ServiceChange[] = [];
  for (const item of Object.values(next.catalog.items)) {
    const before = own(old.catalog.items, item.id);
    if (!before) continue;
    const values = ITEM_ASPECTS.map((aspect) => ({
      aspect,
      from: itemValue(aspect, before, old),
      to: itemValue(aspect, item, next),
    })).filter((v) => JSON.stringify(v.from) !== JSON.stringify(v.to));
    const aspects = values.map((v) => v.aspect);
    if (aspects.length > 0)
      changes.push({ kind: 'item-service', item: item.id, name: item.name, aspects, values });
  }
  for (const venue of Object.values(next.catalog.venues)) {
    const before = own(old.catalog.venues, venue.id);
    if (!before) continue;
    const values = VENUE_ASPECTS.filter((aspect) => before[aspect] !== venue[aspect]).map((aspect) => ({
      aspect,
      from: venueValue(aspect, before),
      to: venueValue(aspect, venue),
    }));
    const aspects = values.map((v) => v.aspect);
    if (aspects.length > 0)
      changes.push({ kind: 'venue-changed', venue: venue.id, name: venue.name, aspects, values });
  }
  changes.push(...noticeChanges(old, next));
  changes.push(...triggerChanges(old, next));
  return changes;
}

/** The notices both versions carry (by id) whose kind, wording or basis differs, in the new version's order. */
function noticeChanges(old: CompiledTheme, next: CompiledTheme): ServiceChange[] {
  const before = new Map(old.notices.map((n) => [n.id, n]));
  const changes: ServiceChange[] = [];
  for (const notice of next.notices) {
    const previous = before.get(notice.id);
    if (!previous) continue;
    const aspects = NOTICE_ASPECTS.filter((aspect) => previous[aspect] !== notice[aspect]);
    if (aspects.length > 0)
      changes.push({
        kind: 'notice-changed',
        notice: notice.id,
        aspects,
        from: noticeVersion(previous),
        to: noticeVersion(notice),
      });
  }
  return changes;
}

function noticeVersion(notice: Notice): NoticeVersion {
  return {
    kind: notice.kind,
    text: notice.text,
    ...(notice.en === undefined ? {} : { en: notice.en }),
    ...(notice.basis === undefined ? {} : { basis: notice.basis }),
  };
}

function triggerChanges(old: CompiledTheme, next: CompiledTheme): ServiceChange[] {
  const changes: ServiceChange[] = [];
  const before = new Map(old.triggers.map((t) => [t.id, t]));
  const kept = new Set<string>();
  for (const trigger of next.triggers) {
    const previous = before.get(trigger.id);
    if (!previous) {
      changes.push({ kind: 'trigger-added', trigger: trigger.id, ...grantOf(trigger) });
      continue;
    }
    kept.add(trigger.id);
    const aspects = TRIGGER_ASPECTS.filter((aspect) => triggerDiffers(aspect, previous, trigger, old, next));
    if (aspects.length === 0) continue;
    const grants: GrantChange = {
      ...(previous.grants === undefined ? {} : { from: previous.grants }),
      ...(trigger.grants === undefined ? {} : { to: trigger.grants }),
    };
    changes.push({
      kind: 'trigger-changed',
      trigger: trigger.id,
      aspects,
      ...(aspects.includes('grants') ? { grants } : {}),
    });
  }
  for (const trigger of old.triggers)
    if (!kept.has(trigger.id))
      changes.push({ kind: 'trigger-removed', trigger: trigger.id, ...grantOf(trigger) });
  return changes;
}

function grantOf(trigger: Trigger): { readonly grants?: string } {
  return trigger.grants === undefined ? {} : { grants: trigger.grants };
}

function triggerDiffers(
  aspect: TriggerAspect,
  a: Trigger,
  b: Trigger,
  old: CompiledTheme,
  next: CompiledTheme,
): boolean {
  switch (aspect) {
    case 'grants':
      return a.grants !== b.grants;
    case 'condition':
      return (
        a.onMissing !== b.onMissing ||
        JSON.stringify(expanded(a.when, old.conditions)) !== JSON.stringify(expanded(b.when, next.conditions))
      );
    case 'message':
      return a.message !== b.message || a.en !== b.en;
  }
}

/**
 * A condition with the named conditions it refers to written out, so that editing a named condition changes
 * every trigger that uses it. A name already being expanded (a cycle the loader reports) or unknown stays a
 * reference.
 */
function expanded(
  condition: Condition,
  named: Readonly<Record<string, Condition>>,
  open: ReadonlySet<string> = new Set(),
): unknown {
  if ('all' in condition) return { all: condition.all.map((c) => expanded(c, named, open)) };
  if ('any' in condition) return { any: condition.any.map((c) => expanded(c, named, open)) };
  if ('not' in condition) return { not: expanded(condition.not, named, open) };
  if ('condition' in condition) {
    const target = own(named, condition.condition);
    if (!target || open.has(condition.condition)) return condition;
    return expanded(target, named, new Set([...open, condition.condition]));
  }
  return condition;
}

/**
 * An item's value of one aspect in a version (`DetailValue`): the promised days and fee of each variant in order,
 * the statutory days, the name of the item it is issued with, its delivery options (with postage, note and
 * booking; conditions aside, as the cases show them), the names of its materials accepted later (容缺受理).
 */
function itemValue(aspect: ItemAspect, item: Item, theme: CompiledTheme): DetailValue {
  switch (aspect) {
    case 'days':
      return item.days.map((v) => v.value);
    case 'statutory-days':
      return item.statutoryDays ?? null;
    case 'fee':
      return item.fee.map((v) => v.value.amount);
    case 'issued-with':
      return item.issuedWith === undefined
        ? null
        : (own(theme.catalog.items, item.issuedWith)?.name ?? item.issuedWith);
    case 'delivery':
      return item.delivery.map((o) => ({
        method: o.method,
        ...(o.fee === undefined ? {} : { fee: o.fee }),
        ...(o.note === undefined ? {} : { note: o.note }),
        ...(o.appointment === true ? { appointment: true } : {}),
      }));
    case 'deferrable':
      return deferred(item, theme).map((id) => own(theme.catalog.materials, id)?.name ?? id);
  }
}

function venueValue(aspect: VenueAspect, venue: Venue): DetailValue {
  if (aspect === 'appointment') return venue.appointment === true;
  return venue[aspect] ?? null;
}

/** The materials an item accepts the application without (容缺受理), each use's own setting or its material's. */
function deferred(item: Item, theme: CompiledTheme): string[] {
  return item.materials
    .filter((use) => use.deferrable ?? own(theme.catalog.materials, use.material)?.deferrable === true)
    .map((use) => use.material);
}
