import type { Question } from '../model/theme.js';

/**
 * The answer a command-line text stands for, by the question's type: option ids as written, several joined
 * with `+`; yes/no as yes/no/true/false/是/否; numbers as numbers; dates as written.
 */
export function coerceAnswer(question: Question, text: string): unknown {
  switch (question.type) {
    case 'multiple':
      return text
        .split('+')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    case 'yes-no': {
      const lower = text.trim().toLowerCase();
      if (['yes', 'y', 'true', '是'].includes(lower)) return true;
      if (['no', 'n', 'false', '否'].includes(lower)) return false;
      return text;
    }
    case 'number': {
      const n = Number(text.trim());
      return text.trim() === '' || Number.isNaN(n) ? text : n;
    }
    default:
      return text.trim();
  }
}

/** Parses `k=v,k2=v2` into pairs (values may not contain commas; use an answers file for those). */
export function parseAnswerPairs(text: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of text.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`"${part}" is not question=value`);
    pairs.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return pairs;
}
