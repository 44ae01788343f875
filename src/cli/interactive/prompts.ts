/** One choice of a select or checkbox prompt. */
export interface Choice<V> {
  readonly name: string;
  readonly value: V;
  readonly description?: string;
  readonly checked?: boolean;
}

/** A line between choices ("──────"); not selectable. */
export interface SeparatorLine {
  readonly separator: string;
}

export type Entry<V> = Choice<V> | SeparatorLine;

/**
 * The prompts the interactive walk uses: the seam between the walk and the terminal. The real ones wrap
 * `@inquirer/prompts`; tests pass scripted ones through `CliIO.prompts`, so the loop runs without a terminal.
 * A prompt cancelled by the user (Ctrl-C) rejects with an error named `ExitPromptError`.
 */
export interface Prompts {
  select<V>(config: { message: string; choices: readonly Entry<V>[]; default?: V }): Promise<V>;
  checkbox<V>(config: {
    message: string;
    choices: readonly Entry<V>[];
    validate?: (chosen: readonly V[]) => true | string;
  }): Promise<V[]>;
  confirm(config: { message: string; default?: boolean }): Promise<boolean>;
  input(config: {
    message: string;
    default?: string;
    validate?: (text: string) => true | string;
  }): Promise<string>;
}

/** Whether a prompt error means the user cancelled (Ctrl-C, closed input) rather than a bug. */
export function isCancelled(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError';
}

/** The real prompts: `@inquirer/prompts`, loaded only when a walk is interactive. */
export async function inquirerPrompts(lang: 'zh' | 'en' = 'zh'): Promise<Prompts> {
  const inquirer = await import('@inquirer/prompts');
  const entries = <V>(choices: readonly Entry<V>[]) =>
    choices.map((c) => ('separator' in c ? new inquirer.Separator(c.separator) : { ...c }));
  return {
    select: (config) =>
      inquirer.select({
        message: config.message,
        choices: entries(config.choices),
        ...(config.default === undefined ? {} : { default: config.default }),
        loop: false,
        pageSize: 12,
      }),
    checkbox: (config) => {
      const validate = config.validate;
      return inquirer.checkbox({
        message: config.message,
        choices: entries(config.choices),
        loop: false,
        pageSize: 12,
        ...(validate ? { validate: (chosen) => validate(chosen.map((c) => c.value)) } : {}),
      });
    },
    confirm: (config) =>
      inquirer.confirm({
        message: config.message,
        ...(config.default === undefined ? {} : { default: config.default }),
        // y and n are accepted whatever the keywords are.
        ...(lang === 'zh'
          ? { theme: { keywords: { yes: '是', no: '否', error: () => '请回答“是”或“否”（y / n）' } } }
          : {}),
      }),
    input: (config) =>
      inquirer.input({
        message: config.message,
        ...(config.default === undefined ? {} : { default: config.default }),
        ...(config.validate ? { validate: config.validate } : {}),
      }),
  };
}
