/**
 * Vitest's global setup: the tests import src/ directly, and src/load/schema.ts imports the JSON Schema
 * validators that the build generates (src/load/generated/validators.js, not committed). Generate them first,
 * so that `npx vitest run` works on a clean clone; the script does nothing when they are up to date.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../../scripts/generate-validators.mjs', import.meta.url));
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
}
