import { describe, expect, test } from 'vitest';
import { type CaseSummary, enumerateCases } from '../../src/analyze/enumerate.js';
import { exploreTheme } from '../../src/analyze/explore.js';
import type { EnumerateOptions } from '../../src/analyze/plan.js';
import type { Outcome } from '../../src/model/outcome.js';
import type { OutcomeRules } from '../../src/model/outcome-rules.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { defaultOutcomeRules, outcome } from '../../src/outcome/index.js';
import { back, change, restore, serialize, switchProfile } from '../../src/session/index.js';
import { detailedCases, detailOf, loadFile, replay } from './support.js';

// One outcome rule replaced through the `rules` option, the way a portal would: sessions (`start`) and the
// analysis (`enumerateCases`, `exploreTheme`, case details) must both follow it, and nothing else may change.

function cases(theme: CompiledTheme, options: EnumerateOptions = {}): CaseSummary[] {
  return [...enumerateCases(theme, options)];
}

/** Outcomes of every `every`-th case, replayed through real sessions with and without the rules. */
function outcomes(
  theme: CompiledTheme,
  list: readonly CaseSummary[],
  rules: Partial<OutcomeRules>,
  every: number,
): { plain: Outcome; altered: Outcome }[] {
  const pairs: { plain: Outcome; altered: Outcome }[] = [];
  for (let i = 0; i < list.length; i += every) {
    const { answers } = list[i] as CaseSummary;
    pairs.push({
      plain: outcome(replay(theme, answers)),
      altered: outcome(replay(theme, answers, { rules })),
    });
  }
  return pairs;
}

describe('an outcome rule replaced through `rules` changes sessions and the analysis alike', () => {
  test('fees doubled: each case costs twice as much in enumerateCases and in its session, nothing else changes', async () => {
    const { theme } = await loadFile('themes/hk-macau-permit.yaml');
    const rules: Partial<OutcomeRules> = { fee: (amounts) => 2 * defaultOutcomeRules.fee(amounts) };
    const plain = cases(theme);
    const altered = cases(theme, { rules });
    expect(altered.map((c) => ({ ...c, fee: c.fee / 2 }))).toEqual(plain);
    expect(altered.filter((c, i) => c.fee !== plain[i]?.fee).length).toBeGreaterThan(plain.length / 2);
    for (const pair of outcomes(theme, plain, rules, 97)) {
      const fee = pair.plain.totals.fee;
      expect(pair.altered).toEqual({
        ...pair.plain,
        totals: { ...pair.plain.totals, fee: { ...fee, total: 2 * fee.total } },
      });
    }
  });

  test('copies summed instead of the most: case details and sessions both add them up, nothing else changes', async () => {
    const { theme } = await loadFile('themes/open-restaurant.yaml');
    const rules: Partial<OutcomeRules> = { copies: (a, b) => a + b };
    const withoutCopies = (o: Outcome) => ({
      ...o,
      materials: o.materials.map(({ copies: _c, usedBy, ...m }) => ({
        ...m,
        usedBy: usedBy.map(({ copies: _u, ...use }) => use),
      })),
    });
    const list = cases(theme);
    let summed = 0;
    for (const { plain, altered } of outcomes(theme, list, rules, 89)) {
      expect(withoutCopies(altered)).toEqual(withoutCopies(plain));
      for (const m of altered.materials) {
        expect(m.copies).toBe(m.usedBy.reduce((total, use) => total + use.copies, 0));
        const before = plain.materials.find((p) => p.id === m.id);
        if (m.copies !== before?.copies) summed++;
      }
    }
    expect(summed).toBeGreaterThan(0);
    // The analysis composes every case with the same rules: its details are the sessions'.
    const details = [...detailedCases(theme, { rules, maxCases: 2_000 })];
    let differ = 0;
    details.forEach(({ answers, detail }, i) => {
      if (i % 97 !== 0) return;
      expect(detail).toEqual(detailOf(replay(theme, answers, { rules })));
      if (JSON.stringify(detail) !== JSON.stringify(detailOf(replay(theme, answers)))) differ++;
    });
    expect(differ).toBeGreaterThan(0);
  });

  test('"not needed" never given: the census, enumerateCases and sessions count those cases as ready', async () => {
    const { theme } = await loadFile('themes/convenience-store.yaml');
    const rules: Partial<OutcomeRules> = {
      status: (notices) => (notices.has('block') ? 'blocked' : 'ready'),
    };
    const plainCensus = exploreTheme(theme);
    const alteredCensus = exploreTheme(theme, { rules });
    const notNeeded = plainCensus.byStatus['not-needed'];
    expect(notNeeded).toBeGreaterThan(0);
    expect(alteredCensus.byStatus).toEqual({
      ...plainCensus.byStatus,
      'not-needed': 0,
      ready: plainCensus.byStatus.ready + notNeeded,
    });
    expect({ ...alteredCensus, byStatus: plainCensus.byStatus }).toEqual(plainCensus);
    const plain = cases(theme);
    const altered = cases(theme, { rules });
    expect(altered).toEqual(plain.map((c) => (c.status === 'not-needed' ? { ...c, status: 'ready' } : c)));
    const index = plain.findIndex((c) => c.status === 'not-needed');
    const answers = (plain[index] as CaseSummary).answers;
    const before = outcome(replay(theme, answers));
    expect(before.status).toBe('not-needed');
    expect(outcome(replay(theme, answers, { rules }))).toEqual({ ...before, status: 'ready' });
  });

  test('a session keeps its rules through back, change and switchProfile, and restore takes them again', async () => {
    const { theme } = await loadFile('themes/hk-macau-permit.yaml');
    const rules: Partial<OutcomeRules> = { fee: (amounts) => 2 * defaultOutcomeRules.fee(amounts) };
    const charged = cases(theme).find((c) => c.fee > 0) as CaseSummary;
    const session = replay(theme, charged.answers, { rules });
    const fee = (s: Parameters<typeof outcome>[0]) => outcome(s).totals.fee.total;
    expect(fee(session)).toBe(2 * charged.fee);
    const [first] = Object.keys(charged.answers);
    const changed = change(session, first as string, charged.answers[first as string]);
    expect(changed.ok && fee(changed.session)).toBe(2 * charged.fee);
    expect(fee(switchProfile(session, undefined).session)).toBe(2 * charged.fee);
    const undone = back(session);
    expect(undone.ok && undone.session.rules).toEqual(rules);
    const restored = restore(theme, serialize(session), { rules });
    expect(restored.ok && fee(restored.session)).toBe(2 * charged.fee);
    const plain = restore(theme, serialize(session));
    expect(plain.ok && fee(plain.session)).toBe(charged.fee);
  });
});
