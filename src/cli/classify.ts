import { open, stat } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { FileKind } from '../model/source.js';
import { MAX_OPEN_FILES, mapLimited, projectRoot, yamlFiles } from '../node/files.js';

export interface ClassifiedFile {
  readonly file: string;
  readonly kind: FileKind;
  /** For catalog files: the `catalog/` folder the file belongs to (a catalog is loaded as a whole). */
  readonly catalogRoot?: string;
  /** The folder that paths named by the file must stay in (`--root`, or the given path's project root). */
  readonly root: string;
}

/** The classified files under some paths, and the entries that could not be listed. */
export interface Classified {
  readonly files: readonly ClassifiedFile[];
  readonly problems: readonly Diagnostic[];
}

const PROFILE_KIND = /^kind:\s*["']?(person|enterprise)["']?\s*(#.*)?$/m;

/**
 * Every YAML file under the paths, each classified: under a `catalog/` folder → catalog; `*.test.yaml` →
 * scenario; a top-level `kind: person|enterprise` → profile; anything else → theme. A path that does not
 * exist is kept (as a theme) so that loading it reports that it cannot be read. `root` (`--root`) replaces
 * each path's project root.
 */
export async function classifyPaths(
  paths: readonly string[],
  cwd: string,
  root?: string,
): Promise<Classified> {
  const seen = new Set<string>();
  const out: ClassifiedFile[] = [];
  const problems: Diagnostic[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    const within = root ?? (await projectRoot(full));
    const others = await yamlFiles(full, { root: within });
    const scenarios = await yamlFiles(full, { scenarios: true, root: within });
    // Both listings meet the same unreadable folders and links.
    problems.push(...others.problems.filter((p) => !problems.some((q) => q.file === p.file)));
    const files = [...others.files, ...scenarios.files];
    const fresh = files.sort().filter((file) => !seen.has(file) && seen.add(file));
    // Classified a few at a time (each reads the head of its file), kept in order.
    out.push(...(await mapLimited(fresh, MAX_OPEN_FILES, (file) => classify(file, within))));
  }
  return { files: out, problems };
}

async function classify(file: string, root: string): Promise<ClassifiedFile> {
  const segments = file.split(sep);
  const at = segments.lastIndexOf('catalog');
  if (at !== -1 && at < segments.length - 1)
    return { file, kind: 'catalog', catalogRoot: segments.slice(0, at + 1).join(sep), root };
  const name = basename(file);
  if (name.endsWith('.test.yaml') || name.endsWith('.test.yml')) return { file, kind: 'scenario', root };
  const head = await headOf(file, 64 * 1024).catch(() => '');
  return { file, kind: PROFILE_KIND.test(head) ? 'profile' : 'theme', root };
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
