import { tongbanErrorMessage } from './messages/runtime.js';
import type { TongbanErrorCode, TongbanErrorParamsOf } from './model/errors.js';

export type { TongbanErrorCode } from './model/errors.js';

/**
 * Thrown when the API is called with arguments that no portal should pass (an impossible `today`). The
 * message is Chinese; `formatTongbanError(error, 'en')` gives it in English from `code` and `params`.
 */
export class TongbanError<C extends TongbanErrorCode = TongbanErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: TongbanErrorParamsOf<C>,
  ) {
    super(tongbanErrorMessage(code, params));
    this.name = 'TongbanError';
  }
}
