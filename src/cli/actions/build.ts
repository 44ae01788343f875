import { countOf } from '../../messages/index.js';
import type { CompiledTheme } from '../../model/theme.js';
import { INDEX_FILE, type OutputFile, reservedConflicts, writeOutput } from '../build-output.js';
import type { CommandContext } from '../command.js';
import { t } from '../format/style.js';
import { pathOf, printDiagnostics } from '../inputs.js';
import { UsageError } from '../io.js';
import { loadThemesIn, portable } from '../themes-dir.js';

/** One entry of the `index.json` that `tongban build` writes. */
export interface BuiltTheme {
  readonly id: string;
  readonly title: string;
  readonly audience: CompiledTheme['audience'];
  readonly tags: CompiledTheme['tags'];
  /** The compiled theme's file name, relative to `index.json`. */
  readonly file: string;
}

/** The `tongban build` command at work (its options and help are in commands/build.ts). */
export async function run(context: CommandContext): Promise<number> {
  const { values, positionals, lang, io } = context;
  if (typeof values.out !== 'string')
    throw new UsageError(t(lang, '需要 --out 输出文件夹', '--out is required'));
  if (positionals.length > 1) throw new UsageError(t(lang, '只能给一个主题文件夹', 'give one themes folder'));
  const dir = pathOf(positionals[0] ?? 'themes', context);
  const out = pathOf(values.out, context);
  const loaded = await loadThemesIn(dir, io.cwd, context.root);
  if (loaded.errors.length > 0) {
    printDiagnostics(loaded.errors, context);
    io.stderr.write(
      `${t(lang, '有主题存在错误，未写出任何文件', 'some themes have errors; nothing written')}\n`,
    );
    return 1;
  }
  if (loaded.themes.length === 0) {
    io.stderr.write(`${t(lang, `在 ${dir} 中没有找到主题`, `no themes found in ${dir}`)}\n`);
    return 1;
  }
  const index: BuiltTheme[] = [];
  const files: OutputFile[] = [];
  for (const { file, theme, idAt } of loaded.themes) {
    const name = `${theme.id}.json`;
    files.push({
      name,
      text: `${JSON.stringify(portable(theme, io.cwd))}\n`,
      theme: { id: theme.id, file, at: idAt },
    });
    index.push({
      id: theme.id,
      title: theme.title,
      audience: theme.audience,
      tags: theme.tags,
      file: name,
    });
  }
  files.push({
    name: INDEX_FILE,
    text: `${JSON.stringify({ format: 'tongban/index@1', themes: index }, null, 2)}\n`,
  });
  const problems = [...reservedConflicts(files)];
  if (problems.length === 0) problems.push(...(await writeOutput(out, files)));
  if (problems.length > 0) {
    printDiagnostics(problems, context);
    io.stderr.write(`${t(lang, '未写出任何文件', 'nothing written')}\n`);
    return 1;
  }
  io.stdout.write(
    `${t(lang, `已编译 ${countOf(index.length, 'theme', lang)}到 ${values.out}`, `compiled ${countOf(index.length, 'theme', lang)} into ${values.out}`)}\n`,
  );
  return 0;
}
