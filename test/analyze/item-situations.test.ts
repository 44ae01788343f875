import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import { type ItemSituationList, itemSituationsOf } from '../../src/analyze/item-situations.js';
import { choiceFor, type EnumerateOptions } from '../../src/analyze/plan.js';
import { rowMatches } from '../../src/analyze/rule-rows.js';
import type { Outcome } from '../../src/model/outcome.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { outcome } from '../../src/outcome/index.js';
import { arbitraryLoadedTheme, arbitraryProfileFor, GENERATED_TODAY } from '../support/arbitrary-theme.js';
import { loadFile, replay } from './support.js';

/** The part of an outcome an item's view must agree with: its figures, and each material it asks for. */
function expectedItem(o: Outcome, id: string) {
  const item = o.items.find((i) => i.id === id);
  if (item === undefined) return undefined;
  return {
    days: item.days,
    fee: item.fee?.amount,
    venue: item.presence?.venue.name,
    issuedWith: item.issuedWith?.name,
    delivery: item.delivery,
    materials: o.materials.flatMap((m) => {
      const use = m.usedBy.find((u) => u.item === id);
      return use === undefined ? [] : [{ id: m.id, form: use.form, copies: use.copies, status: m.status }];
    }),
  };
}

/**
 * Checks a theme's item situations against its paths, each replayed through a real session and its
 * `outcome()`: on every path that can be handled, each item that applies matches the rows of exactly one of its situations, whose
 * view agrees with the outcome, and an item that does not apply matches none; every material the item asks
 * for is in its view or in the one shared-material situation the path matches, and notices match their rules
 * exactly where they are shown; each path without items matches one of `others`; the counts add up.
 */
function checkItemSituations(theme: CompiledTheme, options: EnumerateOptions): ItemSituationList {
  const list = itemSituationsOf(theme, options);
  const paths = [...enumerateCases(theme, options)];
  expect(list.paths).toBe(paths.length);
  const byId = new Map(theme.questions.map((q) => [q.id, q]));
  const hits = new Map<object, number>();
  const hit = (x: object) => hits.set(x, (hits.get(x) ?? 0) + 1);
  // Rows some path matches alone among its situation's rows: a row no path needs is implied by the others.
  const needed = new Set<object>();
  let unready = 0;
  for (const path of paths) {
    const keys = new Map<string, string>();
    for (const [id, value] of Object.entries(path.answers)) {
      const question = byId.get(id);
      if (question) keys.set(id, choiceFor(question, value).key);
    }
    const matches = <T extends { rows: readonly Parameters<typeof rowMatches>[0][] }>(xs: readonly T[]) =>
      xs.filter((x) => x.rows.some((row) => rowMatches(row, keys)));
    const o = outcome(replay(theme, path.answers, options));
    // Notice rules are read among the paths that can be handled, as item rules are.
    if (o.status === 'ready')
      for (const rule of list.notices) {
        const shown = o.notices.some((n) => n.id === rule.id);
        expect(matches([rule]).length, `${path.key}: ${rule.id}`).toBe(shown ? 1 : 0);
        if (shown) hit(rule);
      }
    // The situations without items: exactly one matches a path without items, none a path with items.
    const other = matches(list.others);
    expect(other.length, path.key).toBe(o.status === 'ready' ? 0 : 1);
    // Item rows are read among the paths that can be handled.
    if (o.status !== 'ready') {
      expect(o.items, path.key).toEqual([]);
      expect(other[0]?.detail.status, path.key).toBe(o.status);
      unready++;
      continue;
    }
    // Each shared material: one situation where the case has it (as the outcome merges it), else none.
    const sharedIds = new Set<string>();
    for (const material of list.shared) {
      const found = matches(material.situations);
      const merged = o.materials.find((m) => m.id === material.id);
      if (merged === undefined) {
        expect(found, `${path.key}: ${material.id}`).toEqual([]);
        continue;
      }
      expect(found, `${path.key}: ${material.id}`).toHaveLength(1);
      const [x] = found as [(typeof found)[number]];
      hit(x);
      sharedIds.add(material.id);
      const [view] = x.view.materials;
      expect({ form: view?.form, copies: view?.copies, status: view?.status }, path.key).toEqual({
        form: merged.form,
        copies: merged.copies,
        status: merged.status,
      });
    }
    for (const item of list.items) {
      const found = matches(item.situations);
      const expected = expectedItem(o, item.id);
      if (expected === undefined) {
        expect(found, `${path.key}: ${item.id} does not apply`).toEqual([]);
        continue;
      }
      expect(found, `${path.key}: ${item.id}`).toHaveLength(1);
      const [x] = found as [(typeof found)[number]];
      hit(x);
      const alone = x.rows.filter((row) => rowMatches(row, keys));
      if (alone.length === 1) needed.add(alone[0] as object);
      const { view } = x;
      expect(
        {
          days: view.issuedWith === undefined ? view.days : 0,
          fee: view.fee?.amount,
          venue: view.venue,
          issuedWith: view.issuedWith,
          delivery: view.delivery,
        },
        path.key,
      ).toEqual({ ...expected, days: expected.days ?? undefined, materials: undefined });
      const own = view.materials.map((m) => ({ id: m.id, form: m.form, copies: m.copies, status: m.status }));
      expect(
        expected.materials.filter((m) => !sharedIds.has(m.id)),
        `${path.key}: ${item.id}`,
      ).toEqual(own);
    }
  }
  for (const item of list.items) {
    for (const x of item.situations) {
      expect(hits.get(x) ?? 0).toBe(x.count);
      expect(x.count).toBeGreaterThan(0);
      // Each path is counted by one row; no row is there only because of what the others already say.
      expect(x.rows.reduce((sum, row) => sum + row.count, 0)).toBe(x.count);
      for (const row of x.rows) expect(needed.has(row), `${item.id} ${x.index}`).toBe(true);
    }
    expect(item.situations.reduce((sum, x) => sum + x.count, 0) + item.absent + unready).toBe(paths.length);
    // One situation per view.
    expect(new Set(item.situations.map((x) => JSON.stringify(x.view))).size).toBe(item.situations.length);
  }
  for (const material of list.shared)
    for (const x of material.situations) expect(hits.get(x) ?? 0).toBe(x.count);
  for (const rule of list.notices) expect(hits.get(rule) ?? 0).toBe(rule.count);
  const sizes = (lists: ItemSituationList['items']) => lists.reduce((sum, x) => sum + x.situations.length, 0);
  expect(list.total).toBe(sizes(list.items) + sizes(list.shared) + list.others.length);
  expect(list.others.every((x) => x.detail.status !== 'ready')).toBe(true);
  expect(list.others.reduce((sum, x) => sum + x.count, 0)).toBe(unready);
  return list;
}

describe('item situations partition the paths item by item, and agree with the outcome', () => {
  test('generated themes, without a profile', () => {
    fc.assert(
      fc.property(arbitraryLoadedTheme({ maxQuestions: 6 }), (theme) => {
        const options = { today: GENERATED_TODAY, maxCases: 300 };
        fc.pre(!itemSituationsOf(theme, options).truncated);
        checkItemSituations(theme, options);
      }),
      { numRuns: 30 },
    );
  });

  test('generated themes, with a profile that prefills questions', () => {
    const arb = arbitraryLoadedTheme({ maxQuestions: 6 }).chain((theme) =>
      fc.tuple(fc.constant(theme), arbitraryProfileFor(theme, GENERATED_TODAY)),
    );
    fc.assert(
      fc.property(arb, ([theme, profile]) => {
        const options = { today: GENERATED_TODAY, maxCases: 300, profile };
        fc.pre(!itemSituationsOf(theme, options).truncated);
        checkItemSituations(theme, options);
      }),
      { numRuns: 20 },
    );
  });

  test('the marriage and newborn themes, path by path', async () => {
    for (const file of ['themes/marriage.yaml', 'themes/newborn.yaml']) {
      const { theme } = await loadFile(file);
      checkItemSituations(theme, { today: '2026-11-27' });
    }
  });
});

describe('the lists a reviewer signs off are short (issue: situations an officer can sign off)', () => {
  const counts = async (file: string) => {
    const { theme } = await loadFile(file);
    return itemSituationsOf(theme, { today: '2026-11-27' });
  };

  test('marriage: one situation per real distinct case, refusals included (≤ 8)', async () => {
    const list = await counts('themes/marriage.yaml');
    expect(list.total).toBeLessThanOrEqual(8);
    expect(list.others).toHaveLength(3);
    expect(list.others.every((x) => x.detail.status === 'blocked')).toBe(true);
  });

  test('restaurant ≤ 60 and HK/Macao permit ≤ 600, every item listed', async () => {
    const restaurant = await counts('themes/open-restaurant.yaml');
    expect(restaurant.total).toBeLessThanOrEqual(60);
    const permit = await counts('themes/hk-macau-permit.yaml');
    expect(permit.total).toBeLessThanOrEqual(600);
    // The permit's whole situations number in the thousands: the item lists are their factors, not a sample.
    expect(permit.paths).toBeGreaterThan(permit.total * 10);
    expect(permit.items.map((i) => i.id)).toEqual([
      'hk-macau-permit-issuance',
      'hk-endorsement',
      'macau-endorsement',
    ]);
  });

  test('rules name the deciding answers, not that a question was asked', async () => {
    const { theme } = await loadFile('themes/hk-macau-permit.yaml');
    const list = itemSituationsOf(theme, { today: '2026-11-27' });
    const rows = [...list.items, ...list.shared].flatMap((item) => item.situations.flatMap((x) => x.rows));
    const cells = rows.flatMap((row) => row.cells);
    // Asked only of adults, of minors and of talent applicants: the age band or the purpose decides, and is
    // what a row names ("年龄不满16周岁", "人才签注"), not every answer of these questions.
    const every = (cell: (typeof cells)[number], options: number) =>
      !cell.notAsked && cell.answers.length === options;
    for (const [id, options] of [
      ['filed-status', 2],
      ['guardian-present', 2],
      ['talent-period', 3],
    ] as const)
      expect(cells.filter((cell) => cell.question === id && every(cell, options))).toEqual([]);
    // The family-visit endorsement: "has minor children" is asked of spouses only, so it adds no row of its own.
    expect(cells.filter((cell) => cell.question === 'minor-children' && every(cell, 2))).toEqual([]);
    // The "asked" cells left (every answer, none deciding more) are few and marked as such.
    expect(cells.filter((cell) => cell.answered).length).toBeLessThan(rows.length / 10);
  });

  test('a cell that stands in for the condition asking its question comes with the facts the notice or item reads', async () => {
    // "无未成年子女" is asked only of an applicant under 60 visiting a spouse settled in Hong Kong or Macao:
    // the 3-month notice's own condition reads the relative and the age, and its row names them.
    const permit = await counts('themes/hk-macau-permit.yaml');
    const notice = permit.notices.find((n) => n.id === 'about-t-close');
    const withChildren = notice?.rows.filter((row) => row.cells.some((c) => c.question === 'minor-children'));
    expect(withChildren?.length).toBeGreaterThan(0);
    for (const row of withChildren ?? [])
      expect(row.cells.map((c) => c.question)).toEqual(expect.arrayContaining(['age', 'relative']));
    // "随父落户" is asked only where both parents are registered here, which decides the item.
    const newborn = await counts('themes/newborn.yaml');
    const registration = newborn.items.find((i) => i.id === 'birth-registration');
    const rows = registration?.situations.flatMap((x) => x.rows) ?? [];
    const withParent = rows.filter((row) =>
      row.cells.some((c) => c.question === 'register-with' && !c.notAsked),
    );
    expect(withParent.length).toBeGreaterThan(0);
    for (const row of withParent) {
      const hukou = row.cells.find((c) => c.question === 'parents-hukou');
      expect(hukou?.answers.map((a) => a.key)).toEqual(['both-local']);
    }
  });

  test('a material two items of one case ask for is listed once, with the shared materials', async () => {
    const list = await counts('themes/hk-macau-permit.yaml');
    const sharedIds = new Set(list.shared.map((material) => material.id));
    expect(sharedIds.size).toBeGreaterThan(0);
    for (const item of list.items)
      for (const x of item.situations)
        for (const m of x.view.materials) expect(sharedIds.has(m.id)).toBe(false);
  });
});
