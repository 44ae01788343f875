import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseMapping } from '../load/mapping.js';
import { loadProfile } from '../load/profile.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Profile } from '../model/profile.js';
import type { CompiledTheme } from '../model/theme.js';
import { projectRoot, readSource } from '../node/files.js';
import { type CatalogCache, loadThemeFile } from '../node/load.js';
import { parseDate } from '../util/dates.js';
import { AnswerPairError, parseAnswerPairs } from './answers.js';
import type { CommandContext } from './command.js';
import { escapeControls } from './format/escape.js';
import { t } from './format/style.js';
import { formatDiagnosticsText } from './format-diagnostics.js';
import { UsageError } from './io.js';

/** A value or the exit code to stop with (the problem has been printed). */
export type Got<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly exit: number };

type Context = Pick<CommandContext, 'io' | 'lang' | 'color' | 'root'>;

/** A path as given, resolved against the command's working directory. */
export function pathOf(file: string, context: Pick<CommandContext, 'io'>): string {
  return resolve(context.io.cwd, file);
}

/** Prints diagnostics to stderr, located relative to the working directory. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], context: Context): void {
  context.io.stderr.write(formatDiagnosticsText(diagnostics, context.lang, context.io.cwd, context.color));
}

/** Loads a theme file for a command, printing its diagnostics on failure (exit 1). Warnings are not shown. */
export async function themeInput(
  file: string,
  context: Context,
  cache?: CatalogCache,
): Promise<Got<CompiledTheme>> {
  const path = pathOf(file, context);
  const root = context.root ?? (await projectRoot(path));
  const loaded = await loadThemeFile(path, cache ? { cache, root } : { root });
  if (!loaded.result.ok) {
    printDiagnostics(loaded.result.diagnostics, context);
    return { ok: false, exit: 1 };
  }
  return { ok: true, value: loaded.result.theme };
}

/** Loads a profile file, printing its diagnostics on failure (exit 1). */
export async function profileInput(file: string, context: Context): Promise<Got<Profile>> {
  const read = await readSource(pathOf(file, context));
  const result = read.ok ? loadProfile(read.source) : { ok: false as const, diagnostics: [read.diagnostic] };
  if (!result.ok) {
    printDiagnostics(result.diagnostics, context);
    return { ok: false, exit: 1 };
  }
  return { ok: true, value: result.profile };
}

/** The profile named by `--profile`, if any. */
export async function optionalProfile(value: unknown, context: Context): Promise<Got<Profile | undefined>> {
  if (typeof value !== 'string') return { ok: true, value: undefined };
  return profileInput(value, context);
}

/**
 * Answers from `--answers`: a YAML/JSON file mapping question ids to values, or `k=v,k2=v2` inline. Values
 * that are strings are coerced per question type later. A value is a file when it starts otherwise than
 * `question=`, and it exists or looks like a path (a folder separator, a .yaml, .yml or .json name);
 * anything else is inline, and a usage error when it is not `question=value` (`=x`, `business`, `__proto__=1`).
 */
export async function answersInput(spec: string, context: Context): Promise<Got<Map<string, unknown>>> {
  if (!/^[a-z][a-z0-9-]*=/.test(spec) && (await looksLikeFile(pathOf(spec, context), spec))) {
    return answersFile(spec, context);
  }
  try {
    return { ok: true, value: new Map(parseAnswerPairs(spec)) };
  } catch (error) {
    if (!(error instanceof AnswerPairError)) throw error;
    const part = escapeControls(error.part);
    throw new UsageError(
      error.reason === 'twice'
        ? t(context.lang, `--answers：问题“${part}”回答了两次`, `--answers: "${part}" is answered twice`)
        : t(
            context.lang,
            `--answers：“${part}”不是“问题=值”（也没有这个文件）`,
            `--answers: "${part}" is not question=value (and no such file)`,
          ),
    );
  }
}

async function looksLikeFile(path: string, spec: string): Promise<boolean> {
  if (/[\\/]/.test(spec) || /\.(ya?ml|json)$/i.test(spec)) return true;
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function answersFile(spec: string, context: Context): Promise<Got<Map<string, unknown>>> {
  const read = await readSource(pathOf(spec, context));
  if (!read.ok) {
    printDiagnostics([read.diagnostic], context);
    return { ok: false, exit: 1 };
  }
  const mapping = parseMapping('answers', read.source);
  if (!mapping.ok) {
    printDiagnostics(mapping.diagnostics, context);
    return { ok: false, exit: 1 };
  }
  return { ok: true, value: new Map(Object.entries(mapping.value)) };
}

/** `--today` checked as a real `YYYY-MM-DD` date (usage error otherwise), or the local date. */
export function todayInput(value: unknown, context: Pick<CommandContext, 'lang'>): string {
  if (typeof value === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parseDate(value))
      throw new UsageError(
        t(
          context.lang,
          `--today 需要 YYYY-MM-DD 日期（得到“${value}”）`,
          `--today needs a YYYY-MM-DD date (got "${value}")`,
        ),
      );
    return value;
  }
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `--format` checked against the formats a command accepts (usage error otherwise). */
export function formatInput<F extends string>(
  value: unknown,
  formats: readonly F[],
  lang: CommandContext['lang'],
): F {
  const format = String(value);
  if ((formats as readonly string[]).includes(format)) return format as F;
  throw new UsageError(
    t(
      lang,
      `--format 只能是 ${formats.join(' | ')}（得到“${format}”）`,
      `--format: ${formats.join(' | ')} (got "${format}")`,
    ),
  );
}

/** The one positional a command needs, or a usage error naming it. */
export function positionalInput(
  positionals: readonly string[],
  index: number,
  what: { readonly zh: string; readonly en: string },
  lang: CommandContext['lang'],
): string {
  const value = positionals[index];
  if (value === undefined) throw new UsageError(t(lang, `缺少${what.zh}`, `missing ${what.en}`));
  return value;
}
