import type { CompiledTheme } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import { MAX_BRANCH_STEPS } from './branch-effect.js';
import { walkBranches } from './branch-walk.js';
import { type Census, censusOf } from './census.js';
import { maxCasesOf } from './enumerate.js';
import { type EnumerateOptions, planTheme, type ThemePlan } from './plan.js';
import { separateChoices } from './separate.js';

/**
 * What one exploration of a theme finds out, for the checks (see `exploreTheme`): the census of its cases
 * (count, `truncated` when `maxCases` stopped it, cases by status, asked questions, dead ends), and which
 * choices matter.
 *
 * What the words mean, where options have conditions (`when`: an option is offered only where its condition
 * holds; sessions never offer it elsewhere, and enumeration never takes it there):
 * - A case is a path through the questionnaire to its end. A path that stops at a question offering no answer
 *   (no option's condition holds, an empty date range) is no case, and asks nothing: `asked[k]` is true when
 *   some case asks question k (answered or prefilled). `never-asked` reports the others, so a question that
 *   only such paths reach is reported there, beside the `few-options` finding that explains it.
 * - A node is a path to a question that branches there (asked, and not prefilled, or prefilled with an answer
 *   not offered there). Its choices are the choices offered there; the subtree of a choice is every path below
 *   it, compared whole: the same questions follow, offering the same choices, and the same answers end in the
 *   same outcome, or alike in no case (a path that stops is compared by where it stops).
 * - Two options differ only at a node where both are offered: a choice not offered at a node is no answer
 *   there, and is compared with nothing. Options never offered together are never compared (`together`).
 * - A question matters when at some node two choices offered there differ: one option offered alone matters
 *   nowhere (`few-options` reports that branch).
 * The checks read these as follows: `never-asked` (not `asked`), `no-effect-question` (asked, and no static
 * reason or not `matters`), `no-effect-option` (asked, `matters`, and an option alike, by `differs`, to an
 * earlier one it is offered `together` with somewhere). `never-offered-option` and `few-options` read the offers
 * of every path that reaches a question (`optionOffers`), cases or not: they say why paths stop.
 */
export interface EnumerationResults extends Omit<Census, 'nodes'> {
  readonly maxCases: number;
  /**
   * By question index: whether at some node two of the choices offered there lead to different subtrees
   * (other questions follow, other choices are offered, or some answers end in another outcome). False for a
   * question no case asks; all false when `truncated`.
   */
  readonly matters: readonly boolean[];
  /**
   * By question index, for questions whose choices are their options (single choice): `differs[a][b]` is
   * true when options a and b (by option index) lead to different subtrees at some node where both are
   * offered. Left out (undefined) for other questions, and for one with more than MAX_COMPARED_OPTIONS options:
   * the table is quadratic in them. All false for a question no case asks, and when `truncated`.
   */
  readonly differs: readonly (readonly (readonly boolean[])[] | undefined)[];
  /**
   * By question index, for a question with a `differs` table some of whose options have conditions:
   * `together[a][b]` is true when options a and b are both offered at some node where the question is asked
   * (pairs never offered together are never compared, and `differs` leaves them false). Undefined for the
   * other questions: every two options are offered together wherever they are asked. All false when
   * `truncated`.
   */
  readonly together: readonly (readonly (readonly boolean[])[] | undefined)[];
}

/**
 * Most options of a single-choice question compared pairwise (`differs`): the table and its updates are
 * quadratic in the options, and 100,000 options (a 1 MB theme) ran `tongban validate` out of memory.
 */
export const MAX_COMPARED_OPTIONS = 1_000;

/**
 * Explores every case of a theme in two passes, with the meanings `EnumerationResults` gives. The first
 * (`censusOf`) counts cases by status and dead ends and marks asked questions, over states merged question by
 * question: it reads only question, notice and item conditions, and builds no outcome. The second
 * (`separateChoices`, when the first was not truncated) tells, question by question, which choices offered
 * together lead to different subtrees: it compares the first case below each choice at the first nodes where
 * the question is asked, which settles almost every pair at once, and enumerates whole subtrees only for pairs
 * still alike: the work of the old all-cases numbering is left to the findings.
 */
export function exploreTheme(
  theme: CompiledTheme,
  options: EnumerateOptions = {},
  /** The theme compiled with the same options, when the caller has it (it is then not compiled again). */
  compiled?: ThemePlan,
): EnumerationResults {
  return exploreWith(theme, options, compiled, false);
}

/**
 * `exploreTheme`, and with `walk` (when the `no-effect-branch` check will walk every case anyway, and the
 * census was not truncated) the walk of every case by sketches (`walkBranches`) done first: choices it saw
 * apart are not compared again, and the check finds the walk memoised on the plan.
 */
export function exploreWith(
  theme: CompiledTheme,
  options: EnumerateOptions,
  compiled: ThemePlan | undefined,
  walk: boolean,
): EnumerationResults {
  const maxCases = maxCasesOf(options);
  const plan = compiled ?? planTheme(theme, options);
  const { count, truncated, byStatus, asked, deadEnds, deadEnd, nodes } = censusOf(plan, maxCases);
  const matters = plan.questions.map(() => false);
  const differs = theme.questions.map((q) => {
    const type = questionType(q);
    const options = type.options(q);
    return type.choicePerOption && options.length <= MAX_COMPARED_OPTIONS
      ? options.map(() => options.map(() => false))
      : undefined;
  });
  const together = differs.map((pairs, k) =>
    pairs && plan.questions[k]?.gates ? pairs.map((row) => row.map(() => false)) : undefined,
  );
  if (!truncated) {
    const walked = walk
      ? walkBranches(
          plan,
          MAX_BRANCH_STEPS,
          differs.map((pairs) => pairs !== undefined),
        )
      : undefined;
    const separation = separateChoices(plan, nodes, walked);
    plan.questions.forEach((_, k) => {
      if (!asked[k]) return;
      const pairs = differs[k];
      const found = separation.question(k, pairs === undefined ? 'any' : 'all');
      matters[k] = found.some;
      if (!pairs) return;
      found.eachPair((a, b) => {
        (pairs[a] as boolean[])[b] = true;
        (pairs[b] as boolean[])[a] = true;
      });
      const met = together[k];
      found.eachTogether((a, b) => {
        if (!met) return;
        (met[a] as boolean[])[b] = true;
        (met[b] as boolean[])[a] = true;
      });
    });
  }
  return {
    count,
    truncated,
    maxCases,
    byStatus,
    asked,
    deadEnds,
    ...(deadEnd ? { deadEnd } : {}),
    matters,
    differs,
    together,
  };
}
