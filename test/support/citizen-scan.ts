import type { CompiledTheme } from '../../src/model/theme.js';
import { questionType } from '../../src/question-types/index.js';

/** Logic written for authors: set and comparison signs, 并非, 且/或 between spaced terms or in brackets. */
export const LOGIC = /[∈∉∧∨¬≠≤≥]|并非|\s[且或]\s|[（(][^（）()]*\s[且或]\s/u;
export const URL = /https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|cn|org|net)\b/iu;

/** Every id a theme's author wrote that a citizen must never read: questions, options, items, materials, notices. */
export function idsOf(theme: CompiledTheme): Set<string> {
  const ids = new Set<string>();
  for (const q of theme.questions) {
    ids.add(q.id);
    for (const o of questionType(q).options(q)) ids.add(o.id);
  }
  for (const use of theme.items) ids.add(use.item);
  for (const id of Object.keys(theme.catalog.items)) ids.add(id);
  for (const id of Object.keys(theme.catalog.materials)) ids.add(id);
  for (const notice of theme.notices) ids.add(notice.id);
  return ids;
}

/** The ASCII words of a text that are ids of the theme. */
export function idsIn(text: string, ids: ReadonlySet<string>): string[] {
  return [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9_.-]*/gu)].map((m) => m[0]).filter((w) => ids.has(w));
}

/**
 * What is wrong with a text a citizen reads: the theme's ids in it (looked for in Chinese text only: English
 * labels are words, some spelled like ids, "company"), logic symbols and URLs, each prefixed by `where`.
 */
export function citizenTextProblems(
  where: string,
  text: string,
  ids: ReadonlySet<string>,
  lookForIds = true,
): string[] {
  const problems: string[] = [];
  const found = lookForIds ? idsIn(text, ids) : [];
  if (found.length > 0) problems.push(`${where}: ids ${found.join(', ')}`);
  const logic = LOGIC.exec(text);
  if (logic) problems.push(`${where}: logic "${logic[0]}"`);
  const url = URL.exec(text);
  if (url) problems.push(`${where}: URL "${url[0]}"`);
  return problems;
}
