import { readdir, readFile, stat } from 'node:fs/promises';
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
    const bytes = await readFile(file);
    if (bytes.includes(0)) return fail('invalid-encoding', {});
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, source: { file, text } };
  } catch (error) {
    if (error instanceof TypeError) return fail('invalid-encoding', {});
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ENOENT'
        ? '文件不存在 / no such file'
        : code === 'EACCES'
          ? '没有读取权限 / permission denied'
          : String(code ?? error);
    return fail('unreadable-file', { reason });
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
