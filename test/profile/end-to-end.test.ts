import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProfile } from '../../src/load/index.js';
import type { Session } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { recommend } from '../../src/profile/index.js';
import { answer, next, start } from '../../src/session/index.js';

const TODAY = '2026-11-27';

/**
 * 从被动服务走向主动服务: the portal reminds, the person starts the theme with the profile, and is asked only what
 * the profile does not tell. (An electronic licence waives paper where an item accepts it; the exit-entry window
 * checks the ID card itself, which the newborn and restaurant tests show the other way round.)
 */
test('Shanghai resident: reminder → renewal session with the profile → fewer questions → ID card shown at the window', async () => {
  // The bundled themes, loaded as a portal would.
  const cache = new CatalogCache();
  const themes: CompiledTheme[] = [];
  for (const file of await themeFilesIn('themes')) {
    const loaded = await loadThemeFile(file, { cache });
    expect(loaded.result.diagnostics).toEqual([]);
    if (loaded.result.ok) themes.push(loaded.result.theme);
  }
  expect(themes).toHaveLength(6);

  // The bundled example profile loads cleanly.
  const file = 'examples/profiles/shanghai-resident.yaml';
  const loaded = loadProfile({ file, text: readFileSync(file, 'utf8') });
  expect(loaded.diagnostics).toEqual([]);
  if (!loaded.ok) return;
  const profile = loaded.profile;

  // 1. Remind: the permit expires in two months, so its theme comes first, with the date.
  const ranked = recommend(profile, themes, { today: TODAY });
  expect(ranked.map((r) => r.theme.id)).toEqual(['hk-macau-permit']);
  const [first] = ranked;
  expect(first?.reasons.map((r) => r.trigger)).toEqual(['permit-expiring']);
  expect(first?.reasons[0]?.message).toContain('2027-01-27');
  expect(first?.reasons[0]?.facts).toContainEqual(
    expect.objectContaining({ fact: 'licence.hk-macau-permit.days-left', value: 61 }),
  );

  // 2. Start the renewal with the profile: household registration and age are prefilled, never asked.
  const theme = themes.find((t) => t.id === first?.theme.id) as CompiledTheme;
  let session: Session = start(theme, { profile, today: TODAY });
  expect(session.answers).toEqual({
    hukou: { value: 'local', prefilled: true },
    age: { value: 38, prefilled: true },
    'residence-permit': { value: false, prefilled: true },
  });

  // 3. Walk it: answer whatever is asked, for a renewal with an individual-visit endorsement to Hong Kong.
  const choices: Record<string, unknown> = {
    business: 'renew',
    'filed-status': 'none',
    'endorse-now': true,
    purpose: 'tour-individual',
    destination: 'hk',
    'tour-entries': 'once',
    collect: 'mail',
  };
  const asked: string[] = [];
  for (let step = next(session); !step.done; step = next(session)) {
    const id = step.question.id;
    asked.push(id);
    expect(Object.hasOwn(choices, id), `unexpected question ${id}`).toBe(true);
    const result = answer(session, id, choices[id]);
    if (!result.ok) throw new Error(`${id}: ${result.error.message}`);
    session = result.session;
  }
  expect(asked).toEqual([
    'business',
    'filed-status',
    'endorse-now',
    'purpose',
    'destination',
    'tour-entries',
    'collect',
  ]);
  expect(asked).not.toContain('hukou');
  expect(asked).not.toContain('age');
  const done = next(session);
  expect(done.done && done.progress).toEqual({ answered: asked.length + 2, remaining: 0 });

  // 4. The outcome: permit renewal and the Hong Kong endorsement. The ID card is presented at the exit-entry
  // window (its e-licence prefills data but does not replace the check), so nothing is waived.
  const result = outcome(session);
  expect(result.items.map((i) => i.id)).toEqual(['hk-macau-permit-issuance', 'hk-endorsement']);
  expect(result.materials.find((m) => m.id === 'exit-entry-id-card')).toMatchObject({ status: 'submit' });
  expect(result.materials.filter((m) => m.status === 'waived')).toEqual([]);
});
