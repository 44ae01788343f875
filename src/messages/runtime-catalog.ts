import type {
  RestoreErrorCode,
  RestoreErrorParamsOf,
  RulesErrorCode,
  RulesErrorParamsOf,
  SessionErrorCode,
  SessionErrorParamsOf,
  TongbanErrorCode,
  TongbanErrorParamsOf,
} from '../model/errors.js';
import type { FormErrorCode, FormErrorParamsOf } from '../model/form.js';
import type { CaseKeyError } from '../model/session.js';

/** The messages of session errors in one language, one per code. */
export type SessionErrorCatalog = {
  readonly [C in SessionErrorCode]: (params: SessionErrorParamsOf<C>) => string;
};

/** The messages of restore errors in one language, one per code. */
export type RestoreErrorCatalog = {
  readonly [C in RestoreErrorCode]: (params: RestoreErrorParamsOf<C>) => string;
};

/** The messages of `TongbanError`s in one language, one per code. */
export type TongbanErrorCatalog = {
  readonly [C in TongbanErrorCode]: (params: TongbanErrorParamsOf<C>) => string;
};

/** The messages of `RulesError`s in one language, one per code. */
export type RulesErrorCatalog = {
  readonly [C in RulesErrorCode]: (params: RulesErrorParamsOf<C>) => string;
};

/**
 * The messages of case-key errors in one language, one per code; `refusal` is the message of the session's
 * refusal in the same language (for `refused`, '' otherwise).
 */
export type CaseKeyErrorCatalog = {
  readonly [C in CaseKeyError['code']]: (
    error: CaseKeyError & { readonly code: C },
    refusal: string,
  ) => string;
};

/** A range's bounds, either of which may be open. */
export interface Bounds {
  readonly min?: string | number;
  readonly max?: string | number;
}

/** The messages of form errors in one language, one per code. */
export type FormErrorCatalog = {
  readonly [C in FormErrorCode]: (params: FormErrorParamsOf<C>) => string;
};
