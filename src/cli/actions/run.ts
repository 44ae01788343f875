import type { Lang } from '../../messages/index.js';
import type { Session } from '../../model/session.js';
import { outcome } from '../../outcome/index.js';
import { formLines } from '../../render/form.js';
import { isGuidance } from '../../render/guidance.js';
import { markdownGuide } from '../../render/index.js';
import { bandedIds, bandReasons } from '../band-reasons.js';
import type { CommandContext } from '../command.js';
import { safeStrings } from '../format/escape.js';
import { outcomeText } from '../format/outcome-text.js';
import { t } from '../format/style.js';
import { applyGivenAnswers, reportMissing } from '../given-answers.js';
import {
  answersInput,
  formatInput,
  optionalProfile,
  positionalInput,
  themeInput,
  todayInput,
} from '../inputs.js';
import { inquirerPrompts, isCancelled } from '../interactive/prompts.js';
import { interactiveRun } from '../interactive/walk.js';
import { UsageError } from '../io.js';
import { widthInput } from '../numbers.js';

const FORMATS = ['text', 'json', 'md', 'form'] as const;
type Format = (typeof FORMATS)[number];

/** The `tongban run` command at work (its options and help are in commands/run.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { values, positionals, lang, io } = context;
  const file = positionalInput(positionals, 0, { zh: '主题文件', en: 'a theme file' }, lang);
  if (positionals.length > 1) throw new UsageError(t(lang, '只能给一个主题文件', 'give one theme file'));
  const format = formatInput(values.format, FORMATS, lang);
  const today = todayInput(values.today, context);
  const width = widthInput(values.width, io, lang);
  const theme = await themeInput(file, context);
  if (!theme.ok) return theme.exit;
  const profile = await optionalProfile(values.profile, context);
  if (!profile.ok) return profile.exit;
  const given = typeof values.answers === 'string' ? await answersInput(values.answers, context) : undefined;
  if (given && !given.ok) return given.exit;
  const applied = applyGivenAnswers(theme.value, profile.value, today, given?.value ?? new Map(), context);
  if (!applied.ok) return applied.exit;
  const explain = values.explain === true;
  // Reasons name the band given (age=lt16), not the answer of the band standing for it.
  const banded = bandedIds(theme.value.questions, given?.value ?? new Map(), today);
  const show = (session: Session) =>
    io.stdout.write(render(session, format, lang, context.color, width, explain, banded));
  if (applied.missing && io.stdinIsTTY && io.isTTY) return interactive(applied.session, today, context, show);
  if (applied.missing) return reportMissing(applied.missing, context);
  show(applied.session);
  return 0;
}

async function interactive(
  session: Session,
  today: string,
  context: CommandContext,
  show: (session: Session) => void,
): Promise<number> {
  const { io, lang } = context;
  try {
    const prompts = io.prompts ?? (await inquirerPrompts(lang));
    const write = (text: string) => void io.stdout.write(text);
    await interactiveRun(session, { prompts, write, lang, color: context.color, today }, show);
    return 0;
  } catch (error) {
    if (!isCancelled(error)) throw error;
    io.stderr.write(`\n${t(lang, '已取消', 'cancelled')}\n`);
    return 130;
  }
}

/**
 * A session's outcome in a format: text for people, the Outcome JSON, the Markdown guide, or the form;
 * `explain` adds each entry's full condition (for authors) to the text and the guide; reasons name the band of
 * each `banded` question's answer.
 */
export function render(
  session: Session,
  format: Format,
  lang: Lang,
  color: boolean,
  width?: number,
  explain = false,
  banded: ReadonlySet<string> = new Set(),
): string {
  const result = bandReasons(outcome(session), session, banded);
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'md') return markdownGuide(result, session.theme, lang, { rules: explain });
  if (format === 'form') return `${formLines(safeStrings(result).form, session.theme, lang).join('\n')}\n`;
  // Theme texts escaped: a theme cannot send control sequences to the terminal.
  const theme = explain ? session.theme : undefined;
  return outcomeText(safeStrings(result), lang, color, width, theme, isGuidance(session.theme));
}
