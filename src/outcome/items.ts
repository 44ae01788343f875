import type { OutcomeItem } from '../model/outcome.js';
import type { Item, ThemeItem } from '../model/theme.js';
import { own } from '../util/own.js';
import { type OutcomeContext, pickVariant } from './context.js';
import { reasonFor } from './reasons.js';

/** An item of the theme that applies in the case, with its catalog entry. */
export interface AppliedItem {
  readonly entry: ThemeItem;
  readonly item: Item;
}

/** The theme's items whose condition already holds, in the theme's order (the author's order). */
export function applyingItems(context: OutcomeContext): AppliedItem[] {
  const applied: AppliedItem[] = [];
  for (const entry of context.theme.items) {
    const item = own(context.theme.catalog.items, entry.item);
    // A compiled theme carries every item it names; a missing one cannot be described, so it is left out.
    if (item && context.holds(entry.when)) applied.push({ entry, item });
  }
  return applied;
}

/**
 * One item as the case needs it: department, level (the item's, else its department's), basis, and the
 * days, fee and presence of the first variant that holds (see `pickVariant` for undecided variants).
 */
export function outcomeItem({ entry, item }: AppliedItem, context: OutcomeContext): OutcomeItem {
  const { catalog } = context.theme;
  const department = item.department === undefined ? undefined : own(catalog.departments, item.department);
  const level = item.level ?? department?.level;
  const days = pickVariant(item.days, context)?.value;
  const fee = pickVariant(item.fee, context)?.value;
  const presence = pickVariant(item.presence, context)?.value ?? null;
  const venue = presence === null ? undefined : own(catalog.venues, presence.venue);
  return {
    id: item.id,
    name: item.name,
    ...(department ? { department: { id: department.id, name: department.name } } : {}),
    ...(level === undefined ? {} : { level }),
    basis: [...item.basis],
    ...(days === undefined ? {} : { days }),
    ...(fee === undefined
      ? {}
      : { fee: { amount: fee.amount, ...(fee.note === undefined ? {} : { note: fee.note }) } }),
    ...(presence === null
      ? {}
      : {
          presence: {
            venue: { id: presence.venue, name: venue?.name ?? presence.venue },
            purpose: presence.purpose,
          },
        }),
    produces: [...item.produces],
    delivery: [...item.delivery],
    reason: reasonFor(entry.when, context),
  };
}
