import fc from 'fast-check';
import { JSONPath } from 'jsonpath-plus';
import { describe, expect, it } from 'vitest';
import {
  compileFactPath,
  isSupportedPath,
  parsePath,
  RulesError,
  resolvePath,
} from '../../src/rules/index.js';
import { factValue, path } from './arbitraries.js';

const jsonpath = (json: unknown, p: string): unknown =>
  JSONPath({ path: p, json: json as object, wrap: false });

describe('isSupportedPath', () => {
  it.each([
    '$',
    '$.a',
    '$.a.b',
    '$.a-b',
    '$.$x',
    '$._',
    '$.户籍',
    '$.address.省',
    '$[0]',
    '$[12]',
    '$.list[0].name',
    "$['a b']",
    '$["a.b"]',
    "$['constructor']",
    '$.__proto__',
  ])('accepts %s', (p) => {
    expect(isSupportedPath(p)).toBe(true);
  });

  it.each([
    '',
    'a',
    'a.b',
    '$.',
    '$a',
    '$.a.',
    '$..a',
    '$.*',
    '$[*]',
    '$.a[*]',
    '$[?(@.a)]',
    '$[(@.length-1)]',
    '$[-1]',
    '$[01]',
    '$[0:2]',
    "$['a','b']",
    '$.a,b',
    '$.$',
    "$['$']",
    "$['']",
    "$['..']",
    "$['a]",
    '$[\'a"]',
    "$['it''s']",
    '$.~',
    '$.a^',
    '$.@string()',
    '$.`a',
    '$.1a',
    '$.-a',
    '$ .a',
  ])('refuses %s', (p) => {
    expect(isSupportedPath(p)).toBe(false);
  });

  it('parses into own-property keys', () => {
    expect(parsePath('$')).toEqual([]);
    expect(parsePath('$.a[0][\'b c\']["d"]')).toEqual(['a', '0', 'b c', 'd']);
    expect(parsePath('$[*]')).toBeUndefined();
  });
});

describe('resolvePath agrees with jsonpath-plus', () => {
  it('on random values and supported paths', () => {
    fc.assert(
      fc.property(factValue, path, (json, p) => {
        expect(isSupportedPath(p)).toBe(true);
        expect(resolvePath(json, p)).toBe(jsonpath(json, p));
      }),
      { numRuns: 5_000 },
    );
  });

  it('on any path string the subset accepts', () => {
    // Paths made of valid segments and JSONPath's syntax characters; whatever the grammar lets through must
    // agree with jsonpath-plus.
    const token = fc.constantFrom(
      ...['.a', '.b', '[0]', '[1]', "['a b']", '["0"]', '.中', '.a-b', '.$'],
      ...[...'$.[]\'"ab0-1_ *?@(),:~^`%;'],
    );
    const json = { a: { b: [1, { a: 2 }], '0': 'zero' }, b: 'ab', 'a b': 3, '0': [4], _: 5, 中: { a: 6 } };
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 6 }), (tokens) => {
        const p = `$${tokens.join('')}`;
        if (!isSupportedPath(p)) return;
        accepted++;
        expect(resolvePath(json, p)).toBe(jsonpath(json, p));
      }),
      { numRuns: 20_000 },
    );
    expect(accepted).toBeGreaterThan(1_000);
  });

  it('reads only own properties, even for prototype names', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"x": 1}, "constructor": 2, "o": {}}');
    for (const p of ['$.__proto__', '$.__proto__.x', '$.constructor', '$.o.constructor', "$.o['toString']"]) {
      expect(resolvePath(parsed, p)).toBe(jsonpath(parsed, p));
    }
    expect(resolvePath(parsed, '$.__proto__.x')).toBe(1);
    expect(resolvePath({}, '$.constructor')).toBeUndefined();
    expect(resolvePath({}, '$.__proto__')).toBeUndefined();
  });

  it('follows strings and array lengths as jsonpath-plus does', () => {
    const json = { s: 'abc', l: [1, 2], z: 0, e: '' };
    for (const p of ['$.s.length', '$.s[1]', '$.l.length', '$.z', '$.e.length', '$.s.x']) {
      expect(resolvePath(json, p)).toBe(jsonpath(json, p));
    }
    expect(resolvePath(json, '$.s[1]')).toBe('b');
    expect(resolvePath(0, '$')).toBeUndefined();
  });

  it('throws RulesError for an unsupported path', () => {
    expect(() => resolvePath({}, '$..a')).toThrow(RulesError);
  });
});

describe('compileFactPath (JRE: a path applies only to a non-null object)', () => {
  it('returns other fact values unchanged', () => {
    const at = compileFactPath('$.a');
    expect(at('text')).toBe('text');
    expect(at(3)).toBe(3);
    expect(at(null)).toBeNull();
    expect(at(undefined)).toBeUndefined();
    expect(at({ a: 1 })).toBe(1);
    expect(at([])).toBeUndefined();
  });
});
