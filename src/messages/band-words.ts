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

/** Ranges of numbers in English: "16 to 59 years old", "150 m² or less", "under 12 months", "over 150 m²". */
export const NUMBER_BAND_WORDS_EN: BandWords = {
  between: (low, high) => `${low} to ${high}`,
  atLeast: (low) => `${low} or more`,
  above: (low) => `over ${low}`,
  atMost: (high) => `${high} or less`,
  below: (high) => `under ${high}`,
  both: (lower, upper) => `${lower}, ${upper}`,
};

/** Ranges of dates in English: "2020-01-01 or later", "before 2020-01-01". */
export const DATE_BAND_WORDS_EN: BandWords = {
  between: (low, high) => `${low} to ${high}`,
  atLeast: (low) => `${low} or later`,
  above: (low) => `after ${low}`,
  atMost: (high) => `${high} or earlier`,
  below: (high) => `before ${high}`,
  both: (lower, upper) => `${lower}, ${upper}`,
};

/** The band words of numbers and dates in each language. */
export const BAND_WORDS = {
  number: { zh: NUMBER_BAND_WORDS, en: NUMBER_BAND_WORDS_EN },
  date: { zh: DATE_BAND_WORDS, en: DATE_BAND_WORDS_EN },
} as const;

/**
 * Units themes write in Chinese, as English writes them after a number (with the space English puts before a
 * unit); a unit not listed stays as written.
 */
const UNITS_EN: Readonly<Record<string, string>> = {
  '㎡': ' m²',
  平方米: ' m²',
  周岁: ' years old',
  岁: ' years old',
  个月: ' months',
  月: ' months',
  天: ' days',
  日: ' days',
  个工作日: ' working days',
  年: ' years',
  元: ' yuan',
  人: ' people',
  名: ' people',
  次: ' times',
  米: ' m',
  公里: ' km',
};

/** A theme's unit as it follows a number in `lang`. */
export function unitIn(unit: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh' || unit === '') return unit;
  return Object.hasOwn(UNITS_EN, unit) ? (UNITS_EN[unit] as string) : unit;
}
