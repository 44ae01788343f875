import type { CompiledTheme, Item, Venue } from '../model/theme.js';
import { own } from '../util/own.js';

/** What of an item's service details can change between two versions, in the order reported. */
export const ITEM_ASPECTS = ['statutory-days', 'issued-with', 'delivery', 'deferrable'] as const;

export type ItemAspect = (typeof ITEM_ASPECTS)[number];

/** What of a venue can change between two versions, in the order reported. */
export const VENUE_ASPECTS = ['address', 'hours', 'appointment', 'booking'] as const;

export type VenueAspect = (typeof VENUE_ASPECTS)[number];

/**
 * A change to the service details a theme's items carry that case outcomes do not count: the statutory time
 * limit, what an item is issued with, its delivery options and which of its materials may follow acceptance
 * (容缺受理); a venue's address, opening hours and booking.
 */
export type ServiceChange =
  | {
      readonly kind: 'item-service';
      readonly item: string;
      readonly name: string;
      readonly aspects: readonly ItemAspect[];
    }
  | {
      readonly kind: 'venue-changed';
      readonly venue: string;
      readonly name: string;
      readonly aspects: readonly VenueAspect[];
    };

/**
 * How the service details carried by two versions of a theme differ, for the items and venues both carry: items
 * in the new version's order, then venues. Entries only one version carries show as case changes instead.
 */
export function serviceChanges(old: CompiledTheme, next: CompiledTheme): ServiceChange[] {
  const changes: ServiceChange[] = [];
  for (const item of Object.values(next.catalog.items)) {
    const before = own(old.catalog.items, item.id);
    if (!before) continue;
    const aspects = ITEM_ASPECTS.filter((aspect) => itemDiffers(aspect, before, item, old, next));
    if (aspects.length > 0) changes.push({ kind: 'item-service', item: item.id, name: item.name, aspects });
  }
  for (const venue of Object.values(next.catalog.venues)) {
    const before = own(old.catalog.venues, venue.id);
    if (!before) continue;
    const aspects = VENUE_ASPECTS.filter((aspect) => venueDiffers(aspect, before, venue));
    if (aspects.length > 0)
      changes.push({ kind: 'venue-changed', venue: venue.id, name: venue.name, aspects });
  }
  return changes;
}

function itemDiffers(aspect: ItemAspect, a: Item, b: Item, old: CompiledTheme, next: CompiledTheme): boolean {
  switch (aspect) {
    case 'statutory-days':
      return a.statutoryDays !== b.statutoryDays;
    case 'issued-with':
      return a.issuedWith !== b.issuedWith;
    case 'delivery':
      return JSON.stringify(a.delivery) !== JSON.stringify(b.delivery);
    case 'deferrable':
      return JSON.stringify(deferred(a, old)) !== JSON.stringify(deferred(b, next));
  }
}

/** The materials an item accepts the application without (容缺受理), each use's own setting or its material's. */
function deferred(item: Item, theme: CompiledTheme): string[] {
  return item.materials
    .filter((use) => use.deferrable ?? own(theme.catalog.materials, use.material)?.deferrable === true)
    .map((use) => use.material);
}

function venueDiffers(aspect: VenueAspect, a: Venue, b: Venue): boolean {
  return a[aspect] !== b[aspect];
}
