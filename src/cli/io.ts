import type { Prompts } from './interactive/prompts.js';

/** Where the command line reads and writes: the process in `bin.ts`, buffers in tests. */
export interface CliIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Whether stdout is a terminal: colours and interactive prompts only then. */
  readonly isTTY: boolean;
  /** Whether stdin is a terminal: interactive walks only then. */
  readonly stdinIsTTY: boolean;
  /** Whether stderr is a terminal: progress lines of long runs only then (absent: no). */
  readonly stderrIsTTY?: boolean;
  /** The terminal's width in columns when stdout is a terminal: tables wrap to it (absent: they do not). */
  readonly columns?: number;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The prompts of the interactive walk; `@inquirer/prompts` when absent. Tests pass scripted ones. */
  readonly prompts?: Prompts;
}

/** A mistake in how the command was called: exit code 2 with the message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Whether to colour output, by the common conventions: `FORCE_COLOR` set turns colours on even in a pipe
 * (`0` or `false` turns them off), else a non-empty `NO_COLOR` turns them off (no-color.org), else colours
 * are on exactly on a terminal.
 */
export function colorOf(io: CliIO): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY;
}

/** The width tables wrap to: the terminal's columns, when stdout is a terminal that says. */
export function widthOf(io: CliIO): number | undefined {
  return io.isTTY && io.columns !== undefined && io.columns > 0 ? io.columns : undefined;
}
