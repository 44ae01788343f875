import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type CaseKeyError,
  type Diagnostic,
  RESTORE_ERROR_CODES,
  type RestoreError,
  RULES_ERROR_CODES,
  SESSION_ERROR_CODES,
  type SessionError,
  TONGBAN_ERROR_CODES,
} from '../../src/index.js';
import { formatDiagnostic, formatHint } from '../../src/load/index.js';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_PARAM_SPECS } from '../../src/load-entry.js';
import {
  formatCaseKeyError,
  formatRestoreError,
  formatRulesError,
  formatSessionError,
  formatTongbanError,
  RESTORE_ERROR_PARAM_SPECS,
  RULES_ERROR_PARAM_SPECS,
  SESSION_ERROR_PARAM_SPECS,
  TONGBAN_ERROR_PARAM_SPECS,
} from '../../src/messages/entry.js';
import { countOf, diagnosticCounts } from '../../src/messages/index.js';
import { REFUSAL_PARAM_SPECS } from '../../src/model/errors.js';
import type { ParamsSpec } from '../../src/model/params.js';
import { CJK, paramsArbitrary } from '../support/params.js';

/**
 * The catalogs speak one language at a time: English messages hold no Chinese of their own, whatever the
 * params (ASCII texts here, so any CJK character would be the catalog's), and params hold no words of either
 * language, only ids, numbers, written text and tokens.
 */

const diagnosticOf = (code: string, params: object): Diagnostic =>
  ({
    severity: 'error',
    code,
    message: '',
    file: 'f.yaml',
    line: 1,
    column: 1,
    pointer: '',
    params,
  }) as Diagnostic;

describe('diagnostics', () => {
  test.each(DIAGNOSTIC_CODES)('%s: the English message and hint hold no Chinese', (code) => {
    fc.assert(
      fc.property(paramsArbitrary(DIAGNOSTIC_PARAM_SPECS[code]), (params) => {
        const d = diagnosticOf(code, params);
        expect(formatDiagnostic(d, 'en')).not.toMatch(CJK);
        expect(formatHint(d, 'en') ?? '').not.toMatch(CJK);
        // Chinese renders from the same params.
        expect(formatDiagnostic(d, 'zh')).toMatch(CJK);
      }),
      { numRuns: 60 },
    );
  });

  test('a refusal without the params its code needs is left out of the message, never a crash', () => {
    // Every refusal param is optional in a diagnostic: an `out-of-range` refusal may come without `expected`.
    for (const refusal of [
      { refusal: 'out-of-range' },
      { refusal: 'out-of-range', expected: 'option', min: 1 },
      { refusal: 'wrong-type' },
      { refusal: 'exclusive-option', option: 'none' },
    ]) {
      const d = diagnosticOf('scenario-invalid-answer', {
        scenario: 'a',
        question: 'q',
        problem: 'refused',
        ...refusal,
      });
      expect(formatDiagnostic(d, 'en')).toMatch(/^scenario "a": invalid answer( "none")? to "q": $/);
      expect(formatDiagnostic(d, 'zh')).toMatch(CJK);
    }
    const whole = diagnosticOf('scenario-invalid-answer', {
      scenario: 'a',
      question: 'q',
      problem: 'refused',
      refusal: 'out-of-range',
      value: 200,
      expected: 'integer',
      min: 0,
      max: 120,
    });
    expect(formatDiagnostic(whole, 'en')).toBe(
      'scenario "a": invalid answer "200" to "q": enter a whole number from 0 to 120',
    );
  });

  test('counts are pluralised in English and measured in Chinese', () => {
    expect(countOf(1, 'file', 'en')).toBe('1 file');
    expect(countOf(2, 'file', 'en')).toBe('2 files');
    expect(countOf(0, 'error', 'en')).toBe('0 errors');
    expect(countOf(1, 'file', 'zh')).toBe('1 个文件');
    const error = diagnosticOf('invalid-encoding', {});
    const warning = { ...diagnosticOf('case-limit', { limit: 1 }), severity: 'warning' } as Diagnostic;
    expect(diagnosticCounts([error], 'en')).toBe('1 error, 0 warnings');
    expect(diagnosticCounts([error, error, warning], 'en')).toBe('2 errors, 1 warning');
    expect(diagnosticCounts([error, warning], 'zh')).toBe('1 个错误，1 个警告');
  });
});

/** Ids that no message could hold by chance. */
const id = fc.stringMatching(/^id-[a-z0-9]{6}$/);

function runtimeParams(spec: ParamsSpec) {
  return paramsArbitrary(spec).chain((params) =>
    fc.record({ question: id, option: id }).map((ids) => ({
      ...params,
      ...('question' in spec ? { question: ids.question } : {}),
      ...('option' in spec ? { option: ids.option } : {}),
    })),
  );
}

describe('session errors', () => {
  test.each(SESSION_ERROR_CODES)('%s: plain words without ids, English without Chinese', (code) => {
    fc.assert(
      fc.property(runtimeParams(SESSION_ERROR_PARAM_SPECS[code]), (params) => {
        const error = { code, message: '', params } as SessionError;
        const zh = formatSessionError(error, 'zh');
        const en = formatSessionError(error, 'en');
        expect(en).not.toMatch(CJK);
        expect(zh).toMatch(CJK);
        for (const shown of [zh, en]) {
          // The question's and the option's ids are for programs (in `params`), not for the person answering.
          if ('question' in params) expect(shown).not.toContain(params.question);
          if ('option' in params) expect(shown).not.toContain(params.option);
          expect(shown).not.toMatch(/undefined|NaN|∞/);
        }
      }),
      { numRuns: 60 },
    );
  });

  test('a diagnostic that carries a refusal can carry the params of every refusal', () => {
    const refusal = new Set(Object.keys(REFUSAL_PARAM_SPECS));
    for (const code of SESSION_ERROR_CODES) {
      const names = Object.keys(SESSION_ERROR_PARAM_SPECS[code]).filter((name) => name !== 'question');
      expect(
        names.filter((name) => !refusal.has(name)),
        code,
      ).toEqual([]);
    }
  });
});

describe('restore errors, TongbanError and RulesError', () => {
  test.each(RESTORE_ERROR_CODES)('restore %s: English without Chinese', (code) => {
    fc.assert(
      fc.property(paramsArbitrary(RESTORE_ERROR_PARAM_SPECS[code]), (params) => {
        const error = { code, message: '', params } as RestoreError;
        expect(formatRestoreError(error, 'en')).not.toMatch(CJK);
        expect(formatRestoreError(error, 'zh')).toMatch(CJK);
      }),
      { numRuns: 40 },
    );
  });

  test.each(TONGBAN_ERROR_CODES)('TongbanError %s: English without Chinese', (code) => {
    fc.assert(
      fc.property(paramsArbitrary(TONGBAN_ERROR_PARAM_SPECS[code]), (params) => {
        const error = { code, params } as Parameters<typeof formatTongbanError>[0];
        expect(formatTongbanError(error, 'en')).not.toMatch(CJK);
        expect(formatTongbanError(error, 'zh')).toMatch(CJK);
      }),
      { numRuns: 40 },
    );
  });

  test.each(RULES_ERROR_CODES)('RulesError %s: English without Chinese', (code) => {
    fc.assert(
      fc.property(paramsArbitrary(RULES_ERROR_PARAM_SPECS[code]), (params) => {
        const error = { code, params } as Parameters<typeof formatRulesError>[0];
        expect(formatRulesError(error, 'en')).not.toMatch(CJK);
        expect(formatRulesError(error, 'zh')).toMatch(CJK);
      }),
      { numRuns: 40 },
    );
  });
});

describe('case-key errors', () => {
  const refusal = {
    code: 'unknown-option',
    question: 'kind',
    message: '',
    params: { question: 'kind', option: 'x' },
  } as SessionError;
  const errors: CaseKeyError[] = [
    { code: 'malformed-part', part: 'nonsense' },
    { code: 'unknown-question', part: 'colour=red', question: 'colour' },
    { code: 'repeated-question', part: 'kind=a', question: 'kind' },
    { code: 'no-answer', part: 'age=ge200', question: 'age' },
    { code: 'refused', part: 'kind=x', question: 'kind', refusal },
  ];

  test.each(errors.map((error) => [error.code, error] as const))(
    '%s: in either language, naming the question or the part of the key as written',
    (_code, error) => {
      const en = formatCaseKeyError(error, 'en');
      expect(en).not.toMatch(CJK);
      expect(formatCaseKeyError(error, 'zh')).toMatch(CJK);
      expect(en).toContain('question' in error ? error.question : error.part);
    },
  );

  test('a refused part says why in the same language', () => {
    const error = errors[4] as CaseKeyError;
    expect(formatCaseKeyError(error, 'en')).toContain(formatSessionError(refusal, 'en'));
    expect(formatCaseKeyError(error, 'zh')).toContain(formatSessionError(refusal, 'zh'));
  });
});

test('tokens are words of no language: lower-case ASCII or comparison signs', () => {
  const specs: ParamsSpec[] = [
    ...Object.values(DIAGNOSTIC_PARAM_SPECS),
    ...Object.values(SESSION_ERROR_PARAM_SPECS),
    ...Object.values(RESTORE_ERROR_PARAM_SPECS),
    ...Object.values(TONGBAN_ERROR_PARAM_SPECS),
    ...Object.values(RULES_ERROR_PARAM_SPECS),
  ];
  const tokens = specs.flatMap((spec) =>
    Object.values(spec).flatMap((s) => (typeof s === 'string' ? [] : [...s.tokens])),
  );
  expect(tokens.length).toBeGreaterThan(50);
  expect(tokens.filter((token) => !/^([a-z][a-z0-9-]*|[<>]=?)$/.test(token))).toEqual([]);
});
