/**
 * `tongban` (the runtime) and `tongban/node` as a portal or server uses them, from the built package:
 * loading a bundled theme from disk, a session from start to a case, persistence, outcomes, rendering,
 * recommendations and the errors it throws.
 */
import { readdirSync } from 'node:fs';
import {
  answer,
  back,
  type CompiledTheme,
  change,
  checklist,
  createOperatorSet,
  next,
  outcome,
  type Profile,
  RulesError,
  recommend,
  restore,
  type Session,
  serialize,
  start,
  TongbanError,
} from 'tongban';
import { loadCatalog, loadProfile, loadTheme } from 'tongban/load';
import { CatalogCache, loadThemeFile, readSource, themeFilesIn } from 'tongban/node';
import { formSchema, markdownGuide, mermaidWorkflow, prefilledData } from 'tongban/render';
import { beforeAll, describe, expect, test } from 'vitest';
import { at, PERMIT_CLICKS, TODAY } from './support.js';

let permit: CompiledTheme;
let themes: CompiledTheme[];

beforeAll(async () => {
  const cache = new CatalogCache();
  themes = [];
  for (const file of await themeFilesIn(at('themes'))) {
    const loaded = await loadThemeFile(file, { cache });
    if (!loaded.result.ok) throw new Error(`${file}: ${loaded.result.diagnostics[0]?.message}`);
    themes.push(loaded.result.theme);
  }
  permit = themes.find((t) => t.id === 'hk-macau-permit') as CompiledTheme;
});

/** Answers whatever is asked from the clicks until the questionnaire is complete. */
function walkThrough(session: Session, clicks: Readonly<Record<string, unknown>>): Session {
  for (let step = next(session); !step.done; step = next(session)) {
    const result = answer(session, step.question.id, clicks[step.question.id]);
    if (!result.ok) throw new Error(result.error.message);
    session = result.session;
  }
  return session;
}

describe('tongban/node', () => {
  test('finds and loads the bundled themes with their catalog', async () => {
    const files = readdirSync(at('themes')).filter((f) => f.endsWith('.yaml'));
    expect(themes.map((t) => t.id).sort()).toEqual(files.map((f) => f.replace(/\.yaml$/, '')).sort());
    expect(themes.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(permit.catalog.items).length).toBeGreaterThan(0);
    expect(permit.locations.theme).toMatchObject({ file: at('themes/hk-macau-permit.yaml'), pointer: '' });
  });

  test('reports a file that cannot be read as a located diagnostic, without throwing', async () => {
    const missing = await loadThemeFile(at('themes/no-such-theme.yaml'));
    expect(missing.result.ok).toBe(false);
    expect(missing.result.diagnostics[0]).toMatchObject({ code: 'unreadable-file', line: 1, column: 1 });
    const read = await readSource(at('themes/hk-macau-permit.yaml'));
    expect(read.ok && read.source.text).toContain('hk-macau-permit');
  });
});

describe('tongban', () => {
  test('a session reaches the README case; the outcome merges materials and plans the workflow', () => {
    const session = walkThrough(start(permit, { today: TODAY }), PERMIT_CLICKS);
    const step = next(session);
    expect(step.done && step.case.label).toContain('首次申领');
    const result = outcome(session);
    expect(result).toMatchObject({ status: 'ready', theme: { id: 'hk-macau-permit', hash: permit.hash } });
    expect(result.merge.toSubmit).toBeGreaterThan(0);
    expect(result.workflow.stages.length).toBeGreaterThan(0);
    expect(checklist(session).open).toEqual([]);
    expect(markdownGuide(result, permit)).toContain(permit.title);
    expect(mermaidWorkflow(result, permit)).toMatch(/^flowchart/);
    // The form as a JSON Schema comes from tongban/render, with the prefilled data as its default.
    const schema = formSchema(result.form, { title: permit.title });
    expect(schema).toMatchObject({ title: permit.title, default: prefilledData(result.form) });
  });

  test('change, back, and serialize/restore round trips, also on a JSON copy of the theme', () => {
    const session = walkThrough(start(permit, { today: TODAY }), PERMIT_CLICKS);
    const undone = back(session);
    expect(undone.ok && next(undone.session).done).toBe(false);
    const changed = change(session, 'destination', 'macau');
    expect(changed.ok && outcome(changed.session).case?.label).toContain('赴澳');
    const text = serialize(session);
    const copy = JSON.parse(JSON.stringify(permit)) as CompiledTheme;
    for (const theme of [permit, copy]) {
      const restored = restore(theme, text);
      expect(restored.ok && serialize(restored.session)).toBe(text);
    }
    expect(restore(themes.find((t) => t.id === 'marriage') as CompiledTheme, text)).toMatchObject({
      ok: false,
      error: { code: 'other-theme' },
    });
  });

  test('a wrong answer is rejected as data; misuse throws TongbanError', () => {
    const session = start(permit, { today: TODAY });
    const step = next(session);
    const rejected = answer(session, step.done ? '' : step.question.id, 'no-such-option');
    expect(rejected).toMatchObject({ ok: false, error: { code: 'unknown-option' } });
    expect(rejected.session).toBe(session);
    expect(() => start(permit, { today: '2026-02-30' })).toThrow(TongbanError);
  });

  test('recommend ranks the bundled themes for an example profile', async () => {
    const file = at('examples/profiles/shanghai-resident.yaml');
    const read = await readSource(file);
    if (!read.ok) throw new Error(file);
    const loaded = loadProfile(read.source);
    if (!loaded.ok) throw new Error(loaded.diagnostics[0]?.message);
    const profile: Profile = loaded.profile;
    const ranked = recommend(profile, themes, { today: TODAY });
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((r) => r.reasons.length + r.tags.length > 0)).toBe(true);
  });

  test('a throwing operator: the same RulesError from answer and from recommend', () => {
    const operators = createOperatorSet({
      operators: [
        {
          name: 'fragile',
          evaluate: () => {
            throw new Error('broken');
          },
        },
      ],
    });
    const catalog = loadCatalog([{ file: 'catalog.yaml', text: FRAGILE_CATALOG }]);
    if (!catalog.ok) throw new Error(JSON.stringify(catalog.diagnostics));
    const loaded = loadTheme({ file: 'fragile.yaml', text: FRAGILE_THEME }, catalog.catalog, { operators });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const profile: Profile = {
      kind: 'person',
      facts: { 'person.hukou': 'local' },
      licences: [],
      tags: [],
      completed: [],
    };
    const session = start(loaded.theme, { operators });
    const errors = [
      () => answer(session, 'ready', true),
      () => recommend(profile, [loaded.theme], { today: TODAY, operators }),
    ].map(thrown);
    for (const error of errors) {
      expect(error).toBeInstanceOf(RulesError);
      expect(error).toMatchObject({
        code: 'operator-failed',
        params: { operator: 'fragile', reason: 'broken' },
        cause: new Error('broken'),
      });
    }
  });
});

const FRAGILE_CATALOG = `
facts:
  person.hukou: { label: 户籍, type: single, options: { local: 本市户籍, other: 外省市户籍 } }
departments:
  office: { name: 办公室, level: 区县 }
items:
  thing: { name: 事项, department: office, days: 1, fee: 0 }
`;

const FRAGILE_THEME = `
id: fragile
title: 出错的运算符
version: "1"
audience: person
questions:
  - { id: ready, ask: 好了吗？, type: yes-no }
  - { id: more, ask: 还有吗？, type: yes-no, when: { fact: ready, operator: fragile, value: 1 } }
items:
  thing: always
triggers:
  t: { when: { fact: person.hukou, operator: fragile, value: 1 }, message: 提醒 }
`;

/** The error `run` throws, or undefined. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
