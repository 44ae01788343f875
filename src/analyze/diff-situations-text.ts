import { SITUATION_WORDS } from '../messages/situation-diff-words.js';
import type { Lang } from '../messages/words.js';
import type { Question } from '../model/theme.js';
import type { CaseChange } from './case-changes.js';
import type { DiffSituation, SituationDiff, SituationLink } from './diff-situations.js';
import { ruleTextWith } from './situation-text.js';

/** How the situation section writes what the rest of a diff's text writes too. */
export interface SituationTextParts {
  /** One change of an outcome as a line. */
  readonly change: (change: CaseChange) => string;
  /** An outcome in brief: status, items, days, fee, visits. */
  readonly brief: (situation: DiffSituation) => string;
  /** Rows of a situation's rule named at most, and situations listed per merge, split or regrouping. */
  readonly examples: number;
  /** The questions whose bands a rule may join into one range (see `ruleTextWith`). */
  readonly questionOf?: (id: string) => Question | undefined;
}

/**
 * The situation section of a policy diff as lines: each situation that changed named by its rule, in the
 * words of an officer (now needs…, merged, split, regrouped, added, removed), with the outcome changes under
 * it; one line when no situation changed.
 */
export function situationLines(diff: SituationDiff, lang: Lang, parts: SituationTextParts): string[] {
  const w = SITUATION_WORDS[lang];
  const lines = [w.heading(diff.old, diff.next, diff.unchanged)];
  if (diff.changes.length === 0) return [...lines, `  ${w.none}`];
  const titleOf = (id: string) => diff.questions[id] ?? id;
  const rows = Math.max(parts.examples, 1);
  const name = (s: DiffSituation) => {
    const shown = s.rows.slice(0, rows).map((row) => ruleTextWith(row, titleOf, lang, parts.questionOf));
    return `${w.name(shown, s.rows.length - shown.length)}${w.paths(s.paths)}`;
  };
  const changeLines = (changes: readonly CaseChange[], indent: string) =>
    changes.length === 0 ? [`${indent}${w.sameOutcome}`] : changes.map((c) => `${indent}${parts.change(c)}`);
  const pathLines = (s: DiffSituation, side: 'old' | 'next', indent: string) =>
    s.unmatched === 0 ? [] : [`${indent}${side === 'next' ? w.gained(s.unmatched) : w.lost(s.unmatched)}`];
  const listed = <T>(list: readonly T[], line: (item: T) => string[], indent: string) => {
    const shown = list.slice(0, Math.max(parts.examples, 2));
    const out = shown.flatMap(line);
    return list.length > shown.length ? [...out, `${indent}${w.more(list.length - shown.length)}`] : out;
  };
  const linkLines = (link: SituationLink, head: string, side: 'old' | 'next') => [
    `    ${head}`,
    ...changeLines(link.changes, '      '),
    ...pathLines(link.situation, side, '      '),
  ];
  // The outcome changes are grouped above by where they happen: past a few, situations are only counted by
  // how they changed (a moved threshold splits or regroups hundreds alike), never listed one by one.
  const listedChanges = diff.changes.length <= Math.max(parts.examples, 3) ? diff.changes : [];
  if (listedChanges.length < diff.changes.length) {
    const counts = { changed: 0, merged: 0, split: 0, regrouped: 0, added: 0, removed: 0 };
    for (const change of diff.changes) counts[change.kind]++;
    lines.push(w.kinds(counts));
  }
  for (const change of listedChanges) {
    lines.push('');
    switch (change.kind) {
      case 'changed':
        lines.push(
          `  ${w.changed(name(change.next))}`,
          ...(name(change.old) === name(change.next) ? [] : [`      ${w.formerly(name(change.old))}`]),
          ...(change.changes.length === 0 ? [] : changeLines(change.changes, '      ')),
          ...pathLines(change.old, 'old', '      '),
          ...pathLines(change.next, 'next', '      '),
        );
        break;
      case 'merged':
        lines.push(
          `  ${w.merged(change.from.length, name(change.into))}`,
          ...pathLines(change.into, 'next', '      '),
          ...listed(
            change.from,
            (l) => linkLines(l, w.mergedFrom(name(l.situation), l.shared), 'old'),
            '    ',
          ),
        );
        break;
      case 'split':
        lines.push(
          `  ${w.split(name(change.from), change.into.length)}`,
          ...pathLines(change.from, 'old', '      '),
          ...listed(
            change.into,
            (l) => linkLines(l, w.splitInto(name(l.situation), l.shared), 'next'),
            '    ',
          ),
        );
        break;
      case 'regrouped':
        lines.push(
          `  ${w.regrouped(change.from.length, change.into.length)}`,
          ...listed(change.from, (s) => [`    ${w.regroupedFrom(s.index, name(s))}`], '    '),
          ...listed(
            change.into,
            (s) => [
              `    ${w.regroupedInto(
                s.index,
                name(s),
                change.links.filter((l) => l.into === s.index).map((l) => l.from),
              )}`,
            ],
            '    ',
          ),
        );
        break;
      default:
        lines.push(
          `  ${change.kind === 'added' ? w.added(name(change.situation)) : w.removed(name(change.situation))}`,
          `      ${parts.brief(change.situation)}`,
        );
    }
  }
  if (listedChanges.length < diff.changes.length)
    lines.push('', w.unlisted(diff.changes.length - listedChanges.length));
  return lines;
}
