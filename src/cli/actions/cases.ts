import {
  DEFAULT_MAX_CASES,
  enumerateCases,
  enumerateSituations,
  itemSituationsOf,
} from '../../analyze/runtime.js';
import { countOf, type Lang } from '../../messages/index.js';
import { isGuidance } from '../../render/guidance.js';
import type { CommandContext } from '../command.js';
import {
  type CaseWriter,
  csvWriter,
  jsonEnvelopeWriter,
  jsonWriter,
  markdownWriter,
  tableWriter,
} from '../format/cases.js';
import {
  guidanceMarkdownWriter,
  guidanceSituationsCsv,
  guidanceSituationsMarkdown,
  guidanceSituationsTable,
  guidanceTableWriter,
} from '../format/guidance.js';
import {
  itemSituationsCsv,
  itemSituationsJson,
  itemSituationsMarkdown,
  itemSituationsText,
} from '../format/item-situations.js';
import { situationsCsv, situationsJson, situationsMarkdown, situationsTable } from '../format/situations.js';
import { styleOf, t } from '../format/style.js';
import { formatInput, optionalProfile, positionalInput, themeInput, todayInput } from '../inputs.js';
import { UsageError } from '../io.js';
import { wholeNumberInput, widthInput } from '../numbers.js';
import { PROGRESS_EVERY } from '../progress.js';
import { writeStreaming } from '../write.js';

const FORMATS = ['table', 'md', 'csv', 'json'] as const;

/** The `tongban cases` command at work (its options and help are in commands/cases.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { values, positionals, lang, io } = context;
  const file = positionalInput(positionals, 0, { zh: '主题文件', en: 'a theme file' }, lang);
  if (positionals.length > 1) throw new UsageError(t(lang, '只能给一个主题文件', 'give one theme file'));
  const format = formatInput(values.format, FORMATS, lang);
  const maxCases = wholeNumberInput(values['max-cases'], '--max-cases', DEFAULT_MAX_CASES, lang);
  const width = widthInput(values.width, io, lang);
  const today = todayInput(values.today, context);
  const theme = await themeInput(file, context);
  if (!theme.ok) return theme.exit;
  const profile = await optionalProfile(values.profile, context);
  if (!profile.ok) return profile.exit;
  const enumeration = {
    maxCases,
    today,
    ...(profile.value ? { profile: profile.value } : {}),
  };
  if (values['by-item'] === true && values.paths === true)
    throw new UsageError(
      t(lang, '--by-item 与 --paths 不能同时使用', '--by-item and --paths cannot be combined'),
    );
  // The envelope says in the JSON itself whether the list is complete; the other outputs already do.
  if (values.envelope === true && (values.paths !== true || format !== 'json'))
    throw new UsageError(
      t(
        lang,
        '--envelope 只能与 --paths --format json 同用',
        '--envelope goes with --paths --format json only',
      ),
    );
  // A guidance theme's outcomes are its notices: the outputs for people show no status and no empty columns.
  const guidance = isGuidance(theme.value);
  // Without items there is nothing to review item by item: the situations (each notice's answer) are the review,
  // and the note says why they come instead; JSON keeps its by-item shape for the programs that read it.
  const byItem = values['by-item'] === true && !(guidance && format !== 'json');
  if (values['by-item'] === true && !byItem)
    io.stderr.write(
      `${t(lang, '这是指导类主题，没有事项可分事项审核；以下列出各情形及其提示', 'a guidance theme has no items to review one by one: its situations and their notices follow')}\n`,
    );
  if (byItem) {
    const list = itemSituationsOf(theme.value, enumeration);
    return writeList(
      context,
      list,
      maxCases,
      {
        csv: () => itemSituationsCsv(theme.value, list, lang),
        json: () => itemSituationsJson(theme.value, list),
        md: () => itemSituationsMarkdown(theme.value, list, lang),
        table: () => itemSituationsText(theme.value, list, lang, styleOf(context.color), width),
      }[format](),
    );
  }
  if (values.paths !== true) {
    const list = enumerateSituations(theme.value, enumeration);
    return writeList(
      context,
      list,
      maxCases,
      {
        csv: () => (guidance ? guidanceSituationsCsv : situationsCsv)(theme.value, list, lang),
        json: () => situationsJson(theme.value, list),
        md: () => (guidance ? guidanceSituationsMarkdown : situationsMarkdown)(theme.value, list, lang),
        table: () =>
          (guidance ? guidanceSituationsTable : situationsTable)(
            theme.value,
            list,
            lang,
            styleOf(context.color),
            width,
          ),
      }[format](),
    );
  }
  const writer: CaseWriter =
    format === 'csv'
      ? csvWriter(theme.value, lang)
      : format === 'json'
        ? values.envelope === true
          ? jsonEnvelopeWriter(theme.value, maxCases)
          : jsonWriter(theme.value)
        : format === 'md'
          ? (guidance ? guidanceMarkdownWriter : markdownWriter)(theme.value, lang)
          : guidance
            ? guidanceTableWriter(lang, styleOf(context.color), theme.value)
            : tableWriter(lang, styleOf(context.color), theme.value, width);
  const progress = values.progress === true || io.stderrIsTTY === true;
  const overwrite = io.stderrIsTTY === true;
  const cases = enumerateCases(theme.value, enumeration);
  await writeStreaming(io.stdout, writer.head());
  let index = 0;
  for (;;) {
    const next = cases.next();
    if (next.done) {
      if (progress && index >= PROGRESS_EVERY && overwrite) io.stderr.write('\r\u001b[K');
      await writeStreaming(io.stdout, writer.tail(next.value.count, next.value.truncated));
      if (next.value.truncated) io.stderr.write(`${capped(lang, maxCases)}\n`);
      return 0;
    }
    index++;
    await writeStreaming(io.stdout, writer.row(index, next.value));
    if (progress && index % PROGRESS_EVERY === 0) {
      const text = t(
        lang,
        `已列出 ${countOf(index, 'path', lang)}…`,
        `${countOf(index, 'path', lang)} so far…`,
      );
      io.stderr.write(overwrite ? `\r\u001b[K${text}` : `${text}\n`);
    }
  }
}

/** Writes a list of situations as `text`; says on stderr when --max-cases stopped its walk. */
async function writeList(
  context: CommandContext,
  list: { readonly truncated: boolean },
  maxCases: number,
  text: string,
): Promise<number> {
  await writeStreaming(context.io.stdout, text);
  if (list.truncated) context.io.stderr.write(`${capped(context.lang, maxCases)}\n`);
  return 0;
}

/** What stderr says when --max-cases stopped the walk. */
function capped(lang: Lang, maxCases: number): string {
  return t(
    lang,
    `已达到上限 ${maxCases} 条路径，其余路径未列出（用 --max-cases 调整）`,
    `stopped at the limit of ${maxCases} paths; more exist (raise it with --max-cases)`,
  );
}
