import type { Diagnostic, DiagnosticCode, DiagnosticParams } from '../model/diagnostic.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type Lang = 'zh' | 'en';

const catalogs = { zh, en } as const;

/** Hints by key, rendered from a diagnostic's params. */
const hints = {
  zh: {
    'did-you-mean': (p: DiagnosticParams) => `是否想写“${p.suggestion}”？`,
    'quote-it': (p: DiagnosticParams) => `请给值加引号，例如 "${p.value}"`,
    'reorder-questions': (p: DiagnosticParams) => `把“${p.id}”移到“${p.question}”之前，或删去这个条件`,
  },
  en: {
    'did-you-mean': (p: DiagnosticParams) => `did you mean "${p.suggestion}"?`,
    'quote-it': (p: DiagnosticParams) => `quote the value, e.g. "${p.value}"`,
    'reorder-questions': (p: DiagnosticParams) =>
      `move "${p.id}" before "${p.question}", or drop the condition`,
  },
} as const;

export type HintKey = keyof (typeof hints)['zh'];

/** The message of a diagnostic code with its params, in the given language (Chinese by default). */
export function messageOf(code: DiagnosticCode, params: DiagnosticParams, lang: Lang = 'zh'): string {
  return catalogs[lang][code](params);
}

/** The hint named by `params.hint`, if any, in the given language. */
export function hintOf(params: DiagnosticParams, lang: Lang = 'zh'): string | undefined {
  const key = params.hint;
  if (typeof key !== 'string' || !(key in hints.zh)) return undefined;
  return hints[lang][key as HintKey](params);
}

/** The same diagnostic with its message and hint rendered in another language. */
export function translate(diagnostic: Diagnostic, lang: Lang): Diagnostic {
  const message = messageOf(diagnostic.code, diagnostic.params, lang);
  const hint = hintOf(diagnostic.params, lang);
  const { hint: _old, ...rest } = diagnostic;
  return hint === undefined ? { ...rest, message } : { ...rest, message, hint };
}
