/**
 * The decision-tree example (`examples/decision-tree/`): GOV.UK's "Check if you need a UK visa", ported as a
 * theme with no items whose results are one first-match group of notices. Every answer path the enumeration
 * finds is checked against `reference`, the public decision tree written here by hand as nested if/else (with
 * the nationality list reduced to the example's categories): the path asks exactly the questions the tree asks,
 * in that order, and ends in exactly one result of the group — the tree's. The scenario files are run too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import type { AnswerValue } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile, runScenarioFile, scenarioFilesIn } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { loadScenarios } from '../../src/scenarios/read.js';
import { run } from '../outcome/fixtures.js';

const FOLDER = 'examples/decision-tree';
const THEME = `${FOLDER}/check-uk-visa.yaml`;
const GROUP = 'result';

type Answers = Readonly<Record<string, AnswerValue>>;

/** What the public tree asks on a path and the result it reaches. */
interface Walk {
  readonly asked: string[];
  readonly result: string;
}

/**
 * The public decision tree: passport first, then dual British or Irish citizenship (with a follow-up for Israel,
 * Estonia/Latvia and Hong Kong/Macao), then the purpose of the visit, then one branch per purpose, each testing
 * the lists in the order the public tree does.
 */
function reference(answers: Answers): Walk {
  const asked: string[] = [];
  const ask = (id: string): AnswerValue => {
    asked.push(id);
    const value = answers[id];
    if (value === undefined) throw new Error(`the path does not answer ${id}`);
    return value;
  };
  const done = (result: string): Walk => ({ asked, result });

  const nationality = ask('nationality');
  if (ask('dual-citizenship') === 'yes') return done('dual-citizen-no-visa');
  if (nationality === 'ireland') return done('ireland-no-visa');
  let list: 'non-visa' | 'ukot' | 'visa' | 'datv' | 'stateless';
  let travelDocument = false;
  if (nationality === 'israel') list = ask('israeli-document') === 'full' ? 'non-visa' : 'datv';
  else if (nationality === 'estonia-latvia')
    list = ask('baltic-passport') === 'citizen' ? 'non-visa' : 'datv';
  else if (nationality === 'hong-kong-macao') {
    list = 'non-visa';
    travelDocument = ask('hk-document') === 'travel-document';
  } else if (nationality === 'visa-free') list = 'non-visa';
  else list = nationality as typeof list;
  const listedFree = list === 'non-visa' || list === 'ukot';
  const freeToVisit = listedFree && !travelDocument;
  const visaRequired = list === 'visa' || list === 'stateless'; // the visa national list

  const byPurpose = (purpose: AnswerValue): Walk => {
    if (purpose === 'study' || purpose === 'work') {
      const long = ask('stay-length') === 'long';
      if (purpose === 'study') {
        if (long) return done('study-long');
        if (list === 'datv' || visaRequired || travelDocument) return done('study-short-visa');
        return done('study-short-no-visa');
      }
      if (long) return done(`work-long-${String(ask('work-type'))}`);
      return done(freeToVisit ? 'work-short-no-visa' : 'work-short-visa');
    }
    if (purpose === 'diplomatic') return done('diplomatic');
    if (purpose === 'school') return done(listedFree ? 'school-no-visa' : 'school-visa');
    if (purpose === 'medical') return done(freeToVisit ? 'medical-no-visa' : 'medical-visa');
    if (purpose === 'tourism') {
      if (freeToVisit) return done('tourism-no-visa');
      return done(ask('visiting-partner') === true ? 'tourism-with-partner' : 'standard-visitor');
    }
    if (purpose === 'marriage') return done(listedFree ? 'marriage-free-to-visit' : 'marriage-visa');
    if (purpose === 'transit') {
      const destination = ask('cta-destination');
      if (destination === 'channel-islands') return byPurpose(ask('island-purpose'));
      if (freeToVisit) return done('transit-no-visa');
      if (destination === 'ireland') return done('transit-ireland');
      if (ask('border-control') === true) {
        return done(list === 'datv' ? 'transit-leaving-airport-datv' : 'transit-leaving-airport');
      }
      if (list === 'stateless') return done('transit-refugee');
      if (list === 'datv') return done('transit-not-leaving');
      return done('transit-no-visa');
    }
    // family
    if (list === 'ukot') return done('joining-family-ukot');
    if (list === 'non-visa') return done('joining-family-free-to-visit');
    if (ask('partner-british') === true) return done('partner-british');
    return done(ask('partner-eea') === true ? 'partner-eea' : 'partner-other');
  };
  return byPurpose(ask('purpose'));
}

let theme: CompiledTheme;

beforeAll(async () => {
  const loaded = await loadThemeFile(resolve(THEME));
  if (!loaded.result.ok) throw new Error(loaded.result.diagnostics.map((d) => d.message).join('\n'));
  theme = loaded.result.theme;
});

describe('decision-tree example: Check if you need a UK visa', () => {
  test('a guidance service: no items, every result a notice of one first-match group', () => {
    expect(theme.items).toEqual([]);
    expect(Object.keys(theme.catalog.items)).toEqual([]);
    const results = theme.notices.filter((n) => n.group === GROUP);
    expect(results).toHaveLength(theme.notices.length);
    expect(results.length).toBeGreaterThanOrEqual(20);
    expect(theme.questions.length).toBeGreaterThanOrEqual(14);
  });

  test('every path asks what the public tree asks and ends in exactly the result the tree gives', () => {
    const cases = [...enumerateCases(theme)];
    expect(cases.length).toBeGreaterThan(200);
    const group = new Set(theme.notices.filter((n) => n.group === GROUP).map((n) => n.id));
    const reached = new Set<string>();
    const wrong: string[] = [];
    for (const c of cases) {
      const expected = reference(c.answers);
      const results = outcome(run(theme, c.answers))
        .notices.map((n) => n.id)
        .filter((id) => group.has(id));
      if (JSON.stringify(Object.keys(c.answers)) !== JSON.stringify(expected.asked))
        wrong.push(
          `${c.key}: asks ${Object.keys(c.answers).join(',')}, the tree asks ${expected.asked.join(',')}`,
        );
      if (results.length !== 1 || results[0] !== expected.result)
        wrong.push(`${c.key}: ${results.join('+') || 'no result'}, the tree gives ${expected.result}`);
      const status = expected.result.endsWith('no-visa') ? 'not-needed' : 'ready';
      if (c.status !== status) wrong.push(`${c.key}: status ${c.status}, expected ${status}`);
      reached.add(expected.result);
    }
    expect(wrong).toEqual([]);
    // Every result of the group is reached by some path: none is dead.
    expect([...reached].sort()).toEqual(theme.notices.map((n) => n.id).sort());
  });

  test('the scenario files pass, and name every result of the group as an expected notice', async () => {
    const files = await scenarioFilesIn(resolve(FOLDER));
    expect(files.length).toBeGreaterThan(0);
    const named = new Set<string>();
    for (const file of files) {
      const ran = await runScenarioFile(file);
      expect(ran.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([]);
      expect(ran.results.every((r) => r.ok)).toBe(true);
      const loaded = loadScenarios({ file, text: readFileSync(file, 'utf8') });
      if (!loaded.ok) throw new Error(`${file} does not load`);
      for (const s of loaded.file.scenarios) for (const id of s.expect.notices ?? []) named.add(id);
    }
    expect([...named].sort()).toEqual(theme.notices.map((n) => n.id).sort());
  });
});
