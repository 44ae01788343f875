import { open, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Source } from '../load/parse.js';
import { Reporter } from '../load/report.js';
import type { Diagnostic, DiagnosticCode, DiagnosticParamsOf, FileReason } from '../model/diagnostic.js';

/** A file read as text, or the diagnostic that says why it could not be. */
export type ReadResult =
  | { readonly ok: true; readonly source: Source }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** How many files are read at once by one reader: far below any system's limit of open files (256 and up). */
export const MAX_OPEN_FILES = 16;

/** A diagnostic about a whole file or folder, at 1:1. */
export function fileDiagnostic<C extends DiagnosticCode>(
  file: string,
  code: C,
  params: DiagnosticParamsOf<C>,
): Diagnostic {
  const reporter = new Reporter(file, () => ({ line: 1, column: 1 }));
  reporter.error(code, '', params);
  return reporter.diagnostics[0] as Diagnostic;
}

/** Reads a file as strict UTF-8; missing, unreadable, binary, oversized or badly encoded files become diagnostics. */
export async function readSource(file: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  const fail = <C extends 'unreadable-file' | 'invalid-encoding' | 'input-too-large'>(
    code: C,
    params: DiagnosticParamsOf<C>,
  ) => ({
    ok: false as const,
    diagnostic: fileDiagnostic(file, code, params),
  });
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fail('unreadable-file', { reason: 'is-directory' });
    if (info.size > maxBytes)
      return fail('input-too-large', { size: info.size, unit: 'bytes', limit: maxBytes });
    // Never more than the limit: a device such as /dev/zero reports size 0 and never ends.
    const bytes = await readAtMost(
      file,
      maxBytes + 1,
      info.isFile() ? info.size + 1 : maxBytes + 1,
      info.isFile(),
    );
    if (bytes.length > maxBytes) return fail('input-too-large', { unit: 'bytes', limit: maxBytes });
    if (bytes.includes(0)) return fail('invalid-encoding', {});
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, source: { file, text } };
  } catch (error) {
    // The decoder's error, not the file system's TypeErrors (a path with a NUL byte).
    if ((error as { code?: unknown }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
      return fail('invalid-encoding', {});
    return fail('unreadable-file', fileReason(error));
  }
}

const REASONS: ReadonlyMap<string, FileReason> = new Map([
  ['ENOENT', 'not-found'],
  ['EACCES', 'permission'],
  ['EPERM', 'permission'],
  ['ELOOP', 'symlink-loop'],
  ['ENAMETOOLONG', 'name-too-long'],
  ['ENOTDIR', 'not-a-folder'],
  ['EISDIR', 'is-directory'],
  ['EMFILE', 'too-many-open-files'],
  ['ENFILE', 'too-many-open-files'],
  ['EEXIST', 'exists'],
  ['ENOTEMPTY', 'exists'],
  ['EROFS', 'read-only'],
  ['ENOSPC', 'no-space'],
  ['EDQUOT', 'no-space'],
  ['ERR_INVALID_ARG_VALUE', 'invalid-path'],
  ['ERR_INVALID_ARG_TYPE', 'invalid-path'],
]);

/**
 * The `reason` (and, for `other`, the `errno`) params of a file-system error: a closed code that the message
 * catalogs put in words, never the system's own English text.
 */
export function fileReason(error: unknown): { reason: FileReason; errno?: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = REASONS.get(String(code));
  if (reason !== undefined) return { reason };
  return typeof code === 'string' ? { reason: 'other', errno: code } : { reason: 'other' };
}

/** Whether an error comes from the file system (it has an errno code such as `EACCES`), not from a bug. */
export function isFileSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/**
 * Reads files ahead of their use, a window at a time, for tools that load many files in a known order: the
 * reads of the next files overlap the work on this one instead of waiting on the disk one after another.
 */
export class ReadAhead {
  private readonly pending = new Map<string, Promise<ReadResult>>();
  private next = 0;

  constructor(
    private readonly files: readonly string[],
    private readonly window = 8,
  ) {
    this.fill();
  }

  /** The file's read result (`readSource`): read ahead when it was announced, else read now. */
  read(file: string): Promise<ReadResult> {
    const ahead = this.pending.get(file);
    if (!ahead) return readSource(file);
    this.pending.delete(file);
    this.fill();
    return ahead;
  }

  private fill(): void {
    while (this.pending.size < this.window && this.next < this.files.length) {
      const file = this.files[this.next++] as string;
      // readSource never rejects: a read nobody takes leaves no unhandled rejection behind.
      if (!this.pending.has(file)) this.pending.set(file, readSource(file));
    }
  }
}

/**
 * `fn` on every item, at most `limit` at a time, the results in the items' order: many files are opened a
 * few at a time rather than all at once (which runs out of file descriptors).
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await fn(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The first bytes of a file, at most `limit`, read in steps of `first` bytes and then 64 KiB. A short read
 * of a regular file is its end (one read per file instead of a second one that finds nothing); a device or a
 * pipe is read until a read finds nothing.
 */
async function readAtMost(file: string, limit: number, first: number, regular: boolean): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (let size = Math.min(first, limit); total < limit; size = Math.min(64 * 1024, limit - total)) {
      const chunk = Buffer.alloc(size);
      const { bytesRead } = await handle.read(chunk, 0, size, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (regular && bytesRead < size) break;
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Roots: where paths named by files may lead

/**
 * The root a path given on the command line reads within: the nearest folder at or above it that holds a
 * `package.json` (the project), else the folder given (a file's own folder).
 */
export async function projectRoot(path: string): Promise<string> {
  const full = resolve(path);
  const info = await stat(full).catch(() => undefined);
  const start = info?.isDirectory() ? full : dirname(full);
  for (let dir = start; ; dir = dirname(dir)) {
    if (
      await stat(join(dir, 'package.json'))
        .then((s) => s.isFile())
        .catch(() => false)
    )
      return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** Whether `path` is `root` or below it, by name alone. */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Whether `path` stays inside `root`: once symbolic links are resolved when it exists (a link inside the
 * project may point anywhere, and the root may be reached by another route), by name when it does not.
 */
export async function staysWithin(root: string, path: string): Promise<boolean> {
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined) return isWithin(root, path);
  const realRoot = await realpath(root).catch(() => resolve(root));
  return isWithin(realRoot, real);
}

// ---------------------------------------------------------------------------------------------------------
// Listing

/** The YAML files found under a path, and why some entries could not be listed (unreadable folders…). */
export interface YamlListing {
  readonly files: readonly string[];
  readonly problems: readonly Diagnostic[];
}

/** Options of `yamlFiles`: scenario files instead of the others; a root that linked folders must stay in. */
export interface ListOptions {
  readonly scenarios?: boolean;
  readonly root?: string;
}

const isYaml = (name: string) => ['.yaml', '.yml'].includes(extname(name));
const isScenario = (name: string) => name.endsWith('.test.yaml') || name.endsWith('.test.yml');
const decodeName = (bytes: Buffer) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/**
 * YAML files under a path (the path itself if it is not a folder, so that reading it reports what is wrong),
 * sorted, skipping scenario files unless asked, `node_modules` and hidden folders. Linked folders are followed;
 * a link back to a folder being listed, a link out of the root, a folder that cannot be listed and a name that
 * is not UTF-8 are problems, never skipped in silence.
 */
export async function yamlFiles(path: string, options: ListOptions = {}): Promise<YamlListing> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return { files: [path], problems: [] };
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  const visited = new Set<string>();
  const root = options.root;
  const realRoot = root === undefined ? undefined : await realpath(root).catch(() => resolve(root));
  const wanted = (name: string) => isYaml(name) && isScenario(name) === (options.scenarios ?? false);

  const walk = async (dir: string, real: string, above: ReadonlySet<string>): Promise<void> => {
    visited.add(real);
    let entries: { name: Buffer; isDirectory(): boolean; isSymbolicLink(): boolean }[];
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      problems.push(fileDiagnostic(dir, 'unreadable-file', fileReason(error)));
      return;
    }
    const named = entries.map((entry) => ({ entry, name: decodeName(entry.name) }));
    named.sort((a, b) =>
      (a.name ?? a.entry.name.toString()).localeCompare(b.name ?? b.entry.name.toString()),
    );
    const inside = new Set([...above, real]);
    for (const { entry, name } of named) {
      if (name === undefined) {
        // Not UTF-8: no string names the file, so it could not be opened; say so where it matters.
        const shown = entry.name.toString();
        if (entry.isDirectory() || entry.isSymbolicLink() || isYaml(shown))
          problems.push(fileDiagnostic(join(dir, shown), 'unreadable-file', { reason: 'bad-name' }));
        continue;
      }
      const full = join(dir, name);
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        if (!target?.isDirectory()) {
          // A dangling link or a link loop is a file that reading reports; a linked file must stay inside.
          if (!wanted(name)) continue;
          if (target !== undefined && realRoot !== undefined && !isWithin(realRoot, await realpath(full)))
            problems.push(outside(full, name, root as string));
          else files.push(full);
          continue;
        }
        if (name === 'node_modules' || name.startsWith('.')) continue;
        const linked = await realpath(full);
        if (inside.has(linked))
          problems.push(fileDiagnostic(full, 'unreadable-file', { reason: 'symlink-loop' }));
        else if (realRoot !== undefined && !isWithin(realRoot, linked))
          problems.push(outside(full, name, root as string));
        // A folder reached by two ways is listed once.
        else if (!visited.has(linked)) await walk(full, linked, inside);
      } else if (entry.isDirectory()) {
        if (name !== 'node_modules' && !name.startsWith('.')) await walk(full, join(real, name), inside);
      } else if (wanted(name)) files.push(full);
    }
  };

  await walk(path, await realpath(path).catch(() => resolve(path)), new Set());
  return { files, problems };
}

function outside(file: string, name: string, root: string): Diagnostic {
  return fileDiagnostic(file, 'path-outside-root', { path: name, root });
}
