import { parseMapping } from '../load/mapping.js';
import type { ParseLimits, Source } from '../load/parse.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { OutcomeStatus } from '../model/outcome.js';
import type { LicenceOnFile, Profile } from '../model/profile.js';
import type { SourceLocation } from '../model/theme.js';
import { toPointer } from '../util/pointer.js';
import type { Scenario, ScenarioExpect, ScenarioFile } from './types.js';

/** A scenario file read from YAML, or the located problems that prevented it. */
export type ScenarioLoadResult =
  | { readonly ok: true; readonly file: ScenarioFile; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const LISTS = [
  ['items', 'items'],
  ['not-items', 'notItems'],
  ['materials', 'materials'],
  ['not-materials', 'notMaterials'],
  ['waived', 'waived'],
  ['passed-on', 'passedOn'],
  ['shared', 'shared'],
  ['generated', 'generated'],
  ['committed', 'committed'],
  ['notices', 'notices'],
  ['not-notices', 'notNotices'],
  ['offered', 'offered'],
  ['not-offered', 'notOffered'],
  ['delivery', 'delivery'],
  ['not-delivery', 'notDelivery'],
  ['deferrable', 'deferrable'],
  ['appointments', 'appointments'],
] as const;

/**
 * Loads a scenario file (`*.test.yaml`) against `schemas/scenario.schema.json`, remembering where each
 * scenario, answer and expectation is written; never throws. Profiles given as paths and the theme are
 * left to the caller to load (see `runScenarioFile` in `src/node/scenarios.ts`, which reads them from disk).
 */
export function loadScenarios(source: Source, limits: ParseLimits = {}): ScenarioLoadResult {
  const mapping = parseMapping('scenario', source, limits);
  if (!mapping.ok) return { ok: false, diagnostics: mapping.diagnostics };
  const parsed = mapping.parsed;
  const raw = mapping.value as { theme: string; scenarios: Record<string, unknown>[] };
  const where = (segments: readonly (string | number)[], key: boolean): SourceLocation => {
    const pointer = toPointer(segments);
    const { line, column } = parsed.locate(pointer, key);
    return { file: source.file, line, column, pointer };
  };
  const scenarios = raw.scenarios.map((entry, i): Scenario => {
    const at = ['scenarios', i];
    const locations: Record<string, SourceLocation> = { scenario: where(at, true) };
    for (const key of ['name', 'profile', 'today', 'answers', 'expect']) {
      if (entry[key] !== undefined) locations[key] = where([...at, key], true);
    }
    const answers = (entry.answers ?? {}) as Record<string, unknown>;
    for (const id of Object.keys(answers)) locations[`answer:${id}`] = where([...at, 'answers', id], true);
    const rawExpect = entry.expect as Record<string, unknown>;
    for (const [key, member] of Object.entries(rawExpect)) {
      locations[`expect:${key}`] = where([...at, 'expect', key], true);
      if (Array.isArray(member))
        member.forEach((_, j) => {
          locations[`expect:${key}/${j}`] = where([...at, 'expect', key, j], false);
        });
      else if (isRecord(member))
        for (const id of Object.keys(member))
          locations[`expect:${key}/${id}`] = where([...at, 'expect', key, id], true);
    }
    const profile = entry.profile;
    return {
      name: String(entry.name),
      ...(typeof profile === 'string'
        ? { profile: { path: profile } }
        : profile !== undefined
          ? { profile: profileOf(profile as Record<string, unknown>) }
          : {}),
      ...(typeof entry.today === 'string' ? { today: entry.today } : {}),
      answers,
      expect: expectOf(rawExpect),
      locations,
    };
  });
  return {
    ok: true,
    file: { file: source.file, theme: raw.theme, scenarios, themeAt: where(['theme'], false) },
    diagnostics: [],
  };
}

function profileOf(raw: Record<string, unknown>): Profile {
  return {
    kind: raw.kind as Profile['kind'],
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    facts: (raw.facts ?? {}) as Profile['facts'],
    licences: (raw.licences ?? []) as LicenceOnFile[],
    tags: (raw.tags ?? []) as string[],
    completed: (raw.completed ?? []) as string[],
  };
}

function expectOf(raw: Record<string, unknown>): ScenarioExpect {
  const expect: Record<string, unknown> = {};
  if (typeof raw.case === 'string') expect.case = raw.case;
  if (typeof raw.key === 'string') expect.key = raw.key;
  if (typeof raw.status === 'string') expect.status = raw.status as OutcomeStatus;
  for (const [written, field] of LISTS) if (Array.isArray(raw[written])) expect[field] = raw[written];
  for (const field of ['days', 'fee', 'visits'] as const)
    if (typeof raw[field] === 'number') expect[field] = raw[field];
  if (typeof raw['to-submit'] === 'number') expect.toSubmit = raw['to-submit'];
  for (const [written, field] of DAYS_BY_ITEM) {
    const member = raw[written];
    if (isRecord(member)) expect[field] = numbersOf(member);
  }
  return expect as ScenarioExpect;
}

/** Expectations written as a mapping from item id to working days. */
const DAYS_BY_ITEM = [
  ['item-days', 'itemDays'],
  ['statutory-days', 'statutoryDays'],
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The numeric members of a mapping (the schema has already rejected any other). */
function numbersOf(member: Record<string, unknown>): Record<string, number> {
  const numbers: Record<string, number> = Object.create(null);
  for (const [id, value] of Object.entries(member)) if (typeof value === 'number') numbers[id] = value;
  return numbers;
}
