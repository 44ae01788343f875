import { TongbanError } from '../errors.js';
import type { OutcomeStatus } from '../model/outcome.js';
import type { AnswerValue } from '../model/session.js';
import type { CompiledTheme } from '../model/theme.js';
import { describeValue } from '../util/quote.js';
import { type EnumerateOptions, planTheme } from './plan.js';
import { Summarizer } from './summary.js';
import { CaseWalker } from './walker.js';

export type { EnumerateOptions } from './plan.js';

/** One smallest-granularity case (最小颗粒度办事情形) and what it yields. */
export interface CaseSummary {
  /** As `caseOf` gives it for a session with these answers. */
  readonly key: string;
  readonly label: string;
  /** The user's answers in question order; prefilled answers are left out (the profile gives them). */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly status: OutcomeStatus;
  /** Item ids in the theme's order. */
  readonly items: readonly string[];
  /** Materials to hand in (`outcome.merge.toSubmit`). */
  readonly materials: number;
  /** Working days on the critical path (`outcome.totals.days.critical`). */
  readonly days: number;
  /** Yuan (`outcome.totals.fee.total`). */
  readonly fee: number;
  /** On-site visits (`outcome.totals.visits.count`). */
  readonly visits: number;
  /** Ids of the notices that apply (`outcome.notices`), in the theme's order. */
  readonly notices: readonly string[];
}

/** How an enumeration ended. */
export interface EnumerationEnd {
  /** Cases yielded. */
  readonly count: number;
  /** True when `maxCases` cases were yielded and more exist. */
  readonly truncated: boolean;
}

import { DEFAULT_MAX_CASES } from './limits.js';

export { DEFAULT_MAX_CASES };

/**
 * Streams every case of a theme: every complete path through the questionnaire, depth first, in question
 * and choice order (see docs/analysis.md for how number, date and multiple-choice answers are partitioned).
 * Nothing is collected, so memory stays flat however many cases there are; the generator's return value
 * says how many were yielded and whether `maxCases` cut the enumeration short.
 */
export function* enumerateCases(
  theme: CompiledTheme,
  options: EnumerateOptions = {},
): Generator<CaseSummary, EnumerationEnd, undefined> {
  const max = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan);
  const summarizer = new Summarizer(plan);
  let count = 0;
  while (walker.advance()) {
    if (count >= max) return { count, truncated: true };
    const summary = summarizer.summarize(walker.verdicts);
    count++;
    yield {
      key: walker.key,
      label: walker.label,
      answers: walker.answers(),
      status: summary.status,
      items: summary.items,
      materials: summary.materials,
      days: summary.days,
      fee: summary.fee,
      visits: summary.visits,
      notices: summary.noticeIds,
    };
  }
  return { count, truncated: false };
}

/** `maxCases` checked: a whole number ≥ 0 or Infinity; 100,000 by default. */
export function maxCasesOf(options: { readonly maxCases?: number }): number {
  const max = options.maxCases ?? DEFAULT_MAX_CASES;
  if (
    typeof max !== 'number' ||
    Number.isNaN(max) ||
    max < 0 ||
    (Number.isFinite(max) && !Number.isInteger(max))
  )
    throw new TongbanError('invalid-argument', {
      name: 'maxCases',
      ...describeValue(max),
      rule: 'whole-number-or-infinity',
    });
  return max;
}
