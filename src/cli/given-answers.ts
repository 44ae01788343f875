import type { Profile } from '../model/profile.js';
import type { QuestionStep, Session } from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import type { CommandContext } from './command.js';
import { escapeControls } from './format/escape.js';
import { t } from './format/style.js';
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
  for (const id of applied.unknown)
    io.stderr.write(
      `${escapeControls(t(lang, `忽略未知的问题“${id}”`, `ignoring unknown question "${id}"`))}\n`,
    );
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

/** Reports on stderr the question no given answer answers, and what it accepts; the exit code (1). */
export function reportMissing(step: QuestionStep, context: Pick<CommandContext, 'io' | 'lang'>): number {
  context.io.stderr.write(`${missingAnswerMessage(step, context.lang)}\n`);
  return 1;
}
