/**
 * Watching the YAML files of the folders `tongban dev` serves, with chokidar (editors that save by writing a
 * new file and renaming it over the old one are seen as a change, which `node:fs.watch` does not promise).
 * Events that arrive close together (an editor saving several files, a `git checkout`) come as one batch.
 */
import { basename, extname } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import type { FileEvent } from './workspace.js';

export interface Watcher {
  /** Watches more paths (a catalog folder a theme names from outside the watched folders). */
  add(paths: readonly string[]): void;
  close(): Promise<void>;
}

/** How long to wait after an event for others of the same save, in milliseconds. */
const SETTLE_MS = 15;

const YAML = new Set(['.yaml', '.yml']);

/** Skips hidden files and folders, `node_modules`, and files that are not YAML. */
function ignored(path: string, stats?: { isFile(): boolean }): boolean {
  const name = basename(path);
  if (name.startsWith('.') || name === 'node_modules') return true;
  return stats?.isFile() === true && !YAML.has(extname(name));
}

/**
 * Starts watching; resolves once the initial scan is done. `onBatch` gets each batch of events with the time
 * (`performance.now()`) of its first event.
 */
export async function watchFiles(
  paths: readonly string[],
  onBatch: (events: FileEvent[], startedAt: number) => void,
): Promise<Watcher> {
  const watcher: FSWatcher = watch([...paths], { ignoreInitial: true, ignored, persistent: true });
  let pending: FileEvent[] = [];
  let first = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = [];
    onBatch(batch, first);
  };
  const push = (type: FileEvent['type']) => (path: string) => {
    if (!YAML.has(extname(path))) return;
    if (pending.length === 0) first = performance.now();
    pending.push({ path, type });
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  };
  watcher.on('add', push('add')).on('change', push('change')).on('unlink', push('unlink'));
  await new Promise<void>((resolve, reject) => {
    watcher.once('ready', resolve);
    watcher.once('error', reject);
  });
  return {
    add(more) {
      watcher.add([...more]);
    },
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
