import { expect, test } from 'vitest';
import { canonicalJson, hashText } from '../../src/util/hash.js';
import { loadFile } from '../analyze/support.js';
import { BUNDLED_THEME_FILES } from '../support/bundled-themes.js';

// A theme's hash is stored in saved sessions: however it is computed, it must stay the hash of the canonical
// text of the compiled theme without its derived members (`readers`, `locations`) and the hash itself.
test.each(BUNDLED_THEME_FILES)('%s: the theme hash is the hash of its canonical text', async (file) => {
  const { theme } = await loadFile(file);
  const { readers: _readers, locations: _locations, hash, ...body } = theme;
  expect(hash).toMatch(/^[0-9a-f]{16}$/);
  expect(hash).toBe(hashText(canonicalJson(body)));
});
