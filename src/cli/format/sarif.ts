import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Lang, localizeDiagnostic } from '../../messages/index.js';
import type { Diagnostic, DiagnosticCode } from '../../model/diagnostic.js';

/** The parts of a SARIF 2.1.0 log that tongban writes. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly [SarifRun];
}

interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: 'tongban';
      readonly version: string;
      readonly informationUri: string;
      readonly rules: readonly SarifRule[];
    };
  };
  readonly originalUriBaseIds: Record<string, { readonly uri: string }>;
  readonly columnKind: 'utf16CodeUnits';
  readonly results: readonly SarifResult[];
}

interface SarifRule {
  readonly id: DiagnosticCode;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly help: { readonly text: string };
  readonly defaultConfiguration: { readonly level: 'error' | 'warning' };
}

interface SarifResult {
  readonly ruleId: DiagnosticCode;
  readonly ruleIndex: number;
  readonly level: 'error' | 'warning';
  readonly message: { readonly text: string };
  readonly locations: readonly {
    readonly physicalLocation: {
      readonly artifactLocation: { readonly uri: string; readonly uriBaseId?: string };
      readonly region: { readonly startLine: number; readonly startColumn: number };
    };
  }[];
  readonly properties: { readonly pointer: string };
}

/**
 * Diagnostics as a SARIF 2.1.0 log (code scanning): one rule per code that occurs, one result per
 * diagnostic, located by file and region (1-based line and column in UTF-16 code units, as tongban counts).
 * Files under the working directory are relative to `%SRCROOT%`; others are absolute `file:` URIs.
 */
export function formatSarif(
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  cwd: string,
  version: string,
  describe: (code: DiagnosticCode) => string | undefined = () => undefined,
): SarifLog {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules: SarifRule[] = codes.map((code) => {
    const first = diagnostics.find((d) => d.code === code);
    return {
      id: code,
      name: code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: describe(code) ?? code },
      help: { text: `docs/diagnostics.md#${code}` },
      defaultConfiguration: { level: first?.severity ?? 'error' },
    };
  });
  const results: SarifResult[] = diagnostics.map((raw) => {
    const d = localizeDiagnostic(raw, lang);
    const rel = relative(cwd, d.file);
    const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    const artifactLocation = inside
      ? { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
      : { uri: isAbsolute(d.file) ? pathToFileURL(d.file).href : d.file };
    return {
      ruleId: d.code,
      ruleIndex: codes.indexOf(d.code),
      level: d.severity,
      message: { text: d.hint === undefined ? d.message : `${d.message} ${d.hint}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) },
          },
        },
      ],
      properties: { pointer: d.pointer },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tongban',
            version,
            informationUri: 'https://www.npmjs.com/package/tongban',
            rules,
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : `${cwd}${sep}`).href },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
