/** A deterministic 64-bit content hash (two FNV-1a lanes) of a string, as 16 hex digits. */
export function hashText(text: string): string {
  const hasher = new TextHasher();
  hasher.add(text);
  return hasher.hex();
}

/** `hashText(canonicalJson(value))`, without building the text: the pieces are hashed as they come. */
export function hashCanonicalJson(value: unknown): string {
  const hasher = new TextHasher();
  canonicalPieces(value, hasher);
  return hasher.hex();
}

/**
 * The lanes of `hashText`, fed piece by piece. Two 32-bit FNV-1a lanes with different offsets: cheap, stable
 * across platforms, good enough to tell theme versions apart (it is a fingerprint, not a signature).
 */
class TextHasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  private i = 0;

  add(text: string): void {
    let { a, b, i } = this;
    for (let k = 0; k < text.length; k++, i++) {
      const c = text.charCodeAt(k);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193);
    }
    this.a = a;
    this.b = b;
    this.i = i;
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

/** Characters `JSON.stringify` escapes in a string: quotes, backslashes, controls, and lone surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what JSON escapes.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * Feeds `canonicalJson(value)` to `hasher` piece by piece. The catalog entries a theme carries are read again
 * for each theme that has them, rather than their texts kept from one theme to the next: kept, the texts of a
 * 1,500-theme library's entries added about 45 MiB to the peak memory of validating it, for little time saved
 * (every character of a theme's entries is hashed for that theme either way).
 */
function canonicalPieces(value: unknown, hasher: TextHasher): void {
  if (typeof value === 'string') {
    // Most strings need no escape: their JSON text is the string in quotes.
    if (NEEDS_ESCAPE.test(value)) hasher.add(JSON.stringify(value));
    else {
      hasher.add('"');
      hasher.add(value);
      hasher.add('"');
    }
    return;
  }
  if (value === null || typeof value !== 'object') {
    hasher.add(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    hasher.add('[');
    for (let k = 0; k < value.length; k++) {
      if (k > 0) hasher.add(',');
      canonicalPieces(value[k], hasher);
    }
    hasher.add(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  hasher.add('{');
  for (let k = 0; k < keys.length; k++) {
    if (k > 0) hasher.add(',');
    canonicalPieces(keys[k], hasher);
    hasher.add(':');
    canonicalPieces(record[keys[k] as string], hasher);
  }
  hasher.add('}');
}

/** JSON text of a value with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
