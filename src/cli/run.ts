import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../messages/index.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { escapeControls } from './format/escape.js';
import { t } from './format/style.js';
import { type CliIO, colorOf, UsageError } from './io.js';
import { VERSION } from './version.js';

const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  root: { type: 'string' },
} as const;

/** Options whose value is a path: an empty one would mean the working directory. */
const PATH_OPTIONS: readonly string[] = ['out', 'profile', 'answers', 'themes', 'root', 'profiles'];

/** Exit codes of every command (docs/cli.md). */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 70, cancelled: 130 } as const;

/**
 * The `tongban` command line as a function: runs `argv` (without node and script) against `io` and resolves
 * to the exit code: 0 done, 1 problems found in the input, 2 usage, 130 cancelled, 70 a bug. Never throws and
 * never prints a stack trace, whatever the arguments and files.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const found = langOf(argv, io);
  if (!found.ok) {
    io.stderr.write(`${found.message}\n`);
    return EXIT.usage;
  }
  const lang = found.lang;
  // Global options may come before the command: `tongban --lang en validate`.
  const args = [...argv];
  while (args[0] === '--lang' || args[0]?.startsWith('--lang=')) args.splice(0, args[0] === '--lang' ? 2 : 1);
  const [name, ...rest] = args;
  if (name === undefined) {
    io.stderr.write(overview(lang));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h') {
    io.stdout.write(overview(lang));
    return EXIT.ok;
  }
  if (name === 'help') return helpCommand(rest[0], io, lang);
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`tongban ${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(unknownCommand(name, lang));
    return EXIT.usage;
  }
  try {
    const { values, positionals, tokens } = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    // parseArgs keeps the last of a repeated option and drops the others without a word.
    const given = new Set<string>();
    for (const token of tokens) {
      if (token.kind !== 'option') continue;
      if (given.has(token.name))
        throw new UsageError(
          t(lang, `选项 --${token.name} 只能给一次`, `option --${token.name} is given more than once`),
        );
      given.add(token.name);
    }
    // An empty path resolves to the working directory: `validate "$UNSET"` would check every file there, and
    // `build --out "$UNSET"` would write into it.
    if (positionals.includes('')) throw new UsageError(t(lang, '路径不能为空', 'a path cannot be empty'));
    for (const name of PATH_OPTIONS)
      if ((values as Readonly<Record<string, unknown>>)[name] === '')
        throw new UsageError(t(lang, `--${name} 的路径不能为空`, `the path of --${name} cannot be empty`));
    if (values.help) {
      io.stdout.write(helpOf(command, lang));
      return EXIT.ok;
    }
    const root = typeof values.root === 'string' ? await rootOption(values.root, io.cwd, lang) : undefined;
    return await command.run({
      values,
      positionals,
      lang,
      color: colorOf(io),
      io,
      ...(root === undefined ? {} : { root }),
    });
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      const message = error instanceof UsageError ? error.message : parseArgsMessage(error as Error, lang);
      io.stderr.write(
        `tongban ${command.name}: ${message}\n${t(lang, '用法见', 'see')} tongban ${command.name} --help\n`,
      );
      return EXIT.usage;
    }
    // A file-system failure that no command turned into a diagnostic is still a problem of the input. The
    // diagnostics and their messages load only here: `--help` and `--version` need none of them.
    const { fileDiagnostic, fileReason, isFileSystemError } = await import('../node/files.js');
    if (isFileSystemError(error)) {
      const { formatDiagnosticsText } = await import('./format-diagnostics.js');
      const path = (error as { path?: unknown }).path;
      const file = typeof path === 'string' ? path : io.cwd;
      io.stderr.write(
        formatDiagnosticsText(
          [fileDiagnostic(file, 'unreadable-file', fileReason(error))],
          lang,
          io.cwd,
          colorOf(io),
        ),
      );
      return EXIT.problems;
    }
    // A bug: say so in one line, without a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${t(lang, '内部错误', 'internal error')}: ${message}\n`);
    return EXIT.internal;
  }
}

/** `--root`: an existing folder, absolute. */
async function rootOption(value: string, cwd: string, lang: Lang): Promise<string> {
  const root = resolve(cwd, value);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory())
    throw new UsageError(
      t(
        lang,
        `--root 需要一个存在的文件夹（得到“${value}”）`,
        `--root needs an existing folder (got "${value}")`,
      ),
    );
  return root;
}

function helpCommand(name: string | undefined, io: CliIO, lang: Lang): number {
  if (name === undefined) {
    io.stdout.write(overview(lang));
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(unknownCommand(name, lang));
    return EXIT.usage;
  }
  io.stdout.write(helpOf(command, lang));
  return EXIT.ok;
}

/** A command's help with the global options and the exit codes. */
export function helpOf(command: Command, lang: Lang): string {
  const globals = t(
    lang,
    '全局选项：\n  --lang zh|en   输出语言（默认 zh，或环境变量 TONGBAN_LANG）\n  --root 文件夹  文件中写的路径（catalog:、场景的 theme: 和 profile:）不能超出的根文件夹\n                 （默认：给出的路径所在项目，即上方最近的含 package.json 的文件夹，没有时为给出的文件夹）\n  -h, --help     显示本说明\n颜色只在终端上输出；NO_COLOR 非空时不输出颜色；设置 FORCE_COLOR 时（0 或 false 除外）即使在管道中也输出颜色。',
    "Global options:\n  --lang zh|en   output language (default zh, or the TONGBAN_LANG environment variable)\n  --root dir     the folder that paths named in files (catalog:, a scenario's theme: and profile:) must\n                 stay in (default: the project of the path given, the nearest folder above it with a\n                 package.json, else the folder given)\n  -h, --help     show this help\nColours only on a terminal, never when NO_COLOR is set and not empty; FORCE_COLOR (other than 0 or false)\nturns them on even in a pipe.",
  );
  return `${command.help[lang].trimEnd()}\n\n${globals}\n`;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** parseArgs' messages are long and mention `args`; say the essentials in the user's language. */
function parseArgsMessage(error: Error, lang: Lang): string {
  const code = (error as { code?: string }).code;
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return t(lang, `未知选项 ${option}`, `unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--[a-z-]+/.exec(error.message)?.[0] ?? option;
    if (error.message.includes('argument missing'))
      return t(lang, `选项 ${flag} 需要一个值`, `option ${flag} needs a value`);
    // `--max-cases -1`: a value that starts with a dash reads as another option.
    if (error.message.includes('ambiguous'))
      return t(
        lang,
        `选项 ${flag} 需要一个值（以 - 开头的值请写成 ${flag}=值）`,
        `option ${flag} needs a value (write ${flag}=value for one that starts with -)`,
      );
    return t(lang, `选项 ${flag} 不接受值`, `option ${flag} takes no value`);
  }
  return error.message.split('\n')[0] ?? error.message;
}

type LangResult =
  | { readonly ok: true; readonly lang: Lang }
  | { readonly ok: false; readonly message: string };

function langOf(argv: readonly string[], io: CliIO): LangResult {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (index === -1) return { ok: true, lang: io.env.TONGBAN_LANG === 'en' ? 'en' : 'zh' };
  const arg = argv[index] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  if (value === 'zh' || value === 'en') return { ok: true, lang: value };
  return { ok: false, message: `--lang: zh | en（得到 / got "${value ?? ''}"）` };
}

function overview(lang: Lang): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary[lang]}`);
  const head = t(
    lang,
    '用法：tongban <命令> [选项]；tongban <命令> --help 查看命令说明',
    'usage: tongban <command> [options]; tongban <command> --help for its options',
  );
  const foot = t(
    lang,
    '全局选项：--lang zh|en（或 TONGBAN_LANG），--help，--version\n退出码：0 正常，1 输入有问题，2 用法错误，130 已取消',
    'Global options: --lang zh|en (or TONGBAN_LANG), --help, --version\nExit codes: 0 ok, 1 problems in the input, 2 usage, 130 cancelled',
  );
  return `${head}\n\n${t(lang, '命令：', 'Commands:')}\n${lines.join('\n')}\n\n${foot}\n`;
}

/**
 * One line for a command that does not exist, as git and npm do: the closest command, if one is near, and
 * where the list is (the whole list would push the mistake off the screen).
 */
function unknownCommand(name: string, lang: Lang): string {
  const guess = closest(name);
  const shown = escapeControls(name);
  if (guess === undefined)
    return `${t(lang, `tongban：未知命令“${shown}”，命令列表见 tongban --help`, `tongban: unknown command "${shown}"; see tongban --help for the commands`)}\n`;
  return `${t(lang, `tongban：未知命令“${shown}”，是否想用“${guess}”？命令列表见 tongban --help`, `tongban: unknown command "${shown}"; did you mean "${guess}"? See tongban --help for the commands`)}\n`;
}

/** The command whose name is within two edits of a mistyped one, or that starts with it. */
function closest(name: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const command of COMMANDS) {
    const distance = editDistance(name, command.name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: command.name, distance };
  }
  return best?.name ?? (name.length >= 2 ? COMMANDS.find((c) => c.name.startsWith(name))?.name : undefined);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
