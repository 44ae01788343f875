/** Codes of the errors tongban throws: only for misuse of its API, never for bad themes or answers. */
export type TongbanErrorCode = 'invalid-today' | 'invalid-theme' | 'invalid-argument';

/** Thrown when the API is called with arguments that no portal should pass (an impossible `today`). */
export class TongbanError extends Error {
  constructor(
    readonly code: TongbanErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TongbanError';
  }
}
