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
import { formZh } from './form-zh.js';
import { sessionZh } from './runtime-zh.js';

// The messages the runtime entry `tongban` puts on its errors. What the person answering reads (a refused
// answer, a form field) is a Chinese sentence from the Chinese catalog alone, so that the bundle holds no
// English. What only a portal's developers read (a failed restore, misuse of the API, a malformed condition)
// is its code and params: their sentences in Chinese and English are `tongban/messages`' (`./runtime.ts`,
// `formatRestoreError(error, 'zh')` and its siblings), which keeps them out of the page's bundle.

/** The Chinese message of a form error code with its params. */
export function formErrorMessage<C extends FormErrorCode>(code: C, params: FormErrorParamsOf<C>): string {
  return formZh[code](params);
}

/** The Chinese message of a session error code with its params. */
export function sessionErrorMessage<C extends SessionErrorCode>(
  code: C,
  params: SessionErrorParamsOf<C>,
): string {
  return sessionZh[code](params);
}

/** The message of a restore error: its code and params (`formatRestoreError` gives the sentence). */
export function restoreErrorMessage<C extends RestoreErrorCode>(
  code: C,
  params: RestoreErrorParamsOf<C>,
): string {
  return codeMessage(code, params);
}

/** The message of a `TongbanError`: its code and params (`formatTongbanError` gives the sentence). */
export function tongbanErrorMessage<C extends TongbanErrorCode>(
  code: C,
  params: TongbanErrorParamsOf<C>,
): string {
  return codeMessage(code, params);
}

/** The message of a `RulesError`: its code and params (`formatRulesError` gives the sentence). */
export function rulesErrorMessage<C extends RulesErrorCode>(code: C, params: RulesErrorParamsOf<C>): string {
  return codeMessage(code, params);
}

/**
 * `invalid-today {"value":"2026-02-30"}`: a developer's message, the same in every language, which names the
 * code to look up and what went wrong. Params are plain data (texts bounded, numbers, lists of texts).
 */
export function codeMessage(code: string, params: object): string {
  const json = JSON.stringify(params);
  return json === '{}' ? code : `${code} ${json}`;
}
