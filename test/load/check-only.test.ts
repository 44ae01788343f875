import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../../src/node/index.js';

/**
 * A theme loaded only to be checked (`checkOnly`, as `tongban validate` loads it) is the same theme with the
 * same diagnostics; only its content hash, which nothing but sessions reads, is left empty.
 */
const dirs = ['../../themes/', '../../examples/', '../fixtures/checks/', '../fixtures/broken/'].map((d) =>
  fileURLToPath(new URL(d, import.meta.url)),
);

test('checkOnly changes nothing but the hash, for every bundled, example and fixture theme', async () => {
  const cache = new CatalogCache();
  let compiled = 0;
  let refused = 0;
  for (const dir of dirs) {
    for (const file of await themeFilesIn(dir)) {
      const full = await loadThemeFile(file, { cache });
      const checked = await loadThemeFile(file, { cache, checkOnly: true });
      expect(checked.result.diagnostics).toEqual(full.result.diagnostics);
      expect(checked.result.ok).toBe(full.result.ok);
      if (full.result.ok && checked.result.ok) {
        compiled++;
        expect(full.result.theme.hash).toMatch(/^[0-9a-f]{16}$/);
        expect(checked.result.theme.hash).toBe('');
        expect({ ...checked.result.theme, hash: full.result.theme.hash }).toEqual(full.result.theme);
        expect(Object.isFrozen(checked.result.theme)).toBe(true);
      } else refused++;
    }
  }
  // Both kinds were compared: themes that compile and themes refused with errors.
  expect(compiled).toBeGreaterThan(10);
  expect(refused).toBeGreaterThan(10);
});
