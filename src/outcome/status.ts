import type { OutcomeNotice } from '../model/outcome.js';
import type { OutcomeContext } from './context.js';
import type { OutcomePlan } from './plan.js';
import { reasonFor } from './reasons.js';

/** A notice that applies (index `n` in the plan), with its text, basis and reason. */
export function outcomeNotice(plan: OutcomePlan, n: number, context: OutcomeContext): OutcomeNotice {
  const { notice } = plan.notices[n] as OutcomePlan['notices'][number];
  return {
    id: notice.id,
    kind: notice.kind,
    text: notice.text,
    ...(notice.basis === undefined ? {} : { basis: notice.basis }),
    reason: reasonFor(notice.when, context),
  };
}
