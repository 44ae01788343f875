import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { type CaseSummary, enumerateCases } from '../../src/analyze/enumerate.js';
import type { MaterialStatusInputs, OutcomeRules, StepTiming } from '../../src/model/outcome-rules.js';
import type { MaterialForm } from '../../src/model/theme.js';
import { defaultOutcomeRules, outcome } from '../../src/outcome/index.js';
import { FORMS_CATALOG, FORMS_THEME } from '../forms/fixtures.js';
import { loadFixture, profileWith, RESTAURANT_CATALOG, RESTAURANT_THEME } from '../outcome/fixtures.js';
import { detailedCases, detailOf, figuresOf, replay } from './support.js';

// Each family of outcome rules (material merge, scheduling, fees, visits), replaced through the `rules` option
// and nothing else: the analysis's summary of a case (`enumerateCases`, and the detail that diffs and checks
// compare) must change exactly as the outcome of a session of that case does.

/** The weaker of two forms: the default rule turned round. */
const weakerForm = (a: MaterialForm, b: MaterialForm): MaterialForm =>
  defaultOutcomeRules.form(a, b) === a ? b : a;

/** Every step waits for the one before it, whatever it depends on. */
const oneAfterAnother = (days: readonly number[]): StepTiming[] => {
  let finish = 0;
  return days.map((d, stage) => {
    const start = finish;
    finish += d;
    return { stage, start, finish };
  });
};

/** The default status rule, with one of its inputs taken away. */
const without = (input: 'generated' | 'shared' | 'committed') => (inputs: MaterialStatusInputs) =>
  defaultOutcomeRules.materialStatus({ ...inputs, [input]: false });

interface Family {
  readonly name: string;
  readonly rules: Partial<OutcomeRules>;
  /** The fixture the family is tried on: the restaurant unless it is `forms`. */
  readonly fixture?: 'forms';
}

// The restaurant fixture asks for one material in two forms (the ID card) and in two numbers of copies (the
// premises proof), passes the business licence on from company registration, runs fire check after sign
// filing, charges for the tobacco licence and meets the applicant twice at one hall.
const FAMILIES: readonly Family[] = [
  { name: 'material merge, strongest form: the weaker form is asked for', rules: { form: weakerForm } },
  { name: 'material merge, copies: the fewest copies', rules: { copies: Math.min } },
  {
    name: 'material merge, passed on within the flow: never, every user hands it in',
    rules: { producer: () => -1 },
  },
  {
    name: 'material merge, status: what is passed on is still handed in',
    rules: { materialStatus: ({ waiver }) => (waiver === undefined ? 'submit' : 'waived') },
  },
  {
    name: 'material merge, status: application forms are prepared like papers, not generated',
    rules: { materialStatus: without('generated') },
    fixture: 'forms',
  },
  {
    name: 'material merge, status: nothing is obtained by data sharing',
    rules: { materialStatus: without('shared') },
    fixture: 'forms',
  },
  {
    name: 'material merge, status: no commitment letter replaces a material',
    rules: { materialStatus: without('committed') },
    fixture: 'forms',
  },
  { name: 'material merge, waived by an electronic licence: never', rules: { waiver: () => undefined } },
  { name: 'scheduling, stages: every step after the one before', rules: { schedule: oneAfterAnother } },
  {
    name: 'scheduling, critical path: only the first step counts',
    rules: { criticalPath: (timing) => (timing.length === 0 ? [] : [0]) },
  },
  {
    name: 'fees: a 5 yuan service charge on every case',
    rules: { fee: (amounts) => defaultOutcomeRules.fee(amounts) + 5 },
  },
  {
    name: 'visits: one per step, even at the same venue',
    rules: { visits: (venues) => venues.flatMap((venue, step) => (venue === null ? [] : [[step]])) },
  },
];

const restaurant = {
  theme: loadFixture(RESTAURANT_CATALOG, RESTAURANT_THEME),
  /** The ID card on file: the waiver rule has something to waive. */
  options: { profile: profileWith([{ licence: 'id-card' }]), today: '2026-03-02' },
};

// The forms fixture generates three application forms from the merged form; here the legal representative's
// ID is obtained by data sharing when more than ten people work there, which changes no item and no use (so
// the analysis must tell apart cases whose items are alike by whether sharing applies), and the floor plan
// may be replaced by a clause of the commitment letter.
const forms = {
  theme: loadFixture(
    FORMS_CATALOG.replace(
      "when: { enterprise.phone: { equal: '13800000000' } }",
      'when: { big: true }',
    ).replace(
      'floor-plan: { name: 平面图, form: 电子 }',
      'floor-plan: { name: 平面图, form: 电子, commitment: true, clause: 本人承诺经营场所平面布局与所附说明一致 }',
    ),
    FORMS_THEME,
  ),
  options: { profile: profileWith([]), today: '2026-03-02' },
};

describe('every family of outcome rules, replaced through `rules`, changes sessions and the analysis alike', () => {
  test.each(FAMILIES)('$name', ({ rules, fixture }) => {
    const { theme, options } = fixture === 'forms' ? forms : restaurant;
    const plainCases = [...enumerateCases(theme, options)];
    const alteredCases = [...enumerateCases(theme, { ...options, rules })];
    const plainDetails = [...detailedCases(theme, options)].map((c) => c.detail);
    const alteredDetails = [...detailedCases(theme, { ...options, rules })].map((c) => c.detail);
    expect(alteredCases.map((c) => c.key)).toEqual(plainCases.map((c) => c.key));
    let analysisChanged = 0;
    let sessionsChanged = 0;
    alteredCases.forEach(({ answers, ...figures }, i) => {
      // Every case through real sessions, with and without the rule: the analysis gives what they give.
      const altered = replay(theme, answers, { ...options, rules });
      const plain = replay(theme, answers, options);
      expect(figures).toEqual(figuresOf(altered));
      expect(alteredDetails[i]).toEqual(detailOf(altered));
      const { answers: _same, ...plainFigures } = plainCases[i] as CaseSummary;
      expect(plainFigures).toEqual(figuresOf(plain));
      expect(plainDetails[i]).toEqual(detailOf(plain));
      if (!isDeepStrictEqual([figures, alteredDetails[i]], [plainFigures, plainDetails[i]]))
        analysisChanged++;
      if (!isDeepStrictEqual(outcome(altered), outcome(plain))) sessionsChanged++;
    });
    expect(analysisChanged).toBeGreaterThan(0);
    // A session's outcome says more than the analysis reads (stages, who passes what on): it changes at least as often.
    expect(sessionsChanged).toBeGreaterThanOrEqual(analysisChanged);
  });
});
