import type { AnswerValue } from '../model/session.js';
import type {
  ChoiceQuestion,
  CompiledTheme,
  DateQuestion,
  NumberQuestion,
  Question,
} from '../model/theme.js';
import { addToDate, parseDate } from '../profile/derivations/dates.js';
import { resolveBound } from '../session/question-types/date.js';
import { questionType } from '../session/question-types/index.js';
import { leafIndex, referencedFact } from './conditions.js';

/** One answer the enumeration gives a question: its value and the part it adds to the case key and label. */
export interface Choice {
  readonly value: AnswerValue;
  /** `question=key`, as `caseOf` joins it. */
  readonly fragment: string;
  readonly key: string;
  readonly label: string;
}

/**
 * The answers that stand for every answer of a question (see docs/analysis.md):
 * - single choice: every option; yes/no: yes, then no;
 * - number and date: one value per band the question's cuts draw (the smallest accepted value of the band,
 *   within min/max, whole when `integer`), bands in ascending order, empty bands left out;
 * - multiple choice: the subsets of the options that conditions test (see `multipleChoices`).
 */
export function choicesOf(question: Question, theme: CompiledTheme, today: string | undefined): Choice[] {
  let values: AnswerValue[];
  switch (question.type) {
    case 'single':
      values = question.options.map((o) => o.id);
      break;
    case 'yes-no':
      values = [true, false];
      break;
    case 'multiple':
      values = multipleChoices(question, theme).map((ids) => Object.freeze(ids));
      break;
    case 'number':
      values = byBand(question, numberCandidates(question), today);
      break;
    case 'date':
      values = byBand(question, dateCandidates(question, today), today);
      break;
  }
  const type = questionType(question);
  const choices: Choice[] = [];
  for (const raw of values) {
    const accepted = type.accept(question, raw, today);
    if (!accepted.ok) continue;
    const part = type.casePart(question, accepted.value);
    choices.push({
      value: accepted.value,
      fragment: `${question.id}=${part.key}`,
      key: part.key,
      label: part.label,
    });
  }
  return choices;
}

/** How conditions read a multiple-choice fact: the options they test, and whether only by membership. */
export interface MultipleUse {
  /** Option ids some condition tests, in option order. */
  readonly tested: readonly string[];
  /**
   * False when every leaf on the fact is `contains` / `doesNotContain` (maybe `not:`) of one option without a
   * path: then a verdict depends only on which tested options are chosen. True otherwise (another operator,
   * a decorator, a path, or a comparison with another fact), and untested options may matter too.
   */
  readonly general: boolean;
}

const MEMBERSHIP = new Set(['contains', 'doesNotContain', 'not:contains', 'not:doesNotContain']);

/** How a theme's conditions read a multiple-choice question. */
export function multipleUse(question: ChoiceQuestion, theme: CompiledTheme): MultipleUse {
  const ids = new Set(question.options.map((o) => o.id));
  const tested = new Set<string>();
  let general = false;
  const { byFact, byReferencedFact } = leafIndex(theme);
  if (byReferencedFact.has(question.id)) general = true;
  for (const leaf of byFact.get(question.id) ?? []) {
    const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
    for (const value of values) if (typeof value === 'string' && ids.has(value)) tested.add(value);
    const simple =
      MEMBERSHIP.has(leaf.operator) &&
      leaf.path === undefined &&
      typeof leaf.value === 'string' &&
      ids.has(leaf.value);
    if (!simple) general = true;
  }
  return { tested: question.options.filter((o) => tested.has(o.id)).map((o) => o.id), general };
}

/**
 * The choices of a multiple-choice question that can make a difference. Let T be the tested options that are
 * not exclusive and F the first untested option that is not exclusive (the filler), if any:
 * - membership-only conditions: every non-empty subset of T, and F alone standing for "none of T";
 * - other conditions: every non-empty subset of T ∪ {F} (F standing for every untested option);
 * - then each exclusive option alone.
 * Subsets are in option order, listed by binary counting over T (F first); at most 2^|T| + 1 choices.
 */
export function multipleChoices(question: ChoiceQuestion, theme: CompiledTheme): string[][] {
  const { tested, general } = multipleUse(question, theme);
  const order = new Map(question.options.map((o, i) => [o.id, i]));
  const plain = question.options.filter((o) => !o.exclusive);
  const testedPlain = plain.filter((o) => tested.includes(o.id)).map((o) => o.id);
  const filler = plain.find((o) => !tested.includes(o.id))?.id;
  const elements = general && filler !== undefined ? [filler, ...testedPlain] : testedPlain;
  const subsets: string[][] = [];
  if (!general && filler !== undefined) subsets.push([filler]);
  const total = 2 ** elements.length;
  for (let mask = 1; mask < total; mask++) {
    const subset = elements.filter((_, i) => (mask & (2 ** i)) !== 0);
    subsets.push(subset.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
  }
  for (const option of question.options) if (option.exclusive) subsets.push([option.id]);
  return subsets;
}

/**
 * Whether the choices stand for every answer exactly: false for a number or date question that a condition
 * compares with another fact (such comparisons draw no cuts, so its bands do not separate what they test).
 */
export function exactChoices(question: Question, theme: CompiledTheme): boolean {
  if (question.type !== 'number' && question.type !== 'date') return true;
  const { byFact, byReferencedFact } = leafIndex(theme);
  if (byReferencedFact.has(question.id)) return false;
  return !(byFact.get(question.id) ?? []).some((leaf) => referencedFact(leaf) !== undefined);
}

/** Candidate values around every cut and at the bounds: each non-empty band contains one of them. */
function numberCandidates(question: NumberQuestion): number[] {
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

/** Candidate dates: each cut, the day before and after it, the resolved bounds, else a default day. */
function dateCandidates(question: DateQuestion, today: string | undefined): string[] {
  const out: string[] = [];
  for (const cut of question.cuts) {
    const day = parseDate(cut.value);
    if (!day) continue;
    out.push(cut.value as string, addToDate(day, -1, 'd'), addToDate(day, 1, 'd'));
  }
  for (const bound of [resolveBound(question.min, today), resolveBound(question.max, today)]) {
    if (bound !== undefined) out.push(bound);
  }
  if (out.length === 0) out.push(today ?? '2000-01-01');
  return [...new Set(out)].sort();
}

/** The first accepted candidate of each band, bands in ascending order of their values. */
function byBand<T extends number | string>(
  question: Question,
  candidates: readonly T[],
  today: string | undefined,
): T[] {
  const type = questionType(question);
  const seen = new Set<string>();
  const picked: T[] = [];
  for (const value of candidates) {
    const accepted = type.accept(question, value, today);
    if (!accepted.ok) continue;
    const band = type.casePart(question, accepted.value).key;
    if (seen.has(band)) continue;
    seen.add(band);
    picked.push(accepted.value as T);
  }
  return picked;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
