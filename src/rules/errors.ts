import { rulesErrorMessage } from '../messages/runtime-messages.js';
import type { RulesErrorCode, RulesErrorParamsOf } from '../model/errors.js';

export type { RulesErrorCode } from '../model/errors.js';

/**
 * Thrown by the rules module. Compile-time codes mean the caller skipped the loader's checks; `operator-failed`
 * is thrown at evaluation where json-rules-engine's `run` would reject (e.g. `in` against a number, or a custom
 * operator that throws), and carries the original error as `cause`. It reaches the caller unchanged from every
 * function that evaluates conditions: sessions (`next`, `answer`, `change`, `checklist`, `outcome`, …),
 * `recommend` and the analysis (docs/conditions.md). The message is the code and params; `formatRulesError(error,
 * lang)` from `tongban/messages` words it in Chinese or English.
 */
export class RulesError<C extends RulesErrorCode = RulesErrorCode> extends Error {
  override readonly name = 'RulesError';

  constructor(
    readonly code: C,
    readonly params: RulesErrorParamsOf<C>,
    options?: { cause?: unknown },
  ) {
    super(rulesErrorMessage(code, params), options);
  }
}

/** A value as a message shows it: JSON where it has one, else its string form (never throws). */
export function shown(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // A cyclic object or a BigInt: fall through to the string form.
  }
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
