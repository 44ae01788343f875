/**
 * Scenario coverage of the bundled themes: every option of every question of every theme is answered by at
 * least one scenario in `themes/tests/*.test.yaml`. Each scenario is run through a real session (`start` with
 * its profile and day, then whatever `next` asks is answered from the scenario's answers), and the answers
 * the finished session holds (prefilled ones included) are collected per theme:
 *
 * - single choice: every option;
 * - yes/no: both `yes` and `no`;
 * - multiple choice: every option at least once (exclusive options included);
 * - number and date: every band the question's cuts draw (`bandOf` / `bandKey`), empty bands excepted
 *   (a band with no acceptable value within min/max cannot be answered).
 *
 * The test fails listing what no scenario answers, as `question=option` (`question=band` for numbers).
 */
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { choicesOf } from '../../src/analyze/choices.js';
import { loadProfile } from '../../src/load/profile.js';
import type { Profile } from '../../src/model/profile.js';
import type { AnswerValue, Session } from '../../src/model/session.js';
import type { CompiledTheme, Question } from '../../src/model/theme.js';
import {
  CatalogCache,
  loadThemeFile,
  readSource,
  scenarioFilesIn,
  themeFilesIn,
} from '../../src/node/index.js';
import { bandKey, bandOf } from '../../src/question-types/bands.js';
import { loadScenarios } from '../../src/scenarios/read.js';
import type { ScenarioFile } from '../../src/scenarios/types.js';
import { answer, next, start, walk } from '../../src/session/index.js';

const THEMES = 'themes';
/** The day date bounds such as `today-18y` are resolved with when a scenario gives none. */
const TODAY = '2026-11-27';

/** What each question must be answered with, as `question=value` keys, in question order. */
function requiredPairs(theme: CompiledTheme): string[] {
  const pairs: string[] = [];
  for (const question of theme.questions) {
    switch (question.type) {
      case 'single':
      case 'multiple':
        for (const option of question.options) pairs.push(`${question.id}=${option.id}`);
        break;
      case 'yes-no':
        pairs.push(`${question.id}=yes`, `${question.id}=no`);
        break;
      case 'number':
      case 'date':
        // One choice per non-empty band: the bands an answer can fall in.
        for (const choice of choicesOf(question, theme, TODAY)) pairs.push(`${question.id}=${choice.key}`);
        break;
    }
  }
  return pairs;
}

/** The `question=value` keys an answer covers. */
function pairsOf(question: Question, value: AnswerValue): string[] {
  switch (question.type) {
    case 'single':
      return [`${question.id}=${String(value)}`];
    case 'multiple':
      return (value as readonly string[]).map((id) => `${question.id}=${id}`);
    case 'yes-no':
      return [`${question.id}=${value === true ? 'yes' : 'no'}`];
    case 'number':
    case 'date':
      return [`${question.id}=${bandKey(bandOf(question.cuts, value as number | string))}`];
  }
}

interface ThemeCoverage {
  readonly theme: CompiledTheme;
  readonly file: string;
  readonly covered: Set<string>;
  /** Scenarios that could not be walked to the end, with the reason. */
  readonly problems: string[];
  scenarios: number;
}

/** Walks one scenario; returns the finished session, or a reason it could not be finished. */
function walkScenario(
  theme: CompiledTheme,
  answers: Readonly<Record<string, unknown>>,
  options: { profile?: Profile; today?: string },
): Session | string {
  let session = start(theme, options);
  for (let guard = 0; guard <= theme.questions.length; guard++) {
    const step = next(session);
    if (step.done) return session;
    const id = step.question.id;
    if (!Object.hasOwn(answers, id)) return `“${id}” is asked but not answered`;
    const result = answer(session, id, answers[id]);
    if (!result.ok) return `“${id}”: ${result.error.message}`;
    session = result.session;
  }
  return 'the questionnaire did not end';
}

async function profileOf(scenarioFile: string, profile: unknown): Promise<Profile | undefined | string> {
  if (profile === undefined) return undefined;
  if (typeof profile === 'object' && profile !== null && 'path' in profile) {
    const path = resolve(dirname(scenarioFile), String((profile as { path: string }).path));
    const read = await readSource(path);
    if (!read.ok) return `cannot read profile ${path}`;
    const loaded = loadProfile(read.source);
    return loaded.ok ? loaded.profile : `profile ${path} has errors`;
  }
  return profile as Profile;
}

async function coverage(): Promise<Map<string, ThemeCoverage>> {
  const cache = new CatalogCache();
  const byTheme = new Map<string, ThemeCoverage>();
  for (const file of await themeFilesIn(THEMES)) {
    const loaded = await loadThemeFile(resolve(file), { cache });
    if (!loaded.result.ok) throw new Error(`${file} does not load`);
    byTheme.set(resolve(file), {
      theme: loaded.result.theme,
      file,
      covered: new Set(),
      problems: [],
      scenarios: 0,
    });
  }
  for (const scenarioFile of await scenarioFilesIn(THEMES)) {
    const read = await readSource(scenarioFile);
    if (!read.ok) throw new Error(`cannot read ${scenarioFile}`);
    const loaded = loadScenarios(read.source);
    if (!loaded.ok) throw new Error(`${scenarioFile} does not load`);
    const scenarios: ScenarioFile = loaded.file;
    const themePath = resolve(dirname(scenarioFile), scenarios.theme);
    const entry = byTheme.get(themePath);
    if (!entry) throw new Error(`${scenarioFile}: ${scenarios.theme} is not a bundled theme`);
    for (const scenario of scenarios.scenarios) {
      entry.scenarios++;
      const profile = await profileOf(scenarioFile, scenario.profile);
      if (typeof profile === 'string') {
        entry.problems.push(`${scenario.name}: ${profile}`);
        continue;
      }
      const session = walkScenario(entry.theme, scenario.answers, {
        ...(profile === undefined ? {} : { profile }),
        ...(scenario.today === undefined ? {} : { today: scenario.today }),
      });
      if (typeof session === 'string') {
        entry.problems.push(`${scenario.name}: ${session}`);
        continue;
      }
      const states = walk(session).states;
      entry.theme.questions.forEach((question, i) => {
        const given = session.answers[question.id];
        if (states[i] !== 'answered' || given === undefined) return;
        for (const pair of pairsOf(question, given.value)) entry.covered.add(pair);
      });
    }
  }
  return byTheme;
}

const results = await coverage();

describe('scenario coverage of the bundled themes', () => {
  test('there are bundled themes', () => {
    expect(results.size).toBeGreaterThan(0);
  });

  for (const entry of results.values()) {
    const name = relative(THEMES, entry.file);
    test(`${name}: every scenario walks to the end`, () => {
      expect(entry.scenarios, `${name} has no scenario in ${THEMES}/tests`).toBeGreaterThan(0);
      expect(entry.problems, `${name}: scenarios that do not finish`).toEqual([]);
    });

    test(`${name}: every option of every question is answered by a scenario`, () => {
      const required = requiredPairs(entry.theme);
      const missing = required.filter((pair) => !entry.covered.has(pair));
      const message =
        `${name}: ${required.length - missing.length}/${required.length} answers covered; ` +
        `no scenario in ${THEMES}/tests answers:\n  ${missing.join('\n  ')}`;
      expect(missing, message).toEqual([]);
    });
  }
});
