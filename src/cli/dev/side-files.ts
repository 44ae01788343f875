/**
 * The profiles and scenario files `tongban dev` watches, beside the themes: each profile loaded on its own,
 * each scenario file read against its schema and run on the workspace's current theme (the last good one is
 * not used: a theme that fails makes its scenario files fail with its problems, as `tongban test` does).
 */
import { dirname, resolve } from 'node:path';
import { parseSource } from '../../load/parse.js';
import { loadProfile, type ProfileResult } from '../../load/profile.js';
import { Reporter } from '../../load/report.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Profile } from '../../model/profile.js';
import type { FileKind } from '../../model/source.js';
import type { CompiledTheme } from '../../model/theme.js';
import { projectRoot, type ReadResult, staysWithin } from '../../node/files.js';
import { loadScenarios } from '../../scenarios/read.js';
import { runScenarios } from '../../scenarios/run.js';
import type { ScenarioFile } from '../../scenarios/types.js';
import type { ProfileEntry, ScenarioSummary } from './protocol.js';

/** What a scenario run needs of a theme file's state. */
export interface ThemeView {
  readonly ok: boolean;
  readonly theme: CompiledTheme | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

interface ScenarioState {
  /** The theme file named (absolute); empty when the file does not load. */
  theme: string;
  /** Reading the file against its schema (what `validate` reports). */
  format: readonly Diagnostic[];
  results: readonly { readonly name: string; readonly ok: boolean }[];
  /** Problems of the theme or profiles, then each failed scenario's. */
  run: readonly Diagnostic[];
}

export class SideFiles {
  private readonly profiles = new Map<string, ProfileResult>();
  private readonly scenarios = new Map<string, ScenarioState>();

  /** The folder the paths a scenario file names must stay in (default: the file's project root). */
  root: string | undefined;

  constructor(private readonly read: (file: string) => Promise<ReadResult>) {}

  kindOf(path: string): FileKind | undefined {
    if (this.profiles.has(path)) return 'profile';
    if (this.scenarios.has(path)) return 'scenario';
    return undefined;
  }

  async loadProfile(file: string): Promise<void> {
    const read = await this.read(file);
    this.profiles.set(
      file,
      read.ok ? loadProfile(read.source) : { ok: false, diagnostics: [read.diagnostic] },
    );
  }

  removeProfile(file: string): void {
    this.profiles.delete(file);
  }

  /** Registers a scenario file to run; returns it. */
  addScenario(file: string): string {
    if (!this.scenarios.has(file)) this.scenarios.set(file, { theme: '', format: [], results: [], run: [] });
    return file;
  }

  removeScenario(file: string): void {
    this.scenarios.delete(file);
  }

  scenarioFiles(): string[] {
    return [...this.scenarios.keys()];
  }

  /** The scenario files that name one of these theme files. */
  scenariosOf(themeFiles: ReadonlySet<string>): string[] {
    return [...this.scenarios].filter(([, s]) => themeFiles.has(s.theme)).map(([file]) => file);
  }

  /** Reads and runs these scenario files on the themes `themeAt` gives. */
  async runScenarios(
    files: readonly string[],
    themeAt: (file: string) => ThemeView | undefined,
  ): Promise<void> {
    for (const file of new Set(files)) {
      const state = this.scenarios.get(file);
      if (state) Object.assign(state, await this.runOne(file, themeAt));
    }
  }

  private async runOne(
    file: string,
    themeAt: (file: string) => ThemeView | undefined,
  ): Promise<ScenarioState> {
    const read = await this.read(file);
    if (!read.ok) return { theme: '', format: [read.diagnostic], results: [], run: [] };
    const loaded = loadScenarios(read.source);
    if (!loaded.ok) return { theme: '', format: loaded.diagnostics, results: [], run: [] };
    const scenarios: ScenarioFile = loaded.file;
    const theme = resolve(dirname(file), scenarios.theme);
    const format = loaded.diagnostics;
    // As `tongban test`: a path out of the root is never read, and is located where the file names it.
    const root = this.root ?? (await projectRoot(file));
    const outside = async (named: string, pointer: string) => {
      if (await staysWithin(root, resolve(dirname(file), named))) return undefined;
      const reporter = new Reporter(file, parseSource(read.source).locate);
      reporter.error('path-outside-root', pointer, { path: named, root });
      return reporter.diagnostics;
    };
    const themeOutside = await outside(scenarios.theme, '/theme');
    if (themeOutside) return { theme, format, results: [], run: themeOutside };
    const view = themeAt(theme);
    if (!view?.ok || !view.theme) {
      const why = view ? view.diagnostics.filter((d) => d.severity === 'error') : [];
      return { theme, format, results: [], run: why };
    }
    const run: Diagnostic[] = [];
    const profiles: Record<string, Profile> = {};
    for (const [i, scenario] of scenarios.scenarios.entries()) {
      const named = scenario.profile;
      if (named === undefined || !('path' in named) || Object.hasOwn(profiles, named.path)) continue;
      const profileOutside = await outside(named.path, `/scenarios/${i}/profile`);
      if (profileOutside) {
        run.push(...profileOutside);
        continue;
      }
      const path = resolve(dirname(file), named.path);
      const known = this.profiles.get(path);
      const source = known ? undefined : await this.read(path);
      const result = known ?? (source?.ok ? loadProfile(source.source) : undefined);
      if (result?.ok) profiles[named.path] = result.profile;
      else if (result) run.push(...result.diagnostics);
      else if (source && !source.ok) run.push(source.diagnostic);
    }
    const results = runScenarios(scenarios, view.theme, { profiles });
    for (const result of results) run.push(...result.diagnostics);
    return { theme, format, results: results.map((r) => ({ name: r.name, ok: r.ok })), run };
  }

  /** The profiles that load, for the page's profile chooser. */
  profileEntries(display: (file: string) => string): ProfileEntry[] {
    const entries: ProfileEntry[] = [];
    for (const [file, result] of this.profiles) {
      if (!result.ok) continue;
      const profile: Profile = result.profile;
      entries.push({ file: display(file), name: profile.name ?? display(file), profile });
    }
    return entries.sort((a, b) => a.file.localeCompare(b.file));
  }

  scenarioSummaries(
    display: (file: string) => string,
    shown: (list: readonly Diagnostic[]) => Diagnostic[],
  ): ScenarioSummary[] {
    return [...this.scenarios]
      .map(([file, s]) => ({
        file: display(file),
        theme: s.theme === '' ? '' : display(s.theme),
        results: s.results,
        diagnostics: shown(s.run),
      }))
      .sort((a, b) => a.file.localeCompare(b.file));
  }

  /** What `validate` would report of these files: profiles, and scenario files against their schema. */
  diagnostics(): Diagnostic[] {
    const all: Diagnostic[] = [];
    for (const result of this.profiles.values()) all.push(...result.diagnostics);
    for (const state of this.scenarios.values()) all.push(...state.format);
    return all;
  }
}
