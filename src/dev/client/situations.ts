/**
 * The theme's situations as the page lists them, behind one function so that the analysis behind it can be
 * switched: each row is a situation of `enumerateSituations` (the answer paths with the same outcome), opened
 * in the questionnaire by the answers of its first path.
 */
import { enumerateSituations, ruleText } from '../../analyze/runtime.js';
import type { AnswerValue, CompiledTheme, OutcomeStatus, Profile } from '../../index.js';
import { guidanceNoticeText, isGuidance } from '../../render/guidance.js';

export interface SituationRow {
  /** The case key of its first path. */
  readonly key: string;
  /** The case label of its first path (the one it opens at). */
  readonly first: string;
  /** Its compact rule, rows joined by "或". */
  readonly label: string;
  /** Answer paths it covers. */
  readonly paths: number;
  readonly status: OutcomeStatus;
  readonly items: number;
  readonly materials: number;
  readonly days: number;
  readonly fee: number;
  readonly visits: number;
  /** Its notices as a guidance outcome says them (`guidanceNoticeText`), in the outcome's order. */
  readonly notices: readonly string[];
  /** The user's answers that open it in the questionnaire: its first path's (prefilled ones excluded). */
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

export interface Situations {
  readonly rows: readonly SituationRow[];
  /** How many there are in all (at least, when `complete` is false). */
  readonly total: number;
  /** Answer paths walked. */
  readonly paths: number;
  /** False when more paths exist than were walked. */
  readonly complete: boolean;
  /** A guidance theme (`isGuidance`: no items): each situation's answer is its notices. */
  readonly guidance: boolean;
}

/** Rows listed at most; the count goes on further. */
export const LISTED = 200;
const COUNTED = 100_000;

/** The situations of a theme for a profile (or none) on a day: the first `LISTED` rows and the count. */
export function situationsOf(theme: CompiledTheme, today: string, profile: Profile | undefined): Situations {
  const texts = new Map(theme.notices.map((n) => [n.id, guidanceNoticeText(n, 'zh')]));
  const list = enumerateSituations(theme, { today, maxCases: COUNTED, ...(profile ? { profile } : {}) });
  const rows = list.situations.slice(0, LISTED).map(
    (s): SituationRow => ({
      key: s.first.key,
      first: s.first.label,
      label: s.rows.map((row) => ruleText(theme, row, 'zh')).join(' 或 '),
      paths: s.count,
      status: s.detail.status,
      items: s.detail.items.length,
      materials: s.detail.materials.filter((m) => m.status === 'submit').length,
      days: s.detail.days,
      fee: s.detail.fee,
      visits: s.detail.visits,
      notices: s.detail.notices.map((n) => texts.get(n.id) ?? n.id),
      answers: s.first.answers,
    }),
  );
  return {
    rows,
    total: list.situations.length,
    paths: list.paths,
    complete: !list.truncated,
    guidance: isGuidance(theme),
  };
}
