import { fileURLToPath } from 'node:url';
import type { Choice, Entry, Prompts } from '../../src/cli/interactive/prompts.js';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** The repository root: commands run there, as `npm start` and CI do. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The fixtures of these tests. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A `CliIO` that writes into strings. */
export interface BufferIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
}

export interface BufferOptions {
  readonly isTTY?: boolean;
  readonly stdinIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  readonly columns?: number;
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly prompts?: Prompts;
}

/** A buffer IO: not a terminal, no colour settings, cwd at the repository root, unless told otherwise. */
export function bufferIO(options: BufferOptions = {}): BufferIO {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    isTTY: options.isTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    ...(options.prompts ? { prompts: options.prompts } : {}),
    out: () => out,
    err: () => err,
  };
}

/** What a command run gives: the exit code and both outputs. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `tongban <argv>` through `run(argv, io)` with a buffer IO. */
export async function cli(argv: readonly string[], options: BufferOptions = {}): Promise<Ran> {
  const io = bufferIO(options);
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** No Node stack trace in a text: neither "    at fn (file:line)" frames nor "Error:" heads. */
export function expectNoStack(text: string): void {
  if (/^\s+at .+[:(]\d+/m.test(text) || /\b(TypeError|ReferenceError|SyntaxError)\b/.test(text))
    throw new Error(`output has a stack trace:\n${text}`);
}

/** One scripted reply: what the user picks, ticks, types or confirms; `cancel` presses Ctrl-C. */
export type Step =
  | { readonly select: string }
  | { readonly checkbox: readonly string[] }
  /** Select-all (`a`): ticks every checkbox the prompt shows. */
  | { readonly checkboxAll: true }
  | { readonly input: string }
  | { readonly confirm: boolean }
  | { readonly cancel: true };

/** A prompt as the scripted prompts saw it. */
export interface Asked {
  readonly type: 'select' | 'checkbox' | 'input' | 'confirm';
  readonly message: string;
  readonly choices: readonly string[];
  readonly values: readonly string[];
  readonly default?: unknown;
}

/** Prompts that reply from a script, check each reply against the prompt, and record what they were asked. */
export interface ScriptedPrompts extends Prompts {
  readonly asked: Asked[];
  /** Validation messages shown for rejected replies (the prompt then takes the next step). */
  readonly invalid: string[];
  readonly left: () => number;
}

export function scriptedPrompts(script: readonly Step[]): ScriptedPrompts {
  const steps = [...script];
  const asked: Asked[] = [];
  const invalid: string[] = [];
  const take = (type: Asked['type']) => {
    const step = steps.shift();
    if (!step) throw new Error(`the script ran out at a ${type} prompt: ${asked.at(-1)?.message ?? ''}`);
    if ('cancel' in step) {
      const error = new Error('User force closed the prompt with SIGINT');
      error.name = 'ExitPromptError';
      throw error;
    }
    if (!(type in step) && !(type === 'checkbox' && 'checkboxAll' in step))
      throw new Error(`expected a ${type} step, the script has ${JSON.stringify(step)}`);
    return step;
  };
  const record = <V>(
    type: Asked['type'],
    message: string,
    choices: readonly Entry<V>[] = [],
    dflt?: unknown,
  ) => {
    const real = choices.filter((c): c is Choice<V> => !('separator' in c));
    asked.push({
      type,
      message,
      choices: real.map((c) => c.name),
      values: real.map((c) => String(c.value)),
      ...(dflt === undefined ? {} : { default: dflt }),
    });
    return real;
  };
  const prompts: ScriptedPrompts = {
    asked,
    invalid,
    left: () => steps.length,
    async select<V>(config: { message: string; choices: readonly Entry<V>[]; default?: V }): Promise<V> {
      const real = record('select', config.message, config.choices, config.default);
      const step = take('select') as { select: string };
      const choice = real.find((c) => String(c.value) === step.select);
      if (!choice) throw new Error(`no choice "${step.select}" in ${real.map((c) => c.value).join(', ')}`);
      return choice.value;
    },
    async checkbox<V>(config: {
      message: string;
      choices: readonly Entry<V>[];
      validate?: (chosen: readonly V[]) => true | string;
    }): Promise<V[]> {
      const real = record('checkbox', config.message, config.choices);
      for (;;) {
        const step = take('checkbox') as { checkbox: readonly string[] } | { checkboxAll: true };
        if ('checkboxAll' in step) {
          const chosen = real.map((c) => c.value);
          const verdict = config.validate ? config.validate(chosen) : true;
          if (verdict === true) return chosen;
          invalid.push(verdict);
          continue;
        }
        const chosen = step.checkbox.map((v) => {
          const choice = real.find((c) => String(c.value) === v);
          if (!choice) throw new Error(`no choice "${v}"`);
          return choice.value;
        });
        const verdict = config.validate ? config.validate(chosen) : true;
        if (verdict === true) return chosen;
        invalid.push(verdict);
      }
    },
    async confirm(config: { message: string; default?: boolean }): Promise<boolean> {
      record('confirm', config.message, [], config.default);
      return (take('confirm') as { confirm: boolean }).confirm;
    },
    async input(config: {
      message: string;
      default?: string;
      validate?: (text: string) => true | string;
    }): Promise<string> {
      record('input', config.message, [], config.default);
      for (;;) {
        const text = (take('input') as { input: string }).input;
        const verdict = config.validate ? config.validate(text) : true;
        if (verdict === true) return text;
        invalid.push(verdict);
      }
    },
  };
  return prompts;
}
