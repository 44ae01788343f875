import { describe, expect, test } from 'vitest';
import { situationsOf } from '../../src/dev/client/situations.js';
import { guidanceNoticeText, guidanceShowsKind, isGuidance } from '../../src/render/index.js';
import { loadFile } from '../analyze/support.js';

const TODAY = '2026-06-15';

// What the `tongban dev` page and a portal show of a guidance theme (no items): its answer is its notices.
describe('guidance themes in the dev page and portals', () => {
  test('the situation rows of a guidance theme carry their answer, as the CLI says it', async () => {
    const { theme } = await loadFile('examples/decision-tree/check-uk-visa.yaml');
    expect(isGuidance(theme)).toBe(true);
    const listed = situationsOf(theme, TODAY, undefined);
    expect(listed.guidance).toBe(true);
    expect(listed.rows.length).toBeGreaterThan(10);
    for (const row of listed.rows) {
      expect(row.notices.length, row.label).toBeGreaterThan(0);
      // Plain text: no ids, and the kind said only for a warning or a refusal.
      for (const text of row.notices) expect(text).not.toMatch(/^[a-z][a-z0-9-]*$/);
    }
    const said = new Set(listed.rows.flatMap((row) => row.notices));
    for (const notice of theme.notices) {
      const text = guidanceNoticeText(notice, 'zh');
      expect(text.startsWith('[')).toBe(guidanceShowsKind(notice.kind));
      if (said.has(text)) expect(text).toContain(notice.text);
    }
  });

  test('a theme with items stays a procedure, notices listed beside', async () => {
    const { theme } = await loadFile('themes/marriage.yaml');
    const listed = situationsOf(theme, TODAY, undefined);
    expect(listed.guidance).toBe(false);
    expect(listed.rows.some((row) => row.items > 0)).toBe(true);
    expect(listed.rows.some((row) => row.notices.length > 0)).toBe(true);
  });
});
