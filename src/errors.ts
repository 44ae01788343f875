import { tongbanErrorMessage } from './messages/runtime-messages.js';
import type { TongbanErrorCode, TongbanErrorParamsOf } from './model/errors.js';
import { boundedParams } from './util/quote.js';

export type { TongbanErrorCode } from './model/errors.js';

/**
 * Thrown when the API is called with arguments that no portal should pass (an impossible `today`). The
 * message is the code and params (`invalid-today {"value":"2026-02-30"}`): only developers read it, and its
 * sentence stays out of the runtime bundle; `formatTongbanError(error, lang)` from `tongban/messages` words it.
 */
export class TongbanError<C extends TongbanErrorCode = TongbanErrorCode> extends Error {
  /** The params, every text cut to its first 64 characters (a bad value may be megabytes long). */
  readonly params: TongbanErrorParamsOf<C>;

  constructor(
    readonly code: C,
    params: TongbanErrorParamsOf<C>,
  ) {
    const bounded = boundedParams(params);
    super(tongbanErrorMessage(code, bounded));
    this.params = bounded;
    this.name = 'TongbanError';
  }
}
