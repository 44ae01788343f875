/** Global setup of the dist project: the package must be built, and from the current sources. */
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../support/built.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const ENTRIES = ['index', 'load', 'analyze', 'node'].flatMap((e) => [`${e}.js`, `${e}.cjs`, `${e}.d.ts`]);

export default function setup(): void {
  ensureBuilt([...ENTRIES, 'cli.js'].map((file) => DIST + file));
}
