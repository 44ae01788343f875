import { type BodyEntries, type OutcomeSink, writeBody } from '../outcome/identity.js';

/** Entry tags in a written body: a number, or a string by its number among the strings met. */
const NUMBER = 0;
const STRING = 1;

/**
 * Numbers bodies by their entries as `writeBody` writes them (the one definition of the same outcome): two
 * bodies get one number exactly when their `bodySignature` is equal. A body is written as numbers (strings
 * numbered as met) and compared with those of the bodies numbered before, which costs far less than writing
 * its signature as text; the text is written once per number. Memory follows the distinct bodies.
 */
export class BodyNumbers implements OutcomeSink {
  /** Pairs of the body being written, past the numbered bodies' in the arena (kept there when it is new). */
  private length = 0;
  /** The strings met, numbered. */
  private readonly strings = new Map<string, number>();
  /**
   * Every numbered body's (tag, value) pairs end to end, and where each starts (its end is the next one's
   * start); the body being written follows them.
   */
  private arena = new Float64Array(4096);
  private readonly starts: number[] = [0];
  /** Where the body being written starts: the end of the numbered bodies' pairs (`starts`' last entry). */
  private tail = 0;
  /** Open addressing by hash of their pairs: by slot, 1 + a body number, 0 when empty; by body, its hash. */
  private slots = new Int32Array(64);
  private readonly hashes: number[] = [];

  /** Bodies numbered so far: numbers are 0…size-1, in order of first body. */
  get size(): number {
    return this.starts.length - 1;
  }

  /** The number of a body (a new one when no body before had its signature). */
  numberOf(body: BodyEntries): number {
    this.length = 0;
    writeBody(this, body);
    const { arena, length, tail } = this;
    // FNV-1a over the pairs' low 32 bits (values are small whole numbers mostly; equal pairs, equal hash).
    let hash = 0x811c9dc5;
    for (let i = tail; i < tail + length; i++)
      hash = Math.imul(hash ^ ((arena[i] as number) | 0), 0x01000193);
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let at = slots[slot] as number; at !== 0; at = slots[slot] as number) {
      const n = at - 1;
      if (this.hashes[n] === hash && this.equals(n)) return n;
      slot = (slot + 1) & mask;
    }
    return this.add(hash, slot);
  }

  number(value: number): void {
    // -0 and 0 write the same text: one number.
    this.push(NUMBER, value === 0 ? 0 : value);
  }

  string(value: string): void {
    let at = this.strings.get(value);
    if (at === undefined) {
      at = this.strings.size;
      this.strings.set(value, at);
    }
    this.push(STRING, at);
  }

  private push(tag: number, value: number): void {
    const at = this.tail + this.length;
    if (at + 2 > this.arena.length) {
      const grown = new Float64Array(2 * this.arena.length);
      grown.set(this.arena.subarray(0, at));
      this.arena = grown;
    }
    this.arena[at] = tag;
    this.arena[at + 1] = value;
    this.length += 2;
  }

  /** Whether body n's pairs are those just written. */
  private equals(n: number): boolean {
    const start = this.starts[n] as number;
    const length = (this.starts[n + 1] as number) - start;
    if (length !== this.length) return false;
    const arena = this.arena;
    const tail = this.tail;
    for (let i = 0; i < length; i++) {
      const a = arena[start + i] as number;
      const b = arena[tail + i] as number;
      // NaN writes the same text as NaN.
      if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) return false;
    }
    return true;
  }

  /** Numbers the body just written (already in place in the arena), whose hash led to this empty slot. */
  private add(hash: number, slot: number): number {
    const n = this.size;
    this.tail += this.length;
    this.starts.push(this.tail);
    this.hashes.push(hash);
    this.slots[slot] = n + 1;
    // Kept at most half full: probes stay short.
    if (2 * (n + 1) > this.slots.length) this.grow();
    return n;
  }

  /** Doubles the table, placing every body again. */
  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let n = 0; n < this.hashes.length; n++) {
      let slot = (this.hashes[n] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = n + 1;
    }
    this.slots = slots;
  }
}
