import { deliveryEffectText, type Lang } from '../messages/index.js';
import { optionTestText, RULE_WORDS as WORDS } from '../messages/rule-words.js';
import type { CompiledTheme, Question } from '../model/theme.js';
import { joinedBandLabels } from '../question-types/band-runs.js';
import { keyLabel } from '../question-types/key-label.js';
import type { CaseDetail } from './detail.js';
import type { RuleAnswer, RuleCell, RuleRow } from './situations.js';

/** A question as a rule names it: its short name, else the question as asked; in English its English text. */
export function questionTitle(question: Question, lang: Lang = 'zh'): string {
  return (lang === 'en' ? question.en : undefined) ?? question.short ?? question.ask;
}

/** An answer's label in `lang`: the analysis writes labels in Chinese; English reads them from the key. */
function answerLabel(question: Question | undefined, answer: RuleAnswer, lang: Lang): string {
  if (lang === 'zh' || question === undefined) return answer.label;
  return keyLabel(question, answer.key, lang) ?? answer.label;
}

/**
 * A cell's answers' labels, adjacent bands of a number or date joined into one range ("年龄16周岁以上"), the
 * subsets of a multiple choice as the options they include ("含散装食品、现制熟食或自制饮品") where they read so.
 */
function answerLabels(question: Question | undefined, cell: RuleCell, lang: Lang): string[] {
  if (cell.options !== undefined) {
    const labels = cell.options.options.map((o) => optionLabel(question, o, lang));
    return [optionTestText(cell.options.kind, labels, lang)];
  }
  const joined =
    question &&
    joinedBandLabels(
      question,
      cell.answers.map((a) => a.key),
      lang,
    );
  return joined ?? cell.answers.map((a) => answerLabel(question, a, lang));
}

/** An option's label in `lang` (its English text where the question has one). */
function optionLabel(question: Question | undefined, option: RuleAnswer, lang: Lang): string {
  if (lang === 'zh' || question === undefined || !('options' in question)) return option.label;
  return question.options.find((o) => o.id === option.key)?.en ?? option.label;
}

/**
 * One cell as a column of a decision table reads it (the question is the column's title): the labels of its
 * answers (bands for numbers and dates, options included for a multiple choice), with "不问" where the
 * question may be left unasked; "任意" for a question the row does not constrain (`cell` undefined). An
 * implied cell reads as its answer: the row allows any, but its paths all answer so.
 */
export function cellText(cell: RuleCell | undefined, lang: Lang, question?: Question): string {
  if (cell === undefined) return WORDS.any[lang];
  if (cell.answered) return WORDS.answered[lang];
  const parts = answerLabels(question, cell, lang).map((label) => label || WORDS.none[lang]);
  if (cell.notAsked) parts.push(WORDS.notAsked[lang]);
  return parts.join(WORDS.or[lang]);
}

/**
 * A row as one line for people: each constrained question by its answers' labels (which name the question for
 * yes/no, bands and most options), "不问「问题」" for a question left unasked; "任意" when nothing is constrained.
 */
export function ruleText(theme: CompiledTheme, row: RuleRow, lang: Lang): string {
  const byId = new Map(theme.questions.map((q) => [q.id, q]));
  return ruleTextWith(
    row,
    (id) => {
      const question = byId.get(id);
      return question ? questionTitle(question, lang) : id;
    },
    lang,
    (id) => byId.get(id),
  );
}

/**
 * `ruleText` with the questions' titles given by id (for rules read apart from their theme, as in a diff), and
 * the questions themselves where known (English labels of answers come from them).
 */
export function ruleTextWith(
  row: RuleRow,
  titleOf: (question: string) => string,
  lang: Lang,
  questionOf: (question: string) => Question | undefined = () => undefined,
): string {
  // Implied cells repeat what the other cells already decide: the one line leaves them out.
  const cells = row.cells.filter((cell) => cell.implied !== true);
  if (cells.length === 0) return WORDS.any[lang];
  return cells
    .map((cell) => {
      const question = questionOf(cell.question);
      const title = titleOf(cell.question);
      // Every answer: the cell says only that the question was answered, not which answers.
      if (cell.answered) return lang === 'en' ? `answered "${title}"` : `${WORDS.answered[lang]}“${title}”`;
      const colon = lang === 'en' ? ': ' : '：';
      const answers = answerLabels(question, cell, lang).map(
        (label) => label || `${title}${colon}${WORDS.none[lang]}`,
      );
      if (cell.notAsked)
        answers.push(lang === 'en' ? `not asked "${title}"` : `${WORDS.notAsked[lang]}“${title}”`);
      return answers.join(WORDS.or[lang]);
    })
    .join(WORDS.and[lang]);
}

/**
 * What each delivery method the applicant may choose adds to a situation, as one line for people
 * ("窗口领取：另需到场 1 次；邮寄送达：免去领取的 1 次到场，邮费 22 元"), each method as `deliveryEffectText`
 * says it, with the option's note; '' when the situation asks no choice of delivery.
 */
export function deliveryText(detail: Pick<CaseDetail, 'delivery'>, lang: Lang): string {
  const methods = detail.delivery ?? [];
  const most = Math.max(0, ...methods.map((d) => d.visits));
  return methods
    .map((d) =>
      deliveryEffectText(
        {
          method: d.method,
          fee: d.fee,
          visits: d.visits,
          saves: most - d.visits,
          ...(d.note === undefined ? {} : { note: d.note }),
        },
        lang,
      ),
    )
    .join(lang === 'zh' ? '；' : '; ');
}
