import type { ValueKind } from '../model/errors.js';

/** How many characters of a value from outside a message quotes at most. */
export const MAX_QUOTED = 64;

/**
 * At most `MAX_QUOTED` characters of `text` (whole code points), with `…` when cut: a value quoted in a
 * message or a param stays small however large the value given (a 10 MB answer is not copied into its error).
 */
export function bounded(text: string, limit = MAX_QUOTED): string {
  // Cheap for the usual short text: each code point is at most two code units.
  if (text.length <= limit) return text;
  let end = 0;
  let count = 0;
  while (end < text.length && count < limit) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
    count++;
  }
  return end >= text.length ? text : `${text.slice(0, end)}…`;
}

/**
 * The same params with every text (and every text in a list) cut to `MAX_QUOTED` characters: what an error
 * carries of values from outside stays bounded in its params as in its message.
 */
export function boundedParams<T extends object>(params: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') out[key] = bounded(value);
    else if (Array.isArray(value))
      out[key] = value.map((member: unknown) => (typeof member === 'string' ? bounded(member) : member));
    else out[key] = value;
  }
  return out as T;
}

/**
 * A value from outside as params carry it: `text` when it is text (messages quote it), `value` for a number,
 * a boolean, `null` or `undefined` as JavaScript writes it (not quoted: it is no text), or only its `kind` (a
 * token the catalogs word).
 */
export type GivenValue =
  | { readonly text: string }
  | { readonly value: string }
  | { readonly kind: ValueKind };

/**
 * A value from outside described for a message's params, without calling anything of it (a `toString` that
 * throws, a proxy): text cut to `MAX_QUOTED` characters, numbers and the like as JavaScript writes them,
 * anything else by its kind only, which each language words itself.
 */
export function describeValue(value: unknown): GivenValue {
  switch (typeof value) {
    case 'string':
      return { text: bounded(value) };
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return { value: String(value) };
    case 'symbol':
      return { kind: 'symbol' };
    case 'function':
      return { kind: 'function' };
    default:
      if (value === null) return { value: 'null' };
      return { kind: Array.isArray(value) ? 'list' : 'object' };
  }
}
