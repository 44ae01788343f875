import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../src/analyze/detail.js';
import { type EnumerateOptions, planTheme } from '../../src/analyze/plan.js';
import { outcomeSignature } from '../../src/analyze/signature.js';
import { Summarizer } from '../../src/analyze/summary.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../../src/node/index.js';
import { type OutcomeEntries, outcomeIdentity } from '../../src/outcome/identity.js';
import { arbitraryLoadedTheme, GENERATED_TODAY } from '../support/arbitrary-theme.js';

/**
 * Walks every path of a theme and checks that the runtime's id (`outcomeIdentity`, as the analysis's
 * summaries give it) and the analysis's signature (`outcomeSignature`) tell the same outcomes apart: same id
 * exactly when same signature. Returns the number of distinct outcomes and of paths.
 */
function checkAgreement(
  theme: CompiledTheme,
  options: EnumerateOptions,
): { outcomes: number; paths: number } {
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan, undefined, { labels: false });
  const summarizer = new Summarizer(plan, { detail: true, identity: true });
  const signatureOf = new Map<number, string>();
  const identityOf = new Map<string, number>();
  let paths = 0;
  while (walker.advance()) {
    const summary = summarizer.summarize(walker.verdicts);
    const detail = summary.detail;
    const identity = summary.identity;
    if (detail === undefined || identity === undefined) throw new Error('the summary lacks detail or id');
    // The id of a summary is the runtime function's id of the same entries.
    if (paths % 97 === 0) expect(outcomeIdentity(detail)).toBe(identity);
    const signature = outcomeSignature(detail);
    const known = signatureOf.get(identity);
    if (known === undefined) signatureOf.set(identity, signature);
    else expect(known).toBe(signature);
    const knownId = identityOf.get(signature);
    if (knownId === undefined) identityOf.set(signature, identity);
    else expect(knownId).toBe(identity);
    paths++;
  }
  expect(signatureOf.size).toBe(identityOf.size);
  return { outcomes: signatureOf.size, paths };
}

describe('one definition of the same outcome: ids and signatures agree', () => {
  test('every path of every bundled theme: same id ⇔ same signature', async () => {
    const cache = new CatalogCache();
    const files = await themeFilesIn('themes');
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const loaded = await loadThemeFile(file, { cache });
      if (!loaded.result.ok) throw new Error(`${file} does not load`);
      const { outcomes, paths } = checkAgreement(loaded.result.theme, { today: '2026-11-27' });
      // Not vacuous: each theme has paths, and all but the simplest several outcomes.
      expect(paths, file).toBeGreaterThan(0);
      expect(outcomes, file).toBeGreaterThan(1);
    }
  });

  test('generated themes: same id ⇔ same signature', () => {
    fc.assert(
      fc.property(arbitraryLoadedTheme({ maxQuestions: 7 }), (theme) => {
        checkAgreement(theme, { today: GENERATED_TODAY, maxCases: 2_000 });
      }),
      { numRuns: 40 },
    );
  });

  test('the entries that count each change both the id and the signature', () => {
    const base: OutcomeEntries = {
      status: 'ready',
      notices: [{ id: 'n' }],
      items: [{ id: 'a', days: 5, fee: 10, venue: 'v' }],
      materials: [{ id: 'm', form: '原件' as const, copies: 1, status: 'submit' as const }],
      days: 5,
      fee: 10,
      visits: 1,
    };
    const variants = [
      { ...base, status: 'blocked' as const },
      { ...base, notices: [] },
      { ...base, items: [{ id: 'a', days: 6, fee: 10, venue: 'v' }] },
      { ...base, items: [{ id: 'a', days: 5, fee: 10.01, venue: 'v' }] },
      { ...base, items: [{ id: 'a', days: 5, fee: 10 }] },
      { ...base, materials: [{ id: 'm', form: '复印件' as const, copies: 1, status: 'submit' as const }] },
      { ...base, materials: [{ id: 'm', form: '原件' as const, copies: 2, status: 'submit' as const }] },
      { ...base, materials: [{ id: 'm', form: '原件' as const, copies: 1, status: 'waived' as const }] },
      { ...base, days: 4 },
      { ...base, fee: 0 },
      { ...base, visits: 0 },
    ];
    const detail = (entries: OutcomeEntries): CaseDetail => ({
      ...entries,
      notices: entries.notices.map((n) => ({ ...n, kind: 'info' as const })),
      items: entries.items.map((i) => ({ ...i, name: i.id })),
      materials: entries.materials.map((m) => ({ ...m, name: m.id })),
    });
    const ids = new Set([base, ...variants].map((v) => outcomeIdentity(v)));
    const signatures = new Set([base, ...variants].map((v) => outcomeSignature(detail(v))));
    expect([ids.size, signatures.size]).toEqual([variants.length + 1, variants.length + 1]);
    // Names are no part of it.
    expect(
      outcomeSignature({ ...detail(base), items: [{ ...detail(base).items[0], name: '别名' } as never] }),
    ).toBe(outcomeSignature(detail(base)));
  });
});
