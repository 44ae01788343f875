import { formatSessionError, type Lang } from '../../messages/index.js';
import type { AnswerValue, DroppedAnswer, Session } from '../../model/session.js';
import type { Question } from '../../model/theme.js';
import { displayAnswer } from '../../render/labels.js';
import { answer, back, change, checklist, next, walk } from '../../session/index.js';
import { styleOf, t } from '../format/style.js';
import { askQuestion, askText } from './ask.js';
import type { Prompts } from './prompts.js';

/** What the interactive walk needs: the prompts, where to write, the language, colours and `today`. */
export interface WalkContext {
  readonly prompts: Prompts;
  readonly write: (text: string) => void;
  readonly lang: Lang;
  readonly color: boolean;
  readonly today: string | undefined;
}

const CANCEL = ':cancel';

/**
 * The interactive `tongban run`: asks until the questionnaire is complete, shows the outcome (`show`), then
 * offers to change an earlier answer and walks on from there, until the user is done. Resolves to the final
 * session; rejects with the prompt's error when the user cancels (see `isCancelled`).
 */
export async function interactiveRun(
  start: Session,
  context: WalkContext,
  show: (session: Session) => void,
): Promise<Session> {
  const { lang } = context;
  let session = start;
  let shown: Session | undefined;
  showPrefilled(session, context);
  for (;;) {
    session = await walkToEnd(session, context);
    // A change that was cancelled (or changed nothing) does not print the same outcome again.
    if (session !== shown) show(session);
    shown = session;
    if (answered(session).length === 0) return session;
    const again = await context.prompts.confirm({
      message: t(lang, '要修改之前的回答吗？', 'Change an earlier answer?'),
      default: false,
    });
    if (!again) return session;
    session = await changeAnswer(session, context);
  }
}

/** Asks the current question until there is none: answers, back and change, with progress and checklist. */
export async function walkToEnd(start: Session, context: WalkContext): Promise<Session> {
  const { lang, write } = context;
  const s = styleOf(context.color);
  let session = start;
  for (;;) {
    const step = next(session);
    if (step.done) return session;
    const { question } = step;
    const n = step.progress.answered + 1;
    const m = step.progress.remaining;
    write(`\n${s.cyan(t(lang, `第 ${n} 题，至多还有 ${m} 题`, `Question ${n}, at most ${m} to go`))}\n`);
    if (question.help !== undefined) write(`${s.dim(question.help)}\n`);
    const reply = await askQuestion(question, {
      prompts: context.prompts,
      lang,
      today: context.today,
      nav: { back: session.trail.length > 0, change: answered(session).length > 0 },
    });
    if (reply.kind === 'back') {
      const undone = back(session);
      if (undone.ok) session = undone.session;
      else write(`${s.yellow(formatSessionError(undone.error, lang))}\n`);
      continue;
    }
    if (reply.kind === 'change') {
      session = await changeAnswer(session, context);
      continue;
    }
    const result = answer(session, question.id, reply.value);
    if (!result.ok) {
      write(`${s.red(formatSessionError(result.error, lang))}\n`);
      continue;
    }
    session = result.session;
    showDropped(session, result.dropped, context);
    showChecklist(session, context);
  }
}

/** Lets the user pick an answered question (prefilled ones included) and answer it again. */
export async function changeAnswer(session: Session, context: WalkContext): Promise<Session> {
  const { lang, write } = context;
  const s = styleOf(context.color);
  const list = answered(session);
  const id = await context.prompts.select<string>({
    message: t(lang, '修改哪一题的回答？', 'Which answer do you want to change?'),
    choices: [
      ...list.map(({ question, value, prefilled }) => ({
        name: `${askText(question, lang)} — ${displayAnswer(question, value, lang)}${prefilled ? t(lang, '（档案预填）', ' (prefilled)') : ''}`,
        value: question.id,
      })),
      { separator: '──────' },
      { name: t(lang, '取消', 'cancel'), value: CANCEL },
    ],
  });
  const picked = list.find((entry) => entry.question.id === id);
  if (!picked) return session;
  const reply = await askQuestion(picked.question, {
    prompts: context.prompts,
    lang,
    today: context.today,
    nav: { back: false, change: false },
    current: picked.value,
  });
  if (reply.kind !== 'answer') return session;
  const result = change(session, picked.question.id, reply.value);
  if (!result.ok) {
    write(`${s.red(formatSessionError(result.error, lang))}\n`);
    return session;
  }
  showDropped(result.session, result.dropped, context);
  showChecklist(result.session, context);
  return result.session;
}

interface AnsweredEntry {
  readonly question: Question;
  readonly value: AnswerValue;
  readonly prefilled: boolean;
}

/** The questions answered so far that are still asked, in question order. */
function answered(session: Session): AnsweredEntry[] {
  const states = walk(session).states;
  const out: AnsweredEntry[] = [];
  session.theme.questions.forEach((question, index) => {
    const stored = session.answers[question.id];
    if (states[index] === 'answered' && stored)
      out.push({ question, value: stored.value, prefilled: stored.prefilled === true });
  });
  return out;
}

function showPrefilled(session: Session, context: WalkContext): void {
  // Every prefilled answer, asked or not yet settled: the user sees what the profile answered up front.
  const prefilled = session.theme.questions.flatMap((question) => {
    const stored = session.answers[question.id];
    return stored?.prefilled ? [{ question, value: stored.value }] : [];
  });
  if (prefilled.length === 0) return;
  const s = styleOf(context.color);
  const { lang } = context;
  const lines = prefilled.map(
    ({ question, value }) => `  ${askText(question, lang)} ${s.bold(displayAnswer(question, value, lang))}`,
  );
  context.write(
    `${t(lang, '已根据档案预填（这些问题不再询问，可用“修改之前的回答…”更改）：', 'Prefilled from the profile (not asked; use "change an earlier answer…" to change):')}\n${lines.join('\n')}\n`,
  );
}

function showDropped(session: Session, dropped: readonly DroppedAnswer[], context: WalkContext): void {
  if (dropped.length === 0) return;
  const { lang } = context;
  const names = dropped.map((d) => {
    const question = session.theme.questions.find((q) => q.id === d.question);
    return question ? askText(question, lang) : d.question;
  });
  context.write(
    `${styleOf(context.color).yellow(t(lang, `以下问题不再需要回答，其回答已移除：${names.join('；')}`, `No longer asked, answers removed: ${names.join('; ')}`))}\n`,
  );
}

/** The live checklist: items that apply (✓) and items still open (?), with their departments. */
function showChecklist(session: Session, context: WalkContext): void {
  const { lang } = context;
  const s = styleOf(context.color);
  const list = checklist(session);
  if (list.applies.length === 0 && list.open.length === 0) return;
  const lines = [
    ...list.applies.map(
      (e) => `  ${s.green('✓')} ${e.name}${e.department ? s.dim(`（${e.department}）`) : ''}`,
    ),
    ...list.open.map((e) => `  ${s.yellow('?')} ${e.name}${s.dim(t(lang, '（待定）', ' (open)'))}`),
  ];
  context.write(`${s.bold(t(lang, '当前事项：', 'Items so far:'))}\n${lines.join('\n')}\n`);
}
