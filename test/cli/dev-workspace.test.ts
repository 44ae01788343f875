/**
 * The state behind `tongban dev`, updated file by file: a theme edit reloads and re-analyses that theme alone,
 * a catalog edit reloads the themes that use the catalog, a broken file keeps its last good theme served, and
 * each change of a theme is described in the words of `tongban diff`. Loading and analysis are counted through
 * the modules' own functions (wrapped, not replaced).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../src/cli/dev/workspace.js';

const calls = vi.hoisted(() => ({ loads: [] as string[], analyses: [] as string[] }));

vi.mock('../../src/node/load.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/node/load.js')>();
  return {
    ...actual,
    loadThemeFile: (file: string, options: Parameters<typeof actual.loadThemeFile>[1]) => {
      calls.loads.push(file);
      return actual.loadThemeFile(file, options);
    },
  };
});
vi.mock('../../src/analyze/runtime.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/analyze/runtime.js')>();
  return {
    ...actual,
    analyzeTheme: (...args: Parameters<typeof actual.analyzeTheme>) => {
      calls.analyses.push(args[0].id);
      return actual.analyzeTheme(...args);
    },
  };
});

const ROOT = join(import.meta.dirname, '..', '..');
const HK = 'themes/hk-macau-permit.yaml';
let folder: string;
let workspace: Workspace;

const path = (file: string) => join(folder, file);
const edit = (file: string, from: string | RegExp, to: string) => {
  const before = readFileSync(path(file), 'utf8');
  const after = before.replace(from, to);
  expect(after, `${file}: nothing to replace`).not.toBe(before);
  writeFileSync(path(file), after);
};

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tongban-dev-ws-'));
  cpSync(join(ROOT, 'themes'), path('themes'), { recursive: true });
  cpSync(join(ROOT, 'examples', 'profiles'), path('profiles'), { recursive: true });
  // A scenario file names an example profile by its path in the repository, which `tongban test themes` reads
  // within the project root (the folder with package.json).
  cpSync(join(ROOT, 'examples', 'profiles'), path('examples/profiles'), { recursive: true });
  writeFileSync(path('package.json'), '{}\n');
  workspace = new Workspace({
    themesDir: path('themes'),
    profilesDir: path('profiles'),
    today: '2026-11-27',
    cwd: folder,
    lang: 'zh',
  });
  await workspace.load();
  calls.loads.length = 0;
  calls.analyses.length = 0;
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the dev workspace', () => {
  it('loads every theme, profile and scenario file of the folders', () => {
    const state = workspace.state();
    const themeFiles = readdirSync(path('themes'))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => `themes/${f}`);
    expect(themeFiles).toContain(HK);
    expect(state.themes.map((t) => [t.file, t.ok, t.errors])).toEqual(themeFiles.map((f) => [f, true, 0]));
    expect(state.diagnostics).toEqual([]);
    expect(state.profiles.map((p) => p.file)).toContain('profiles/shanghai-resident.yaml');
    expect(state.scenarios).toHaveLength(readdirSync(path('themes/tests')).length);
    for (const file of state.scenarios) {
      expect(file.results.length, file.file).toBeGreaterThan(0);
      expect(
        file.results.every((r) => r.ok),
        file.file,
      ).toBe(true);
    }
  });

  it('reloads and re-analyses an edited theme alone, and says what the edit changed', async () => {
    // The note on individual visits (G) moves to group tours (L).
    edit(
      HK,
      '    when: { all: [ { purpose: tour-individual }, { not: { condition: g-not-here } } ] }',
      '    when: { purpose: tour-group }',
    );
    const update = await workspace.update([{ path: path(HK), type: 'change' }]);
    expect(update.themes).toEqual([HK]);
    expect(calls.loads).toEqual([path(HK)]);
    expect(calls.analyses).toEqual(['hk-macau-permit']);
    const change = workspace.change(HK);
    expect(change?.revision).toBe(update.revision);
    expect(change).toMatchObject({ added: 0, removed: 0 });
    expect(change?.changed).toBeGreaterThan(0);
    // The note, in its own words, where it now shows and where it no longer does.
    expect(change?.text).toContain(
      '条路径，回答为「团队旅游（L）」时：\n      现在显示提示：“个人旅游签注（G）每次在港澳逗留不超过7天”',
    );
    expect(change?.text).toContain('不再显示提示：“个人旅游签注（G）每次在港澳逗留不超过7天”');
    // The situations too, as `tongban diff` reports them (hundreds: counted by kind).
    expect(change?.text).toContain('情形的变化（结果相同的路径为一个情形；');
    expect(change?.text).toMatch(/其中：结果或路径变化 \d+ 处/);
    expect(workspace.change('themes/marriage.yaml')).toBeUndefined();
    // The theme's scenario file ran again: the scenarios that expect the note now fail.
    const hk = workspace.state().scenarios.find((s) => s.theme === HK);
    expect(hk?.results.some((r) => !r.ok)).toBe(true);
    expect(hk?.diagnostics.map((d) => d.code)).toContain('scenario-failed');
  });

  it('reloads the themes that use an edited catalog file', async () => {
    edit('themes/catalog/departments.yaml', 'name: 公安机关出入境管理部门', 'name: 公安机关出入境管理局');
    const update = await workspace.update([
      { path: path('themes/catalog/departments.yaml'), type: 'change' },
    ]);
    expect([...calls.loads].sort()).toEqual(
      workspace
        .state()
        .themes.map((t) => path(t.file))
        .sort(),
    );
    // Only the theme that carries the department has another theme now, and only it is analysed again.
    expect(update.themes).toEqual([HK]);
    expect(calls.analyses).toEqual(['hk-macau-permit']);
    expect(workspace.detail(HK)?.theme.catalog.departments['exit-entry']?.name).toBe('公安机关出入境管理局');
  });

  it('keeps serving the last good theme while the file fails, and takes the fix', async () => {
    const good = workspace.detail(HK)?.theme.hash;
    const text = readFileSync(path(HK), 'utf8');
    const askLine = text.split('\n').indexOf('    ask: 您要办理哪项业务？') + 1;
    expect(askLine).toBeGreaterThan(0);
    edit(HK, '    ask: 您要办理哪项业务？\n', '    ask: 您要办理哪项业务？: 错\n');
    let update = await workspace.update([{ path: path(HK), type: 'change' }]);
    expect(update.themes).toEqual([HK]);
    const broken = workspace.state();
    const errors = broken.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.file, d.line, d.code])).toEqual([[HK, askLine, 'yaml-syntax']]);
    // The entries the theme uses are still counted (by its last good version): none is reported unused.
    expect(broken.diagnostics).toEqual(errors);
    expect(broken.themes.find((t) => t.file === HK)).toMatchObject({ ok: false, errors: 1, hash: good });
    expect(workspace.detail(HK)).toMatchObject({ ok: false, theme: { hash: good } });

    writeFileSync(path(HK), text);
    update = await workspace.update([{ path: path(HK), type: 'change' }]);
    expect(update.themes).toEqual([HK]);
    expect(workspace.state().diagnostics).toEqual([]);
    expect(workspace.detail(HK)).toMatchObject({ ok: true, theme: { hash: good } });
  });

  it('forgets a deleted theme and reads a new one', async () => {
    unlinkSync(path('themes/marriage.yaml'));
    await workspace.update([{ path: path('themes/marriage.yaml'), type: 'unlink' }]);
    expect(workspace.state().themes.map((t) => t.file)).not.toContain('themes/marriage.yaml');
    // What only that theme used is now unused: the library check ran again.
    const unused = workspace.state().diagnostics.filter((d) => d.code === 'unused-catalog-entry');
    expect(unused.length).toBeGreaterThan(0);
    expect(unused.every((d) => d.file.startsWith('themes/catalog/'))).toBe(true);
    writeFileSync(
      path('themes/copy.yaml'),
      readFileSync(path(HK), 'utf8').replace('id: hk-macau-permit', 'id: copy'),
    );
    const update = await workspace.update([{ path: path('themes/copy.yaml'), type: 'add' }]);
    expect(update.themes).toEqual(['themes/copy.yaml']);
    expect(workspace.state().themes.find((t) => t.file === 'themes/copy.yaml')).toMatchObject({
      id: 'copy',
      ok: true,
    });
  });

  it('never reads a path a scenario file names out of the root', async () => {
    const file = 'themes/tests/escape.test.yaml';
    writeFileSync(
      path(file),
      'theme: ../../../outside.yaml\nscenarios:\n  - name: 出界\n    answers: { business: first }\n    expect: { status: ready }\n',
    );
    await workspace.update([{ path: path(file), type: 'add' }]);
    const outside = workspace.state().scenarios.find((s) => s.file === file);
    expect(workspace.state().diagnostics.filter((d) => d.file === file)).toEqual([]);
    expect(outside?.results).toEqual([]);
    expect(outside?.diagnostics.map((d) => [d.code, d.line])).toEqual([['path-outside-root', 1]]);
  });

  it('words diagnostics in the language asked for', async () => {
    const english = new Workspace({
      themesDir: path('themes'),
      today: '2026-11-27',
      cwd: folder,
      lang: 'en',
    });
    await english.load();
    edit(HK, '    ask: 您要办理哪项业务？\n', '    ask: 您要办理哪项业务？: 错\n');
    await english.update([{ path: path(HK), type: 'change' }]);
    await workspace.update([{ path: path(HK), type: 'change' }]);
    const [en] = english.state().diagnostics;
    const [zh] = workspace.state().diagnostics;
    expect(en?.code).toBe('yaml-syntax');
    expect(en?.message).not.toMatch(/\p{Script=Han}/u);
    expect(zh?.message).toMatch(/\p{Script=Han}/u);
  });

  it('reads an edited profile again and runs the scenario files again', async () => {
    edit('profiles/shanghai-resident.yaml', /^kind: person$/m, 'kind: nobody');
    await workspace.update([{ path: path('profiles/shanghai-resident.yaml'), type: 'change' }]);
    const state = workspace.state();
    expect(state.profiles.map((p) => p.file)).not.toContain('profiles/shanghai-resident.yaml');
    expect(state.diagnostics.some((d) => d.file === 'profiles/shanghai-resident.yaml')).toBe(true);
  });
});
