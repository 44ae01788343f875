import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../messages/index.js';
import type { CliIO } from './io.js';

/** What every command receives: parsed options, positionals, the language, whether to colour, and the I/O. */
export interface CommandContext {
  readonly values: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
  readonly positionals: readonly string[];
  readonly lang: Lang;
  /** Colours on: stdout is a terminal and `NO_COLOR` is not set. */
  readonly color: boolean;
  readonly io: CliIO;
  /** `--root`, absolute: the folder paths named in files must stay in (else each path's project root). */
  readonly root?: string;
}

/** One `tongban` command; each lives in its own file under `commands/` and is listed in `commands/index.ts`. */
export interface Command {
  readonly name: string;
  /** One line for the command list, in Chinese and English. */
  readonly summary: { readonly zh: string; readonly en: string };
  /** The usage line and option help, per language (the global options are appended by `run`). */
  readonly help: { readonly zh: string; readonly en: string };
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /**
   * Runs the command; resolves to the exit code (0 ok, 1 problems found, 2 usage). It imports the command's
   * module under `actions/` when called, so that listing and help load no command's implementation.
   */
  run(context: CommandContext): Promise<number>;
}
