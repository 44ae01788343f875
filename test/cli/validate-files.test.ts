import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type ValidateStep, validateFiles } from '../../src/cli/actions/validate-files.js';
import { classifyPaths } from '../../src/cli/classify.js';

const TODAY = '2026-12-07';

/** The steps of a validate run on these paths, and its diagnostics' codes. */
async function watch(paths: readonly string[]) {
  const cwd = resolve('.');
  const { files } = await classifyPaths(paths, cwd);
  const steps: ValidateStep[] = [];
  const diagnostics = await validateFiles(files, { cwd, today: TODAY, observe: (s) => steps.push(s) });
  return { files, steps, codes: diagnostics.map((d) => d.code) };
}

/** The most themes loaded and not yet analysed at any one time, and how many were analysed in all. */
function held(steps: readonly ValidateStep[]): { most: number; analysed: number } {
  const open = new Set<string>();
  let most = 0;
  let analysed = 0;
  for (const { step, file } of steps) {
    if (step === 'loaded') open.add(file);
    else {
      expect(open.has(file), `${file} analysed before it was loaded`).toBe(true);
      open.delete(file);
      analysed++;
    }
    most = Math.max(most, open.size);
  }
  return { most, analysed };
}

describe('validate goes theme by theme', () => {
  test('the bundled library: each theme is analysed before the next is loaded', async () => {
    const { files, steps } = await watch(['themes']);
    const themes = files.filter((f) => f.kind === 'theme').length;
    expect(themes).toBeGreaterThanOrEqual(6);
    const { most, analysed } = held(steps);
    expect(analysed).toBe(themes);
    expect(most).toBe(1);
    // Loaded, analysed, loaded, analysed…: never two loads in a row.
    expect(steps.map((s) => s.step)).toEqual(steps.map((_, i) => (i % 2 === 0 ? 'loaded' : 'analysed')));
  });

  test('the checks across the library still see every theme, though none is kept', async () => {
    // The whole catalog folder is in: unused entries are reported once all themes went through.
    const { steps, codes } = await watch(['test/cli/fixtures/good']);
    expect(held(steps)).toEqual({ most: 1, analysed: 1 });
    expect(codes).toContain('unused-catalog-entry');
    expect(codes).toContain('no-effect-question');
  });

  test('a theme whose catalog is not among the paths is analysed on its own, also one at a time', async () => {
    const { steps, codes } = await watch(['themes/marriage.yaml', 'themes/newborn.yaml']);
    expect(held(steps)).toEqual({ most: 1, analysed: 2 });
    expect(codes).not.toContain('unused-catalog-entry');
  });
});
