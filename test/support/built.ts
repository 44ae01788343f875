/**
 * Tests that run the built package (`node dist/cli.js`, the benchmarks) build it first when run alone:
 * `npm test` builds before vitest, but `npx vitest run test/cli/pty.test.ts` may find dist missing or stale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the package (tsup) when one of these built files is missing or older than a file under src/. */
export function ensureBuilt(files: readonly string[]): void {
  const sources = newest(join(ROOT, 'src'));
  if (files.every((f) => existsSync(f) && statSync(f).mtimeMs >= sources)) return;
  const built = spawnSync('npx', ['tsup', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}\n${built.stderr}`);
}

/** The newest modification time of any file under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}
