import { describe, expect, test } from 'vitest';
import { OutcomeKeys } from '../../src/analyze/outcome-keys.js';
import { planTheme } from '../../src/analyze/plan.js';
import { outcomeSignature } from '../../src/analyze/signature.js';
import { Summarizer } from '../../src/analyze/summary.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import { loadFile } from './support.js';

describe('OutcomeKeys', () => {
  test.each(['themes/hk-macau-permit.yaml', 'themes/open-restaurant.yaml', 'themes/newborn.yaml'])(
    '%s: equal keys exactly for equal signatures, each the signature of the summary of its paths',
    async (file) => {
      const { theme } = await loadFile(file);
      const plan = planTheme(theme, { today: '2026-11-27' });
      const walker = new CaseWalker(plan, undefined, { labels: false });
      const keys = new OutcomeKeys(plan);
      const summarizer = new Summarizer(plan, { detail: true });
      const keyOf = new Map<string, number>();
      let paths = 0;
      while (walker.advance()) {
        const key = keys.key(walker.verdicts);
        const detail = summarizer.summarize(walker.verdicts).detail;
        if (detail === undefined) throw new Error('no detail');
        const signature = outcomeSignature(detail);
        expect(keys.signature(key)).toBe(signature);
        expect(outcomeSignature(keys.detail(key))).toBe(signature);
        const known = keyOf.get(signature);
        if (known === undefined) {
          // A new outcome takes the next key.
          expect(key).toBe(keyOf.size);
          keyOf.set(signature, key);
        } else expect(key).toBe(known);
        paths++;
      }
      expect(keys.size).toBe(keyOf.size);
      // Paths that differ only in the choice of delivery, or in notices alone, share keys.
      expect(keys.size).toBeLessThan(paths);
    },
  );
});
