import type { Diagnostic } from '../model/diagnostic.js';
import { readSource } from '../node/files.js';
import { loadScenarios } from '../scenarios/read.js';

/** The diagnostics of reading one scenario file against its schema (running it is `tongban test`). */
export async function scenarioFileDiagnostics(file: string): Promise<Diagnostic[]> {
  const read = await readSource(file);
  if (!read.ok) return [read.diagnostic];
  return [...loadScenarios(read.source).diagnostics];
}
