import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type IdleBranch, idleBranches } from '../../src/analyze/branch-effect.js';
import { planTheme } from '../../src/analyze/plan.js';
import type { Profile } from '../../src/model/profile.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { arbitraryLoadedTheme, arbitraryProfileFor, GENERATED_TODAY } from '../support/arbitrary-theme.js';
import { BUNDLED_THEME_FILES } from '../support/bundled-themes.js';
import { idleBranchesByWalk } from './branch-effect-reference.js';
import { loadFile } from './support.js';

/** `idleBranches` of every question of a theme, and by the reference, each on a plan of its own. */
function both(
  theme: CompiledTheme,
  options: { today: string; profile?: Profile },
): [Map<number, IdleBranch>, Map<number, IdleBranch>] {
  const every = theme.questions.map((_, k) => k);
  return [
    idleBranches(planTheme(theme, options), every),
    idleBranchesByWalk(planTheme(theme, options), every),
  ];
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
