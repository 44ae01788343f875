import { describe, expect, test } from 'vitest';
import { planTheme, type ThemePlan } from '../../src/analyze/plan.js';
import { CaseWalker } from '../../src/analyze/walker.js';
import type { OutcomeRules } from '../../src/model/outcome-rules.js';
import { compose } from '../../src/outcome/compose.js';
import { planOutcome } from '../../src/outcome/plan.js';
import { defaultOutcomeRules } from '../../src/outcome/rules/index.js';
import { emptySelection, type Selection, select, selectByVerdicts } from '../../src/outcome/selection.js';
import { loadFile } from './support.js';

/** The selection of the walker's current case. */
function selectionOf(plan: ThemePlan, walker: CaseWalker) {
  return select(plan.outcome, (c) => walker.verdicts[plan.outcomeConditions[c] as number] === 1);
}

// `compose` keeps index arrays in the plan (`OutcomePlan.work`) and reuses them from case to case: what one
// case leaves there must never reach the next.
describe('composing case after case with one plan', () => {
  test('gives every case of the restaurant what a plan made for that case alone gives', async () => {
    const { theme } = await loadFile('themes/open-restaurant.yaml');
    const plan = planTheme(theme);
    const walker = new CaseWalker(plan);
    let cases = 0;
    let passedOn = 0;
    while (walker.advance()) {
      const selection = selectionOf(plan, walker);
      const shared = compose(plan.outcome, selection);
      expect(shared).toEqual(compose(planOutcome(theme), selection));
      passedOn += shared.merge.passedOn;
      cases++;
    }
    expect(cases).toBe(3_492);
    // Materials passed on within the flow read the steps of the case (`producer` rule): the cases exercise them.
    expect(passedOn).toBeGreaterThan(0);
  });

  test('a rule that throws while a case is composed leaves the next case right', async () => {
    const { theme } = await loadFile('themes/open-restaurant.yaml');
    let armed = false;
    const producer: OutcomeRules['producer'] = (user, producers, applies) => {
      // Throws once when armed, with the plan's index arrays filled for the case being composed.
      if (armed) {
        armed = false;
        throw new Error('rule failed');
      }
      return defaultOutcomeRules.producer(user, producers, applies);
    };
    const plan = planTheme(theme, { rules: { producer } });
    const walker = new CaseWalker(plan);
    const selections: Selection[] = [];
    while (walker.advance()) selections.push(selectionOf(plan, walker));
    // The case with the most steps fills the most entries; each other case is composed right after it fails.
    const steps = selections.map((s) => compose(planOutcome(theme), s).steps.length);
    const largest = selections[steps.indexOf(Math.max(...steps))] as Selection;
    let failed = 0;
    for (const selection of selections) {
      armed = true;
      expect(() => compose(plan.outcome, largest)).toThrow('rule failed');
      failed++;
      expect(compose(plan.outcome, selection)).toEqual(compose(planOutcome(theme), selection));
    }
    expect(failed).toBe(3_492);
  });
});

describe('selecting by verdicts', () => {
  test.each(['open-restaurant', 'hk-macau-permit', 'convenience-store'])(
    'gives every case of %s the selection `select` gives',
    async (name) => {
      const { theme } = await loadFile(`themes/${name}.yaml`);
      const plan = planTheme(theme);
      const walker = new CaseWalker(plan);
      // One selection filled case after case, as enumerations fill it: what one case leaves must not count.
      const into = emptySelection(plan.outcome);
      let cases = 0;
      let chosen = 0;
      while (walker.advance()) {
        const byVerdicts = selectByVerdicts(plan.outcome, walker.verdicts, plan.outcomeConditions, into);
        const expected = selectionOf(plan, walker);
        // Only the parts of items that hold are meaningful (`Selection`): compared as `compose` reads them.
        expect(compose(plan.outcome, byVerdicts)).toEqual(compose(plan.outcome, expected));
        expect(Array.from(byVerdicts.notices)).toEqual(Array.from(expected.notices));
        expect(Array.from(byVerdicts.items)).toEqual(Array.from(expected.items));
        expect(byVerdicts.chosen[0]).toBe(expected.chosen[0]);
        if ((expected.chosen[0] as number) >= 0) chosen++;
        cases++;
      }
      expect(cases).toBeGreaterThan(1_000);
      if (name === 'hk-macau-permit') expect(chosen).toBeGreaterThan(0);
    },
  );
});
