import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planTheme, type ThemePlan } from '../../src/analyze/plan.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { Profile } from '../../src/model/profile.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { arbitraryLoadedTheme, arbitraryProfileFor, GENERATED_TODAY } from '../support/arbitrary-theme.js';
import { BUNDLED_THEME_FILES } from '../support/bundled-themes.js';
import { loadFile } from './support.js';

/** The plan with every condition run each time on a fact map kept whole: what walks did before the tables. */
function untabled(plan: ThemePlan): ThemePlan {
  return {
    ...plan,
    verdictTables: plan.conditions.map(() => undefined),
    keptFacts: new Uint8Array(plan.questions.length).fill(1),
  };
}

/** The plan with each condition counting its runs. */
function counted(plan: ThemePlan): { plan: ThemePlan; runs: number[] } {
  const runs = plan.conditions.map(() => 0);
  const conditions = plan.conditions.map((condition, c) => (facts: ReadonlyMap<string, unknown>) => {
    runs[c] = (runs[c] as number) + 1;
    return condition(facts);
  });
  return { plan: { ...plan, conditions }, runs };
}

/** Every case's key and verdicts, by a walk of the plan. */
function verdictsByCase(plan: ThemePlan): string[] {
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const found: string[] = [];
  while (walker.advance()) found.push(`${walker.key} ${walker.verdicts.join('')}`);
  return found;
}

describe('verdict tables', () => {
  test('a walk with the tables gives every case the verdicts of a walk that runs every condition', () => {
    const arb = fc
      .boolean()
      .chain((optionConditions) => arbitraryLoadedTheme({ maxQuestions: 7, optionConditions }))
      .chain((theme) =>
        fc.tuple(
          fc.constant(theme),
          fc.option(arbitraryProfileFor(theme, GENERATED_TODAY), { nil: undefined }),
        ),
      );
    fc.assert(
      fc.property(arb, ([theme, profile]: [CompiledTheme, Profile | undefined]) => {
        const plan = planTheme(theme, { today: GENERATED_TODAY, ...(profile ? { profile } : {}) });
        expect(verdictsByCase(plan)).toEqual(verdictsByCase(untabled(plan)));
      }),
      { numRuns: 150 },
    );
  });

  test.each(BUNDLED_THEME_FILES)(
    '%s: the same verdicts, each tabled condition run once per state',
    async (file) => {
      const { theme } = await loadFile(file);
      const plan = planTheme(theme, { today: '2026-06-15' });
      const { plan: counting, runs } = counted(plan);
      expect(verdictsByCase(counting)).toEqual(verdictsByCase(untabled(plan)));
      // A second walk of the same plan finds every verdict it needs in the tables.
      const before = runs.slice();
      verdictsByCase(counting);
      let tabled = 0;
      // Blocking notices' conditions also run on partial facts whenever one of their facts is set: not counted.
      const blocks = new Set(plan.blocks);
      plan.verdictTables.forEach((table, c) => {
        if (!table || blocks.has(c)) return;
        tabled++;
        const filled = table.verdicts.filter((v) => v >= 0).length;
        expect(before[c]).toBeLessThanOrEqual(filled);
        expect(runs[c]).toBe(before[c]);
      });
      // Not vacuous: the bundled themes' conditions have tables.
      expect(tabled).toBeGreaterThan(0);
    },
  );
});
