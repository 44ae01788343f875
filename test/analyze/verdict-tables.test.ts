import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planTheme, type ThemePlan } from '../../src/analyze/plan.js';
import { CaseWalker, walkTables } from '../../src/analyze/walker.js';
import type { Profile } from '../../src/model/profile.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { arbitraryLoadedTheme, arbitraryProfileFor, GENERATED_TODAY } from '../support/arbitrary-theme.js';
import { BUNDLED_THEME_FILES } from '../support/bundled-themes.js';
import { loadFile } from './support.js';

/**
 * Every case's key and the verdicts of every condition run on that case's whole fact map (each question's
 * answer, or absent where it was not asked): what walks computed before the tables, found without any table.
 */
function runByCase(plan: ThemePlan): string[] {
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const found: string[] = [];
  while (walker.advance()) {
    const facts = new Map(plan.baseFacts);
    for (const q of plan.questions) facts.set(q.id, undefined);
    for (const { question, choice } of walker.steps())
      facts.set((plan.questions[question] as ThemePlan['questions'][number]).id, choice.value);
    const verdicts = plan.conditions.map((condition) => {
      const verdict = condition(facts);
      return verdict === true ? 1 : verdict === false ? 0 : 2;
    });
    found.push(`${walker.key} ${verdicts.join('')}`);
  }
  return found;
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
  test('a walk with the tables gives every case the verdicts of every condition run on its facts', () => {
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
        expect(verdictsByCase(plan)).toEqual(runByCase(plan));
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
      expect(verdictsByCase(counting)).toEqual(runByCase(plan));
      // A second walk of the same plan finds every verdict it needs in the tables, the plan's or the walks'.
      const before = runs.slice();
      verdictsByCase(counting);
      let tabled = 0;
      // Blocking notices' conditions also run on partial facts whenever one of their facts is set: not counted.
      const blocks = new Set(plan.blocks);
      const own = walkTables(counting).tables;
      plan.verdictTables.forEach((planTable, c) => {
        const table = planTable ?? own[c];
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

describe('tables walks keep', () => {
  test('the permit theme: conditions the plan has no table for (option conditions) are run once per state', async () => {
    const { theme } = await loadFile('themes/hk-macau-permit.yaml');
    const plan = planTheme(theme, { today: '2026-06-15' });
    const { plan: counting, runs } = counted(plan);
    const own = walkTables(counting).tables;
    const blocks = new Set(plan.blocks);
    const walked = own.map((table, c) => table !== undefined && !blocks.has(c));
    // Not vacuous: the theme asks questions whose options have conditions, and conditions read them.
    expect(walked.filter(Boolean).length).toBeGreaterThan(10);
    expect(verdictsByCase(counting)).toEqual(runByCase(plan));
    walked.forEach((yes, c) => {
      if (!yes) return;
      const table = own[c] as NonNullable<(typeof own)[number]>;
      expect(runs[c]).toBeLessThanOrEqual(table.verdicts.filter((v) => v >= 0).length);
    });
  });

  test('a state past the size of a table (a choice met after it was made) is run, not looked up', async () => {
    const { theme } = await loadFile('themes/hk-macau-permit.yaml');
    const plan = planTheme(theme, { today: '2026-06-15' });
    const { plan: counting, runs } = counted(plan);
    const own = walkTables(counting).tables;
    // Tables with room for no state: every verdict is run on its facts, none stored, and each still right.
    for (const table of own) if (table) (table.sizes as Int32Array).fill(0);
    expect(verdictsByCase(counting)).toEqual(runByCase(plan));
    const c = own.findIndex((table) => table !== undefined);
    expect(runs[c]).toBeGreaterThan(0);
    expect((own[c] as NonNullable<(typeof own)[number]>).verdicts.some((v) => v >= 0)).toBe(false);
  });
});
