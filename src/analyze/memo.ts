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

/** First size of the arena that holds the keys' bytes (it doubles as needed): most memos stay small. */
const ARENA_BYTES = 1 << 10;
/** First number of slots of the hash table (a power of two; it doubles while kept at most half full). */
const FIRST_SLOTS = 64;

/**
 * Values memoised by a string of bytes (what a case's outcome is composed from, or part of it). The caller
 * asks `rests()` once per case, and while it is true neither looks up nor stores. The keys' bytes are copied
 * end to end into one arena, and found through an open-addressing table of entry numbers (typed arrays, no
 * object per entry): a full memo holds tens of thousands of keys, and objects per entry, each outliving the
 * young generation, cost more to collect than the lookups themselves.
 */
export class BytesMemo<T> {
  /** By slot: 1 + the number of the entry there, 0 when empty. */
  private slots = new Int32Array(FIRST_SLOTS);
  /** By entry: the hash of its bytes, where they start in the arena (entry n ends where n + 1 starts), its value. */
  private hashes = new Int32Array(FIRST_SLOTS / 2);
  private starts = new Int32Array(FIRST_SLOTS / 2 + 1);
  private readonly values: T[] = [];
  private arena = new Uint8Array(ARENA_BYTES);
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
    const { slots, hashes, starts, arena } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot] as number;
      if (at === 0) return undefined;
      const n = at - 1;
      if (hashes[n] !== hash) continue;
      const from = starts[n] as number;
      if ((starts[n + 1] as number) - from !== length) continue;
      let i = 0;
      while (i < length && arena[from + i] === bytes[start + i]) i++;
      if (i < length) continue;
      this.hits++;
      return this.values[n] as T;
    }
  }

  /** Stores a value for the bytes `get` was last called with (and found nothing for). */
  set(bytes: Uint8Array, start: number, end: number, value: T): void {
    if (this.size >= MEMO_LIMIT) {
      this.restart(this.idle(IDLE_SHARE));
      if (this.resting > 0) return;
    }
    const n = this.size;
    if (2 * (n + 1) > this.slots.length) this.grow();
    const length = end - start;
    const used = this.starts[n] as number;
    if (used + length > this.arena.length) {
      const grown = new Uint8Array(Math.max(2 * this.arena.length, used + length));
      grown.set(this.arena.subarray(0, used));
      this.arena = grown;
    }
    // Copied byte by byte: a view (`subarray`) per key costs more than the copy.
    const arena = this.arena;
    for (let i = 0; i < length; i++) arena[used + i] = bytes[start + i] as number;
    this.starts[n + 1] = used + length;
    this.hashes[n] = this.hash;
    this.values[n] = value;
    this.place(n);
    this.size = n + 1;
    if (this.size === EARLY_CHECK && this.idle(EARLY_IDLE_SHARE)) this.restart(true);
  }

  /** Puts entry n in the first empty slot from its hash on. */
  private place(n: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = (this.hashes[n] as number) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = n + 1;
  }

  /** Doubles the table (and the entries' arrays), placing every entry again. */
  private grow(): void {
    const size = this.size;
    this.slots = new Int32Array(2 * this.slots.length);
    const hashes = new Int32Array(this.slots.length / 2);
    hashes.set(this.hashes.subarray(0, size));
    this.hashes = hashes;
    const starts = new Int32Array(this.slots.length / 2 + 1);
    starts.set(this.starts.subarray(0, size + 1));
    this.starts = starts;
    for (let n = 0; n < size; n++) this.place(n);
  }

  /** Whether fewer than `share` of the lookups since the memo was cleared were answered. */
  private idle(share: number): boolean {
    return this.hits < share * (this.hits + this.size);
  }

  /** Clears the memo (the arena and table are kept for the next fill); lets it rest when it was idle. */
  private restart(idle: boolean): void {
    this.slots.fill(0);
    this.values.length = 0;
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
