import { agesOn } from './ages-on.js';
import { daysSince } from './days-since.js';
import { daysUntil } from './days-until.js';
import { soleAgeOn } from './sole-age-on.js';
import type { Derivation } from './types.js';
import { yearsSince } from './years-since.js';

export type { Derivation } from './types.js';

/** Every derivation a catalog fact may name in `derive.fn`; adding one means adding a file here. */
export const DERIVATIONS: ReadonlyMap<string, Derivation> = new Map(
  [yearsSince, daysUntil, daysSince, agesOn, soleAgeOn].map((d) => [d.name, d]),
);
