import type { Diagnostic } from '../model/diagnostic.js';
import type { LicenceOnFile, Profile } from '../model/profile.js';
import { type ParseLimits, parseSource, type Source } from './parse.js';
import { sortDiagnostics } from './report.js';
import { checkSchema } from './schema.js';

/** A profile read from YAML or JSON, or the located problems that prevented it. */
export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Loads a profile file (一人一档 / 一企一档) against `schemas/profile.schema.json`; never throws. */
export function loadProfile(source: Source, limits: ParseLimits = {}): ProfileResult {
  const parsed = parseSource(source, limits);
  const reporter = parsed.reporter;
  const value = parsed.value;
  if (value === undefined) return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    reporter.error('not-a-mapping', '', { actual: Array.isArray(value) ? '列表' : '标量或空文件' });
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  if (!checkSchema('profile', value, reporter))
    return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  const raw = value as Record<string, unknown>;
  const profile: Profile = {
    kind: raw.kind as Profile['kind'],
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    facts: (raw.facts ?? {}) as Profile['facts'],
    licences: (raw.licences ?? []) as LicenceOnFile[],
    tags: (raw.tags ?? []) as string[],
    completed: (raw.completed ?? []) as string[],
  };
  return { ok: true, profile, diagnostics: [] };
}
