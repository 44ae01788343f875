import { describe, expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import { EARLY_CHECK, MEMO_LIMIT } from '../../src/analyze/memo.js';
import { planTheme } from '../../src/analyze/plan.js';
import { Summarizer } from '../../src/analyze/summary.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadFixture } from '../outcome/fixtures.js';
import { figuresOf, loadFile, replay } from './support.js';

/** `n` independent yes/no questions, each read by an item, a day variant and a material use: 2^n outcomes. */
function independentTheme(n: number): CompiledTheme {
  let catalog = 'departments:\n  d: { name: 部门, level: 市级 }\nmaterials:\n';
  for (let i = 0; i < n; i++) catalog += `  m${i}: { name: 材料${i} }\n`;
  catalog += 'items:\n';
  for (let i = 0; i < n; i++) {
    catalog += `  item-${i}:\n    name: 事项${i}\n    department: d\n    fee: ${i}\n`;
    catalog += `    days: [{ when: { q${(i + 1) % n}: true }, days: ${i + 1} }, { days: 2 }]\n`;
    catalog += `    materials: [m${i}, { material: m${(i + 1) % n}, when: { q${(i + 2) % n}: true } }]\n`;
    if (i > 0) catalog += `    after: [item-${i - 1}]\n`;
  }
  let theme = 'id: independent\ntitle: 独立问题\nversion: "1"\naudience: person\nquestions:\n';
  for (let i = 0; i < n; i++) theme += `  - { id: q${i}, ask: 第${i + 1}项？, type: yes-no }\n`;
  theme += 'items:\n';
  for (let i = 0; i < n; i++) theme += `  item-${i}: { when: { q${i}: true } }\n`;
  return loadFixture(catalog, theme);
}

describe('Summarizer', () => {
  test('cases with the same selection share one summary', async () => {
    const { theme } = await loadFile('themes/open-restaurant.yaml');
    const plan = planTheme(theme);
    const summarizer = new Summarizer(plan);
    const walker = new CaseWalker(plan);
    const summaries = new Set<object>();
    let count = 0;
    while (walker.advance()) {
      count++;
      const summary = summarizer.summarize(walker.verdicts);
      expect(summarizer.summarize(walker.verdicts)).toBe(summary);
      summaries.add(summary);
    }
    let enumerated = 0;
    for (const _ of enumerateCases(theme)) enumerated++;
    expect(count).toBe(enumerated);
    // Many cases share a selection (the restaurant: about half).
    expect(summaries.size).toBeLessThan(count);
  });

  test('cases whose notices alone differ share one body: their items list is the same object', async () => {
    const { theme } = await loadFile('themes/open-restaurant.yaml');
    const plan = planTheme(theme);
    const summarizer = new Summarizer(plan, { detail: true });
    const walker = new CaseWalker(plan);
    const summaries = new Set<object>();
    const bodies = new Set<object>();
    const noticesByBody = new Map<object, Set<number>>();
    while (walker.advance()) {
      const summary = summarizer.summarize(walker.verdicts);
      summaries.add(summary);
      bodies.add(summary.items);
      const seen = noticesByBody.get(summary.items) ?? new Set<number>();
      seen.add(summary.notices);
      noticesByBody.set(summary.items, seen);
      // The shared body is this case's: its detail agrees with the figures.
      expect(summary.detail?.items.map((i) => i.id)).toEqual(summary.items);
    }
    // The restaurant's alcohol notice alone splits every body in two: bodies are shared.
    expect(bodies.size).toBeLessThan(summaries.size);
    expect([...noticesByBody.values()].some((counts) => counts.size > 1)).toBe(true);
  });

  test('a memo that cases rarely share rests (summaries are composed afresh) and stays right', () => {
    // 2^15 cases, each its own outcome: the first EARLY_CHECK (2,048) fill the memo with a hit for only the few
    // asked twice, so it rests for the next MEMO_LIMIT (16,384) summaries, fills 2,048 more and rests again.
    // The summaries asked twice count too: the phases below are a few cases off, far from the samples.
    const memoised = (count: number) =>
      count < EARLY_CHECK || (count >= EARLY_CHECK + MEMO_LIMIT && count < 2 * EARLY_CHECK + MEMO_LIMIT);
    const theme = independentTheme(15);
    const plan = planTheme(theme);
    const summarizer = new Summarizer(plan);
    const walker = new CaseWalker(plan);
    let count = 0;
    while (walker.advance()) {
      const summary = summarizer.summarize(walker.verdicts);
      if (count % 1_000 === 0) {
        const again = summarizer.summarize(walker.verdicts);
        expect(again).toEqual(summary);
        expect(again === summary).toBe(memoised(count));
      }
      count++;
    }
    expect(count).toBe(2 ** 15);
    // Cases composed while the memo fills and while it rests are what real sessions give.
    const cases = [...enumerateCases(theme)];
    for (let i = 0; i < cases.length; i += 1_021) {
      const { answers, ...figures } = cases[i] as (typeof cases)[number];
      expect(figures).toEqual(figuresOf(replay(theme, answers)));
    }
  });
});
