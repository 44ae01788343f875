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

/** Whether to colour output: only on a terminal, and never when `NO_COLOR` is set at all (even empty). */
export function colorOf(io: CliIO): boolean {
  return io.isTTY && io.env.NO_COLOR === undefined;
}
