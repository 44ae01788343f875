/**
 * JavaScript operations on unknown values, performed exactly as json-rules-engine's untyped callbacks do.
 * The casts only quiet the type checker: at run time each call is the same property access and call as in
 * JRE, so the same values succeed, coerce or throw (`b.indexOf is not a function` on a number, for example).
 */

interface Indexable {
  indexOf(item: unknown): number;
}

/** `container.indexOf(item)` as JRE writes it: arrays search by `===`, strings by substring, others throw. */
export function indexOf(container: unknown, item: unknown): number {
  return (container as Indexable).indexOf(item);
}

/** `a < b` with JavaScript's coercions (numeric strings compare as strings against strings). */
export function lessThan(a: unknown, b: unknown): boolean {
  return (a as number) < (b as number);
}

/** `a <= b` with JavaScript's coercions. */
export function lessThanOrEqual(a: unknown, b: unknown): boolean {
  return (a as number) <= (b as number);
}

/** JRE's `numberValidator`: anything `parseFloat` reads a number from, so `'12abc'` and `[3]` pass. */
export function isNumberLike(factValue: unknown): boolean {
  return Number.parseFloat(factValue as string).toString() !== 'NaN';
}

/** `a > b` with JavaScript's coercions. */
export function greaterThan(a: unknown, b: unknown): boolean {
  return (a as number) > (b as number);
}

/** `a >= b` with JavaScript's coercions. */
export function greaterThanOrEqual(a: unknown, b: unknown): boolean {
  return (a as number) >= (b as number);
}
