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
import { restoreZh, rulesZh, sessionZh, tongbanZh } from './runtime-zh.js';

// The `message` every runtime error carries is Chinese. These read only the Chinese catalog, so that the
// runtime entry `tongban` bundles no English; `formatSessionError(error, 'en')` and its siblings
// (`./runtime.ts`, the entry `tongban/messages`) give either language.

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

/** The Chinese message of a restore error code with its params. */
export function restoreErrorMessage<C extends RestoreErrorCode>(
  code: C,
  params: RestoreErrorParamsOf<C>,
): string {
  return restoreZh[code](params);
}

/** The Chinese message of a `TongbanError` code with its params. */
export function tongbanErrorMessage<C extends TongbanErrorCode>(
  code: C,
  params: TongbanErrorParamsOf<C>,
): string {
  return tongbanZh[code](params);
}

/** The Chinese message of a `RulesError` code with its params. */
export function rulesErrorMessage<C extends RulesErrorCode>(code: C, params: RulesErrorParamsOf<C>): string {
  return rulesZh[code](params);
}
