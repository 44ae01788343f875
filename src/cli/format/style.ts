import type { Lang } from '../../messages/index.js';

/** ANSI styles that are the identity when colours are off. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly cyan: (text: string) => string;
}

const plain = (text: string) => text;

/** The styles to use: real ANSI codes only when `color` is on. */
export function styleOf(color: boolean): Style {
  const paint = (code: string) => (color ? (text: string) => `\u001b[${code}m${text}\u001b[0m` : plain);
  return {
    bold: paint('1'),
    dim: paint('2'),
    red: paint('31'),
    yellow: paint('33'),
    green: paint('32'),
    cyan: paint('36'),
  };
}

/** The Chinese or the English text. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}
