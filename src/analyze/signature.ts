import type { CaseDetail } from './detail.js';

/**
 * The outcome signature of a case: one string that is equal for two cases exactly when they yield the same
 * outcome (status, items with their days, fee and venue, the merged materials with form, copies and status —
 * to submit, passed on, waived, generated, shared or committed —, critical days, total fee, visits and the
 * notices that apply). Names and texts are left out: they follow from the ids, and nothing that names the
 * path's answers (case labels, reasons) enters it. Situations, and every check that asks whether an answer
 * changes the outcome, compare cases by it.
 */
export function outcomeSignature(detail: CaseDetail): string {
  return JSON.stringify([
    detail.status,
    detail.notices.map((n) => n.id),
    detail.items.map((i) => [i.id, i.days ?? null, i.fee ?? null, i.venue ?? null]),
    detail.materials.map((m) => [m.id, m.form, m.copies, m.status]),
    detail.days,
    detail.fee,
    detail.visits,
  ]);
}
