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

/** Readable band: `≥16`, `<16`, `≥16 且 <60`, `=16`; '' when nothing cuts the fact. */
export function bandLabel(band: Band, unit = ''): string {
  const { lower, upper } = band;
  if (lower && upper && lower.inclusive && upper.inclusive && lower.value === upper.value)
    return `=${lower.value}${unit}`;
  const parts = [
    ...(lower ? [`${lower.inclusive ? '≥' : '>'}${lower.value}${unit}`] : []),
    ...(upper ? [`${upper.inclusive ? '≤' : '<'}${upper.value}${unit}`] : []),
  ];
  return parts.join(' 且 ');
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
