import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Position } from '../load/report.js';
import { Reporter } from '../load/report.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { fileDiagnostic, fileReason } from '../node/files.js';

/** The index of a build (`tongban/index@1`). */
export const INDEX_FILE = 'index.json';
/** What the last build wrote, so that the next one replaces those files and no other. */
export const MANIFEST_FILE = '.tongban-build.json';
const MANIFEST_FORMAT = 'tongban/build@1';

/** A file of the output, and the theme it comes from (conflicts are reported at the theme's `id`). */
export interface OutputFile {
  readonly name: string;
  readonly text: string;
  readonly theme?: { readonly id: string; readonly file: string; readonly at: Position };
}

/** The file-system calls the writer makes: Node's, or a test's that fail on purpose. */
export type OutputOps = Pick<
  typeof fs,
  'lstat' | 'mkdir' | 'mkdtemp' | 'readFile' | 'rename' | 'rm' | 'stat' | 'writeFile'
>;

/**
 * Writes the files into the folder `out` as one change: into a temporary folder next to it, then moved into
 * place (the whole folder when it is new), index and manifest last. Files that an earlier build wrote
 * (its manifest) are replaced or, when no longer built, removed; any other file in the way is a conflict, and
 * then nothing is written. A failure undoes what was moved, so the previous output stays as it was. Returns
 * the diagnostics (none when written).
 */
export async function writeOutput(
  out: string,
  files: readonly OutputFile[],
  ops: OutputOps = fs,
): Promise<Diagnostic[]> {
  const failed = (error: unknown, path = out) => [
    fileDiagnostic(path, 'unwritable-output', { output: basename(path), ...fileReason(error) }),
  ];
  const existing = await ops.stat(out).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (existing instanceof Error && existing.code !== 'ENOENT') return failed(existing);
  if (!(existing instanceof Error) && !existing.isDirectory())
    return [fileDiagnostic(out, 'unwritable-output', { output: basename(out), reason: 'exists' })];
  const fresh = existing instanceof Error;
  const previous = fresh ? new Set<string>() : await manifestOf(out, ops);
  const conflicts: Diagnostic[] = [];
  if (!fresh)
    for (const file of files) {
      if (previous.has(file.name) || !(await present(join(out, file.name), ops))) continue;
      conflicts.push(conflict(join(out, file.name), file));
    }
  if (conflicts.length > 0) return conflicts;

  const manifest = `${JSON.stringify({ format: MANIFEST_FORMAT, files: files.map((f) => f.name) }, null, 2)}\n`;
  const all = [...files, { name: MANIFEST_FILE, text: manifest }];
  let stage: string;
  try {
    stage = await makeStage(out, fresh, ops);
  } catch (error) {
    return failed(error, fresh ? dirname(out) : out);
  }
  try {
    for (const file of all) await ops.writeFile(join(stage, file.name), file.text);
    if (fresh) {
      await ops.rename(stage, out);
      return [];
    }
    const stale = [...previous].filter((name) => !all.some((f) => f.name === name));
    return await swapIn(out, stage, all, stale, ops);
  } catch (error) {
    return failed(error);
  } finally {
    await ops.rm(stage, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * The temporary folder: next to `out` (the parent is writable wherever `out` may be created), or inside an
 * existing `out` when only that folder is writable. Either way on the same file system, so moves are renames.
 */
async function makeStage(out: string, fresh: boolean, ops: OutputOps): Promise<string> {
  if (fresh) await ops.mkdir(dirname(out), { recursive: true });
  try {
    return await ops.mkdtemp(join(dirname(out), `.${basename(out)}.tongban-`));
  } catch (error) {
    if (fresh) throw error;
    return ops.mkdtemp(join(out, '.tongban-stage-'));
  }
}

/** Moves the staged files over `out`'s, the old ones kept aside until the last move succeeded. */
async function swapIn(
  out: string,
  stage: string,
  files: readonly { readonly name: string }[],
  stale: readonly string[],
  ops: OutputOps,
): Promise<Diagnostic[]> {
  const aside = join(stage, '.previous');
  await ops.mkdir(aside);
  const done: (() => Promise<void>)[] = [];
  // The index and the manifest last: until then a portal still reads the previous build's index.
  const order = [
    ...files.filter((f) => f.name !== INDEX_FILE && f.name !== MANIFEST_FILE).map((f) => f.name),
    ...(files.some((f) => f.name === INDEX_FILE) ? [INDEX_FILE] : []),
    MANIFEST_FILE,
  ];
  try {
    for (const name of stale) {
      await ops.rename(join(out, name), join(aside, name));
      done.push(() => ops.rename(join(aside, name), join(out, name)));
    }
    for (const name of order) {
      if (await present(join(out, name), ops)) {
        await ops.rename(join(out, name), join(aside, name));
        done.push(() => ops.rename(join(aside, name), join(out, name)));
      }
      await ops.rename(join(stage, name), join(out, name));
      done.push(() => ops.rename(join(out, name), join(stage, name)));
    }
    return [];
  } catch (error) {
    // Undo in reverse order; the previous output is whole again.
    for (const undo of done.reverse()) await undo().catch(() => undefined);
    throw error;
  }
}

/** The files the last build wrote into `out`: plain names only (never a path out of the folder). */
async function manifestOf(out: string, ops: OutputOps): Promise<Set<string>> {
  const text = await ops.readFile(join(out, MANIFEST_FILE), 'utf8').catch(() => undefined);
  const names = new Set<string>([MANIFEST_FILE]);
  if (text === undefined) return names;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return names;
  }
  const listed = (value as { format?: unknown; files?: unknown } | null) ?? {};
  if (listed.format !== MANIFEST_FORMAT || !Array.isArray(listed.files)) return names;
  for (const name of listed.files)
    if (typeof name === 'string' && /^[a-z0-9][a-z0-9.-]*$/.test(name) && !name.includes('..')) {
      const info = await ops.lstat(join(out, name)).catch(() => undefined);
      if (info?.isFile()) names.add(name);
    }
  return names;
}

async function present(path: string, ops: OutputOps): Promise<boolean> {
  return ops.lstat(path).then(
    () => true,
    () => false,
  );
}

function conflict(path: string, file: OutputFile): Diagnostic {
  const theme = file.theme;
  if (theme === undefined)
    return fileDiagnostic(path, 'output-conflict', { output: file.name, reason: 'foreign' });
  const reporter = new Reporter(theme.file, () => theme.at);
  reporter.error('output-conflict', '/id', { id: theme.id, output: file.name, reason: 'foreign' });
  return reporter.diagnostics[0] as Diagnostic;
}

/** Theme ids whose file would be the index or the manifest: refused before anything is looked at. */
export function reservedConflicts(files: readonly OutputFile[]): Diagnostic[] {
  return files.flatMap((file) => {
    const theme = file.theme;
    if (theme === undefined || (file.name !== INDEX_FILE && file.name !== MANIFEST_FILE)) return [];
    const reporter = new Reporter(theme.file, () => theme.at);
    reporter.error('output-conflict', '/id', { id: theme.id, output: file.name, reason: 'reserved' });
    return reporter.diagnostics;
  });
}
