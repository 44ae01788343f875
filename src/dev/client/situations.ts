/**
 * The theme's situations as the page lists them, behind one function so that the analysis behind it can be
 * switched: today every case of `enumerateCases` (each path through the questionnaire) is one row.
 */
import { enumerateCases } from '../../analyze/runtime.js';
import type { AnswerValue, CompiledTheme, OutcomeStatus, Profile } from '../../index.js';

export interface SituationRow {
  readonly key: string;
  readonly label: string;
  readonly status: OutcomeStatus;
  readonly items: number;
  readonly materials: number;
  readonly days: number;
  readonly fee: number;
  readonly visits: number;
  /** The user's answers that open this situation in the questionnaire (prefilled ones excluded). */
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

export interface Situations {
  readonly rows: readonly SituationRow[];
  /** How many there are in all (at least, when `complete` is false). */
  readonly total: number;
  /** False when more exist than were counted. */
  readonly complete: boolean;
}

/** Rows listed at most; the count goes on further. */
export const LISTED = 200;
const COUNTED = 100_000;

/** The situations of a theme for a profile (or none) on a day: the first `LISTED` rows and the count. */
export function situationsOf(theme: CompiledTheme, today: string, profile: Profile | undefined): Situations {
  const rows: SituationRow[] = [];
  const cases = enumerateCases(theme, { today, maxCases: COUNTED, ...(profile ? { profile } : {}) });
  for (let step = cases.next(); ; step = cases.next()) {
    if (step.done) return { rows, total: step.value.count, complete: !step.value.truncated };
    const c = step.value;
    if (rows.length < LISTED)
      rows.push({
        key: c.key,
        label: c.label,
        status: c.status,
        items: c.items.length,
        materials: c.materials,
        days: c.days,
        fee: c.fee,
        visits: c.visits,
        answers: c.answers,
      });
  }
}
