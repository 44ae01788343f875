import type { MaterialForm } from '../../model/theme.js';

/**
 * How strong a form is when items disagree. 表格 ranks first: a form the applicant fills in and signs is an
 * original they produce, and any item that asks for it that way needs the filling-in, which 原件 would hide.
 * Then 原件 > 复印件 > 电子: an original serves where a copy is asked for, and paper where electronic is.
 */
export const FORM_RANK: Readonly<Record<MaterialForm, number>> = { 表格: 3, 原件: 2, 复印件: 1, 电子: 0 };

/** The stronger of two forms (see `FORM_RANK`); the first on a tie. */
export function strongerForm(a: MaterialForm, b: MaterialForm): MaterialForm {
  return FORM_RANK[b] > FORM_RANK[a] ? b : a;
}
