import type { CompiledTheme, Cut, Question } from '../model/theme.js';
import { questionType } from '../question-types/index.js';
import { joinFragments, keyFragments, splitFragment } from '../session/case-key-format.js';
import { questionTitle } from './situation-text.js';

/** A number or date question whose boundaries differ between two versions (a threshold moved, added or dropped). */
export interface BoundaryChange {
  readonly question: string;
  /** Its short name, else the question as asked. */
  readonly title: string;
  readonly unit?: string;
  /** The values the conditions compare it with, ascending, in each version. */
  readonly from: readonly (number | string)[];
  readonly to: readonly (number | string)[];
}

/** Questions only one version asks. */
export interface QuestionChanges {
  /** Id and title of each question the new version adds, in its order. */
  readonly added: readonly { readonly question: string; readonly title: string }[];
  /** Likewise, the questions it drops, in the old version's order. */
  readonly removed: readonly { readonly question: string; readonly title: string }[];
}

/** Both versions with common bands, and what their questions' differences are. */
export interface CommonBands {
  readonly old: CompiledTheme;
  readonly next: CompiledTheme;
  readonly boundaries: readonly BoundaryChange[];
  readonly questions: QuestionChanges;
}

const SIDE_ORDER = { below: 0, point: 1, above: 2 } as const;

/**
 * Both versions with every number or date question both ask (same id, same type) cut at the boundaries of
 * either, so that a moved threshold splits bands instead of renaming them: paths of both versions then have
 * the same case keys wherever the answers are the same, and a band whose outcome changed is compared rather
 * than reported as removed and added. An extra cut changes no verdict (no condition of that version tests
 * it), only how finely answers are grouped. Themes without such a difference are returned as they are.
 */
export function commonBands(old: CompiledTheme, next: CompiledTheme): CommonBands {
  const before = new Map(old.questions.map((q) => [q.id, q]));
  const after = new Map(next.questions.map((q) => [q.id, q]));
  const union = new Map<string, readonly Cut[]>();
  const boundaries: BoundaryChange[] = [];
  for (const q of next.questions) {
    const p = before.get(q.id);
    const was = p && cutsOf(p);
    const is = cutsOf(q);
    if (p === undefined || was === undefined || is === undefined || p.type !== q.type) continue;
    const cuts = mergedCuts(was, is);
    if (cuts.length === was.length && cuts.length === is.length) continue;
    union.set(q.id, cuts);
    boundaries.push({
      question: q.id,
      title: questionTitle(q),
      ...('unit' in q && q.unit !== undefined ? { unit: q.unit } : {}),
      from: values(was),
      to: values(is),
    });
  }
  const refine = (theme: CompiledTheme): CompiledTheme =>
    union.size === 0
      ? theme
      : {
          ...theme,
          questions: theme.questions.map((q) => {
            const cuts = union.get(q.id);
            return cuts === undefined ? q : questionType(q).withCuts(q, () => cuts);
          }),
        };
  const title = (q: Question) => ({ question: q.id, title: questionTitle(q) });
  return {
    old: refine(old),
    next: refine(next),
    boundaries,
    questions: {
      added: next.questions.filter((q) => !before.has(q.id)).map(title),
      removed: old.questions.filter((q) => !after.has(q.id)).map(title),
    },
  };
}

/** The cuts of a question whose answers fall into bands (numbers, dates); undefined for the others. */
function cutsOf(q: Question): readonly Cut[] | undefined {
  return 'cuts' in q ? q.cuts : undefined;
}

/** The cuts of both, each once, sorted as `compileTheme` sorts them. */
function mergedCuts(a: readonly Cut[], b: readonly Cut[]): Cut[] {
  const cuts = new Map<string, Cut>();
  for (const cut of [...a, ...b]) cuts.set(`${cut.value}|${cut.side}`, cut);
  return [...cuts.values()].sort((x, y) =>
    x.value === y.value ? SIDE_ORDER[x.side] - SIDE_ORDER[y.side] : x.value < y.value ? -1 : 1,
  );
}

function values(cuts: readonly Cut[]): (number | string)[] {
  return [...new Set(cuts.map((c) => c.value))];
}

/**
 * The part of a case key both versions can match on: the fragments (`question=key`) of the questions both
 * versions ask. A path of the old version then stands for every path of the new one that only adds answers
 * to new questions, and the other way round.
 */
export function sharedKey(key: string, only: ReadonlySet<string>): string {
  if (only.size === 0 || key === '') return key;
  return joinFragments(
    keyFragments(key).filter((fragment) => !only.has(splitFragment(fragment)?.question ?? '')),
  );
}
