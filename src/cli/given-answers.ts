import { GIVEN_ANSWER_WORDS } from '../messages/cli-words.js';
import type { Profile } from '../model/profile.js';
import type { QuestionStep, Session } from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import type { CommandContext } from './command.js';
import { escapeControls } from './format/escape.js';
import { applyAnswers, missingAnswerMessage, rejectedMessage, startSession } from './scripted.js';

/** A session with the given answers applied, and the question reached that none answers (if any). */
export type Answered =
  | { readonly ok: true; readonly session: Session; readonly missing?: QuestionStep }
  | { readonly ok: false; readonly exit: number };

/**
 * Starts a session and applies the answers given on the command line (`tongban run` and `tongban render`):
 * ids that name no question are warned about on stderr; an answer the session rejects is reported there and
 * stops the command (exit 1). A missing answer is left to the command, which may ask for it.
 */
export function applyGivenAnswers(
  theme: CompiledTheme,
  profile: Profile | undefined,
  today: string,
  given: ReadonlyMap<string, unknown>,
  context: Pick<CommandContext, 'io' | 'lang'>,
): Answered {
  const { io, lang } = context;
  const applied = applyAnswers(startSession(theme, profile, today), given);
  const words = GIVEN_ANSWER_WORDS[lang];
  for (const id of applied.unknown) io.stderr.write(`${escapeControls(words.unknown(id))}\n`);
  // Only once every question is settled: an answer given for a question further on is not set aside yet.
  const done = applied.rejected === undefined && applied.missing === undefined;
  const unasked = done ? notAsked(applied.session, given) : [];
  if (unasked.length > 0) io.stderr.write(`${escapeControls(words.notAsked(unasked))}\n`);
  if (applied.rejected) {
    io.stderr.write(
      `${rejectedMessage(applied.rejected, applied.session.theme, lang, applied.rejectedAt)}\n`,
    );
    return { ok: false, exit: 1 };
  }
  return {
    ok: true,
    session: applied.session,
    ...(applied.missing === undefined ? {} : { missing: applied.missing }),
  };
}

/** The given ids that name a question of the theme the finished session never asked (in theme order). */
function notAsked(session: Session, given: ReadonlyMap<string, unknown>): string[] {
  return session.theme.questions
    .filter((q) => given.has(q.id))
    .filter((q) => {
      const stored = session.answers[q.id];
      return stored === undefined || stored.prefilled === true;
    })
    .map((q) => q.id);
}

/** Reports on stderr the question no given answer answers, and what it accepts; the exit code (1). */
export function reportMissing(step: QuestionStep, context: Pick<CommandContext, 'io' | 'lang'>): number {
  context.io.stderr.write(`${missingAnswerMessage(step, context.lang)}\n`);
  return 1;
}
