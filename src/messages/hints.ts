import type { DiagnosticParams } from '../model/diagnostic.js';
import type { Lang } from './words.js';

/** The params hints read: what to write instead, the value to quote, the question to move before. */
type HintParams = Readonly<{ suggestion?: unknown; value?: unknown; id?: unknown; question?: unknown }>;

/** Hints by key (`params.hint`), rendered from the diagnostic's params. */
const HINTS = {
  zh: {
    'did-you-mean': (p: HintParams) => `是否想写“${p.suggestion}”？`,
    'quote-it': (p: HintParams) => `请给值加引号，例如 "${p.value}"`,
    'reorder-questions': (p: HintParams) => `把“${p.id}”移到“${p.question}”之前，或删去这个条件`,
  },
  en: {
    'did-you-mean': (p: HintParams) => `did you mean "${p.suggestion}"?`,
    'quote-it': (p: HintParams) => `quote the value, e.g. "${p.value}"`,
    'reorder-questions': (p: HintParams) => `move "${p.id}" before "${p.question}", or drop the condition`,
  },
} as const;

/** The keys of hints: the values `params.hint` takes. */
export type HintKey = keyof (typeof HINTS)['zh'];

/** The hint named by `params.hint`, if any, in the given language (Chinese by default). */
export function hintOf(params: DiagnosticParams, lang: Lang = 'zh'): string | undefined {
  const key = params.hint;
  if (typeof key !== 'string' || !Object.hasOwn(HINTS.zh, key)) return undefined;
  return HINTS[lang][key as HintKey](params);
}
