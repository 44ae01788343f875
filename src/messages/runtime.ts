import {
  type REFUSAL_PARAM_SPECS,
  type RestoreError,
  type RulesErrorCode,
  type RulesErrorParamsOf,
  SESSION_ERROR_PARAM_SPECS,
  type SessionError,
  type SessionErrorCode,
  type TongbanErrorCode,
  type TongbanErrorParamsOf,
} from '../model/errors.js';
import type { FormError } from '../model/form.js';
import { conformsTo, type ParamsOf } from '../model/params.js';
import type { CaseKeyError } from '../model/session.js';
import { formEn } from './form-en.js';
import { formZh } from './form-zh.js';
import { caseKeyZh, restoreZh, rulesZh, tongbanZh } from './runtime-dev-zh.js';
import { caseKeyEn, restoreEn, rulesEn, sessionEn, tongbanEn } from './runtime-en.js';
import { sessionZh } from './runtime-zh.js';
import type { Lang } from './words.js';

const SESSION = { zh: sessionZh, en: sessionEn } as const;
const RESTORE = { zh: restoreZh, en: restoreEn } as const;
const TONGBAN = { zh: tongbanZh, en: tongbanEn } as const;
const RULES = { zh: rulesZh, en: rulesEn } as const;
const CASE_KEY = { zh: caseKeyZh, en: caseKeyEn } as const;
const FORM = { zh: formZh, en: formEn } as const;

/** A problem of filled-in form data (`checkFormData`) in the given language. */
export function formatFormError(error: FormError, lang: Lang): string {
  const render = FORM[lang][error.code] as (params: FormError['params']) => string;
  return render(error.params);
}

/** A session error's params, every one but `question` optional: as diagnostics carry a refusal. */
export type RefusalParams = ParamsOf<typeof REFUSAL_PARAM_SPECS> & { readonly question: string };

/**
 * The message of a refusal carried by another message (a scenario's answer the session refused), or
 * `undefined` when the params lack what the refusal's code needs (every refusal param is optional there).
 */
export function refusalMessage(
  code: SessionErrorCode,
  params: RefusalParams,
  lang: Lang,
): string | undefined {
  // Each code reads only its own params, which a refusal carries (REFUSAL_PARAM_SPECS covers them all).
  if (!conformsTo(SESSION_ERROR_PARAM_SPECS[code], params)) return undefined;
  const render = SESSION[lang][code] as (params: RefusalParams) => string;
  return render(params);
}

/**
 * A refused answer or transition in the given language: plain words for the person answering, without ids
 * (the question's id stays in `error.question` and `error.params`).
 */
export function formatSessionError(error: SessionError, lang: Lang): string {
  // `code` and `params` belong together (`SessionError` is a union over codes); TypeScript cannot follow that.
  const render = SESSION[lang][error.code] as (params: SessionError['params']) => string;
  return render(error.params);
}

/** Why `restore` failed, in the given language. */
export function formatRestoreError(error: RestoreError, lang: Lang): string {
  const render = RESTORE[lang][error.code] as (params: RestoreError['params']) => string;
  return render(error.params);
}

/** A `TongbanError` (misuse of the API) in the given language. */
export function formatTongbanError(
  error: { readonly code: TongbanErrorCode; readonly params: TongbanErrorParamsOf<TongbanErrorCode> },
  lang: Lang,
): string {
  const render = TONGBAN[lang][error.code] as (params: TongbanErrorParamsOf<TongbanErrorCode>) => string;
  return render(error.params);
}

/** A `RulesError` (a malformed condition, an operator that throws) in the given language. */
export function formatRulesError(
  error: { readonly code: RulesErrorCode; readonly params: RulesErrorParamsOf<RulesErrorCode> },
  lang: Lang,
): string {
  const render = RULES[lang][error.code] as (params: RulesErrorParamsOf<RulesErrorCode>) => string;
  return render(error.params);
}

/** Why a case key does not fit a theme (`answersFromCaseKey`), in the given language; a refusal in its words. */
export function formatCaseKeyError(error: CaseKeyError, lang: Lang): string {
  const refusal = 'refusal' in error ? formatSessionError(error.refusal, lang) : '';
  // `code` and the error's members belong together (`CaseKeyError` is a union over codes).
  const render = CASE_KEY[lang][error.code] as (error: CaseKeyError, refusal: string) => string;
  return render(error, refusal);
}
