import type { Totals, Visit } from '../model/outcome.js';
import { own } from '../util/own.js';
import type { Composition } from './composition.js';
import { collectionPlace, collectionVenue, windowOption } from './delivery-choice.js';
import type { OutcomePlan } from './plan.js';

/**
 * Totals of a case with names: days (critical path, plain sum, saved), fees (only items that charge appear in
 * the breakdown, in the theme's order, with the fee's note, then the chosen delivery's postage), visits (venue
 * with name, address, hours and booking, its items, each purpose once; then the visits to collect results),
 * the delivery options, the applicant's choice and what each method of the choice would add.
 */
export function totalsOf(plan: OutcomePlan, composition: Composition): Totals {
  const stepOf = (s: number) => composition.steps[s] as Composition['steps'][number];
  const idOf = (s: number) => (plan.items[stepOf(s).item] as OutcomePlan['items'][number]).item.id;
  const chosen = composition.chosen;
  const postage =
    chosen === undefined || chosen.fee === 0 || chosen.steps.length === 0
      ? []
      : [
          {
            item: idOf(chosen.steps[0] as number),
            amount: chosen.fee,
            note: chosen.note ?? chosen.method,
          },
        ];
  return {
    days: { ...composition.days },
    fee: {
      total: composition.fee.total,
      breakdown: [
        ...composition.fee.charged.map((s) => {
          const fee = stepOf(s).fee;
          return {
            item: idOf(s),
            amount: fee?.amount ?? 0,
            ...(fee?.note === undefined ? {} : { note: fee.note }),
          };
        }),
        // The chosen delivery's fee (postage), once, on the first item that offers it.
        ...postage,
      ],
    },
    visits: {
      count: composition.visits.length + composition.collections.length,
      list: [
        ...composition.visits.map((visit) => visitOf(plan, composition, visit, false)),
        ...composition.collections.map((visit) => visitOf(plan, composition, visit, true)),
      ],
    },
    delivery: [...composition.delivery],
    ...(chosen === undefined
      ? {}
      : {
          chosenDelivery: {
            method: chosen.method,
            items: chosen.steps.map(idOf),
            fee: chosen.fee,
            ...(chosen.note === undefined ? {} : { note: chosen.note }),
          },
          deliveryChoices: composition.choices.map((effect) => ({
            method: effect.method,
            fee: effect.fee,
            visits: effect.collections,
            ...(effect.note === undefined ? {} : { note: effect.note }),
          })),
        }),
  };
}

/**
 * A visit with names: the venue with its address, hours and booking, its items, each purpose once; a visit to
 * collect results has the purpose 领取办理结果, and needs booking only when the 窗口领取 option of one of its
 * items says so (`appointment`), not because the venue books visits to apply.
 */
function visitOf(
  plan: OutcomePlan,
  composition: Composition,
  visit: readonly number[],
  collect: boolean,
): Visit {
  const stepOf = (s: number) => composition.steps[s] as Composition['steps'][number];
  const idOf = (s: number) => (plan.items[stepOf(s).item] as OutcomePlan['items'][number]).item.id;
  const first = stepOf(visit[0] as number);
  // A collection goes where the result is collected, which for an item applied for online is not its presence.
  const id = (collect ? collectionVenue(plan, first) : first.presence?.venue) ?? '';
  const venue = own(plan.theme.catalog.venues, id);
  const department = collect ? collectionPlace(plan, id) : undefined;
  const purposes: string[] = collect ? [COLLECT] : [];
  if (!collect)
    for (const s of visit) {
      const purpose = stepOf(s).presence?.purpose ?? '';
      if (purpose !== '' && !purposes.includes(purpose)) purposes.push(purpose);
    }
  // A venue's booking is for visits to apply; collecting needs one only where a 窗口领取 option says so.
  const booked = collect
    ? visit.some((s) => windowOption(stepOf(s))?.appointment === true)
    : venue?.appointment === true;
  return {
    venue: {
      id,
      name: venue?.name ?? department?.name ?? id,
      ...(venue?.address === undefined ? {} : { address: venue.address }),
      ...(venue?.hours === undefined ? {} : { hours: venue.hours }),
      ...(booked ? { appointment: true as const } : {}),
      ...(venue?.booking === undefined || (collect && !booked) ? {} : { booking: venue.booking }),
    },
    items: visit.map(idOf),
    purposes,
    ...(collect ? { collect: true as const } : {}),
  };
}

/** The purpose of a visit to collect results (a catalog text, like the purposes it sits with). */
const COLLECT = '领取办理结果';
