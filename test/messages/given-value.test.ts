import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { maxCasesOf } from '../../src/analyze/enumerate.js';
import { TongbanError } from '../../src/errors.js';
import { formatTongbanError } from '../../src/messages/entry.js';
import { VALUE_KINDS } from '../../src/model/errors.js';
import type { Profile } from '../../src/model/profile.js';
import { recommend } from '../../src/profile/index.js';
import { describeValue, MAX_QUOTED } from '../../src/util/quote.js';
import { CJK } from '../support/params.js';

/**
 * The value a `TongbanError` says it got is language-neutral in its params: quoted as text, or only its kind,
 * which each catalog words (before, "a function" stood in the params and in the Chinese message).
 */

const profile: Profile = { kind: 'person', facts: {}, licences: [], tags: [], completed: [] };

function thrown(fn: () => unknown): TongbanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TongbanError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

/** Latin words in a Chinese message but the names the API gives (arguments, members, the date format). */
const englishWords = (message: string, names: readonly string[]) =>
  names.reduce((rest, name) => rest.split(name).join(''), message).match(/[A-Za-z]{2,}/g) ?? [];

describe('the value given, in the params and in either language', () => {
  test.each([
    {
      name: 'options that are a function',
      fn: () => recommend(profile, [], (() => 1) as never),
      params: { name: 'options', kind: 'function', rule: 'options-object' },
      zh: 'options 应为选项对象，得到一个函数',
      en: 'options must be an object of options, got a function',
      names: ['options'],
    },
    {
      name: 'themes that are a symbol',
      fn: () => recommend(profile, Symbol('t') as never, { today: '2026-01-01' }),
      params: { name: 'themes', kind: 'symbol', rule: 'list-of-themes' },
      zh: 'themes 应为已编译主题的列表，得到一个 Symbol',
      en: 'themes must be a list of compiled themes, got a symbol',
      names: ['themes', 'Symbol'],
    },
    {
      name: 'a today that is a list',
      fn: () => recommend(profile, [], { today: ['2026-01-01'] as never }),
      params: { kind: 'list' },
      zh: 'today 应为 YYYY-MM-DD 日期，得到一个列表',
      en: 'today must be a YYYY-MM-DD date, got a list',
      names: ['today', 'YYYY', 'MM', 'DD'],
    },
    {
      name: 'a today that is text',
      fn: () => recommend(profile, [], { today: 'tomorrow' }),
      params: { text: 'tomorrow' },
      zh: 'today 应为 YYYY-MM-DD 日期，得到“tomorrow”',
      en: 'today must be a YYYY-MM-DD date, got "tomorrow"',
      names: ['today', 'YYYY', 'MM', 'DD', 'tomorrow'],
    },
    {
      name: 'a today that is a number: not quoted as if it were text',
      fn: () => recommend(profile, [], { today: 5 as never }),
      params: { value: '5' },
      zh: 'today 应为 YYYY-MM-DD 日期，得到 5',
      en: 'today must be a YYYY-MM-DD date, got 5',
      names: ['today', 'YYYY', 'MM', 'DD'],
    },
    {
      name: 'maxCases that is text: quoted, unlike a number',
      fn: () => maxCasesOf({ maxCases: '5' as never }),
      params: { name: 'maxCases', text: '5', rule: 'whole-number-or-infinity' },
      zh: 'maxCases 应为不小于 0 的整数或 Infinity，得到“5”',
      en: 'maxCases must be a whole number ≥ 0 or Infinity, got "5"',
      names: ['maxCases', 'Infinity'],
    },
    {
      name: 'maxCases that is an object',
      fn: () => maxCasesOf({ maxCases: {} as never }),
      params: { name: 'maxCases', kind: 'object', rule: 'whole-number-or-infinity' },
      zh: 'maxCases 应为不小于 0 的整数或 Infinity，得到一个对象',
      en: 'maxCases must be a whole number ≥ 0 or Infinity, got an object',
      names: ['maxCases', 'Infinity'],
    },
    {
      name: 'maxCases that is a negative number',
      fn: () => maxCasesOf({ maxCases: -1 }),
      params: { name: 'maxCases', value: '-1', rule: 'whole-number-or-infinity' },
      zh: 'maxCases 应为不小于 0 的整数或 Infinity，得到 -1',
      en: 'maxCases must be a whole number ≥ 0 or Infinity, got -1',
      names: ['maxCases', 'Infinity'],
    },
  ])('$name', ({ fn, params, zh, en, names }) => {
    const error = thrown(fn);
    expect(error.params).toEqual(params);
    // The runtime's message is the code and params; the sentences are `tongban/messages'`.
    expect(error.message).toBe(`${error.code} ${JSON.stringify(error.params)}`);
    expect(formatTongbanError(error, 'zh')).toBe(zh);
    expect(formatTongbanError(error, 'en')).toBe(en);
    expect(englishWords(zh, names)).toEqual([]);
    expect(en).not.toMatch(CJK);
  });
});

describe('describeValue', () => {
  test('any value: text of at most MAX_QUOTED characters (and …), a scalar as written, or a kind; one of them', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.func(fc.anything())), (value) => {
        const given = describeValue(value);
        expect(Object.keys(given)).toHaveLength(1);
        if ('text' in given) {
          expect(typeof value).toBe('string');
          expect([...given.text].length).toBeLessThanOrEqual(MAX_QUOTED + 1);
        } else if ('value' in given) expect(typeof value).not.toBe('string');
        else expect(VALUE_KINDS).toContain(given.kind);
      }),
    );
  });

  test('text is text; numbers, booleans, null and undefined are written as JavaScript does; the rest is a kind', () => {
    expect(describeValue('x')).toEqual({ text: 'x' });
    expect(describeValue('3')).toEqual({ text: '3' });
    expect([3, true, null, undefined, 10n].map(describeValue)).toEqual(
      ['3', 'true', 'null', 'undefined', '10'].map((value) => ({ value })),
    );
    expect([Symbol('s'), () => 1, [1], {}, new Proxy({}, {})].map(describeValue)).toEqual(
      ['symbol', 'function', 'list', 'object', 'object'].map((kind) => ({ kind })),
    );
  });
});
