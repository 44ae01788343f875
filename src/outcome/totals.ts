import type { Totals } from '../model/outcome.js';
import { own } from '../util/own.js';
import type { Composition } from './composition.js';
import type { OutcomePlan } from './plan.js';

/**
 * Totals of a case with names: days (critical path, plain sum, saved), fees (only items that charge appear in
 * the breakdown, in the theme's order, with the fee's note), visits (venue with name and address, its items,
 * each purpose once) and delivery options.
 */
export function totalsOf(plan: OutcomePlan, composition: Composition): Totals {
  const stepOf = (s: number) => composition.steps[s] as Composition['steps'][number];
  const idOf = (s: number) => (plan.items[stepOf(s).item] as OutcomePlan['items'][number]).item.id;
  const { catalog } = plan.theme;
  return {
    days: { ...composition.days },
    fee: {
      total: composition.fee.total,
      breakdown: composition.fee.charged.map((s) => {
        const fee = stepOf(s).fee;
        return {
          item: idOf(s),
          amount: fee?.amount ?? 0,
          ...(fee?.note === undefined ? {} : { note: fee.note }),
        };
      }),
    },
    visits: {
      count: composition.visits.length,
      list: composition.visits.map((visit) => {
        const id = stepOf(visit[0] as number).presence?.venue ?? '';
        const venue = own(catalog.venues, id);
        const purposes: string[] = [];
        for (const s of visit) {
          const purpose = stepOf(s).presence?.purpose ?? '';
          if (purpose !== '' && !purposes.includes(purpose)) purposes.push(purpose);
        }
        return {
          venue: {
            id,
            name: venue?.name ?? id,
            ...(venue?.address === undefined ? {} : { address: venue.address }),
            ...(venue?.hours === undefined ? {} : { hours: venue.hours }),
            ...(venue?.appointment === true ? { appointment: true as const } : {}),
            ...(venue?.booking === undefined ? {} : { booking: venue.booking }),
          },
          items: visit.map(idOf),
          purposes,
        };
      }),
    },
    delivery: [...composition.delivery],
  };
}
