import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import type { Outcome } from '../../src/model/outcome.js';
import type { Session } from '../../src/model/session.js';
import type { CompiledTheme, MaterialForm } from '../../src/model/theme.js';
import { ALWAYS_TEXT, outcome } from '../../src/outcome/index.js';
import { answer, next, rulesFor, start, walk } from '../../src/session/index.js';
import { type Generated, generatedArb, TODAY } from './arbitrary.js';
import { validateOutcome } from './schema-validator.js';

const RUNS = { numRuns: 300 };

interface Drive {
  readonly theme: CompiledTheme;
  readonly partial: Session;
  readonly complete: Session;
}

/** Loads the generated theme and answers its questions with the picks: once to the end, once partially. */
function drive(g: Generated): Drive {
  const c = loadCatalog([{ file: 'c.yaml', text: g.catalog }]);
  if (!c.ok) throw new Error(JSON.stringify(c.diagnostics.filter((d) => d.severity === 'error')));
  const t = loadTheme({ file: 't.yaml', text: g.theme }, c.catalog);
  if (!t.ok) throw new Error(JSON.stringify(t.diagnostics.filter((d) => d.severity === 'error')));
  const theme = t.theme;
  let session = start(theme, { today: TODAY, profile: g.profile });
  let partial: Session | undefined;
  for (let answered = 0; ; answered++) {
    if (answered === g.stopAfter) partial = session;
    const step = next(session);
    if (step.done) break;
    const pick = g.picks[theme.questions.indexOf(step.question)] ?? 0;
    const value =
      step.question.type === 'yes-no' ? pick % 2 === 0 : (step.options[pick % step.options.length]?.id ?? '');
    const result = answer(session, step.question.id, value);
    if (!result.ok) throw new Error(result.error.message);
    session = result.session;
  }
  return { theme, partial: partial ?? session, complete: session };
}

const RANK: Record<MaterialForm, number> = { 表格: 3, 原件: 2, 复印件: 1, 电子: 0 };

/** The applicable materials of the applicable items, recomputed the plainest way: item → material → uses. */
function expectedMaterials(session: Session) {
  const { theme } = session;
  const rules = rulesFor(theme, session.operators);
  const facts = walk(session).facts;
  const holds = (c: Parameters<typeof rules.evaluate>[0]) => rules.evaluate(c, facts) === true;
  const byMaterial = new Map<string, Map<string, { form: MaterialForm; copies: number }[]>>();
  // A blocked case (不予办理) has nothing to hand in.
  if (theme.notices.some((n) => n.kind === 'block' && holds(n.when))) return byMaterial;
  for (const entry of theme.items) {
    if (!holds(entry.when)) continue;
    const item = theme.catalog.items[entry.item];
    for (const use of item?.materials ?? []) {
      if (!holds(use.when)) continue;
      const material = theme.catalog.materials[use.material];
      if (!material) continue;
      const items = byMaterial.get(use.material) ?? new Map();
      byMaterial.set(use.material, items);
      items.set(entry.item, [
        ...(items.get(entry.item) ?? []),
        { form: use.form ?? material.form, copies: use.copies ?? material.copies },
      ]);
    }
  }
  return byMaterial;
}

function check(o: Outcome, session: Session): void {
  // Every entry carries a reason, and unconditional ones say so.
  for (const entry of [...o.items, ...o.materials, ...o.notices]) {
    expect(entry.reason.text).not.toBe('');
    expect(entry.reason.condition === undefined).toBe(entry.reason.text === ALWAYS_TEXT);
  }
  // The materials are exactly the applicable materials of the applicable items, merged.
  const expected = expectedMaterials(session);
  expect(o.materials.map((m) => m.id).sort()).toEqual([...expected.keys()].sort());
  for (const m of o.materials) {
    const uses = expected.get(m.id) as Map<string, { form: MaterialForm; copies: number }[]>;
    expect(m.usedBy.map((u) => u.item).sort()).toEqual([...uses.keys()].sort());
    const all = [...uses.values()].flat();
    expect(RANK[m.form]).toBe(Math.max(...all.map((u) => RANK[u.form])));
    expect(m.copies).toBe(Math.max(...all.map((u) => u.copies)));
  }
  expect(o.merge.itemByItem).toBe([...expected.values()].reduce((n, items) => n + items.size, 0));
  expect(o.merge.toSubmit).toBe(o.materials.filter((m) => m.status === 'submit').length);

  // Stages partition the items, and each step's stage is its stage's index.
  const ids = o.items.map((i) => i.id);
  expect(o.workflow.stages.flat().sort()).toEqual([...ids].sort());
  o.workflow.stages.forEach((stage, k) => {
    expect(stage.length).toBeGreaterThan(0);
    for (const id of stage) expect(o.workflow.steps.find((s) => s.item === id)?.stage).toBe(k);
  });
  // The workflow respects every edge, and every edge is a produce/require pair or an `after` of the case.
  const { theme } = session;
  for (const step of o.workflow.steps) {
    const item = theme.catalog.items[step.item];
    for (const edge of step.dependsOn) {
      const dep = o.workflow.steps.find((s) => s.item === edge.item);
      expect(dep).toBeDefined();
      expect(edge.item).not.toBe(step.item);
      expect(step.start).toBeGreaterThanOrEqual(dep?.finish ?? Number.POSITIVE_INFINITY);
      // A step of no days of its own sits in the stage of what it comes with; any other comes a stage later.
      const own = o.items.find((i) => i.id === step.item)?.days ?? 0;
      if (own > 0) expect(step.stage).toBeGreaterThan(dep?.stage ?? Number.POSITIVE_INFINITY);
      else expect(step.stage).toBeGreaterThanOrEqual(dep?.stage ?? Number.POSITIVE_INFINITY);
      if (edge.because === 'after') expect(item?.after).toContain(edge.item);
      else {
        expect(theme.catalog.items[edge.item]?.produces).toContain(edge.material);
        expect(expected.get(edge.material ?? '')?.has(step.item)).toBe(true);
      }
    }
    expect(step.finish).toBe(step.start + (o.items.find((i) => i.id === step.item)?.days ?? 0));
  }
  // The critical path is a chain whose days add up, no longer than the plain sum.
  const days = (id: string) => o.items.find((i) => i.id === id)?.days ?? 0;
  expect(o.workflow.criticalPath.items.reduce((n, id) => n + days(id), 0)).toBe(o.workflow.criticalPath.days);
  expect(o.totals.days.critical).toBeLessThanOrEqual(o.totals.days.sum);
  expect(o.totals.days.critical).toBe(Math.max(0, ...o.workflow.steps.map((s) => s.finish)));
  // Visits: one per venue to apply, and one per venue to collect results.
  const onSite = o.totals.visits.list.filter((v) => v.collect !== true);
  const collecting = o.totals.visits.list.filter((v) => v.collect === true);
  for (const visits of [onSite, collecting]) {
    const venues = visits.map((v) => v.venue.id);
    expect(new Set(venues).size).toBe(venues.length);
  }
  expect(onSite.flatMap((v) => v.items).sort()).toEqual(
    o.items
      .filter((i) => i.presence)
      .map((i) => i.id)
      .sort(),
  );
  // Without a choice of delivery, what only a window hands over is collected there (where that is known: the
  // venue of its presence, else its department; the option's own venue is not in the outcome).
  if (o.totals.chosenDelivery === undefined) {
    const windowOnly = o.items.filter(
      (i) => i.delivery.length > 0 && i.delivery.every((method) => method === '窗口领取'),
    );
    const collected = collecting.flatMap((v) => v.items);
    for (const id of collected) expect(windowOnly.map((i) => i.id)).toContain(id);
    for (const item of windowOnly.filter((i) => i.presence !== undefined || i.department !== undefined))
      expect(collected).toContain(item.id);
  }
  // Plain JSON, valid against the published schema.
  expect(JSON.parse(JSON.stringify(o))).toEqual(o);
  expect(validateOutcome(o)).toEqual([]);
}

describe('outcome properties over generated catalogs and themes', () => {
  test('complete sessions: reasons, merged materials, workflow, stages, critical path, schema', () => {
    fc.assert(
      fc.property(generatedArb, (g) => {
        const { complete } = drive(g);
        const o = outcome(complete);
        expect(o.provisional).toBe(false);
        check(o, complete);
      }),
      RUNS,
    );
  });

  test('partial sessions: the same invariants, and only entries that stay in the complete outcome', () => {
    fc.assert(
      fc.property(generatedArb, (g) => {
        const { partial, complete } = drive(g);
        const early = outcome(partial);
        check(early, partial);
        const final = outcome(complete);
        // Verdicts are monotone: what already holds still holds once every question is answered, except that
        // a case found blocked at the end drops its items and materials (only notices remain).
        for (const n of early.notices) expect(final.notices.map((x) => x.id)).toContain(n.id);
        if (final.status === 'blocked') {
          expect(final.items).toEqual([]);
          expect(final.materials).toEqual([]);
          return;
        }
        for (const item of early.items) expect(final.items.map((i) => i.id)).toContain(item.id);
        for (const m of early.materials) expect(final.materials.map((x) => x.id)).toContain(m.id);
      }),
      RUNS,
    );
  });

  test('outcomes are deterministic', () => {
    fc.assert(
      fc.property(generatedArb, (g) => {
        const first = drive(g);
        const second = drive(g);
        expect(outcome(first.complete)).toEqual(outcome(second.complete));
      }),
      { numRuns: 50 },
    );
  });
});
