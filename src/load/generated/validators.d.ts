/**
 * The contract of validators.js, which scripts/generate-validators.mjs writes from schemas/*.schema.json at
 * build time (ajv's standalone code): one function per kind of file, with ajv's errors of the last call.
 */
import type { ErrorObject } from 'ajv';

/** Checks a parsed file against its schema; on false, `errors` holds every problem (ajv's `allErrors`). */
export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const theme: GeneratedValidator;
export declare const catalog: GeneratedValidator;
export declare const profile: GeneratedValidator;
export declare const scenario: GeneratedValidator;
