/** What went wrong in `src/rules`; every code is a programming error except `operator-failed`. */
export type RulesErrorCode =
  | 'invalid-condition'
  | 'unknown-operator'
  | 'unknown-condition'
  | 'condition-cycle'
  | 'unsupported-path'
  | 'invalid-operator'
  | 'operator-failed';

/**
 * Thrown by the rules module. Compile-time codes mean the caller skipped the loader's checks; `operator-failed`
 * is thrown at evaluation where json-rules-engine's `run` would reject (e.g. `in` against a number, or a custom
 * operator that throws), and carries the original error as `cause`. It reaches the caller unchanged from every
 * function that evaluates conditions: sessions (`next`, `answer`, `change`, `checklist`, `outcome`, …),
 * `recommend` and the analysis (docs/conditions.md).
 */
export class RulesError extends Error {
  override readonly name = 'RulesError';
  readonly code: RulesErrorCode;

  constructor(code: RulesErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
