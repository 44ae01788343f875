import type {
  MergeFigures,
  OutcomeItem,
  OutcomeMaterial,
  Totals,
  Visit,
  Workflow,
} from '../model/outcome.js';
import type { CompiledTheme, Delivery } from '../model/theme.js';
import { own } from '../util/own.js';

/** The order delivery options are listed in, whatever order items give them in. */
const DELIVERY_ORDER: readonly Delivery[] = ['窗口领取', '邮寄送达', '电子证照', '立等可取'];

/**
 * Totals of a case: days (critical path, plain sum, saved), fees (only items that charge appear in the
 * breakdown, in the theme's order; free items and items without a fee are left out, so the total is the sum
 * of the lines), visits (one per venue however many steps happen there), and the union of delivery options.
 */
export function totalsOf(items: readonly OutcomeItem[], workflow: Workflow, theme: CompiledTheme): Totals {
  const sum = items.reduce((total, item) => total + (item.days ?? 0), 0);
  const critical = workflow.criticalPath.days;
  const breakdown = items.flatMap((item) =>
    item.fee && item.fee.amount > 0
      ? [
          {
            item: item.id,
            amount: item.fee.amount,
            ...(item.fee.note === undefined ? {} : { note: item.fee.note }),
          },
        ]
      : [],
  );
  const visits = visitsOf(items, theme);
  const offered = new Set(items.flatMap((item) => item.delivery));
  return {
    days: { critical, sum, saved: sum - critical },
    // Summed in cents so that 0.1 + 0.2 yuan is 0.3 yuan.
    fee: {
      total: breakdown.reduce((total, line) => total + Math.round(line.amount * 100), 0) / 100,
      breakdown,
    },
    visits: { count: visits.length, list: visits },
    delivery: DELIVERY_ORDER.filter((d) => offered.has(d)),
  };
}

/** On-site visits: steps with presence grouped by venue, in order of first visit, purposes each once. */
function visitsOf(items: readonly OutcomeItem[], theme: CompiledTheme): Visit[] {
  const byVenue = new Map<string, { items: string[]; purposes: string[]; name: string }>();
  for (const item of items) {
    const presence = item.presence;
    if (!presence) continue;
    let visit = byVenue.get(presence.venue.id);
    if (!visit) {
      visit = { items: [], purposes: [], name: presence.venue.name };
      byVenue.set(presence.venue.id, visit);
    }
    visit.items.push(item.id);
    if (presence.purpose !== '' && !visit.purposes.includes(presence.purpose))
      visit.purposes.push(presence.purpose);
  }
  return [...byVenue.entries()].map(([id, visit]) => {
    const address = own(theme.catalog.venues, id)?.address;
    return {
      venue: { id, name: visit.name, ...(address === undefined ? {} : { address }) },
      items: visit.items,
      purposes: visit.purposes,
    };
  });
}

/** The figures a portal shows: "逐项办理需 itemByItem 份材料 → 一表申请，需准备 toSubmit 份". */
export function mergeFiguresOf(
  counts: { readonly itemByItem: number; readonly forms: number },
  materials: readonly OutcomeMaterial[],
  totals: Totals,
): MergeFigures {
  const count = (status: OutcomeMaterial['status']) => materials.filter((m) => m.status === status).length;
  return {
    itemByItem: counts.itemByItem,
    forms: counts.forms,
    merged: materials.length,
    toSubmit: count('submit'),
    passedOn: count('passed-on'),
    generated: count('generated'),
    waived: count('waived'),
    shared: count('shared'),
    committed: count('committed'),
    daysSaved: totals.days.saved,
  };
}
