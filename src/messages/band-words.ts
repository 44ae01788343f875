/**
 * How a range of answers reads in a case label, in plain Chinese rather than interval notation: "16至59周岁",
 * "150㎡以下", "不满12个月", "超过150㎡"; for dates "2020-01-01及以后", "2020-01-01以前". Each function gets the
 * bound already written with its unit.
 */
export interface BandWords {
  /** From `low` to `high`, both included. */
  readonly between: (low: string, high: string) => string;
  readonly atLeast: (low: string) => string;
  readonly above: (low: string) => string;
  readonly atMost: (high: string) => string;
  readonly below: (high: string) => string;
  /** Joins a lower and an upper bound that cannot be written as `between`. */
  readonly both: (lower: string, upper: string) => string;
}

/** Ranges of numbers (ages, areas, counts). */
export const NUMBER_BAND_WORDS: BandWords = {
  between: (low, high) => `${low}至${high}`,
  atLeast: (low) => `${low}以上`,
  above: (low) => `超过${low}`,
  atMost: (high) => `${high}以下`,
  below: (high) => `不满${high}`,
  both: (lower, upper) => `${lower}、${upper}`,
};

/** Ranges of dates. */
export const DATE_BAND_WORDS: BandWords = {
  between: (low, high) => `${low}至${high}`,
  atLeast: (low) => `${low}及以后`,
  above: (low) => `${low}以后`,
  atMost: (high) => `${high}及以前`,
  below: (high) => `${high}以前`,
  both: (lower, upper) => `${lower}、${upper}`,
};
