import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type IdleBranch, idleBranches, MAX_BRANCH_STEPS } from '../../src/analyze/branch-effect.js';
import { planTheme } from '../../src/analyze/plan.js';
import type { Profile } from '../../src/model/profile.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { arbitraryLoadedTheme, arbitraryProfileFor, GENERATED_TODAY } from '../support/arbitrary-theme.js';
import { BUNDLED_THEME_FILES } from '../support/bundled-themes.js';
import { idleBranchesByWalk } from './branch-effect-reference.js';
import { loadFile } from './support.js';

/**
 * `idleBranches` of every question of a theme, and by the reference, each on a plan of its own; the
 * reference without the questions `idleBranches` left out past `maxSteps`.
 */
function both(
  theme: CompiledTheme,
  options: { today: string; profile?: Profile },
  maxSteps = MAX_BRANCH_STEPS,
): [Map<number, IdleBranch>, Map<number, IdleBranch>] {
  const every = theme.questions.map((_, k) => k);
  const steps = new Map<number, number>();
  const found = idleBranches(planTheme(theme, options), every, maxSteps, steps);
  const expected = idleBranchesByWalk(planTheme(theme, options), every);
  for (const [k, taken] of steps) if (taken > maxSteps) expected.delete(k);
  return [found, expected];
}

// `idleBranches` compares outcomes only where the sketches of a node's choices agree; it must find what
// numbering every case by its outcome finds.
describe('idleBranches finds what numbering every case finds', () => {
  test.each([
    ['without option conditions', false],
    ['with option conditions', true],
  ])('generated themes %s, with and without a profile', (_, optionConditions) => {
    const arb = arbitraryLoadedTheme({ maxQuestions: 8, optionConditions }).chain((theme) =>
      fc.tuple(
        fc.constant(theme),
        fc.option(arbitraryProfileFor(theme, GENERATED_TODAY), { nil: undefined }),
      ),
    );
    let idle = 0;
    fc.assert(
      fc.property(arb, ([theme, profile]: [CompiledTheme, Profile | undefined]) => {
        const [found, expected] = both(theme, { today: GENERATED_TODAY, ...(profile ? { profile } : {}) });
        expect(found).toEqual(expected);
        idle += found.size;
      }),
      { numRuns: 150 },
    );
    // Not vacuous: some generated themes ask a question for nothing on some branch.
    expect(idle).toBeGreaterThan(0);
  });

  test.each(BUNDLED_THEME_FILES)('%s', async (file) => {
    const { theme } = await loadFile(file);
    const [found, expected] = both(theme, { today: '2026-06-15' });
    expect(found).toEqual(expected);
  });
});

// The bound is counted in steps (paths the search walks), so it leaves out the same questions on every run, and
// a question it keeps is searched as if there were no bound.
describe('the bound of steps', () => {
  test('leaves out whole questions, the same ones for the same steps', () => {
    const arb = arbitraryLoadedTheme({ maxQuestions: 8, optionConditions: true }).chain((theme) =>
      fc.tuple(fc.constant(theme), fc.integer({ min: 0, max: 60 })),
    );
    let leftOut = 0;
    let kept = 0;
    fc.assert(
      fc.property(arb, ([theme, maxSteps]: [CompiledTheme, number]) => {
        const every = theme.questions.map((_, k) => k);
        const options = { today: GENERATED_TODAY };
        const unbounded = new Map<number, number>();
        const all = idleBranches(planTheme(theme, options), every, Number.POSITIVE_INFINITY, unbounded);
        const bounded = new Map<number, number>();
        const found = idleBranches(planTheme(theme, options), every, maxSteps, bounded);
        expect([...bounded.keys()]).toEqual([...unbounded.keys()]);
        for (const [k, taken] of bounded) {
          if (taken > maxSteps) {
            leftOut++;
            expect(found.has(k)).toBe(false);
          } else {
            kept++;
            // Kept: the same work and the same finding as without a bound.
            expect(taken).toBe(unbounded.get(k));
            expect(found.get(k)).toEqual(all.get(k));
          }
        }
        for (const k of found.keys()) expect(bounded.get(k) ?? 0).toBeLessThanOrEqual(maxSteps);
        const [bothFound, expected] = both(theme, options, maxSteps);
        expect(bothFound).toEqual(expected);
      }),
      { numRuns: 150 },
    );
    // Not vacuous: the bound both keeps and leaves out questions.
    expect(leftOut).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
  });

  test('leaves out the delivery question of the permit before comparing anything', async () => {
    const { theme } = await loadFile('themes/hk-macau-permit.yaml');
    const steps = new Map<number, number>();
    const plan = planTheme(theme, { today: '2026-06-15' });
    idleBranches(
      plan,
      theme.questions.map((_, k) => k),
      MAX_BRANCH_STEPS,
      steps,
    );
    const collect = theme.questions.findIndex((q) => q.id === 'collect');
    // Its 4,950 nodes look alike by their sketches (the delivery choice adds what no sketch sees).
    expect(steps.get(collect)).toBeGreaterThan(MAX_BRANCH_STEPS);
    expect([...steps].filter(([, taken]) => taken > MAX_BRANCH_STEPS).map(([k]) => k)).toEqual([collect]);
  });
});
