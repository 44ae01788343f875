import { BAND_WORDS, unitIn } from '../messages/band-words.js';
import type { NumberQuestion } from '../model/theme.js';
import { formatNumber } from '../util/number.js';
import { text } from '../util/text.js';
import { bandKey, bandLabel, bandOf, firstOfEachBand, valueOfBand } from './bands.js';
import {
  type AnswerBehaviour,
  bandCaseLabel,
  defineType,
  ORDERED_OPERATORS,
  type QuestionTypeDefinition,
  refuse,
  withQuestion,
} from './types.js';

/** A decimal number as typed: `12`, `-0.5`, `.5`; not `0x10`, `0b11`, `0o7`, `1e3`, `Infinity` or ''. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number within the question's range, whole if it asks for integers; cases group numbers by band. */
export const numberAnswers: AnswerBehaviour<NumberQuestion> = {
  type: 'number',
  finiteAnswers: false,
  accept(question, value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return refuse('wrong-type', question, { expected: question.integer ? 'integer' : 'number' });
    }
    const bounds = {
      ...(question.min === undefined ? {} : { min: question.min }),
      ...(question.max === undefined ? {} : { max: question.max }),
    };
    if (question.integer && !Number.isInteger(value))
      return refuse('not-integer', question, { value, ...bounds });
    const min = question.min ?? Number.NEGATIVE_INFINITY;
    const max = question.max ?? Number.POSITIVE_INFINITY;
    if (value < min || value > max) {
      const expected = question.integer ? 'integer' : 'number';
      return refuse('out-of-range', question, { value, expected, ...bounds });
    }
    // -0 and 0 are one answer; JSON would not keep the sign anyway.
    return { ok: true, value: value === 0 ? 0 : value };
  },
  casePart(question, value, lang = 'zh') {
    const band = bandOf(question.cuts, value as number);
    const unit = unitIn(question.unit ?? '', lang);
    const label = bandLabel(band, BAND_WORDS.number[lang], unit, question.integer === true);
    return { key: bandKey(band), label: bandCaseLabel(question, label, lang) };
  },
  decode: (question, key) => valueOfBand(question.cuts, bandValues(question), key),
  display: (question, value) => `${formatNumber(Number(value))}${question.unit ?? ''}`,
  said: (question, value, lang) =>
    withQuestion(question, `${formatNumber(Number(value))}${question.unit ?? ''}`, lang),
  domain: (question) => ({ type: 'number', ...(question.unit === undefined ? {} : { unit: question.unit }) }),
  options: () => [],
  withOptions: (question) => question,
  // The minimum (else 0), the boundaries conditions draw, the maximum.
  likelyAnswers(question) {
    const cuts = question.cuts.map((c) => c.value).filter((v): v is number => typeof v === 'number');
    const values = [question.min ?? 0, ...cuts.sort((a, b) => a - b)];
    return question.max === undefined ? values : [...values, question.max];
  },
};

/** A number, with what loading, the analysis and the command line need. */
export const number: QuestionTypeDefinition<NumberQuestion> = /* @__PURE__ */ defineType(numberAnswers, {
  keys: ['unit', 'min', 'max', 'integer'],
  draft(raw, base) {
    return {
      ...base,
      type: 'number',
      ...text(raw, 'unit'),
      ...(typeof raw.min === 'number' ? { min: raw.min } : {}),
      ...(typeof raw.max === 'number' ? { max: raw.max } : {}),
      ...(raw.integer === true ? { integer: true } : {}),
      cuts: [],
    };
  },
  checkShape(raw, report) {
    for (const bound of ['min', 'max'] as const) {
      if (raw[bound] !== undefined && typeof raw[bound] !== 'number') {
        report([bound], 'wrong-type', { expected: ['number'], actual: 'string' });
      }
    }
    if (typeof raw.min === 'number' && typeof raw.max === 'number' && raw.min > raw.max) {
      report(['min'], 'empty-range', { question: String(raw.id), min: raw.min, max: raw.max });
    }
  },
  withCuts: (question, cuts) => ({ ...question, cuts: cuts() }),
  operators: ORDERED_OPERATORS,
  fits: (value) => typeof value === 'number',
  answerLabels: () => [],
  choices: (question) => bandValues(question),
  exact: (_question, use) => !use.comparedWithFact,
  choicePerOption: false,
  fromText(_question, typed) {
    const trimmed = typed.trim();
    return DECIMAL.test(trimmed) ? Number(trimmed) : typed;
  },
  prompt: (question) => ({
    kind: 'input',
    ...(question.unit === undefined ? {} : { unit: question.unit }),
    ...(question.min === undefined ? {} : { min: question.min }),
    ...(question.max === undefined ? {} : { max: question.max }),
    ...(question.integer ? { integer: true } : {}),
  }),
});

/**
 * One value per band the question's cuts draw: the smallest accepted value of the band (within min/max,
 * whole when `integer`), bands in ascending order, empty bands left out.
 */
function bandValues(question: NumberQuestion): number[] {
  return firstOfEachBand(
    question.cuts,
    candidates(question),
    (v) => numberAnswers.accept(question, v, undefined).ok,
  );
}

/** Candidate values around every cut and at the bounds: each non-empty band contains one of them. */
function candidates(question: NumberQuestion): number[] {
  const cuts = [...new Set(question.cuts.map((c) => c.value).filter(isFiniteNumber))].sort((a, b) => a - b);
  const out: number[] = [0];
  const { min, max } = question;
  if (min !== undefined) out.push(min, Math.ceil(min));
  if (max !== undefined) out.push(max, Math.floor(max));
  cuts.forEach((v, i) => {
    out.push(v, Math.floor(v) + 1, Math.ceil(v) - 1);
    const next = cuts[i + 1];
    if (next !== undefined) out.push((v + next) / 2);
  });
  const first = cuts[0];
  const last = cuts.at(-1);
  if (first !== undefined) out.push(first - 1);
  if (last !== undefined) out.push(last + 1);
  return [...new Set(out.filter(Number.isFinite).map((v) => (v === 0 ? 0 : v)))].sort((a, b) => a - b);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
