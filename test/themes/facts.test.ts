/**
 * Facts of the bundled themes that scenario files cannot state (they check items, materials, notices, days,
 * fees and visits): the legal bases citizens read, the delivery options, help texts, prefills, recommendation
 * wording and the theme files' headers. Each test reads the bundled themes as loaded from `themes/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyzeLibrary } from '../../src/analyze/analyze.js';
import type { Catalog } from '../../src/load/catalog.js';
import { loadProfile } from '../../src/load/profile.js';
import type { Profile } from '../../src/model/profile.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { CatalogCache, loadThemeFile, themeFilesIn } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { recommend } from '../../src/profile/index.js';
import { markdownGuide } from '../../src/render/index.js';
import { start } from '../../src/session/index.js';
import { run } from '../outcome/fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const THEMES = join(ROOT, 'themes');

let themes: Map<string, CompiledTheme>;
let catalog: Catalog;

beforeAll(async () => {
  themes = new Map();
  const cache = new CatalogCache();
  for (const file of await themeFilesIn(THEMES)) {
    const loaded = await loadThemeFile(file, { cache });
    if (!loaded.result.ok) throw new Error(`${file} does not load`);
    themes.set(loaded.result.theme.id, loaded.result.theme);
    if (loaded.catalog?.ok) catalog = loaded.catalog.catalog;
  }
});

function theme(id: string): CompiledTheme {
  const found = themes.get(id);
  if (!found) throw new Error(`no bundled theme ${id}`);
  return found;
}

describe('legal bases citizens read', () => {
  test('six bundled themes, and no basis contains a URL (basis-url)', () => {
    expect([...themes.keys()].sort()).toEqual([
      'convenience-store',
      'hk-macau-permit',
      'marriage',
      'newborn',
      'open-restaurant',
      'primary-school-enrolment',
    ]);
    expect(analyzeLibrary(catalog, [...themes.values()], { only: ['basis-url'] })).toEqual([]);
  });

  test('every item of every theme and every blocking notice has a basis', () => {
    const missing: string[] = [];
    for (const t of themes.values()) {
      for (const entry of t.items) {
        if ((t.catalog.items[entry.item]?.basis.length ?? 0) === 0)
          missing.push(`${t.id}: item ${entry.item}`);
      }
      for (const notice of t.notices) {
        if (notice.kind === 'block' && !notice.basis) missing.push(`${t.id}: notice ${notice.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('bases cite laws and documents: no 来源 lines and no development notes', () => {
    const odd: string[] = [];
    for (const t of themes.values()) {
      const bases = [
        ...t.items.flatMap((e) => t.catalog.items[e.item]?.basis ?? []),
        ...t.notices.flatMap((n) => (n.basis ? [n.basis] : [])),
      ];
      for (const basis of bases) if (/来源|guides|\.md/u.test(basis)) odd.push(`${t.id}: ${basis}`);
    }
    expect(odd).toEqual([]);
  });

  test('the newborn items cite their own laws, not the one-thing policy', () => {
    const t = theme('newborn');
    for (const entry of t.items)
      expect(t.catalog.items[entry.item]?.basis.join('')).not.toContain('国发〔2024〕3号');
  });
});

describe('theme files', () => {
  const files = readdirSync(THEMES).filter((f) => f.endsWith('.yaml'));
  const catalogs = readdirSync(join(THEMES, 'catalog')).map((f) => join('catalog', f));

  test.each(files)('%s: the header names the region it imitates and its sources', (file) => {
    const header = readFileSync(join(THEMES, file), 'utf8').split(/\n(?!#)/u)[0] ?? '';
    expect(header).toMatch(/模仿地区：\S+/u);
    expect(header).toContain('来源 Sources');
    expect(header).toMatch(/https?:\/\//u);
  });

  test.each([...files, ...catalogs])('%s: names no file of a development machine', (file) => {
    const text = readFileSync(join(THEMES, file), 'utf8');
    // Paths such as /work/… or C:\Users\…, or notes that are not part of the repository.
    expect(text).not.toMatch(/(?<![\w.])\/(?:work|tmp|root)\/|[A-Z]:\\|\/Users\/|guides\.md/u);
  });
});

describe('service details', () => {
  test('HK A: a first application is not offered 立等可取; a self-service endorsement says it is', () => {
    const t = theme('hk-macau-permit');
    const first = outcome(
      run(t, {
        business: 'first',
        hukou: 'local',
        age: 30,
        'filed-status': 'none',
        'endorse-now': true,
        purpose: 'tour-individual',
        destination: 'hk',
        'tour-entries': 'once',
      }),
    );
    expect(first.totals.delivery).toEqual(['窗口领取', '邮寄送达']);
    expect(markdownGuide(first, t)).not.toContain('立等可取');
    const machine = outcome(
      run(t, {
        business: 'endorse',
        hukou: 'local',
        age: 30,
        'filed-status': 'none',
        purpose: 'tour-group',
        destination: 'hk',
        'tour-entries': 'once',
        'self-service': true,
      }),
    );
    expect(machine.notices.find((n) => n.id === 'self-service-instant')?.text).toContain('立等可取');
  });

  test('a theme that does not ask how results are delivered offers no item only 窗口领取 (an uncounted visit)', () => {
    // Without the question the totals count no visit to collect, so an item collected only at the window would
    // show "no visit" while the citizen must go (the newborn vaccination certificate did).
    const onlyWindow: string[] = [];
    for (const t of themes.values()) {
      if (t.delivery !== undefined) continue;
      for (const item of t.items) {
        const delivery = t.catalog.items[item.item]?.delivery ?? [];
        if (delivery.length > 0 && delivery.every((o) => o.method === '窗口领取'))
          onlyWindow.push(`${t.id}: ${item.item}`);
      }
    }
    expect(onlyWindow).toEqual([]);
    expect([...themes.values()].filter((t) => t.delivery === undefined).length).toBeGreaterThan(0);
  });

  test('HK: the ID card is presented at the window, so no e-licence waives it', () => {
    const t = theme('hk-macau-permit');
    expect(t.catalog.materials['exit-entry-id-card']?.licence).toBeUndefined();
    expect(t.catalog.materials['exit-entry-id-card']?.name).toContain('现场交验');
  });

  test('HK: an expired permit is named where renewal is offered; the first application means never held one', () => {
    const business = theme('hk-macau-permit').questions.find((q) => q.id === 'business');
    const options = business && 'options' in business ? business.options : [];
    expect(options.find((o) => o.id === 'renew')?.help).toContain('已过期');
    expect(options.find((o) => o.id === 'first')?.help).toContain('从未申领过');
  });

  test('marriage: the marital status is prefilled from the profile', () => {
    expect(theme('marriage').questions.find((q) => q.id === 'my-status')?.prefill).toBe(
      'person.marital-status',
    );
  });

  test('a Shanghai profile is told that the newborn guide follows Guangdong, and is reminded of school entry', () => {
    const text = readFileSync(join(ROOT, 'examples', 'profiles', 'expecting-family.yaml'), 'utf8');
    const loaded = loadProfile({ file: 'expecting-family.yaml', text });
    if (!loaded.ok) throw new Error('the example profile does not load');
    const found = recommend(loaded.profile, [...themes.values()], { today: '2026-11-27' });
    const newborn = found.find((r) => r.theme.id === 'newborn');
    expect(newborn?.reasons.map((r) => r.message).join('')).toContain('广东');
    expect(found.map((r) => r.theme.id)).toContain('primary-school-enrolment');
    // A child born on 1 September 2020 is 6 on 31 August 2027 too; one born on 1 September 2021 is not yet.
    const on = (birth: string) =>
      recommend(
        { ...loaded.profile, facts: { 'person.children': [{ 'birth-date': birth }] } },
        [...themes.values()],
        {
          today: '2026-11-27',
        },
      ).some((r) => r.reasons.some((reason) => reason.trigger === 'school-age'));
    expect([on('2020-09-01'), on('2021-08-31'), on('2021-09-01'), on('2020-08-31')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('primary-school enrolment: the age prefilled from the profile, and the fees granted without application', () => {
  const family = (children: readonly string[]): Profile => ({
    kind: 'person',
    facts: { 'person.children': children.map((birth) => ({ name: '孩子（示例）', 'birth-date': birth })) },
    licences: [],
    tags: [],
    completed: [],
  });
  const TODAY = '2026-11-27';

  test('one child: its age on the coming 31 August is prefilled; several children: the question is asked', () => {
    const school = theme('primary-school-enrolment');
    expect(start(school, { profile: family(['2020-10-15']), today: TODAY }).answers['child-age']).toEqual({
      value: 6,
      prefilled: true,
    });
    expect(start(school, { profile: family(['2021-09-01']), today: TODAY }).answers['child-age']).toEqual({
      value: 5,
      prefilled: true,
    });
    const two = start(school, { profile: family(['2020-10-15', '2024-03-01']), today: TODAY });
    expect(two.answers['child-age']).toBeUndefined();
  });

  test('免申即享: a child of school age is reported as granted the tuition and fee exemption, not as a theme to apply for', () => {
    const text = readFileSync(join(ROOT, 'examples', 'profiles', 'expecting-family.yaml'), 'utf8');
    const loaded = loadProfile({ file: 'expecting-family.yaml', text });
    if (!loaded.ok) throw new Error('the example profile does not load');
    const found = recommend(loaded.profile, [...themes.values()], { today: TODAY });
    const school = found.filter((r) => r.theme.id === 'primary-school-enrolment');
    expect(school.map((r) => r.granted ?? false).sort()).toEqual([false, true]);
    const granted = school.find((r) => r.granted);
    expect(granted?.reasons.map((r) => [r.trigger, r.grants])).toEqual([
      ['free-tuition', '义务教育阶段免收学费、杂费'],
    ]);
    // The registration itself is still to apply for, resting on the school-age reminder alone.
    expect(school.find((r) => !r.granted)?.reasons.map((r) => r.trigger)).toEqual(['school-age']);
    // A three-year-old is granted nothing yet, and no theme for the family is marked granted.
    const young = recommend(family(['2023-05-01']), [...themes.values()], { today: TODAY });
    expect(young.some((r) => r.granted)).toBe(false);
  });
});
