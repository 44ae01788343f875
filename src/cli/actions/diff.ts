import { DEFAULT_MAX_CASES, diffThemes, formatDiff, type PolicyDiff } from '../../analyze/runtime.js';
import { CatalogCache } from '../../node/load.js';
import type { CommandContext } from '../command.js';
import { t } from '../format/style.js';
import { formatInput, positionalInput, themeInput, todayInput } from '../inputs.js';
import { UsageError } from '../io.js';
import { wholeNumberInput } from '../numbers.js';

const FORMATS = ['text', 'json'] as const;

/** The `tongban diff` command at work (its options and help are in commands/diff.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { values, positionals, lang, io } = context;
  const oldFile = positionalInput(positionals, 0, { zh: '旧主题文件', en: 'the old theme file' }, lang);
  const newFile = positionalInput(positionals, 1, { zh: '新主题文件', en: 'the new theme file' }, lang);
  if (positionals.length > 2) throw new UsageError(t(lang, '只能给两个主题文件', 'give two theme files'));
  const format = formatInput(values.format, FORMATS, lang);
  const today = todayInput(values.today, context);
  const maxCases = wholeNumberInput(values['max-cases'], '--max-cases', DEFAULT_MAX_CASES, lang);
  const examples = wholeNumberInput(values.examples, '--examples', 5, lang);
  const cache = new CatalogCache();
  const old = await themeInput(oldFile, context, cache);
  const next = await themeInput(newFile, context, cache);
  if (!old.ok) return old.exit;
  if (!next.ok) return next.exit;
  if (old.value.id !== next.value.id)
    io.stderr.write(
      `${t(lang, `注意：两个主题的 id 不同（${old.value.id} / ${next.value.id}）`, `note: the themes have different ids (${old.value.id} / ${next.value.id})`)}\n`,
    );
  const result = diffThemes(old.value, next.value, { today, maxCases });
  if (format === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout.write(formatDiff(result, lang, { examples }));
  return values['exit-code'] === true && reportsChange(result) ? 1 : 0;
}

/**
 * Whether the report lists any change (what `--exit-code` signals): paths added, removed or changed, situations,
 * questions added or dropped, thresholds moved, forms and fields, or service details that change no path (a
 * notice's wording, kind or basis, an item's fee rule, venues, triggers). A CI check must not pass a change the
 * report shows.
 */
export function reportsChange(diff: PolicyDiff): boolean {
  return [
    diff.added,
    diff.removed,
    diff.changed,
    diff.situations.changes,
    diff.questions.added,
    diff.questions.removed,
    diff.boundaries,
    diff.forms,
    diff.service,
  ].some((list) => list.length > 0);
}
