import { open, stat } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { yamlFiles } from '../node/files.js';

/** What a YAML file under a validated path is. */
export type FileKind = 'theme' | 'catalog' | 'profile' | 'scenario';

export interface ClassifiedFile {
  readonly file: string;
  readonly kind: FileKind;
  /** For catalog files: the `catalog/` folder the file belongs to (a catalog is loaded as a whole). */
  readonly catalogRoot?: string;
}

const PROFILE_KIND = /^kind:\s*["']?(person|enterprise)["']?\s*(#.*)?$/m;

/**
 * Every YAML file under the paths, each classified: under a `catalog/` folder → catalog; `*.test.yaml` →
 * scenario; a top-level `kind: person|enterprise` → profile; anything else → theme. A path that does not
 * exist is kept (as a theme) so that loading it reports that it cannot be read.
 */
export async function classifyPaths(paths: readonly string[], cwd: string): Promise<ClassifiedFile[]> {
  const seen = new Set<string>();
  const out: ClassifiedFile[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    const files = [...(await yamlFiles(full)), ...(await yamlFiles(full, { scenarios: true }))];
    const fresh = files.sort().filter((file) => !seen.has(file) && seen.add(file));
    // Classified together (each reads the head of its file), kept in order.
    out.push(...(await Promise.all(fresh.map(classify))));
  }
  return out;
}

async function classify(file: string): Promise<ClassifiedFile> {
  const segments = file.split(sep);
  const at = segments.lastIndexOf('catalog');
  if (at !== -1 && at < segments.length - 1)
    return { file, kind: 'catalog', catalogRoot: segments.slice(0, at + 1).join(sep) };
  const name = basename(file);
  if (name.endsWith('.test.yaml') || name.endsWith('.test.yml')) return { file, kind: 'scenario' };
  const head = await headOf(file, 64 * 1024).catch(() => '');
  return { file, kind: PROFILE_KIND.test(head) ? 'profile' : 'theme' };
}

/**
 * The first bytes of a regular file as text; nothing for anything else. Reading a whole file here hung on
 * /dev/zero and ran out of memory, and reading a pipe would take what the loader must read.
 */
async function headOf(file: string, bytes: number): Promise<string> {
  if (!(await stat(file)).isFile()) return '';
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
