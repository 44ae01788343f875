import fc from 'fast-check';
import { expect, test } from 'vitest';
import { childPointer, fromPointer, toPointer } from '../../src/util/pointer.js';

const segment = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', '~', '/', '0', '1', '~0', '~1', ' ') }),
  fc.string(),
);

test('pointers are written as RFC 6901 says', () => {
  expect(toPointer([])).toBe('');
  expect(toPointer(['questions', 0, 'options', 'a/b', 'm~n'])).toBe('/questions/0/options/a~1b/m~0n');
  expect(toPointer([''])).toBe('/');
  expect(fromPointer('/a~1b/m~0n/~01')).toEqual(['a/b', 'm~n', '~1']);
});

test('reading a pointer gives back its segments, and a child pointer is the pointer of one more segment', () => {
  fc.assert(
    fc.property(fc.array(segment, { maxLength: 5 }), segment, (segments, last) => {
      expect(fromPointer(toPointer(segments))).toEqual(segments);
      expect(childPointer(toPointer(segments), last)).toBe(toPointer([...segments, last]));
    }),
    { numRuns: 2000 },
  );
});
