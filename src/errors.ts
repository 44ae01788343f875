import { tongbanErrorMessage } from './messages/runtime-messages.js';
import type { TongbanErrorCode, TongbanErrorParamsOf } from './model/errors.js';
import { boundedParams } from './util/quote.js';

export type { TongbanErrorCode } from './model/errors.js';

/**
 * Thrown when the API is called with arguments that no portal should pass (an impossible `today`). The
 * message is Chinese; `formatTongbanError(error, 'en')` gives it in English from `code` and `params`.
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
