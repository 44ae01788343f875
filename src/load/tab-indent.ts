import type { YAMLError } from 'yaml';

/** The parser's errors for a text, parsed as the file was. */
export type ErrorsOf = (text: string) => readonly YAMLError[];

/**
 * Most characters parsed again to find follow-on errors (about 100 parses of a 20 KB theme, one of the largest
 * file accepted): each tab-indented line costs a parse per indentation tried, and once the budget is spent the
 * lines left keep their errors, follow-ons included, rather than the file being parsed hundreds of times.
 */
export const REPARSE_BUDGET = 2_000_000;

/** Most indentations tried for one line: the nearest blocks above it are where a line usually belongs. */
const MAX_WIDTHS = 6;

/**
 * The parser's errors without those a tab used as indentation caused: a line indented with a tab is read at
 * another depth than meant, and the parser then reports the lines after it (its siblings, the rest of its
 * block) as badly indented too, where the one thing to fix is the tab. An error is such a follow-on when it is
 * gone once each tab-indented line is indented with spaces instead (as deep as the line before it, the line
 * after it, one level deeper than the line before or as one of the blocks above it, whichever leaves fewest
 * errors); every other error stays, on whatever line, and so does each `TAB_AS_INDENT`, at its tab.
 */
export function withoutTabFollowOns(
  text: string,
  errors: readonly YAMLError[],
  errorsOf: ErrorsOf,
  budget = REPARSE_BUDGET,
): YAMLError[] {
  const tabs = errors.filter((error) => error.code === 'TAB_AS_INDENT');
  if (tabs.length === 0) return [...errors];
  const starts = lineStarts(text);
  const tabLineSet = new Set(tabs.map((error) => lineOf(starts, error.pos[0])));
  const tabLines = [...tabLineSet];

  const lines = text.split('\n');
  let fixed = lines;
  let fixedErrors = errors;
  let spent = 0;
  for (const line of tabLines) {
    const content = (lines[line] ?? '').replace(/^[ \t]+/, '');
    const outer = indentsAbove(fixed, line);
    const above = outer[0] ?? 0;
    const widths = [...new Set([above, indentBelow(fixed, line), above + 2, ...outer])].slice(0, MAX_WIDTHS);
    let best: { lines: string[]; errors: readonly YAMLError[] } | undefined;
    for (const width of widths) {
      spent += text.length;
      if (spent > budget) break;
      const tried = fixed.slice();
      tried[line] = ' '.repeat(width) + content;
      const triedErrors = errorsOf(tried.join('\n'));
      if (best === undefined || triedErrors.length < best.errors.length)
        best = { lines: tried, errors: triedErrors };
    }
    if (best) ({ lines: fixed, errors: fixedErrors } = best);
  }

  // Lines keep their numbers once fixed, and columns change only on the lines that were indented with tabs.
  const fixedStarts = lineStarts(fixed.join('\n'));
  const remaining = new Set(
    fixedErrors.map((error) => {
      const line = lineOf(fixedStarts, error.pos[0]);
      const column = tabLineSet.has(line) ? 0 : error.pos[0] - (fixedStarts[line] ?? 0);
      return `${error.code}@${line}:${column}`;
    }),
  );
  return errors.filter((error) => {
    if (error.code === 'TAB_AS_INDENT') return true;
    const line = lineOf(starts, error.pos[0]);
    const column = tabLineSet.has(line) ? 0 : error.pos[0] - (starts[line] ?? 0);
    return remaining.has(`${error.code}@${line}:${column}`);
  });
}

/** The offset where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The line (from 0) of an offset. */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Whether a line holds more than blanks and a comment. */
const holdsContent = (text: string) => !/^\s*(#|$)/.test(text);

const indentOf = (text: string) => text.length - text.trimStart().length;

/**
 * The indentation of the nearest line above that holds more than a comment, then of each line further up
 * indented less than all below it (the blocks the line may belong to, innermost first): `[0]` when none.
 */
function indentsAbove(lines: readonly string[], line: number): number[] {
  const indents: number[] = [];
  for (let at = line - 1; at >= 0; at--) {
    const text = lines[at] ?? '';
    if (!holdsContent(text)) continue;
    const indent = indentOf(text);
    if (indents.length === 0 || indent < (indents.at(-1) ?? 0)) indents.push(indent);
    if (indent === 0) break;
  }
  return indents.length === 0 ? [0] : indents;
}

/** The indentation of the nearest line below that holds more than a comment; 0 if none. */
function indentBelow(lines: readonly string[], line: number): number {
  for (let at = line + 1; at < lines.length; at++) {
    const text = lines[at] ?? '';
    if (holdsContent(text)) return indentOf(text);
  }
  return 0;
}
