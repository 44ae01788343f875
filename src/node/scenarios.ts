import { dirname, resolve } from 'node:path';
import { parseSource } from '../load/parse.js';
import { loadProfile } from '../load/profile.js';
import { Reporter } from '../load/report.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Profile } from '../model/profile.js';
import type { CompiledTheme } from '../model/theme.js';
import { loadScenarios } from '../scenarios/read.js';
import { type RunScenariosOptions, runScenarios, type ScenarioResult } from '../scenarios/run.js';
import type { ScenarioFile } from '../scenarios/types.js';
import { projectRoot, readSource, staysWithin, yamlFiles } from './files.js';
import { CatalogCache, loadThemeFile } from './load.js';

/** What running a scenario file gives: the results, and every diagnostic (loading included). */
export interface ScenarioFileRun {
  readonly file: string;
  /** The theme file, resolved from the scenario file's folder. */
  readonly theme: string;
  readonly loaded?: { readonly scenarios: ScenarioFile; readonly theme: CompiledTheme };
  readonly results: readonly ScenarioResult[];
  /** Problems reading the scenario file, its theme and profiles, then each failed scenario's. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Scenario files (`*.test.yaml`) under a path (the path itself if it is one); see `yamlFiles` for problems. */
export async function scenarioFilesIn(path: string): Promise<string[]> {
  return [...(await yamlFiles(path, { scenarios: true })).files];
}

/**
 * Reads a scenario file, the theme it names and the profile files its scenarios name (paths relative to
 * the scenario file, inside `root`: by default the nearest folder above it with a `package.json`, else its
 * own folder), and runs every scenario. Never throws on bad files.
 */
export async function runScenarioFile(
  path: string,
  options: Pick<RunScenariosOptions, 'operators' | 'rules'> & {
    readonly cache?: CatalogCache;
    readonly root?: string;
  } = {},
): Promise<ScenarioFileRun> {
  const read = await readSource(path);
  if (!read.ok) return { file: path, theme: '', results: [], diagnostics: [read.diagnostic] };
  const loaded = loadScenarios(read.source);
  if (!loaded.ok) return { file: path, theme: '', results: [], diagnostics: loaded.diagnostics };
  const scenarios = loaded.file;
  const root = options.root ?? (await projectRoot(path));
  // A path out of the root is never read; located where the scenario file names it.
  const outside = async (named: string, pointer: string) => {
    if (await staysWithin(root, resolve(dirname(path), named))) return undefined;
    const reporter = new Reporter(path, parseSource(read.source).locate);
    reporter.error('path-outside-root', pointer, { path: named, root });
    return reporter.diagnostics[0] as Diagnostic;
  };
  const themePath = resolve(dirname(path), scenarios.theme);
  const themeOutside = await outside(scenarios.theme, '/theme');
  if (themeOutside) return { file: path, theme: themePath, results: [], diagnostics: [themeOutside] };
  const themeFile = await loadThemeFile(themePath, {
    cache: options.cache ?? new CatalogCache(),
    root,
    ...(options.operators === undefined ? {} : { operators: options.operators }),
  });
  if (!themeFile.result.ok) {
    return { file: path, theme: themePath, results: [], diagnostics: themeFile.result.diagnostics };
  }
  const theme = themeFile.result.theme;
  const diagnostics: Diagnostic[] = [];
  const profiles: Record<string, Profile> = {};
  for (const [i, scenario] of scenarios.scenarios.entries()) {
    const named = scenario.profile;
    if (named === undefined || !('path' in named) || Object.hasOwn(profiles, named.path)) continue;
    const profileOutside = await outside(named.path, `/scenarios/${i}/profile`);
    if (profileOutside) {
      diagnostics.push(profileOutside);
      continue;
    }
    const source = await readSource(resolve(dirname(path), named.path));
    if (!source.ok) {
      diagnostics.push(source.diagnostic);
      continue;
    }
    const profile = loadProfile(source.source);
    if (profile.ok) profiles[named.path] = profile.profile;
    else diagnostics.push(...profile.diagnostics);
  }
  const results = runScenarios(scenarios, theme, {
    profiles,
    ...(options.operators === undefined ? {} : { operators: options.operators }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
  });
  for (const result of results) diagnostics.push(...result.diagnostics);
  return { file: path, theme: themePath, loaded: { scenarios, theme }, results, diagnostics };
}
