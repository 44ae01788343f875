import { dirname, resolve } from 'node:path';
import { loadProfile } from '../load/profile.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Profile } from '../model/profile.js';
import type { CompiledTheme } from '../model/theme.js';
import { readSource, yamlFiles } from '../node/files.js';
import { CatalogCache, loadThemeFile } from '../node/load.js';
import type { OperatorSet } from '../rules/registry.js';
import { loadScenarios, runScenarios, type ScenarioFile, type ScenarioResult } from './scenarios.js';

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

/** Scenario files (`*.test.yaml`) under a path (the path itself if it is one). */
export async function scenarioFilesIn(path: string): Promise<string[]> {
  return yamlFiles(path, { scenarios: true });
}

/**
 * Reads a scenario file, the theme it names and the profile files its scenarios name (paths relative to
 * the scenario file), and runs every scenario. Never throws on bad files.
 */
export async function runScenarioFile(
  path: string,
  options: { readonly cache?: CatalogCache; readonly operators?: OperatorSet } = {},
): Promise<ScenarioFileRun> {
  const read = await readSource(path);
  if (!read.ok) return { file: path, theme: '', results: [], diagnostics: [read.diagnostic] };
  const loaded = loadScenarios(read.source);
  if (!loaded.ok) return { file: path, theme: '', results: [], diagnostics: loaded.diagnostics };
  const scenarios = loaded.file;
  const themePath = resolve(dirname(path), scenarios.theme);
  const themeFile = await loadThemeFile(themePath, {
    cache: options.cache ?? new CatalogCache(),
    ...(options.operators === undefined ? {} : { operators: options.operators }),
  });
  if (!themeFile.result.ok) {
    return { file: path, theme: themePath, results: [], diagnostics: themeFile.result.diagnostics };
  }
  const theme = themeFile.result.theme;
  const diagnostics: Diagnostic[] = [];
  const profiles: Record<string, Profile> = {};
  for (const scenario of scenarios.scenarios) {
    const named = scenario.profile;
    if (named === undefined || !('path' in named) || Object.hasOwn(profiles, named.path)) continue;
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
  });
  for (const result of results) diagnostics.push(...result.diagnostics);
  return { file: path, theme: themePath, loaded: { scenarios, theme }, results, diagnostics };
}
