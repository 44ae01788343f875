import { DEFAULT_MAX_CASES, enumerateCases } from '../../analyze/runtime.js';
import { countOf } from '../../messages/index.js';
import type { CommandContext } from '../command.js';
import { PROGRESS_EVERY } from '../commands/cases.js';
import { type CaseWriter, csvWriter, jsonWriter, tableWriter } from '../format/cases.js';
import { styleOf, t } from '../format/style.js';
import { formatInput, optionalProfile, positionalInput, themeInput, todayInput } from '../inputs.js';
import { UsageError } from '../io.js';
import { wholeNumberInput } from '../numbers.js';
import { writeStreaming } from '../write.js';

const FORMATS = ['table', 'csv', 'json'] as const;

/** The `tongban cases` command at work (its options and help are in commands/cases.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { values, positionals, lang, io } = context;
  const file = positionalInput(positionals, 0, { zh: '主题文件', en: 'a theme file' }, lang);
  if (positionals.length > 1) throw new UsageError(t(lang, '只能给一个主题文件', 'give one theme file'));
  const format = formatInput(values.format, FORMATS, lang);
  const maxCases = wholeNumberInput(values['max-cases'], '--max-cases', DEFAULT_MAX_CASES, lang);
  const today = todayInput(values.today, context);
  const theme = await themeInput(file, context);
  if (!theme.ok) return theme.exit;
  const profile = await optionalProfile(values.profile, context);
  if (!profile.ok) return profile.exit;
  const writer: CaseWriter =
    format === 'csv'
      ? csvWriter()
      : format === 'json'
        ? jsonWriter()
        : tableWriter(lang, styleOf(context.color));
  const progress = values.progress === true || io.stderrIsTTY === true;
  const overwrite = io.stderrIsTTY === true;
  const cases = enumerateCases(theme.value, {
    maxCases,
    today,
    ...(profile.value ? { profile: profile.value } : {}),
  });
  await writeStreaming(io.stdout, writer.head());
  let index = 0;
  for (;;) {
    const next = cases.next();
    if (next.done) {
      if (progress && index >= PROGRESS_EVERY && overwrite) io.stderr.write('\r\u001b[K');
      await writeStreaming(io.stdout, writer.tail(next.value.count));
      if (next.value.truncated)
        io.stderr.write(
          `${t(
            lang,
            `已达到上限 ${maxCases} 个情形，其余情形未列出（用 --max-cases 调整）`,
            `stopped at the limit of ${maxCases} cases; more exist (raise it with --max-cases)`,
          )}\n`,
        );
      return 0;
    }
    index++;
    await writeStreaming(io.stdout, writer.row(index, next.value));
    if (progress && index % PROGRESS_EVERY === 0) {
      const text = t(
        lang,
        `已列出 ${countOf(index, 'case', lang)}…`,
        `${countOf(index, 'case', lang)} so far…`,
      );
      io.stderr.write(overwrite ? `\r\u001b[K${text}` : `${text}\n`);
    }
  }
}
