/**
 * How a case key is written: each answered question's part as `question=key`, the parts in question order
 * joined by `&` (`business=first&age=ge16-lt60`). The one definition of the format: sessions write keys with
 * it (`caseOf`), the analysis builds the same keys on its walks, and readers split keys with it.
 */

const SEPARATOR = '&';

/** One question's part of a case key: `question=key`. */
export function keyFragment(question: string, key: string): string {
  return `${question}=${key}`;
}

/** A case key from its parts, in question order. */
export function joinFragments(fragments: readonly string[]): string {
  return fragments.join(SEPARATOR);
}

/** A case key with one more part at its end (`key` may be the empty key). */
export function appendFragment(key: string, fragment: string): string {
  return key === '' ? fragment : `${key}${SEPARATOR}${fragment}`;
}

/** The parts of a case key, as written (the empty key has one empty part). */
export function keyFragments(key: string): string[] {
  return key.split(SEPARATOR);
}

/** A part's question id and answer key; undefined for a part that is not `question=key`. */
export function splitFragment(
  fragment: string,
): { readonly question: string; readonly key: string } | undefined {
  const eq = fragment.indexOf('=');
  return eq <= 0 ? undefined : { question: fragment.slice(0, eq), key: fragment.slice(eq + 1) };
}
