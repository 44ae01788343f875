/** Time limits, fees, visits and delivery of the whole case. */
import type { Outcome, Visit } from '../../../../src/index.js';
import { h } from '../dom.js';

export function totalsView(outcome: Outcome, name: (id: string) => string): HTMLElement {
  const { days, fee, visits, delivery } = outcome.totals;
  const dl = h('dl', { class: 'totals', 'data-testid': 'totals' });
  const add = (term: string, ...description: (string | HTMLElement)[]) =>
    dl.append(h('dt', {}, term), h('dd', {}, ...description));
  add(
    '办理时限',
    `并联办理 ${days.critical} 个工作日`,
    days.saved > 0
      ? h('small', {}, `（逐项办理合计 ${days.sum} 个工作日，节省 ${days.saved} 个工作日）`)
      : '',
  );
  add(
    '费用',
    fee.total === 0
      ? '不收费'
      : `${fee.total} 元（${fee.breakdown.map((f) => `${name(f.item)} ${f.amount} 元${f.note ? ` ${f.note}` : ''}`).join('；')}）`,
  );
  add(
    '跑动次数',
    visits.count === 0
      ? '全程网办，无需到场'
      : `${visits.count} 次（${visits.list.map(visitText).join('；')}）`,
  );
  if (delivery.length > 0) add('送达方式', delivery.join('、'));
  return h(
    'section',
    { 'aria-labelledby': 'totals-heading' },
    h('h3', { id: 'totals-heading' }, '时限、费用与跑动'),
    dl,
  );
}

/** A visit with what it is for (the theme's purposes, or 领取办理结果), and "需预约" only when it must be booked. */
function visitText(v: Visit): string {
  const booking =
    v.venue.appointment === true ? `，需预约${v.venue.booking ? `：${v.venue.booking}` : ''}` : '';
  return `${v.venue.name}：${v.purposes.join('、')}${booking}`;
}
