import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type OptionOffers, optionOffers } from '../../src/analyze/option-offers.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { arbitraryLoadedTheme, GENERATED_TODAY } from '../support/arbitrary-theme.js';
import { BUNDLED_THEME_FILES } from '../support/bundled-themes.js';
import { optionOffersByWalk } from './option-offers-reference.js';
import { loadFile } from './support.js';

/** Whether some question has a branch with fewer than two options, or an option never offered. */
const findsSomething = (offers: OptionOffers) =>
  offers.few.some((f) => f !== undefined) || offers.offered.some((o) => o.length > 0 && !o.every(Boolean));

// `optionOffers` decides each offer once per merged state; it must find what walking every branch finds,
// the first branch with few options (its label) and the limit included.
describe('optionOffers finds what walking every branch finds', () => {
  test('generated themes with option conditions, with and without a small limit', () => {
    const arb = fc.tuple(
      arbitraryLoadedTheme({ optionConditions: true, maxQuestions: 8 }),
      fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    );
    let found = 0;
    let incomplete = 0;
    fc.assert(
      fc.property(arb, ([theme, maxCases]: [CompiledTheme, number | undefined]) => {
        const options = { today: GENERATED_TODAY, ...(maxCases === undefined ? {} : { maxCases }) };
        const offers = optionOffers(theme, options);
        expect(offers).toEqual(optionOffersByWalk(theme, options));
        if (findsSomething(offers)) found++;
        if (!offers.complete) incomplete++;
      }),
      { numRuns: 300 },
    );
    // Not vacuous: some generated themes offer few options somewhere, some exceed the limit.
    expect(found).toBeGreaterThan(0);
    expect(incomplete).toBeGreaterThan(0);
  });

  test.each(BUNDLED_THEME_FILES)('%s', async (file) => {
    const { theme } = await loadFile(file);
    for (const options of [{ today: '2026-06-15' }, { today: '2026-06-15', maxCases: 20 }])
      expect(optionOffers(theme, options)).toEqual(optionOffersByWalk(theme, options));
  });
});
