import type { BandWords } from '../messages/band-words.js';
import type { Cut } from '../model/theme.js';

/** A band of a number or date fact between two cuts; a missing bound is open. */
export interface Band {
  readonly lower?: { readonly value: number | string; readonly inclusive: boolean };
  readonly upper?: { readonly value: number | string; readonly inclusive: boolean };
}

/**
 * The band of `value` among the cuts conditions draw: answers in one band satisfy exactly the same
 * comparisons, so they are one case. Cuts are sorted by value (see `compileTheme`).
 */
export function bandOf(cuts: readonly Cut[], value: number | string): Band {
  let lower: Band['lower'];
  let upper: Band['upper'];
  for (const cut of cuts) {
    const sides = cut.side === 'point' ? (['below', 'above'] as const) : [cut.side];
    for (const side of sides) {
      // `below` c: values ≥ c lie above the boundary; `above` c: values > c do.
      const isAbove = side === 'below' ? value >= cut.value : value > cut.value;
      if (isAbove) lower = { value: cut.value, inclusive: side === 'below' };
      else if (!upper) upper = { value: cut.value, inclusive: side === 'above' };
    }
  }
  return { ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) };
}

/** ASCII key of a band: `ge16`, `lt16`, `ge16-lt60`, `eq16`, or `any` when nothing cuts the fact. */
export function bandKey(band: Band): string {
  const { lower, upper } = band;
  if (lower && upper && lower.inclusive && upper.inclusive && lower.value === upper.value)
    return `eq${lower.value}`;
  const parts = [
    ...(lower ? [`${lower.inclusive ? 'ge' : 'gt'}${lower.value}`] : []),
    ...(upper ? [`${upper.inclusive ? 'le' : 'lt'}${upper.value}`] : []),
  ];
  return parts.length === 0 ? 'any' : parts.join('-');
}

/**
 * A band in plain words (`words`), no symbols: "16周岁以上", "不满16周岁", "16至59周岁", "16周岁"; '' when
 * nothing cuts the fact. With whole numbers (`integer`), an open bound becomes the next whole number
 * included, so that ≥16 and <60 read "16至59周岁".
 */
export function bandLabel(band: Band, words: BandWords, unit = '', integer = false): string {
  const { lower, upper } = band;
  const w = (value: number | string) => `${value}${unit}`;
  if (lower && upper && lower.inclusive && upper.inclusive && lower.value === upper.value)
    return w(lower.value);
  const low = lower && (lower.inclusive ? lower.value : wholeAfter(lower.value, 1, integer));
  const high = upper && (upper.inclusive ? upper.value : wholeAfter(upper.value, -1, integer));
  if (low !== undefined && high !== undefined) {
    if (low === high) return w(low);
    return words.between(`${low}`, w(high));
  }
  const lowText = lower && (lower.inclusive ? words.atLeast(w(lower.value)) : words.above(w(lower.value)));
  const highText = upper && (upper.inclusive ? words.atMost(w(upper.value)) : words.below(w(upper.value)));
  if (lowText !== undefined && highText !== undefined) return words.both(lowText, highText);
  return lowText ?? highText ?? '';
}

/** The whole number next to `value` in `direction`, when answers are whole numbers; else undefined. */
function wholeAfter(value: number | string, direction: 1 | -1, integer: boolean): number | undefined {
  if (!integer || typeof value !== 'number') return undefined;
  return direction === 1 ? Math.floor(value) + 1 : Math.ceil(value) - 1;
}

/**
 * The first accepted candidate of each band, bands in the order they are first met: with candidates in
 * ascending order, the smallest accepted value of each non-empty band.
 */
export function firstOfEachBand<T extends number | string>(
  cuts: readonly Cut[],
  candidates: readonly T[],
  accepts: (value: T) => boolean,
): T[] {
  const seen = new Set<string>();
  const picked: T[] = [];
  for (const value of candidates) {
    if (!accepts(value)) continue;
    const band = bandKey(bandOf(cuts, value));
    if (seen.has(band)) continue;
    seen.add(band);
    picked.push(value);
  }
  return picked;
}

/** The value among `values` whose band has this key, if any. */
export function valueOfBand<T extends number | string>(
  cuts: readonly Cut[],
  values: readonly T[],
  key: string,
): T | undefined {
  return values.find((value) => bandKey(bandOf(cuts, value)) === key);
}
