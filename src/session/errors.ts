import { restoreErrorMessage, sessionErrorMessage } from '../messages/runtime-messages.js';
import type {
  RestoreError,
  RestoreErrorCode,
  RestoreErrorParamsOf,
  SessionError,
  SessionErrorCode,
  SessionErrorParamsOf,
} from '../model/errors.js';
import { boundedParams } from '../util/quote.js';

/**
 * A session error with its message in Chinese (`formatSessionError` renders it in English). Texts in its
 * params are cut to their first 64 characters: a refused answer of 10 MB is not copied into its error.
 */
export function sessionError<C extends SessionErrorCode>(
  code: C,
  given: SessionErrorParamsOf<C>,
): SessionError {
  const params = boundedParams(given);
  const question = 'question' in params ? params.question : undefined;
  // A code and its own params: TypeScript cannot see that they belong together in the union.
  return {
    code,
    ...(question === undefined ? {} : { question }),
    message: sessionErrorMessage(code, params),
    params,
  } as SessionError;
}

/** The session error of a question type's refusal. */
export function refusalError(refused: {
  readonly code: SessionErrorCode;
  readonly params: SessionErrorParamsOf<SessionErrorCode>;
}): SessionError {
  return sessionError(refused.code, refused.params);
}

/**
 * A restore error, for the portal's developers: its message is the code and params (`formatRestoreError` from
 * `tongban/messages` words it in Chinese or English); texts bounded.
 */
export function restoreError<C extends RestoreErrorCode>(
  code: C,
  given: RestoreErrorParamsOf<C>,
): RestoreError {
  const params = boundedParams(given);
  // A code and its own params: TypeScript cannot see that they belong together in the union.
  return { code, message: restoreErrorMessage(code, params), params } as RestoreError;
}
