import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The repository's tracked paths, or undefined when this copy is not a git checkout (an unpacked tarball). */
function trackedPaths(): string[] | undefined {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) return undefined;
  return listed.stdout.split('\0').filter((path) => path !== '');
}

// Installed packages and build output are made by `npm ci` and `npm run build`; a tracked copy (or a link to a
// folder on one machine) would shadow what CI installs and builds.
const GENERATED = /^(?:node_modules|dist|coverage)(?:\/|$)|(?:^|\/)node_modules(?:\/|$)/;

describe('tracked files', () => {
  const paths = trackedPaths();
  // Skipped only where this copy is not a git checkout (an unpacked tarball): there is no list of tracked files.
  it.skipIf(paths === undefined)('include no installed packages and no build output', () => {
    expect(paths?.length ?? 0).toBeGreaterThan(100);
    expect(paths?.filter((path) => GENERATED.test(path))).toEqual([]);
  });

  it('the pattern it checks matches a folder, a link and nested installs, and leaves sources alone', () => {
    for (const path of [
      'node_modules',
      'node_modules/yaml/index.js',
      'dist/index.js',
      'examples/x/node_modules',
    ])
      expect(GENERATED.test(path), path).toBe(true);
    for (const path of ['src/dist-name.ts', 'docs/distribution.md', 'test/node_modules.test.ts'])
      expect(GENERATED.test(path), path).toBe(false);
  });
});
