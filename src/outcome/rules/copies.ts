/** The most copies any use asks for: one set of papers serves every item. */
export function mostCopies(a: number, b: number): number {
  return Math.max(a, b);
}
