/**
 * An item that asks twice for one material accepts a commitment (告知承诺) only if each of its uses does: it
 * cannot both require the proof and let a commitment replace it.
 */
export function everyUseAccepts(a: boolean, b: boolean): boolean {
  return a && b;
}
