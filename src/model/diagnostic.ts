/**
 * A problem found in a theme, catalog, profile or scenario file. Diagnostics are data: a stable code from a
 * closed list, typed params, and a position; the message is rendered from a catalog (see `src/messages`).
 */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units as editors count them. */
  readonly column: number;
  /** JSON Pointer into the file's document ('' for the whole file). */
  readonly pointer: string;
  readonly hint?: string;
  readonly params: DiagnosticParams;
}

export type Severity = 'error' | 'warning';

export type DiagnosticParams = Readonly<Record<string, string | number>>;

/**
 * Every code tongban reports. Codes are stable: tools may match on them. Each is documented with an example
 * in docs/diagnostics.md.
 */
export const DIAGNOSTIC_CODES = [
  // reading the file
  'unreadable-file',
  'input-too-large',
  'invalid-encoding',
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-alias-limit',
  'yaml-too-deep',
  'not-a-mapping',
  'forbidden-key',
  // paths named by files, outputs
  'path-outside-root',
  'catalog-unavailable',
  'duplicate-theme-id',
  'output-conflict',
  'unwritable-output',
  // schema
  'unknown-key',
  'missing-key',
  'wrong-type',
  'invalid-value',
  'invalid-id',
  'misplaced-key',
  // linking
  'duplicate-id',
  'reserved-id',
  'unknown-department',
  'unknown-venue',
  'unknown-licence',
  'unknown-material',
  'unknown-item',
  'unknown-question',
  'unknown-fact',
  'unknown-option',
  'unknown-operator',
  'unknown-condition',
  'unknown-derivation',
  'condition-cycle',
  'invalid-condition',
  'trigger-reads-question',
  'forward-reference',
  'self-reference',
  'value-type-mismatch',
  'unsupported-path',
  'variant-default',
  'item-cycle',
  'exclusive-option',
  'prefill-mismatch',
  'empty-range',
  // analysis checks (tongban validate, tongban check)
  'never-asked',
  'dead-end',
  'no-effect-question',
  'no-effect-option',
  'unused-catalog-entry',
  'vague-material',
  'item-incomplete',
  'duplicate-label',
  'case-limit',
  // scenario files
  'scenario-failed',
  'scenario-invalid-answer',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/**
 * Why a file or folder could not be read or written (the `reason` param of `unreadable-file`,
 * `catalog-unavailable` and `unwritable-output`): a closed list, worded by the message catalogs. `other`
 * comes with the system's error code in `errno`.
 */
export const FILE_REASONS = [
  'not-found',
  'permission',
  'symlink-loop',
  'name-too-long',
  'not-a-folder',
  'invalid-path',
  'is-directory',
  'too-many-open-files',
  'bad-name',
  'exists',
  'read-only',
  'no-space',
  'has-errors',
  'other',
] as const;

export type FileReason = (typeof FILE_REASONS)[number];
