import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';

// string-width, counted: the property compares against its real answers, the last test counts its calls.
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('string-width', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (text: string) => number }).default;
  return {
    default: (text: string) => {
      calls.count++;
      return real(text);
    },
  };
});

const { default: stringWidth } = await import('string-width');
const { displayWidth } = await import('../../src/cli/format/width.js');

const range = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

/** Characters of every kind a cell may hold, and the ones that join their neighbours or carry no width. */
const unit = fc.oneof(
  range(0x20, 0x7e), // ASCII
  range(0x4e00, 0x9fff), // CJK ideographs
  range(0x3000, 0x303f), // CJK punctuation, with its combining tone marks
  range(0xff01, 0xffef), // full-width and half-width forms, with the voiced sound marks
  fc.constantFrom(
    '“',
    '”',
    '—',
    '…',
    '·',
    '、',
    '，',
    '。',
    '（',
    '）',
    '《',
    '》',
    '\u3000',
    '\u00a0',
    '\t',
  ),
  range(0x0300, 0x036f), // combining marks
  fc.constantFrom(
    '\u3099',
    '\u20dd',
    '\u0903',
    '\u0600',
    '\u200b',
    '\u200c',
    '\u200d',
    '\u00ad',
    '\ufe0f',
    '\ufeff',
  ),
  range(0x1f300, 0x1faff), // emoji
  fc.constantFrom('☀', '©', '❤️', '👍🏽', '👨‍👩‍👧', '🇨🇳', '#️⃣', '\u{1f3fb}'),
  range(0x1100, 0x11ff), // Hangul jamo, which join each other
  range(0xac00, 0xd7a3), // Hangul syllables
  fc.constantFrom('\u001b[31m', '\u001b[0m', '\u001b]8;;x\u0007', '\u009b1m', '\r', '\n', '\r\n', '\u0085'),
  range(0xd800, 0xdfff), // lone surrogates
  range(0x00a0, 0xffff), // anything else on the Basic Multilingual Plane
  range(0x10000, 0x10ffff), // and beyond it
);

describe('display width', () => {
  test('is exactly what string-width says, on random texts of mixed scripts, marks and emoji', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 5_000 },
    );
  });

  test('is exactly what string-width says for every single UTF-16 code unit, alone and between letters', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `a${ch}`, `${ch}材`]) {
        if (displayWidth(text) !== stringWidth(text)) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  test('looks up each character once: ordinary text is measured without calling string-width again', () => {
    const text = '首次申领，本市户籍（监护人陪同）：Permit for Hong Kong & Macau 2026 — “团队旅游”。';
    displayWidth(text);
    const before = calls.count;
    for (let i = 0; i < 1_000; i++) displayWidth(text.repeat(1 + (i % 5)));
    expect(calls.count).toBe(before);
    // A text it cannot add up character by character still goes to string-width, once per call.
    expect(displayWidth('e\u0301👍🏽')).toBe(stringWidth('e\u0301👍🏽'));
    expect(calls.count).toBe(before + 2);
  });
});
