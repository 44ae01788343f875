import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { OutcomeSketch, sketchOf } from '../../src/analyze/outcome-sketch.js';
import { planTheme, type ThemePlan } from '../../src/analyze/plan.js';
import { Summarizer } from '../../src/analyze/summary.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { Profile } from '../../src/model/profile.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import {
  arbitraryLoadedTheme,
  arbitraryProfileFor,
  GENERATED_TODAY,
  loadThemeYaml,
} from '../support/arbitrary-theme.js';
import { BUNDLED_THEME_FILES } from '../support/bundled-themes.js';
import { loadFile } from './support.js';

/** Each case of a walk (the first `limit`): the sketch kept from case to case, one made afresh, and the case's outcome id. */
function sketches(
  plan: ThemePlan,
  limit = Number.POSITIVE_INFINITY,
): { kept: number; fresh: number; id: number }[] {
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const kept = new OutcomeSketch(plan);
  const summarizer = new Summarizer(plan, { identity: true, choice: true });
  const found: { kept: number; fresh: number; id: number }[] = [];
  while (found.length < limit && walker.advance()) {
    found.push({
      kept: kept.of(walker),
      fresh: new OutcomeSketch(plan).of(walker),
      id: summarizer.summarize(walker.verdicts).identity as number,
    });
  }
  return found;
}

/** Whether equal outcome ids always come with equal sketches. */
function sketchesFollowIds(cases: readonly { kept: number; id: number }[]): boolean {
  const byId = new Map<number, number>();
  for (const { kept, id } of cases) {
    const known = byId.get(id);
    if (known !== undefined && known !== kept) return false;
    byId.set(id, kept);
  }
  return true;
}

describe('OutcomeSketch', () => {
  test('kept from case to case, it equals a sketch made afresh, and equal outcome ids have equal sketches', () => {
    const arb = fc
      .boolean()
      .chain((optionConditions) => arbitraryLoadedTheme({ maxQuestions: 7, optionConditions }))
      .chain((theme) =>
        fc.tuple(
          fc.constant(theme),
          fc.option(arbitraryProfileFor(theme, GENERATED_TODAY), { nil: undefined }),
        ),
      );
    let apart = 0;
    fc.assert(
      fc.property(arb, ([theme, profile]: [CompiledTheme, Profile | undefined]) => {
        const cases = sketches(planTheme(theme, { today: GENERATED_TODAY, ...(profile ? { profile } : {}) }));
        for (const { kept, fresh } of cases) expect(kept).toBe(fresh);
        expect(sketchesFollowIds(cases)).toBe(true);
        apart += new Set(cases.map((c) => c.kept)).size > 1 ? 1 : 0;
      }),
      { numRuns: 100 },
    );
    // Not vacuous: the sketches of most generated themes tell some cases apart.
    expect(apart).toBeGreaterThan(50);
  });

  test.each(BUNDLED_THEME_FILES)('%s: kept equals afresh, equal ids have equal sketches', async (file) => {
    const { theme } = await loadFile(file);
    const cases = sketches(planTheme(theme, { today: '2026-06-15' }), 3_000);
    for (const { kept, fresh } of cases) expect(kept).toBe(fresh);
    expect(sketchesFollowIds(cases)).toBe(true);
  });

  test('from one case to the next, only the items reading the questions whose answer changed are looked at', () => {
    // Four yes-no questions, one item each, which applies when its question is answered yes: 16 cases. The
    // first case looks at all four items; after it, the walk changes question 4 eight times (one item looked
    // at again), question 3 four times (two), question 2 twice (three) and question 1 once (four).
    const questions = [1, 2, 3, 4];
    const theme = loadThemeYaml({
      catalog: [
        'departments:',
        '  d: { name: 市场监督管理局, level: 区县 }',
        'items:',
        ...questions.map((q) => `  i${q}: { name: 事项${q}, department: d, days: 1 }`),
      ].join('\n'),
      theme: [
        'id: sketch',
        'title: 草图',
        'version: "1"',
        'audience: person',
        'questions:',
        ...questions.map((q) => `  - { id: q${q}, ask: 问题${q}？, type: yes-no }`),
        'items:',
        ...questions.map((q) => `  i${q}: { when: { q${q}: true } }`),
      ].join('\n'),
    });
    const plan = planTheme(theme, { today: GENERATED_TODAY });
    const walker = new CaseWalker(plan, undefined, { labels: false });
    const sketch = new OutcomeSketch(plan);
    const seen = new Set<number>();
    let cases = 0;
    while (walker.advance()) {
      seen.add(sketch.of(walker));
      cases++;
    }
    expect(cases).toBe(16);
    expect(seen.size).toBe(16);
    expect(sketch.recomputed).toBe(4 + 8 * 1 + 4 * 2 + 2 * 3 + 1 * 4);
  });

  test("the plan's shared sketch, restarted after cases sketched out of order, walks as a new one", () => {
    fc.assert(
      fc.property(
        arbitraryLoadedTheme({ maxQuestions: 6 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (theme, skips) => {
          const plan = planTheme(theme, { today: GENERATED_TODAY });
          const shared = sketchOf(plan);
          expect(sketchOf(plan)).toBe(shared);
          // Cases sketched by `anew` and by `of` in a walk left half done, as the comparison of choices does.
          for (const skip of skips) {
            const walker = new CaseWalker(plan, undefined, { labels: false });
            for (let k = 0; k <= skip % 5 && walker.advance(); k++) shared.of(walker);
            if (walker.advance()) shared.anew(walker);
          }
          shared.restart();
          const walker = new CaseWalker(plan, undefined, { labels: false });
          const fresh = new OutcomeSketch(plan);
          while (walker.advance()) expect(shared.of(walker)).toBe(fresh.of(walker));
        },
      ),
      { numRuns: 100 },
    );
  });
});
