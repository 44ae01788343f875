/** Values are memoised up to this many (then the memo starts over: memory stays flat). */
export const MEMO_LIMIT = 16_384;
/**
 * A full memo that answered fewer than this share of its lookups was not worth its upkeep (the keys rarely
 * repeat): the memo then rests (is neither read nor filled) for a while, twice as long each time it is found
 * idle again, up to MAX_REST memo fills.
 */
const IDLE_SHARE = 0.25;
const MAX_REST = 64;
/**
 * A memo is also judged when it first holds this many values: one that answered fewer than EARLY_IDLE_SHARE of
 * its lookups by then (a theme where every case has its own outcome) rests at once rather than fill up first.
 * Filling costs more than the lookups: every value kept outlives the young generation.
 */
export const EARLY_CHECK = 2_048;
const EARLY_IDLE_SHARE = 1 / 16;

interface Entry<T> {
  /** Where its bytes are in the arena. */
  readonly at: number;
  readonly length: number;
  readonly value: T;
  /** The next entry whose bytes share the hash. */
  readonly next: Entry<T> | undefined;
}

/** First size of the arena that holds the keys' bytes (it doubles as needed): most memos stay small. */
const ARENA_BYTES = 1 << 10;

/**
 * Values memoised by a string of bytes (what a case's outcome is composed from, or part of it). The caller
 * asks `rests()` once per case, and while it is true neither looks up nor stores. The keys' bytes are copied
 * end to end into one arena, not one array each: a full memo holds tens of thousands of keys.
 */
export class BytesMemo<T> {
  /** Entries by hash of their bytes, chained through `next`. */
  private readonly memo = new Map<number, Entry<T>>();
  private arena = new Uint8Array(ARENA_BYTES);
  private used = 0;
  private size = 0;
  /** Lookups answered since the memo was last cleared. */
  private hits = 0;
  /** Cases left before the memo is used again, and the next rest in memo fills. */
  private resting = 0;
  private nextRest = 1;
  /** The hash of the bytes last looked up, for `set`. */
  private hash = 0;

  /** Whether the memo rests for this case (counts the case). */
  rests(): boolean {
    if (this.resting === 0) return false;
    this.resting--;
    return true;
  }

  /** The value stored for `bytes[start, end)`, if any. */
  get(bytes: Uint8Array, start: number, end: number): T | undefined {
    // FNV-1a over the bytes.
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
    this.hash = hash;
    for (let entry = this.memo.get(hash); entry !== undefined; entry = entry.next) {
      if (!this.holds(entry, bytes, start, end)) continue;
      this.hits++;
      return entry.value;
    }
    return undefined;
  }

  /** Stores a value for the bytes `get` was last called with (and found nothing for). */
  set(bytes: Uint8Array, start: number, end: number, value: T): void {
    if (this.size >= MEMO_LIMIT) {
      this.restart(this.idle(IDLE_SHARE));
      if (this.resting > 0) return;
    }
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const grown = new Uint8Array(Math.max(2 * this.arena.length, this.used + length));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    // Copied byte by byte: a view (`subarray`) per key costs more than the copy.
    const arena = this.arena;
    for (let i = 0; i < length; i++) arena[this.used + i] = bytes[start + i] as number;
    this.memo.set(this.hash, { at: this.used, length, value, next: this.memo.get(this.hash) });
    this.used += length;
    this.size++;
    if (this.size === EARLY_CHECK && this.idle(EARLY_IDLE_SHARE)) this.restart(true);
  }

  /** Whether fewer than `share` of the lookups since the memo was cleared were answered. */
  private idle(share: number): boolean {
    return this.hits < share * (this.hits + this.size);
  }

  /** Whether an entry's bytes are `bytes[start, end)`. */
  private holds(entry: Entry<T>, bytes: Uint8Array, start: number, end: number): boolean {
    if (entry.length !== end - start) return false;
    const arena = this.arena;
    for (let i = 0; i < entry.length; i++) if (arena[entry.at + i] !== bytes[start + i]) return false;
    return true;
  }

  /** Clears the memo (the arena is kept for the next fill); lets it rest when it was idle. */
  private restart(idle: boolean): void {
    this.memo.clear();
    this.used = 0;
    this.size = 0;
    this.hits = 0;
    if (!idle) {
      this.nextRest = 1;
      return;
    }
    this.resting = this.nextRest * MEMO_LIMIT;
    this.nextRest = Math.min(MAX_REST, 2 * this.nextRest);
  }
}

/** The key of the body of every case whose notices withhold the items: whatever holds, it has no steps. */
const WITHHELD = Uint8Array.of(87);

/**
 * The body of a case from `bodies` (when `memo`) or made by `make` (and then stored): keyed by the items' part
 * of its selection's bytes, `bytes[bodyStart, end)`, or by one shared key when its notices withhold the items
 * (every such case has the same body, whatever holds). Situations and summaries find bodies alike this way.
 */
export function memoBody<T>(
  bodies: BytesMemo<T>,
  memo: boolean,
  withheld: boolean,
  bytes: Uint8Array,
  bodyStart: number,
  end: number,
  make: () => T,
): T {
  const key = withheld ? WITHHELD : bytes;
  const start = withheld ? 0 : bodyStart;
  const stop = withheld ? WITHHELD.length : end;
  let body = memo ? bodies.get(key, start, stop) : undefined;
  if (body === undefined) {
    body = make();
    if (memo) bodies.set(key, start, stop, body);
  }
  return body;
}
