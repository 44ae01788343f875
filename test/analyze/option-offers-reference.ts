/**
 * The branch-by-branch `optionOffers` that src/analyze/option-offers.ts replaces, kept for
 * test/analyze/option-offers.test.ts: for each question with option conditions, every prefix of answers that
 * reaches it is walked one by one. Slow, and plainly right.
 */
import { maxCasesOf } from '../../src/analyze/enumerate.js';
import type { FewOptions, OptionOffers } from '../../src/analyze/option-offers.js';
import { type EnumerateOptions, planTheme } from '../../src/analyze/plan.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { questionType } from '../../src/question-types/index.js';

export function optionOffersByWalk(theme: CompiledTheme, options: EnumerateOptions = {}): OptionOffers {
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
