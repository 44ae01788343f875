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
  return headSignature(detail) + bodySignature(detail);
}

/**
 * The part of `outcomeSignature` its status and notices give (it comes first). Split from the body's part so
 * that situations sign each composed body once, however many notice sets it comes with.
 */
export function headSignature(detail: Pick<CaseDetail, 'status' | 'notices'>): string {
  // Joined by hand rather than JSON.stringify'd: it is built once per distinct outcome of a walk. Ids never hold
  // control characters, so the separators below cannot occur inside a part.
  let text = `${detail.status}\u0001`;
  for (const n of detail.notices) text += `${n.id}\u0002`;
  return `${text}\u0001`;
}

/** The part of `outcomeSignature` the body gives: items, materials, critical days, total fee and visits. */
export function bodySignature(detail: Omit<CaseDetail, 'status' | 'notices'>): string {
  // Parts joined once: appended one by one they would leave a rope of many pieces behind each signature.
  const parts: (string | number)[] = [];
  for (const i of detail.items)
    parts.push(i.id, '\u0003', i.days ?? '', '\u0003', i.fee ?? '', '\u0003', i.venue ?? '', '\u0002');
  parts.push('\u0001');
  for (const m of detail.materials)
    parts.push(m.id, '\u0003', m.form, '\u0003', m.copies, '\u0003', m.status, '\u0002');
  parts.push('\u0001', detail.days, '\u0001', detail.fee, '\u0001', detail.visits);
  return parts.join('');
}
