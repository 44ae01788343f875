import type { YesNoQuestion } from '../model/theme.js';
import {
  type AnswerBehaviour,
  defineType,
  EQUALITY_OPERATORS,
  type QuestionTypeDefinition,
  refuse,
  withQuestion,
} from './types.js';

const YES = new Set(['yes', 'y', 'true', '是']);
const NO = new Set(['no', 'n', 'false', '否']);

/** Yes or no: a boolean. */
export const yesNoAnswers: AnswerBehaviour<YesNoQuestion> = {
  type: 'yes-no',
  finiteAnswers: true,
  accept(question, value) {
    if (typeof value !== 'boolean') return refuse('wrong-type', question, { expected: 'yes-no' });
    return { ok: true, value };
  },
  casePart(question, value, lang = 'zh') {
    const key = value === true ? 'yes' : 'no';
    // The yes/no texts are Chinese: in English the question itself and yes or no.
    if (lang === 'en') return { key, label: withQuestion(question, key, 'en') };
    return { key, label: value === true ? question.yes : question.no };
  },
  decode: (_question, key) => (key === 'yes' ? true : key === 'no' ? false : undefined),
  display: (question, value) => (value === true ? question.yes : question.no),
  // Texts of their own ("有专用烟道") stand alone; the plain 是/否 needs the question before it.
  said(question, value, lang) {
    const text = value === true ? question.yes : question.no;
    if (question.yes !== '是' || question.no !== '否') return text;
    return withQuestion(question, lang === 'en' ? (value === true ? 'yes' : 'no') : text, lang);
  },
  domain: (question) => ({ type: 'yes-no', yes: question.yes, no: question.no }),
  options: () => [],
  withOptions: (question) => question,
  likelyAnswers: () => [true, false],
};

/** Yes or no, with what loading, the analysis and the command line need. */
export const yesNo: QuestionTypeDefinition<YesNoQuestion> = /* @__PURE__ */ defineType(yesNoAnswers, {
  keys: ['yes', 'no'],
  draft(raw, base) {
    return { ...base, type: 'yes-no', yes: String(raw.yes ?? '是'), no: String(raw.no ?? '否') };
  },
  checkShape() {},
  withCuts: (question) => question,
  operators: EQUALITY_OPERATORS,
  fits: (value) => typeof value === 'boolean',
  answerLabels: (question) => [
    { id: 'yes', label: question.yes, option: false },
    { id: 'no', label: question.no, option: false },
  ],
  choices: () => [true, false],
  exact: () => true,
  choicePerOption: false,
  fromText(_question, text) {
    const lower = text.trim().toLowerCase();
    if (YES.has(lower)) return true;
    if (NO.has(lower)) return false;
    return text;
  },
  prompt: (question) => ({ kind: 'confirm', yes: question.yes, no: question.no }),
});
