/**
 * `tongban/analyze` (and scenario files through `tongban/node`) from the built package: every case of a theme,
 * the analysis checks, scenario runs and policy diffs.
 */
import { readFileSync } from 'node:fs';
import type { CompiledTheme } from 'tongban';
import {
  ANALYSIS_CHECKS,
  analyzeLibrary,
  analyzeTheme,
  diffThemes,
  enumerateCases,
  exploreTheme,
  formatDiff,
  runScenarios,
} from 'tongban/analyze';
import { loadScenarios } from 'tongban/load';
import { CatalogCache, loadThemeFile, runScenarioFile, scenarioFilesIn, themeFilesIn } from 'tongban/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { at, TODAY } from './support.js';

let themes: CompiledTheme[];
let cache: CatalogCache;

beforeAll(async () => {
  cache = new CatalogCache();
  themes = [];
  for (const file of await themeFilesIn(at('themes'))) {
    const loaded = await loadThemeFile(file, { cache });
    if (!loaded.result.ok) throw new Error(file);
    themes.push(loaded.result.theme);
  }
});

const byId = (id: string) => themes.find((t) => t.id === id) as CompiledTheme;

describe('tongban/analyze', () => {
  test('enumerates every case of a bundled theme, as many as the census counts', () => {
    const theme = byId('hk-macau-permit');
    const cases = [...enumerateCases(theme, { today: TODAY })];
    expect(cases.length).toBeGreaterThan(10);
    expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
    expect(exploreTheme(theme, { today: TODAY }).count).toBe(cases.length);
  });

  test('the bundled library passes every analysis check', async () => {
    expect(ANALYSIS_CHECKS.length).toBeGreaterThan(5);
    for (const theme of themes) expect(analyzeTheme(theme, { today: TODAY })).toEqual([]);
    const loaded = await loadThemeFile(at('themes/marriage.yaml'), { cache });
    const catalog = loaded.catalog?.ok ? loaded.catalog.catalog : undefined;
    if (!catalog) throw new Error('catalog');
    expect(analyzeLibrary(catalog, themes, { today: TODAY })).toEqual([]);
  });

  test('runs scenario files, from disk and from text', async () => {
    const files = await scenarioFilesIn(at('themes/tests'));
    expect(files.length).toBe(themes.length);
    for (const file of files) {
      const run = await runScenarioFile(file, { cache });
      expect(run.diagnostics).toEqual([]);
      expect(run.results.length).toBeGreaterThan(0);
      expect(run.results.every((r) => r.ok)).toBe(true);
    }
    const failing = loadScenarios({
      file: at('test/fixtures/scenarios/fail.test.yaml'),
      text: readFileSync(at('test/fixtures/scenarios/fail.test.yaml'), 'utf8'),
    });
    expect(failing.ok).toBe(true);
    const run = await runScenarioFile(at('test/fixtures/scenarios/fail.test.yaml'));
    expect(run.results.some((r) => !r.ok)).toBe(true);
    if (failing.ok && run.loaded)
      expect(runScenarios(failing.file, run.loaded.theme).map((r) => r.ok)).toEqual(
        run.results.map((r) => r.ok),
      );
  });

  test('diffs two versions of a theme: cases added and changed', async () => {
    const [old, next] = await Promise.all(
      ['old', 'new'].map(async (side) => {
        const loaded = await loadThemeFile(at(`test/fixtures/diff/${side}/theme.yaml`));
        if (!loaded.result.ok) throw new Error(side);
        return loaded.result.theme;
      }),
    );
    const diff = diffThemes(old as CompiledTheme, next as CompiledTheme);
    expect(diff).toMatchObject({ old: { cases: 4 }, next: { cases: 6 }, removed: [] });
    expect(diff.added.map((c) => c.key)).toContain('kind=partnership&sign=yes');
    expect(diff.changed.length).toBeGreaterThan(0);
    expect(formatDiff(diff, 'zh')).toContain('从业人员健康证明');
  });
});
