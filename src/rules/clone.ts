/**
 * The copy json-rules-engine makes of a condition before every run (RuleResult and named-condition
 * references use the `clone` package, v2), reproduced for JSON values because operators can observe it:
 *
 * - an object's key that names a data property of its prototype is dropped: a literal `{ toString: 'x' }`
 *   or `{ constructor: 1 }` reaches the operator as `{}` (clone skips prototype members without a setter);
 * - a `__proto__` key goes through the prototype's setter, so the copy inherits from that value;
 * - arrays are copied element by element, and the copy is never the very object a fact is, so `equal`,
 *   `in` and `contains` never match a literal array or object by identity.
 */
export function cloneLikeJre(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    // for…in, as clone does: holes stay holes.
    for (const index in value) copy[Number(index)] = cloneLikeJre(value[Number(index)]);
    return copy;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  const copy: Record<string, unknown> = Object.create(proto as object | null);
  const source = value as Readonly<Record<string, unknown>>;
  for (const key in source) {
    const inherited = proto ? Object.getOwnPropertyDescriptor(proto, key) : undefined;
    if (inherited !== undefined && inherited.set == null) continue;
    copy[key] = cloneLikeJre(source[key]);
  }
  return copy;
}
