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

/** A visit by what it is for (递交申请 or 领取办理结果), where, and "需预约" only when this visit must be booked. */
function visitText(v: Visit): string {
  const purposes = v.purposes.length === 0 ? '' : `（${v.purposes.join('、')}）`;
  const kind = v.collect === true ? '领取办理结果' : `递交申请${purposes}`;
  const booking =
    v.venue.appointment === true ? `，需预约${v.venue.booking ? `：${v.venue.booking}` : ''}` : '';
  return `${kind}：${v.venue.name}${booking}`;
}
