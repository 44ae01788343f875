import fc from 'fast-check';
import { expect, test } from 'vitest';
import { canonicalJson, hashCanonicalJson, hashText } from '../../src/util/hash.js';

// Theme hashes are computed piece by piece; they must stay the hash of the canonical text, so that a theme's
// hash (and every session bound to it) does not change with how it is computed.
test('hashCanonicalJson is the hash of the canonical JSON text', () => {
  fc.assert(
    fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
      expect(hashCanonicalJson(value)).toBe(hashText(canonicalJson(value)));
    }),
    { numRuns: 1_000 },
  );
});

test('key order does not change the hash; content does', () => {
  expect(hashCanonicalJson({ a: 1, b: [true, null, 'x'] })).toBe(
    hashCanonicalJson({ b: [true, null, 'x'], a: 1 }),
  );
  expect(hashCanonicalJson({ a: 1 })).not.toBe(hashCanonicalJson({ a: 2 }));
});

test('strings of any UTF-16 code units (lone surrogates, controls, quotes) hash as their JSON text', () => {
  const codeUnits = fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)) });
  fc.assert(
    fc.property(fc.array(codeUnits), (strings) => {
      expect(hashCanonicalJson({ strings })).toBe(hashText(canonicalJson({ strings })));
    }),
    { numRuns: 1_000 },
  );
  expect(hashCanonicalJson(['\ud800', '"\\\n'])).toBe(hashText(canonicalJson(['\ud800', '"\\\n'])));
});

// Objects of many keys (sorted the generic way) and few (by insertion), keys of any code units, members left
// undefined (dropped): the streamed hash stays the hash of the canonical text.
test('objects of any size and keys hash as their canonical text, undefined members left out', () => {
  const key = fc.oneof(
    fc.string({ maxLength: 3 }),
    fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 4 }),
  );
  const member = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
  fc.assert(
    fc.property(
      fc.array(fc.dictionary(key, member, { maxKeys: 40 }), { maxLength: 4 }),
      fc.boolean(),
      (records, flag) => {
        const value = { records, flag };
        expect(hashCanonicalJson(value)).toBe(hashText(canonicalJson(value)));
      },
    ),
    { numRuns: 1_000 },
  );
});
