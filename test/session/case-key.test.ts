import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { TongbanError } from '../../src/errors.js';
import type { Session } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile } from '../../src/node/load.js';
import { answer, answersFromCaseKey, caseKey, caseOf, next, start } from '../../src/session/index.js';
import { answerBuilderFor, arbitraryLoadedTheme, GENERATED_TODAY } from '../support/arbitrary-theme.js';
import { natBelow } from '../support/session-setup.js';

const RUNS = Number(process.env.SESSION_PROPERTY_RUNS ?? 300) / 3;

async function eatery(): Promise<CompiledTheme> {
  const loaded = await loadThemeFile('test/cli/fixtures/good/eatery.yaml');
  if (!loaded.result.ok) throw new Error(JSON.stringify(loaded.result.diagnostics));
  return loaded.result.theme;
}

/** Answers what each step asks from `answers`, in the questionnaire's order, until it stops. */
function replay(theme: CompiledTheme, answers: ReadonlyMap<string, unknown>, today?: string): Session {
  let session = start(theme, today === undefined ? {} : { today });
  for (;;) {
    const step = next(session);
    if (step.done || !answers.has(step.question.id)) return session;
    const result = answer(session, step.question.id, answers.get(step.question.id));
    if (!result.ok) throw new Error(result.error.message);
    session = result.session;
  }
}

describe('answersFromCaseKey', () => {
  test('a whole key: options, yes/no, a band, several options', async () => {
    const theme = await eatery();
    const key = 'kind=company&cooking=yes&area=gt50-le150&extras=signboard';
    expect(answersFromCaseKey(theme, key)).toEqual({
      ok: true,
      answers: new Map<string, unknown>([
        ['kind', 'company'],
        ['cooking', true],
        ['area', 51],
        ['extras', ['signboard']],
      ]),
    });
    const read = answersFromCaseKey(theme, key);
    if (!read.ok) throw new Error(read.error.code);
    expect(caseOf(replay(theme, read.answers)).key).toBe(key);
  });

  test('a key that does not fit the theme: the first part that does not, as a typed error', async () => {
    const theme = await eatery();
    const error = (key: string) => {
      const result = answersFromCaseKey(theme, key);
      if (result.ok) throw new Error(`${key} was read`);
      return result.error;
    };
    expect(error('nonsense')).toEqual({ code: 'malformed-part', part: 'nonsense' });
    expect(error('=company')).toEqual({ code: 'malformed-part', part: '=company' });
    expect(error('kind=company&colour=red')).toEqual({
      code: 'unknown-question',
      part: 'colour=red',
      question: 'colour',
    });
    expect(error('kind=company&kind=individual')).toEqual({
      code: 'repeated-question',
      part: 'kind=individual',
      question: 'kind',
    });
    expect(error('cooking=maybe')).toEqual({ code: 'no-answer', part: 'cooking=maybe', question: 'cooking' });
    expect(error('area=ge20000')).toEqual({ code: 'no-answer', part: 'area=ge20000', question: 'area' });
    expect(error('kind=fourth')).toMatchObject({
      code: 'refused',
      part: 'kind=fourth',
      question: 'kind',
      refusal: { code: 'unknown-option', question: 'kind' },
    });
    expect(error('extras=signboard+none')).toMatchObject({
      code: 'refused',
      refusal: { code: 'exclusive-option' },
    });
  });

  test('a theme or session that is not one, or a key that is not text, is a TongbanError of a documented code', async () => {
    const theme = await eatery();
    const forged = { ...start(theme), answers: null };
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof TongbanError ? error.code : 'untyped';
      }
      return 'none';
    };
    expect(codeOf(() => caseOf(forged as unknown as Session))).toBe('invalid-session');
    expect(codeOf(() => answersFromCaseKey({} as CompiledTheme, 'kind=first'))).toBe('invalid-theme');
    expect(codeOf(() => answersFromCaseKey(theme, 42 as unknown as string))).toBe('invalid-argument');
    expect(codeOf(() => caseOf(start(theme)))).toBe('none');
  });

  test('the empty key stands for no answers', async () => {
    expect(answersFromCaseKey(await eatery(), '')).toEqual({ ok: true, answers: new Map() });
  });

  test.prop([arbitraryLoadedTheme(), fc.gen()], { numRuns: RUNS })(
    'property: the answers of a session’s case key reach the same case again, with the same answers but for bands',
    (theme, g) => {
      const today = g(natBelow, 4) === 0 ? undefined : GENERATED_TODAY;
      let session = start(theme, today === undefined ? {} : { today });
      for (let step = next(session); !step.done; step = next(session)) {
        const result = answer(session, step.question.id, g(answerBuilderFor(step.question, today)));
        if (!result.ok) throw new Error(result.error.message);
        session = result.session;
      }
      const reached = caseOf(session);
      expect(caseKey(session)).toBe(reached.key);
      const read = answersFromCaseKey(theme, caseKey(session), today === undefined ? {} : { today });
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      expect([...read.answers.keys()]).toEqual(reached.parts.map((p) => p.question));
      const again = replay(theme, read.answers, today);
      expect(next(again).done).toBe(true);
      expect(caseOf(again)).toEqual(reached);
      for (const question of theme.questions) {
        if (!read.answers.has(question.id) || 'cuts' in question) continue;
        expect(read.answers.get(question.id)).toEqual(session.answers[question.id]?.value);
      }
    },
  );
});
