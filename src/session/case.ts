import { TongbanError } from '../errors.js';
import type {
  AnswerValue,
  CaseKey,
  CaseKeyAnswers,
  CaseKeyOptions,
  CasePart,
  Session,
} from '../model/session.js';
import type { CompiledTheme, Question } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import { keyLabel } from '../question-types/key-label.js';
import { describeValue } from '../util/quote.js';
import { answerOf } from './answer-table.js';
import { refusalError } from './errors.js';
import { checkSession, checkTheme } from './inputs.js';
import { walk } from './walk.js';

/**
 * The case a session has reached, from the answers of the questions asked, in question order; before the
 * questionnaire is complete, the case so far. `answersFromCaseKey` reads its key back.
 */
export function caseOf(session: Session): CaseKey {
  checkSession(session);
  const w = walk(session);
  const parts: CasePart[] = [];
  session.theme.questions.forEach((question, index) => {
    if (w.states[index] !== 'answered') return;
    const answer = answerOf(session, question.id);
    if (!answer) return;
    const part = questionType(question).casePart(question, answer.value);
    parts.push({ question: question.id, key: part.key, label: part.label });
  });
  return {
    key: parts.map((p) => `${p.question}=${p.key}`).join(KEY_SEPARATOR),
    label: parts
      .map((p) => p.label)
      .filter((label) => label !== '')
      .join(' · '),
    parts,
  };
}

const KEY_SEPARATOR = '&';

/**
 * The label of a case key (as `caseOf` writes it) in `lang`: each part's answer as its question type names it
 * ("How old is the applicant? 16 to 59 years old · Street-front shop"); a part that names no question of the
 * theme, or no answer of it, is left out.
 */
export function caseLabelOf(theme: CompiledTheme, key: string, lang: 'zh' | 'en'): string {
  const questions = new Map<string, Question>(theme.questions.map((q) => [q.id, q]));
  const labels: string[] = [];
  for (const part of key.split(KEY_SEPARATOR)) {
    const eq = part.indexOf('=');
    const question = eq > 0 ? questions.get(part.slice(0, eq)) : undefined;
    const label = question && keyLabel(question, part.slice(eq + 1), lang);
    if (label) labels.push(label);
  }
  return labels.join(' · ');
}

/**
 * The answers a case key stands for (`business=first&age=ge16-lt60&dishes=hot+cold`, as `caseOf` writes it),
 * in the key's order, each accepted by its question: option ids as they are, `yes`/`no`, and for a number or
 * date band one value of the band that the question accepts (`today` resolves bounds such as `today-18y`).
 * Answering them in a session reaches the case again. A part that is not `question=value`, names no question
 * of the theme or names one twice, or whose value is no answer of its question, is an error instead. A theme
 * that is not one (`invalid-theme`) or a key that is not text (`invalid-argument`) throws TongbanError.
 */
export function answersFromCaseKey(
  theme: CompiledTheme,
  key: string,
  options: CaseKeyOptions = {},
): CaseKeyAnswers {
  checkTheme(theme);
  if (typeof key !== 'string')
    throw new TongbanError('invalid-argument', { name: 'key', value: describeValue(key), rule: 'text' });
  const questions = new Map<string, Question>(theme.questions.map((q) => [q.id, q]));
  const answers = new Map<string, AnswerValue>();
  for (const part of key.split(KEY_SEPARATOR)) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return { ok: false, error: { code: 'malformed-part', part } };
    const id = part.slice(0, eq);
    const value = part.slice(eq + 1);
    const question = questions.get(id);
    if (!question) return { ok: false, error: { code: 'unknown-question', part, question: id } };
    if (answers.has(id)) return { ok: false, error: { code: 'repeated-question', part, question: id } };
    const type = questionType(question);
    const decoded = type.decode(question, value, options.today);
    if (decoded === undefined) return { ok: false, error: { code: 'no-answer', part, question: id } };
    const accepted = type.accept(question, decoded, options.today);
    if (!accepted.ok)
      return { ok: false, error: { code: 'refused', part, question: id, refusal: refusalError(accepted) } };
    answers.set(id, accepted.value);
  }
  return { ok: true, answers };
}
