/**
 * The dist project imports the package by its name (`tongban`, `tongban/load`, …): Node and Vite resolve a
 * package's own name through its `exports` map, so these tests see the built files exactly as users do.
 */
import { fileURLToPath } from 'node:url';

/** The repository root, where the bundled themes and examples are. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path under the repository root. */
export const at = (path: string): string => `${ROOT}${path}`;

/** The answers the README's example gives: they reach a case of the bundled HK/Macao permit theme. */
export const PERMIT_CLICKS: Readonly<Record<string, unknown>> = {
  business: 'first',
  hukou: 'local',
  age: 30,
  'filed-status': 'none',
  'endorse-now': true,
  purpose: 'tour-individual',
  destination: 'hk',
  'tour-entries': 'twice',
  collect: 'window',
};

export const TODAY = '2026-11-27';
