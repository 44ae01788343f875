import { relative } from 'node:path';
import { parseSource } from '../load/parse.js';
import { Reporter } from '../load/report.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { readSource } from '../node/files.js';
import type { ThemeFileResult } from '../node/load.js';

/**
 * Theme ids across the files of one run: a second file with an id already seen is `duplicate-theme-id` at
 * its `id` (a portal, a build or a server keeps one theme per id).
 */
export class DuplicateIds {
  private readonly seen = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  /** Records a loaded theme file; the diagnostic when its id was already taken by another file. */
  add(loaded: ThemeFileResult): Diagnostic[] {
    const id = loaded.id;
    if (id === undefined) return [];
    const first = this.seen.get(id.value);
    if (first === undefined) {
      this.seen.set(id.value, loaded.file);
      return [];
    }
    if (first === loaded.file) return [];
    const reporter = new Reporter(loaded.file, () => id.at);
    reporter.error('duplicate-theme-id', '/id', { id: id.value, other: relative(this.cwd, first) || first });
    return reporter.diagnostics;
  }
}

/**
 * The same for themes known by id and file only (the themes that scenario files name): the position of the
 * second file's `id` is looked up when it is a duplicate.
 */
export class ThemeIds {
  private readonly seen = new Map<string, string>();

  constructor(private readonly cwd: string) {}

  /** Records a theme file's id; the diagnostic when another file already had it. */
  async add(id: string, file: string): Promise<Diagnostic[]> {
    const first = this.seen.get(id);
    if (first === undefined) this.seen.set(id, file);
    if (first === undefined || first === file) return [];
    const read = await readSource(file);
    const locate = read.ok ? parseSource(read.source).locate : () => ({ line: 1, column: 1 });
    const reporter = new Reporter(file, locate);
    reporter.error('duplicate-theme-id', '/id', { id, other: relative(this.cwd, first) || first });
    return reporter.diagnostics;
  }
}
