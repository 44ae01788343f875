import type { Diagnostic, NOT_MAPPING } from '../model/diagnostic.js';
import { type Parsed, type ParseLimits, parseSource, type Source } from './parse.js';
import { sortDiagnostics } from './report.js';
import { checkSchema, type FileKind } from './schema.js';

/** The kinds of YAML mapping file tongban reads: those with a schema, and answer files (checked per question). */
export type MappingKind = FileKind | 'answers';

/** A file whose top level is a mapping that conforms to its kind's schema, or the diagnostics of why not. */
export type MappingResult =
  | { readonly ok: true; readonly value: Readonly<Record<string, unknown>>; readonly parsed: Parsed }
  | { readonly ok: false; readonly parsed: Parsed; readonly diagnostics: readonly Diagnostic[] };

/**
 * The common start of reading any file: parse with positions, require a mapping at the top (`not-a-mapping`
 * otherwise), check it against the schema of its kind. Never throws.
 */
export function parseMapping(kind: MappingKind, source: Source, limits: ParseLimits = {}): MappingResult {
  return checkMapping(kind, parseSource(source, limits));
}

/** `parseMapping` of a file already parsed (by `parseSource`). */
export function checkMapping(kind: MappingKind, parsed: Parsed): MappingResult {
  const { reporter, value } = parsed;
  const fail = (): MappingResult => ({
    ok: false,
    parsed,
    diagnostics: sortDiagnostics(reporter.diagnostics),
  });
  if (value === undefined) return fail();
  if (!isMapping(value)) {
    reporter.error('not-a-mapping', '', { actual: shapeOf(value) });
    return fail();
  }
  if (kind !== 'answers' && !checkSchema(kind, value, reporter)) return fail();
  return { ok: true, value, parsed };
}

/** Whether a parsed value is a mapping (not a list, a scalar or nothing). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What a value that is not a mapping is, as `not-a-mapping` names it. */
function shapeOf(value: unknown): (typeof NOT_MAPPING)[number] {
  if (Array.isArray(value)) return 'list';
  return value === null ? 'empty' : 'scalar';
}
