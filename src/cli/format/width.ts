import stringWidth from 'string-width';

/*
 * string-width splits a text into grapheme clusters and adds up one width per cluster, which costs a
 * segmenter step and several regular expressions per character: measuring a 4 MB table took seconds.
 * When every character of a text stands alone as a cluster, the text's width is the sum of its characters'
 * widths, and each character's width is string-width's own answer for it, looked up once and remembered.
 * Any other text (a character that may join its neighbours, a control or escape code, one outside the
 * Basic Multilingual Plane) is handed to string-width whole, so the answer is always string-width's.
 */

/** Per UTF-16 code unit: 0 not yet looked up, 1 + its width when it always stands alone, UNSAFE otherwise. */
const KNOWN = new Uint8Array(0x10000);
const UNSAFE = 0xff;
const SEGMENTER = new Intl.Segmenter();
const HANGUL = /\p{Script=Hangul}/u;

const clusters = (text: string) => {
  let n = 0;
  for (const _ of SEGMENTER.segment(text)) n++;
  return n;
};

/**
 * Whether a character is a cluster of its own next to anything: not a control, escape introducer or
 * surrogate; not a Hangul jamo (jamo join each other); not joined to a letter after it (a combining mark,
 * joiner or spacing mark) nor before it (a prefixed concatenation mark).
 */
function standsAlone(code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) return false;
  const ch = String.fromCharCode(code);
  return !HANGUL.test(ch) && clusters(`a${ch}`) === 2 && clusters(`${ch}a`) === 2;
}

function lookUp(code: number): number {
  const known = standsAlone(code) ? 1 + stringWidth(String.fromCharCode(code)) : UNSAFE;
  KNOWN[code] = known;
  return known;
}

/** How many terminal columns a text takes: East Asian wide characters count 2, ANSI colour codes none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x7f) {
      width++;
      continue;
    }
    const known = KNOWN[code] || lookUp(code);
    if (known === UNSAFE) return stringWidth(text);
    width += known - 1;
  }
  return width;
}
