import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Source } from '../load/parse.js';
import { Reporter } from '../load/report.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** A file read as text, or the diagnostic that says why it could not be. */
export type ReadResult =
  | { readonly ok: true; readonly source: Source }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Reads a file as strict UTF-8; missing, unreadable, binary, oversized or badly encoded files become diagnostics. */
export async function readSource(file: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  const fail = (
    code: 'unreadable-file' | 'invalid-encoding' | 'input-too-large',
    params: Record<string, string | number>,
  ) => {
    const reporter = new Reporter(file, () => ({ line: 1, column: 1 }));
    reporter.error(code, '', params);
    return { ok: false as const, diagnostic: reporter.diagnostics[0] as Diagnostic };
  };
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fail('unreadable-file', { reason: '这是一个文件夹 / is a directory' });
    if (info.size > maxBytes)
      return fail('input-too-large', { size: info.size, unit: 'bytes', limit: maxBytes });
    // Never more than the limit: a device such as /dev/zero reports size 0 and never ends.
    const bytes = await readAtMost(file, maxBytes + 1, info.isFile() ? info.size + 1 : maxBytes + 1);
    if (bytes.length > maxBytes)
      return fail('input-too-large', { size: `>${maxBytes}`, unit: 'bytes', limit: maxBytes });
    if (bytes.includes(0)) return fail('invalid-encoding', {});
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, source: { file, text } };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // The decoder's error, not the file system's TypeErrors (a path with a NUL byte).
    if (code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return fail('invalid-encoding', {});
    return fail('unreadable-file', { reason: REASONS.get(String(code)) ?? String(code ?? error) });
  }
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

const REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', '文件不存在 / no such file'],
  ['EACCES', '没有读取权限 / permission denied'],
  ['EPERM', '没有读取权限 / permission denied'],
  ['ELOOP', '符号链接循环 / symbolic link loop'],
  ['ENAMETOOLONG', '路径过长 / path too long'],
  ['ENOTDIR', '路径中的一段不是文件夹 / a part of the path is not a folder'],
  ['ERR_INVALID_ARG_VALUE', '路径无效 / invalid path'],
  ['ERR_INVALID_ARG_TYPE', '路径无效 / invalid path'],
]);

/** The first bytes of a file, at most `limit`, read in steps of `first` bytes and then 64 KiB. */
async function readAtMost(file: string, limit: number, first: number): Promise<Buffer> {
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
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

/** YAML files under a path (the path itself if it is a file), sorted, skipping scenario files unless asked. */
export async function yamlFiles(path: string, options: { scenarios?: boolean } = {}): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [path];
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const entries = await readdir(path, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.'))
        found.push(...(await yamlFiles(full, options)));
    } else if (['.yaml', '.yml'].includes(extname(entry.name))) {
      const scenario = entry.name.endsWith('.test.yaml') || entry.name.endsWith('.test.yml');
      if (scenario === (options.scenarios ?? false)) found.push(full);
    }
  }
  return found;
}
