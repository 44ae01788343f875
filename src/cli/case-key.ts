import type { Lang } from '../messages/index.js';
import type { CompiledTheme, DateQuestion, NumberQuestion } from '../model/theme.js';
import { addToDate, parseDate } from '../profile/derivations/dates.js';
import { bandKey, bandOf } from '../session/bands.js';
import { resolveBound } from '../session/question-types/date.js';
import { questionType } from '../session/question-types/index.js';
import { t } from './format/style.js';

/** The answers a case key stands for, or why the key does not fit the theme. */
export type CaseKeyAnswers =
  | { readonly ok: true; readonly answers: Map<string, unknown> }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a case key as `tongban cases` prints it (`business=first&age=ge16-lt60&dishes=hot+cold`) back into
 * answers: option ids as they are, several joined by `+`, `yes`/`no`, and for number and date questions a
 * representative value of the band the key names (see `bandRepresentative`).
 */
export function answersOfCaseKey(
  theme: CompiledTheme,
  key: string,
  today: string | undefined,
  lang: Lang,
): CaseKeyAnswers {
  const answers = new Map<string, unknown>();
  for (const part of key.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const id = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    const question = theme.questions.find((q) => q.id === id);
    if (question && answers.has(id))
      return {
        ok: false,
        message: t(lang, `情形键中问题“${id}”出现了两次`, `"${id}" appears twice in the case key`),
      };
    if (eq <= 0 || !question) {
      return {
        ok: false,
        message: t(
          lang,
          `情形键的“${part}”不是“问题=值”，或主题没有这个问题`,
          `"${part}" in the case key is not question=value of a question of the theme`,
        ),
      };
    }
    if (question.type === 'number' || question.type === 'date') {
      const representative = bandRepresentative(question, value, today);
      if (representative === undefined) {
        return {
          ok: false,
          message: t(
            lang,
            `问题 ${id} 没有落在区间“${value}”内的有效回答`,
            `no valid answer of ${id} falls in the band "${value}"`,
          ),
        };
      }
      answers.set(id, representative);
    } else if (question.type === 'multiple') answers.set(id, value.split('+'));
    else if (question.type === 'yes-no')
      answers.set(id, value === 'yes' ? true : value === 'no' ? false : value);
    else answers.set(id, value);
  }
  return { ok: true, answers };
}

/**
 * A value whose band among the question's cuts has this key (`ge16-lt60` → 16, `lt16` → 15, `any` → the
 * minimum), and that the question accepts (range, whole numbers, date bounds resolved against `today`);
 * undefined when no accepted value lies in that band. Candidates are the cuts, their neighbours and the
 * midpoints between them, so every non-empty band has one.
 */
export function bandRepresentative(
  question: NumberQuestion | DateQuestion,
  key: string,
  today?: string,
): number | string | undefined {
  const candidates =
    question.type === 'number' ? numberCandidates(question) : dateCandidates(question, today);
  const type = questionType(question);
  for (const candidate of candidates) {
    if (!type.accept(question, candidate, today).ok) continue;
    if (bandKey(bandOf(question.cuts, candidate)) === key) return candidate;
  }
  return undefined;
}

function numberCandidates(question: NumberQuestion): number[] {
  const cuts = question.cuts.map((c) => c.value).filter((v): v is number => typeof v === 'number');
  const out: number[] = [];
  for (const c of cuts) out.push(c, c + 1, c - 1, c + 0.5, c - 0.5);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const mid = (a + b) / 2;
    out.push(Math.floor(mid), Math.ceil(mid), mid);
  }
  for (const bound of [question.min, question.max]) if (bound !== undefined) out.push(bound);
  out.push(0, 1);
  return [...new Set(out)];
}

function dateCandidates(question: DateQuestion, today: string | undefined): string[] {
  const out: string[] = [];
  const around = (date: string) => {
    const parsed = parseDate(date);
    if (!parsed) return;
    out.push(date, addToDate(parsed, 1, 'd'), addToDate(parsed, -1, 'd'));
  };
  for (const cut of question.cuts) if (typeof cut.value === 'string') around(cut.value);
  const cuts = question.cuts.map((c) => parseDate(c.value)).filter((d) => d !== undefined);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as [number, number, number];
    const b = cuts[i + 1] as [number, number, number];
    const days = Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000);
    out.push(addToDate(a, Math.floor(days / 2), 'd'));
  }
  for (const bound of [resolveBound(question.min, today), resolveBound(question.max, today), today])
    if (bound !== undefined) around(bound);
  return [...new Set(out)];
}
