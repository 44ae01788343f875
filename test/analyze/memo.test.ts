import { describe, expect, test } from 'vitest';
import { BytesMemo, EARLY_CHECK, MEMO_LIMIT } from '../../src/analyze/memo.js';

/** The bytes of a whole number as a key of `length` bytes (the number, then filler). */
function key(n: number, length = 12): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < 4; i++) bytes[i] = (n >>> (8 * i)) & 0xff;
  for (let i = 4; i < length; i++) bytes[i] = (i * 7 + n) & 0xff;
  return bytes;
}

/** Asks the memo for key n as a case would: whether it rested, and the value it had (undefined: stored now). */
function ask(memo: BytesMemo<number>, n: number): { rested: boolean; value: number | undefined } {
  if (memo.rests()) return { rested: true, value: undefined };
  const bytes = key(n);
  const value = memo.get(bytes, 0, bytes.length);
  if (value === undefined) memo.set(bytes, 0, bytes.length, n);
  return { rested: false, value };
}

describe('BytesMemo', () => {
  test('keys that never repeat: the memo rests after EARLY_CHECK values, not after MEMO_LIMIT', () => {
    const memo = new BytesMemo<number>();
    for (let n = 0; n < EARLY_CHECK; n++) expect(ask(memo, n).rested).toBe(false);
    // Idle at its first check: it rests for MEMO_LIMIT cases, then fills again.
    for (let n = 0; n < MEMO_LIMIT; n++) expect(memo.rests()).toBe(true);
    expect(memo.rests()).toBe(false);
  });

  test('keys that often repeat keep the memo working past EARLY_CHECK, and it answers them', () => {
    const memo = new BytesMemo<number>();
    let hits = 0;
    // One key in four was asked before: far above the share at which the memo rests early.
    for (let n = 0; n < 2 * EARLY_CHECK; n++) {
      const k = n % 4 === 3 ? n - 3 : n;
      const { rested, value } = ask(memo, k);
      expect(rested).toBe(false);
      if (value !== undefined) {
        expect(value).toBe(k);
        hits++;
      }
    }
    expect(hits).toBe(EARLY_CHECK / 2);
  });

  test('values come back for their own bytes after the arena has grown', () => {
    const memo = new BytesMemo<number>();
    // Keys of 100 bytes: 200 of them outgrow the first arena several times.
    for (let n = 0; n < 200; n++) {
      const bytes = key(n, 100);
      expect(memo.get(bytes, 0, bytes.length)).toBeUndefined();
      memo.set(bytes, 0, bytes.length, n);
    }
    for (let n = 0; n < 200; n++) {
      const bytes = key(n, 100);
      expect(memo.get(bytes, 0, bytes.length)).toBe(n);
    }
    // A key stored from the middle of a larger buffer is the same key.
    const wider = new Uint8Array(110);
    wider.set(key(7, 100), 5);
    expect(memo.get(wider, 5, 105)).toBe(7);
  });
});
