import { formatSessionError, type Lang } from '../messages/index.js';
import type { Profile } from '../model/profile.js';
import type { QuestionStep, Session, SessionError } from '../model/session.js';
import type { CompiledTheme, Question } from '../model/theme.js';
import { offeredQuestion } from '../question-types/availability.js';
import { questionType } from '../question-types/index.js';
import { answer, change, next, start } from '../session/index.js';
import { coerceAnswer } from './answers.js';
import { escapeControls } from './format/escape.js';
import { t } from './format/style.js';

/** Where applying given answers stopped. */
export interface Applied {
  readonly session: Session;
  /** The question reached that no given answer answers (absent when the questionnaire is complete). */
  readonly missing?: QuestionStep;
  /** The given answer the session rejected. */
  readonly rejected?: SessionError;
  /** The question as it was asked when its answer was rejected: with only the options offered there. */
  readonly rejectedAt?: Question;
  /** Given ids that name no question of the theme (typos, most likely). */
  readonly unknown: readonly string[];
}

/** Starts a session on a theme with an optional profile and `today` (already checked). */
export function startSession(theme: CompiledTheme, profile: Profile | undefined, today: string): Session {
  return start(theme, { today, ...(profile ? { profile } : {}) });
}

/**
 * Answers the questions in the order they are asked from `given` (strings are coerced per question type),
 * overriding prefilled answers that `given` also names, until a question has no answer or an answer is
 * rejected.
 */
export function applyAnswers(session: Session, given: ReadonlyMap<string, unknown>): Applied {
  const questions = new Map(session.theme.questions.map((q) => [q.id, q]));
  const unknown = [...given.keys()].filter((id) => !questions.has(id));
  const valueFor = (question: Question) => {
    const raw = given.get(question.id);
    return typeof raw === 'string' ? coerceAnswer(question, raw, session.today) : raw;
  };
  let current = session;
  // A given answer replaces a prefilled one once its question is settled as asked (`change` says not-asked
  // before that); prefilled answers of questions never asked are left as they are.
  const overrides = new Set(
    Object.entries(current.answers)
      .filter(([id, stored]) => stored.prefilled && questions.has(id) && given.has(id))
      .map(([id]) => id),
  );
  for (;;) {
    for (const id of overrides) {
      const changed = change(current, id, valueFor(questions.get(id) as Question));
      if (changed.ok) current = changed.session;
      else if (changed.error.code === 'not-asked') continue;
      else return { session: current, rejected: changed.error, unknown };
      overrides.delete(id);
    }
    const step = next(current);
    if (step.done) return { session: current, unknown };
    if (!given.has(step.question.id)) return { session: current, missing: step, unknown };
    const result = answer(current, step.question.id, valueFor(step.question));
    if (!result.ok)
      return {
        session: current,
        rejected: result.error,
        rejectedAt: offeredQuestion(step.question, step.options),
        unknown,
      };
    current = result.session;
  }
}

/** "缺少问题 purpose（前往港澳的目的是？）的回答；可选：…", naming what the question accepts. */
export function missingAnswerMessage(step: QuestionStep, lang: Lang): string {
  const q = step.question;
  // Theme texts escaped: they go to a terminal. Only the options offered at this point are named.
  const accepts = escapeControls(acceptedAnswers(offeredQuestion(q, step.options), lang));
  const ask = escapeControls(lang === 'en' ? (q.en ?? q.ask) : q.ask);
  return t(
    lang,
    `缺少问题 ${q.id}（${ask}）的回答。${accepts}\n用 --answers ${q.id}=<值> 或答案文件给出。`,
    `no answer for question ${q.id} (${ask}). ${accepts}\nGive it with --answers ${q.id}=<value> or an answers file.`,
  );
}

/** What a question accepts, for messages, as its type's prompt describes it: options, yes/no, a range, a date. */
export function acceptedAnswers(q: Question, lang: Lang): string {
  const prompt = questionType(q).prompt(q);
  switch (prompt.kind) {
    case 'select':
    case 'checkbox': {
      const options = prompt.options
        .map((o) => (lang === 'en' ? `${o.id} (${o.en ?? o.label})` : `${o.id}（${o.label}）`))
        .join(t(lang, '，', ', '));
      const several =
        prompt.kind === 'checkbox'
          ? t(lang, `可多选，用 ${prompt.separator} 连接；`, `several joined by ${prompt.separator}; `)
          : '';
      return `${t(lang, '可选：', 'Options: ')}${several}${options}`;
    }
    case 'confirm':
      return t(
        lang,
        `回答 yes（${prompt.yes}）或 no（${prompt.no}）`,
        `Answer yes (${prompt.yes}) or no (${prompt.no})`,
      );
    case 'input': {
      if (prompt.pattern !== undefined)
        return t(lang, `回答 ${prompt.pattern} 日期`, `Answer a ${prompt.pattern} date`);
      const range = `${prompt.min ?? '-∞'}–${prompt.max ?? '∞'}${prompt.unit ?? ''}`;
      const whole = prompt.integer ? t(lang, '整数', 'a whole number') : t(lang, '数字', 'a number');
      return t(lang, `回答${whole}，范围 ${range}`, `Answer ${whole} in ${range}`);
    }
  }
}

/**
 * "问题 area（经营场所面积是多少？）的回答无效：请输入 1 到 10000 之间的数字。…": a rejected given answer, naming
 * the question (the session's own words are for the person at the question, and do not) and what it accepts:
 * the options offered where it was asked (`asked`, the step's question), else all of the theme's.
 */
export function rejectedMessage(
  error: SessionError,
  theme: CompiledTheme,
  lang: Lang,
  asked?: Question,
): string {
  const message = formatSessionError(error, lang);
  const q =
    asked?.id === error.question ? asked : theme.questions.find((question) => question.id === error.question);
  // Theme texts and the answer given escaped: they go to a terminal.
  if (!q) return escapeControls(message);
  const params = error.params;
  const given = 'option' in params ? params.option : 'value' in params ? params.value : undefined;
  return escapeControls(
    t(
      lang,
      `问题 ${q.id}（${q.ask}）的回答${given === undefined ? '' : `“${given}”`}无效：${message}。${acceptedAnswers(q, lang)}`,
      `invalid answer${given === undefined ? '' : ` "${given}"`} to question ${q.id} (${q.en ?? q.ask}): ${message}. ${acceptedAnswers(q, lang)}`,
    ),
  );
}
