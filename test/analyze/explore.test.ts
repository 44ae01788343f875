import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { censusOf, countCases, walkCases } from '../../src/analyze/census.js';
import { exploreTheme, exploreWith } from '../../src/analyze/explore.js';
import { type EnumerateOptions, planTheme } from '../../src/analyze/plan.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { Profile } from '../../src/model/profile.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { arbitraryLoadedTheme, arbitraryProfileFor, GENERATED_TODAY } from '../support/arbitrary-theme.js';
import { BUNDLED_THEME_FILES } from '../support/bundled-themes.js';
import { exploreThemeByEveryCase } from './explore-reference.js';
import { loadFile } from './support.js';

// `exploreTheme` compares choices by their first cases and enumerates whole subtrees only where those agree;
// it must find exactly what numbering every case finds.
/**
 * `exploreTheme` gives what the reference gives (on the counts alone where the reference stopped at
 * `maxCases`: it compared choices over the cases it saw, the exploration compares none), and the same after
 * the walk of every case by sketches (the choices that walk sees apart are not compared again).
 */
function expectAgreement(theme: CompiledTheme, options: NonNullable<Parameters<typeof exploreTheme>[1]>) {
  const found = exploreTheme(theme, options);
  const expected = exploreThemeByEveryCase(theme, options);
  if (!expected.truncated) expect(found).toEqual(expected);
  else {
    const { matters: _m, differs: _d, together: _t, ...counted } = expected;
    expect(found).toMatchObject(counted);
    expect(found.matters.some(Boolean)).toBe(false);
  }
  expect(exploreWith(theme, options, undefined, true)).toEqual(found);
  return found;
}

describe('exploreTheme finds what numbering every case finds', () => {
  test('generated themes, with and without a profile', () => {
    const arb = arbitraryLoadedTheme({ maxQuestions: 8 }).chain((theme) =>
      fc.tuple(
        fc.constant(theme),
        fc.option(arbitraryProfileFor(theme, GENERATED_TODAY), { nil: undefined }),
      ),
    );
    fc.assert(
      fc.property(arb, ([theme, profile]: [CompiledTheme, Profile | undefined]) => {
        const options = { today: GENERATED_TODAY, maxCases: 5_000, ...(profile ? { profile } : {}) };
        expectAgreement(theme, options);
      }),
      { numRuns: 300 },
    );
  });

  // Where options have conditions, two choices are compared only where both are offered, and a question is
  // asked only on paths that reach a case (not on one that stops at a question offering no option).
  test('generated themes with option conditions, with and without a profile', () => {
    const arb = arbitraryLoadedTheme({ maxQuestions: 8, optionConditions: true }).chain((theme) =>
      fc.tuple(
        fc.constant(theme),
        fc.option(arbitraryProfileFor(theme, GENERATED_TODAY), { nil: undefined }),
      ),
    );
    let seen = 0;
    let deadEnds = 0;
    fc.assert(
      fc.property(arb, ([theme, profile]: [CompiledTheme, Profile | undefined]) => {
        const options = { today: GENERATED_TODAY, maxCases: 5_000, ...(profile ? { profile } : {}) };
        const found = expectAgreement(theme, options);
        if (found.differs.some((pairs) => pairs?.some((row) => row.some(Boolean)))) seen++;
        if (someDeadEnd(theme, options)) deadEnds++;
      }),
      { numRuns: 300 },
    );
    // Not vacuous: options are told apart, and some paths stop at a question that offers no option.
    expect(seen).toBeGreaterThan(0);
    expect(deadEnds).toBeGreaterThan(0);
  });

  test.each(BUNDLED_THEME_FILES)('%s', async (file) => {
    const { theme } = await loadFile(file);
    const options = { today: '2026-06-15' };
    const found = exploreTheme(theme, options);
    expect(found).toEqual(exploreThemeByEveryCase(theme, options));
    expect(exploreWith(theme, options, undefined, true)).toEqual(found);
    // Not vacuous: the bundled themes have questions that matter and options told apart.
    expect(found.matters.some(Boolean)).toBe(true);
  });

  test('a truncated exploration counts up to the limit and compares no choices', async () => {
    const { theme } = await loadFile('themes/marriage.yaml');
    const found = exploreTheme(theme, { maxCases: 10 });
    expect(found).toMatchObject({ count: 10, truncated: true });
    expect(found.matters.some(Boolean)).toBe(false);
  });
});

/** Whether some path of the theme stops at a question that offers no answer (looked at up to 5,000 paths). */
function someDeadEnd(theme: CompiledTheme, options: EnumerateOptions): boolean {
  const walker = new CaseWalker(planTheme(theme, options), undefined, { labels: false, deadEnds: true });
  for (let paths = 0; paths < 5_000 && walker.advance(); paths++) if (walker.atDeadEnd) return true;
  return false;
}

// The census merges paths into states question by question; walking every case must give the same figures.
describe('counting cases over merged states', () => {
  test('generated themes: the same figures as walking every case', () => {
    fc.assert(
      fc.property(arbitraryLoadedTheme({ maxQuestions: 8 }), (theme) => {
        const plan = planTheme(theme, { today: GENERATED_TODAY });
        const walked = walkCases(plan, 20_000);
        const counted = countCases(plan, 20_000);
        // More cases than the limit: not counted (the walk gives the figures of the first 20,000).
        // Otherwise counted (generated themes are small enough for their states to merge), alike.
        if (walked.truncated) expect(counted).toBeUndefined();
        else expect(counted).toEqual({ ...walked, nodes: counted?.nodes });
      }),
      { numRuns: 300 },
    );
  });

  // Where a path stops at a question that offers no option, the states cannot tell which earlier questions
  // other paths ask: the census walks every case instead.
  test('generated themes with option conditions: counted alike, or walked where some path stops', () => {
    let counted = 0;
    fc.assert(
      fc.property(arbitraryLoadedTheme({ maxQuestions: 8, optionConditions: true }), (theme) => {
        const plan = planTheme(theme, { today: GENERATED_TODAY });
        const walked = walkCases(plan, 20_000);
        const merged = countCases(plan, 20_000);
        if (merged === undefined) return;
        counted++;
        expect(merged).toEqual({ ...walked, nodes: merged.nodes });
      }),
      { numRuns: 300 },
    );
    expect(counted).toBeGreaterThan(0);
  });

  test.each([
    ['themes/hk-macau-permit.yaml', 9_999],
    ['themes/open-restaurant.yaml', 3_492],
    ['themes/marriage.yaml', 23],
  ])('%s: counted, not walked', async (file, total) => {
    const { theme } = await loadFile(file);
    const plan = planTheme(theme, { today: '2026-06-15' });
    const counted = countCases(plan, Number.POSITIVE_INFINITY);
    expect(counted?.count).toBe(total);
    expect(counted).toEqual({ ...walkCases(plan, Number.POSITIVE_INFINITY), nodes: counted?.nodes });
  });

  test('more cases than maxCases: not counted, walked up to the limit', async () => {
    const { theme } = await loadFile('themes/marriage.yaml');
    const plan = planTheme(theme, {});
    expect(countCases(plan, 10)).toBeUndefined();
    expect(censusOf(plan, 10)).toMatchObject({ count: 10, truncated: true });
  });
});
