import type { Diagnostic } from '../model/diagnostic.js';
import type { LicenceOnFile, Profile } from '../model/profile.js';
import { parseDate } from '../util/dates.js';
import { toPointer } from '../util/pointer.js';
import { parseMapping } from './mapping.js';
import type { ParseLimits, Source } from './parse.js';
import { type Reporter, sortDiagnostics } from './report.js';

/** A profile read from YAML or JSON, or the located problems that prevented it. */
export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Loads a profile file (一人一档 / 一企一档) against `schemas/profile.schema.json`; never throws. */
export function loadProfile(source: Source, limits: ParseLimits = {}): ProfileResult {
  const mapping = parseMapping('profile', source, limits);
  if (!mapping.ok) return { ok: false, diagnostics: mapping.diagnostics };
  const reporter = mapping.parsed.reporter;
  const raw = mapping.value;
  const licences = (raw.licences ?? []) as LicenceOnFile[];
  checkLicenceDates(licences, reporter);
  if (reporter.hasErrors()) return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  const profile: Profile = {
    kind: raw.kind as Profile['kind'],
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    facts: (raw.facts ?? {}) as Profile['facts'],
    licences,
    tags: (raw.tags ?? []) as string[],
    completed: (raw.completed ?? []) as string[],
  };
  return { ok: true, profile, diagnostics: sortDiagnostics(reporter.diagnostics) };
}

/**
 * What the schema cannot say about licence dates: each is a real calendar date (not `2026-02-30`), and a
 * licence is not issued after it expires.
 */
function checkLicenceDates(licences: readonly LicenceOnFile[], reporter: Reporter): void {
  licences.forEach((licence, i) => {
    const valid: Partial<Record<'issued' | 'expires', string>> = {};
    for (const key of ['issued', 'expires'] as const) {
      const date = licence[key];
      if (date === undefined) continue;
      if (parseDate(date)) valid[key] = date;
      else reporter.error('invalid-value', toPointer(['licences', i, key]), { value: date, rule: 'date' });
    }
    if (valid.issued !== undefined && valid.expires !== undefined && valid.issued > valid.expires)
      reporter.error('invalid-value', toPointer(['licences', i, 'expires']), {
        value: valid.expires,
        rule: 'expires-before-issued',
        issued: valid.issued,
      });
  });
}
