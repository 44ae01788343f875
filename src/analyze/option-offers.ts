import type { CompiledTheme } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme } from './plan.js';
import { CaseWalker } from './walker.js';

/** Where a question is asked with fewer than two options offered: the first such branch. */
export interface FewOptions {
  /** The case label of the answers that lead there ('' before any answer). */
  readonly branch: string;
  /** The options offered there, in order (zero or one). */
  readonly offered: readonly string[];
}

/** What the options with conditions (`when`) of a theme's questions give over every path. */
export interface OptionOffers {
  /** Whether every branch was seen (false: more than `maxCases` branches, nothing is reported). */
  readonly complete: boolean;
  /** By question index, by option: whether the option is offered on some branch where it is asked. */
  readonly offered: readonly (readonly boolean[])[];
  /** By question index: the first branch where fewer than two options are offered, if any. */
  readonly few: readonly (FewOptions | undefined)[];
}

/**
 * Walks, for each question some of whose options have conditions, every distinct branch (prefix of answers)
 * that reaches it, and records which options each offers. Questions without option conditions offer every
 * option everywhere and are not walked. At most `maxCases` branches per question.
 */
export function optionOffers(theme: CompiledTheme, options: EnumerateOptions = {}): OptionOffers {
  const plan = planTheme(theme, {
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.operators === undefined ? {} : { operators: options.operators }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
  });
  const limit = maxCasesOf(options);
  let complete = true;
  const offered = theme.questions.map((q) =>
    questionType(q)
      .options(q)
      .map(() => false),
  );
  const few: (FewOptions | undefined)[] = theme.questions.map(() => undefined);
  plan.questions.forEach((q, k) => {
    const gates = q.gates;
    if (!gates) return;
    const question = theme.questions[k];
    if (!question) return;
    const ids = questionType(question)
      .options(question)
      .map((o) => o.id);
    const seen = offered[k] as boolean[];
    const walker = new CaseWalker(plan, undefined, { upTo: k });
    const holds = (c: number) => walker.verdicts[c] === 1;
    let branches = 0;
    while (walker.advance()) {
      if (++branches > limit) {
        complete = false;
        return;
      }
      // A prefilled answer that stands is not asked; one that does not is asked like any other.
      if (!walker.asks(k) || (q.prefilled && gates.prefilledOffered(holds))) continue;
      const here = ids.filter((_, o) => {
        const c = gates.byOption[o] as number;
        return c < 0 || holds(c);
      });
      for (const [o, id] of ids.entries()) if (here.includes(id)) seen[o] = true;
      if (here.length < 2 && few[k] === undefined) few[k] = { branch: walker.label, offered: here };
    }
  });
  return { complete, offered, few };
}
