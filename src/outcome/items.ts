import type { OutcomeItem } from '../model/outcome.js';
import { own } from '../util/own.js';
import type { ComposedStep } from './composition.js';
import type { OutcomeContext } from './context.js';
import type { OutcomePlan } from './plan.js';
import { reasonFor } from './reasons.js';

/**
 * One item as the case needs it: department, level (the item's, else its department's), basis, the days,
 * fee and presence of the variants that count, what it produces, its delivery options and its reason.
 */
export function outcomeItem(plan: OutcomePlan, step: ComposedStep, context: OutcomeContext): OutcomeItem {
  const { entry, item } = plan.items[step.item] as OutcomePlan['items'][number];
  const { catalog } = plan.theme;
  const department = item.department === undefined ? undefined : own(catalog.departments, item.department);
  const level = item.level ?? department?.level;
  const { days, fee, presence } = step;
  const venue = presence === null ? undefined : own(catalog.venues, presence.venue);
  const issuer = step.issuedWith < 0 ? undefined : plan.items[step.issuedWith]?.item;
  return {
    id: item.id,
    name: item.name,
    ...(department ? { department: { id: department.id, name: department.name } } : {}),
    ...(level === undefined ? {} : { level }),
    basis: [...item.basis],
    ...(days === undefined ? {} : { days }),
    ...(item.statutoryDays === undefined ? {} : { statutoryDays: item.statutoryDays }),
    ...(issuer === undefined ? {} : { issuedWith: { id: issuer.id, name: issuer.name } }),
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
    delivery: step.delivery.map((option) => option.method),
    ...deliveryDetails(step),
    reason: reasonFor(entry.when, context),
  };
}

/** The offered delivery options that charge a fee or carry a note (邮寄: postage), or nothing. */
function deliveryDetails(step: ComposedStep): Pick<OutcomeItem, 'deliveryDetails'> {
  const details = step.delivery.flatMap((option) =>
    option.fee === undefined && option.note === undefined
      ? []
      : [
          {
            method: option.method,
            ...(option.fee === undefined ? {} : { fee: option.fee }),
            ...(option.note === undefined ? {} : { note: option.note }),
          },
        ],
  );
  return details.length === 0 ? {} : { deliveryDetails: details };
}
