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
import { answerType } from '../question-types/answers.js';
import { keyLabel } from '../question-types/key-label.js';
import type { AnswerBehaviour } from '../question-types/types.js';
import { own } from '../util/own.js';
import { describeValue } from '../util/quote.js';
import { answerTable } from './answer-table.js';
import { appendFragment, keyFragment, keyFragments, splitFragment } from './case-key-format.js';
import { refusalError } from './errors.js';
import { stepQuestions } from './incremental.js';
import { checkSession, checkTheme } from './inputs.js';
import { walk } from './walk.js';

/**
 * The case a session has reached, from the answers of the questions asked, in question order; before the
 * questionnaire is complete, the case so far. `answersFromCaseKey` reads its key back.
 */
export function caseOf(session: Session): CaseKey {
  checkSession(session);
  const { states } = walk(session);
  const questions = session.theme.questions;
  const table = answerTable(session);
  // A theme with a plan has its questions' answer types by position, and its part texts are kept by position:
  // the last step looks up neither per question (by its type, in a table keyed by question object).
  const planned = stepQuestions(session.theme);
  const texts = planned === null ? undefined : textsByPosition(session.theme);
  // One pass that builds the key and the label as it goes: the questionnaire's last step composes the case.
  const parts: CasePart[] = [];
  let key = '';
  let label = '';
  for (let index = 0; index < questions.length; index++) {
    if (states[index] !== 'answered') continue;
    const question = questions[index] as Question;
    const answer = table ? table.at(index) : own(session.answers, question.id);
    if (!answer) continue;
    const text =
      planned === null || texts === undefined
        ? casePartText(question, answer.value)
        : positionPartText(
            question,
            answer.value,
            planned.types[index] as AnswerBehaviour<Question>,
            texts,
            index,
          );
    parts.push({ question: text.question, key: text.key, label: text.label });
    key = appendFragment(key, text.fragment);
    if (text.label !== '') label = label === '' ? text.label : `${label} · ${text.label}`;
  }
  return { key, label, parts };
}

/**
 * The case key a session has reached (`caseOf(session).key`): what a portal keeps to reopen the case later
 * with `answersFromCaseKey`.
 */
export function caseKey(session: Session): string {
  return caseOf(session).key;
}

/** A case part's text and its `question=key` fragment of the case key. */
interface PartText {
  /** The question's id, kept here so that a known part reads nothing of its question. */
  readonly question: string;
  readonly key: string;
  readonly label: string;
  readonly fragment: string;
}

/** Part texts of choice and yes/no answers (a finite set per question), each built once. */
const partTexts = new WeakMap<Question, Map<AnswerValue, PartText>>();

/** The part texts of a theme with a plan, by question position (each a Map once one is built). */
const positionTexts = new WeakMap<CompiledTheme, (Map<AnswerValue, PartText> | undefined)[]>();

function textsByPosition(theme: CompiledTheme): (Map<AnswerValue, PartText> | undefined)[] {
  let texts = positionTexts.get(theme);
  if (texts === undefined) {
    texts = new Array<Map<AnswerValue, PartText> | undefined>(theme.questions.length).fill(undefined);
    positionTexts.set(theme, texts);
  }
  return texts;
}

/** The case part text of an answer, as its question type writes it. */
function casePartText(question: Question, value: AnswerValue): PartText {
  const type = answerType(question);
  if (!type.finiteAnswers) return partText(type, question, value);
  let known = partTexts.get(question);
  if (!known) {
    known = new Map();
    partTexts.set(question, known);
  }
  return knownPartText(known, type, question, value);
}

/** `casePartText` for the question at `index` of a theme with a plan, its type and texts read by position. */
function positionPartText(
  question: Question,
  value: AnswerValue,
  type: AnswerBehaviour<Question>,
  texts: (Map<AnswerValue, PartText> | undefined)[],
  index: number,
): PartText {
  if (!type.finiteAnswers) return partText(type, question, value);
  let known = texts[index];
  if (!known) {
    known = new Map();
    texts[index] = known;
  }
  return knownPartText(known, type, question, value);
}

/** The part text of a finite answer, built once into `known`. */
function knownPartText(
  known: Map<AnswerValue, PartText>,
  type: AnswerBehaviour<Question>,
  question: Question,
  value: AnswerValue,
): PartText {
  let text = known.get(value);
  if (!text) {
    text = partText(type, question, value);
    known.set(value, text);
  }
  return text;
}

function partText(type: AnswerBehaviour<Question>, question: Question, value: AnswerValue): PartText {
  const part = type.casePart(question, value);
  return {
    question: question.id,
    key: part.key,
    label: part.label,
    fragment: keyFragment(question.id, part.key),
  };
}

/**
 * The label of a case key (as `caseOf` writes it) in `lang`: each part's answer as its question type names it
 * ("How old is the applicant? 16 to 59 years old · Street-front shop"); a part that names no question of the
 * theme, or no answer of it, is left out.
 */
export function caseLabelOf(theme: CompiledTheme, key: string, lang: 'zh' | 'en'): string {
  const questions = new Map<string, Question>(theme.questions.map((q) => [q.id, q]));
  const labels: string[] = [];
  for (const part of keyFragments(key)) {
    const split = splitFragment(part);
    const question = split && questions.get(split.question);
    const label = question && split && keyLabel(question, split.key, lang);
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
    throw new TongbanError('invalid-argument', { name: 'key', ...describeValue(key), rule: 'text' });
  const questions = new Map<string, Question>(theme.questions.map((q) => [q.id, q]));
  const answers = new Map<string, AnswerValue>();
  for (const part of keyFragments(key)) {
    if (part === '') continue;
    const split = splitFragment(part);
    if (split === undefined) return { ok: false, error: { code: 'malformed-part', part } };
    const { question: id, key: value } = split;
    const question = questions.get(id);
    if (!question) return { ok: false, error: { code: 'unknown-question', part, question: id } };
    if (answers.has(id)) return { ok: false, error: { code: 'repeated-question', part, question: id } };
    const type = answerType(question);
    const decoded = type.decode(question, value, options.today);
    if (decoded === undefined) return { ok: false, error: { code: 'no-answer', part, question: id } };
    const accepted = type.accept(question, decoded, options.today);
    if (!accepted.ok)
      return { ok: false, error: { code: 'refused', part, question: id, refusal: refusalError(accepted) } };
    answers.set(id, accepted.value);
  }
  return { ok: true, answers };
}
