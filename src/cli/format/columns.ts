import type { Lang } from '../../messages/index.js';
import type { Question } from '../../model/theme.js';

/**
 * The heads of the columns situation lists share, worded once for the table, Markdown and CSV, so that a column
 * reads the same in every format (the table's "需提交材料" holds a count where the others list the names).
 */
export const HEADS = {
  index: { zh: '#', en: '#' },
  situation: { zh: '情形', en: 'situation' },
  row: { zh: '行', en: 'row' },
  paths: { zh: '路径', en: 'paths' },
  status: { zh: '状态', en: 'status' },
  items: { zh: '事项', en: 'items' },
  submit: { zh: '需提交材料', en: 'materials to submit' },
  materials: { zh: '材料状态', en: 'materials' },
  days: { zh: '时限', en: 'days' },
  fee: { zh: '费用', en: 'fee' },
  visits: { zh: '到场', en: 'trips' },
  delivery: { zh: '送达方式', en: 'delivery' },
  rule: { zh: '情形规则（满足任一行）', en: 'rule (any row)' },
  notices: { zh: '提示', en: 'notices' },
  situationPaths: { zh: '情形路径', en: 'situation paths' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Head = keyof typeof HEADS;

/** The heads of `columns` in `lang`. */
export const headsOf = (columns: readonly Head[], lang: Lang): string[] =>
  columns.map((column) => HEADS[column][lang]);

/**
 * The head of a question's column in a decision table: the question as the applicant is asked it (its English
 * text in English when written), never its short name ("面积"), which only reads inside a rule's answers, so
 * that a spreadsheet stands alone without the theme file.
 */
export function questionHead(question: Question, lang: Lang): string {
  return (lang === 'en' ? question.en : undefined) ?? question.ask;
}
