import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detailOf } from '../../src/analyze/detail.js';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import { choiceFor, type EnumerateOptions } from '../../src/analyze/plan.js';
import { rowMatches } from '../../src/analyze/rule-rows.js';
import { outcomeSignature } from '../../src/analyze/signature.js';
import { ruleText } from '../../src/analyze/situation-text.js';
import { enumerateSituations, type SituationList } from '../../src/analyze/situations.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { arbitraryLoadedTheme, arbitraryProfileFor, GENERATED_TODAY } from '../support/arbitrary-theme.js';
import { expectOptionCells, loadFile, optionCellsSeen, replay } from './support.js';

/**
 * Checks a theme's situations against its paths, each replayed through a real session: every path matches
 * the rows of exactly one situation, whose signature is the path's own; rows may overlap, as in a decision
 * table whose first matching row counts: each row's count is the number of paths it is the first to match,
 * so each path is counted once and the counts add up to the paths.
 */
function checkSituations(theme: CompiledTheme, options: EnumerateOptions): SituationList {
  const list = enumerateSituations(theme, options);
  const paths = [...enumerateCases(theme, options)];
  expect(list.paths).toBe(paths.length);
  const byId = new Map(theme.questions.map((q) => [q.id, q]));
  const rowHits = list.situations.map((s) => s.rows.map(() => 0));
  const situationHits = list.situations.map(() => 0);
  for (const path of paths) {
    const keys = new Map<string, string>();
    for (const [id, value] of Object.entries(path.answers)) {
      const question = byId.get(id);
      if (question) keys.set(id, choiceFor(question, value).key);
    }
    const signature = outcomeSignature(
      detailOf(
        replay(theme, path.answers, { ...options, ...(options.profile ? { profile: options.profile } : {}) }),
      ),
    );
    const matching = list.situations.filter((s, i) => {
      const first = s.rows.findIndex((row) => rowMatches(row, keys));
      if (first >= 0) (rowHits[i] as number[])[first] = ((rowHits[i] as number[])[first] as number) + 1;
      return first >= 0;
    });
    expect(
      matching.map((s) => s.index),
      path.key,
    ).toHaveLength(1);
    const [situation] = matching;
    expect(situation?.signature, path.key).toBe(signature);
    const at = (situation?.index as number) - 1;
    situationHits[at] = (situationHits[at] as number) + 1;
  }
  list.situations.forEach((s, i) => {
    expect(situationHits[i]).toBe(s.count);
    expect(rowHits[i]).toEqual(s.rows.map((row) => row.count));
    expect(s.count).toBeGreaterThan(0);
  });
  expect(list.situations.reduce((sum, s) => sum + s.count, 0)).toBe(paths.length);
  for (const s of list.situations) for (const row of s.rows) expectOptionCells(theme, row, options);
  // One situation per signature.
  expect(new Set(list.situations.map((s) => s.signature)).size).toBe(list.situations.length);
  return list;
}

describe('situations partition the paths, and their rules match exactly their paths', () => {
  test('generated themes, without a profile', () => {
    fc.assert(
      fc.property(arbitraryLoadedTheme({ maxQuestions: 7 }), (theme) => {
        const options = { today: GENERATED_TODAY, maxCases: 400 };
        fc.pre(!enumerateSituations(theme, options).truncated);
        checkSituations(theme, options);
      }),
      { numRuns: 40 },
    );
    // Random themes reach cells that read as options included (checked by `expectOptionCells`).
    expect(optionCellsSeen.any + optionCellsSeen.none).toBeGreaterThan(0);
  });

  test('generated themes, with a profile that prefills questions', () => {
    const arb = arbitraryLoadedTheme({ maxQuestions: 7 }).chain((theme) =>
      fc.tuple(fc.constant(theme), arbitraryProfileFor(theme, GENERATED_TODAY)),
    );
    fc.assert(
      fc.property(arb, ([theme, profile]) => {
        const options = { today: GENERATED_TODAY, maxCases: 400, profile };
        fc.pre(!enumerateSituations(theme, options).truncated);
        checkSituations(theme, options);
      }),
      { numRuns: 25 },
    );
  });

  test.each(['themes/newborn.yaml', 'themes/marriage.yaml'])(
    '%s: fewer situations than paths, rows fewer than paths',
    async (file) => {
      const { theme } = await loadFile(file);
      const list = checkSituations(theme, { today: '2026-11-27' });
      const rows = list.situations.reduce((sum, s) => sum + s.rows.length, 0);
      expect(list.situations.length).toBeLessThan(list.paths);
      expect(rows).toBeLessThan(list.paths);
    },
  );
});

test('themes/primary-school-enrolment.yaml: rules exact also where few paths merge', async () => {
  const { theme } = await loadFile('themes/primary-school-enrolment.yaml');
  expect(checkSituations(theme, { today: '2026-11-27' }).paths).toBeGreaterThan(0);
});

describe('whole situations read as compact rules, as the item lists do', () => {
  // Before, rows past the widening budget were the merged cubes themselves: a cell for every question
  // (483 characters, no "任意", 3,420 "已回答" cells on the permit).
  test.each([
    ['themes/hk-macau-permit.yaml', 2387],
    ['themes/open-restaurant.yaml', 673],
  ])('%s: short rows with "任意" cells, counts adding up', async (file, situations) => {
    const { theme } = await loadFile(file);
    const list = enumerateSituations(theme, { today: '2026-11-27' });
    expect(list.situations).toHaveLength(situations);
    const rows = list.situations.flatMap((x) => x.rows);
    const longest = Math.max(...rows.map((row) => ruleText(theme, row, 'zh').length));
    expect(longest).toBeLessThanOrEqual(80);
    // Many questions are left open (none were: every row had a cell for every question); implied cells only
    // write what the open ones' paths answer.
    const cells = rows.reduce((n, row) => n + row.cells.filter((cell) => !cell.implied).length, 0);
    expect(cells).toBeLessThan(rows.length * theme.questions.length * 0.6);
    expect(rows.flatMap((row) => row.cells).filter((cell) => cell.answered)).toHaveLength(0);
    for (const x of list.situations) expect(x.rows.reduce((n, row) => n + row.count, 0)).toBe(x.count);
  });
});

describe('rules', () => {
  test('a row with nothing listed matches every path; a "not asked" cell matches a missing answer', () => {
    expect(rowMatches({ cells: [], count: 1 }, new Map())).toBe(true);
    const cell = { question: 'q', answers: [{ key: 'a', label: 'A' }], notAsked: true };
    expect(rowMatches({ cells: [cell], count: 1 }, new Map())).toBe(true);
    expect(rowMatches({ cells: [cell], count: 1 }, new Map([['q', 'a']]))).toBe(true);
    expect(rowMatches({ cells: [cell], count: 1 }, new Map([['q', 'b']]))).toBe(false);
    expect(rowMatches({ cells: [{ ...cell, notAsked: false }], count: 1 }, new Map())).toBe(false);
  });

  test('--max-cases: situations of the first paths, marked truncated', async () => {
    const { theme } = await loadFile('themes/newborn.yaml');
    const list = enumerateSituations(theme, { today: '2026-11-27', maxCases: 5 });
    expect(list).toMatchObject({ paths: 5, truncated: true });
    expect(list.situations.reduce((sum, s) => sum + s.count, 0)).toBe(5);
  });
});
