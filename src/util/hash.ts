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

  /** `add` of one character (a code unit): the punctuation of JSON, without a string to walk. */
  char(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    this.b = Math.imul(this.b ^ c ^ (this.i & 0xff), 0x01000193);
    this.i++;
  }

  /**
   * `add(JSON.stringify(text))`: a string that needs no escape is hashed in quotes as it is, in the same pass
   * that finds out; at the first character that needs one, the lanes go back to where they were and the
   * escaped text is hashed instead.
   */
  string(text: string): void {
    const { a: a0, b: b0, i: i0 } = this;
    this.char(QUOTE);
    let { a, b, i } = this;
    for (let k = 0; k < text.length; k++, i++) {
      const c = text.charCodeAt(k);
      // What `JSON.stringify` escapes, and every surrogate (it escapes lone ones; pairs take the slow path).
      if (c < 0x20 || c === QUOTE || c === BACKSLASH || (c >= 0xd800 && c <= 0xdfff)) {
        this.a = a0;
        this.b = b0;
        this.i = i0;
        this.add(JSON.stringify(text));
        return;
      }
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193);
    }
    this.a = a;
    this.b = b;
    this.i = i;
    this.char(QUOTE);
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
/** Up to how many keys `sortKeys` sorts by insertion. */
const SMALL_OBJECT = 16;

/**
 * Feeds `canonicalJson(value)` to `hasher` piece by piece. The catalog entries a theme carries are read again
 * for each theme that has them, rather than their texts kept from one theme to the next: kept, the texts of a
 * 1,500-theme library's entries added about 45 MiB to the peak memory of validating it, for little time saved
 * (every character of a theme's entries is hashed for that theme either way).
 */
function canonicalPieces(value: unknown, hasher: TextHasher): void {
  if (typeof value === 'string') {
    hasher.string(value);
    return;
  }
  if (typeof value === 'boolean') {
    hasher.add(value ? 'true' : 'false');
    return;
  }
  if (value === null || typeof value !== 'object') {
    hasher.add(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    hasher.char(0x5b); // [
    for (let k = 0; k < value.length; k++) {
      if (k > 0) hasher.char(COMMA);
      canonicalPieces(value[k], hasher);
    }
    hasher.char(0x5d); // ]
    return;
  }
  const record = value as Record<string, unknown>;
  // The keys array is fresh: members left undefined are dropped in place, and the rest sorted in place.
  const keys = Object.keys(record);
  let count = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    if (record[key] !== undefined) keys[count++] = key;
  }
  keys.length = count;
  sortKeys(keys);
  hasher.char(0x7b); // {
  for (let k = 0; k < keys.length; k++) {
    if (k > 0) hasher.char(COMMA);
    const key = keys[k] as string;
    hasher.string(key);
    hasher.char(COLON);
    canonicalPieces(record[key], hasher);
  }
  hasher.char(0x7d); // }
}

/**
 * Sorts keys in place by UTF-16 code units, the order of `Array.prototype.sort` without a comparator. Most
 * objects have a few keys, which an insertion sort with `<` orders faster than the generic sort (it converts
 * and compares through its comparator); the large mappings (a catalog's entries by id) take the generic one.
 */
function sortKeys(keys: string[]): void {
  if (keys.length > SMALL_OBJECT) {
    keys.sort();
    return;
  }
  for (let k = 1; k < keys.length; k++) {
    const key = keys[k] as string;
    let j = k - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
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
