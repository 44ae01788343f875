/** Freezes a plain JSON-like value and everything inside it; returns the same value, typed read-only. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const member of value) deepFreeze(member);
  } else {
    // `for…in` over a plain object visits its own keys without an array of them per object.
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
