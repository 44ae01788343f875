import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import type { Profile } from '../../src/model/profile.js';
import type { AnswerValue, Session } from '../../src/model/session.js';
import type { CompiledTheme, Option } from '../../src/model/theme.js';
import { questionType } from '../../src/question-types/index.js';
import { rulesFor } from '../../src/session/environment.js';
import { answer, change, next, start } from '../../src/session/index.js';
import { walk } from '../../src/session/walk.js';
import { loadFile } from '../analyze/support.js';
import { answerBuilderFor, arbitraryLoadedTheme, GENERATED_TODAY } from '../support/arbitrary-theme.js';

const FIXTURE = 'test/fixtures/option-conditions/theme.yaml';

/** Answers in order; throws on the first refusal. */
function answered(theme: CompiledTheme, answers: Record<string, unknown>): Session {
  let session = start(theme);
  for (const [id, value] of Object.entries(answers)) {
    const t = answer(session, id, value);
    if (!t.ok) throw new Error(`${id}: ${t.error.message}`);
    session = t.session;
  }
  return session;
}

/** A person profile of that age who wants a business endorsement. */
function profile(age: number): Profile {
  return {
    kind: 'person',
    facts: { 'person.age': age, 'person.purpose': 'business' },
    licences: [],
    tags: [],
    completed: [],
  };
}

/** The options the session offers at its current question (ids). */
function offered(session: Session): string[] {
  const step = next(session);
  return step.done ? [] : step.options.map((o) => o.id);
}

describe('options with conditions in a session', () => {
  test('only options whose condition holds are offered', async () => {
    const { theme } = await loadFile(FIXTURE);
    expect(offered(answered(theme, { age: 10 }))).toEqual(['tour']);
    expect(offered(answered(theme, { age: 16 }))).toEqual(['tour', 'spouse']);
    expect(offered(answered(theme, { age: 40 }))).toEqual(['tour', 'spouse', 'business']);
    // A multiple-choice option gated on an earlier answer.
    expect(offered(answered(theme, { age: 40, purpose: 'tour' }))).toEqual(['photo', 'none']);
    expect(offered(answered(theme, { age: 40, purpose: 'business' }))).toEqual(['photo', 'mail', 'none']);
  });

  test('an option not offered is refused with unavailable-option, in plain words, and the session is unchanged', async () => {
    const { theme } = await loadFile(FIXTURE);
    const session = answered(theme, { age: 10 });
    const before = structuredClone(session.answers);
    const t = answer(session, 'purpose', 'spouse');
    expect(t.ok).toBe(false);
    if (t.ok) return;
    expect(t.session).toBe(session);
    expect(session.answers).toEqual(before);
    expect(t.error.code).toBe('unavailable-option');
    expect(t.error.params).toEqual({ question: 'purpose', option: 'spouse', label: '探望配偶' });
    expect(t.error.message).toBe('根据之前的回答，“探望配偶”不适用，请从列出的选项中选择');
    // In a multiple choice too, among offered ones.
    const later = answered(theme, { age: 40, purpose: 'tour' });
    const m = answer(later, 'extras', ['photo', 'mail']);
    expect(m.ok ? undefined : m.error.code).toBe('unavailable-option');
    // An unknown option is still unknown.
    const u = answer(session, 'purpose', 'nothing');
    expect(u.ok ? undefined : u.error.code).toBe('unknown-option');
  });

  test('changing an earlier answer drops a later answer whose option is no longer offered, and change refuses one', async () => {
    const { theme } = await loadFile(FIXTURE);
    const session = answered(theme, { age: 40, purpose: 'business', extras: ['mail'] });
    const t = change(session, 'age', 10);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.dropped.map((d) => d.question)).toEqual(['purpose']);
    expect(next(t.session)).toMatchObject({ done: false, question: { id: 'purpose' } });
    const refused = change(session, 'purpose', 'tour');
    expect(refused.ok).toBe(true);
    const young = answered(theme, { age: 17, purpose: 'tour', extras: ['photo'] });
    const no = change(young, 'purpose', 'business');
    expect(no.ok ? undefined : no.error.code).toBe('unavailable-option');
  });

  test('a prefilled option not offered is ignored with a warning: the question is asked', async () => {
    const { theme } = await loadFile('test/fixtures/option-conditions/prefill.yaml');
    const young = start(theme, { profile: profile(10) });
    const step = next(young);
    expect(step).toMatchObject({
      done: false,
      question: { id: 'purpose' },
      ignoredPrefill: { option: 'business', label: '商务活动' },
    });
    const adult = start(theme, { profile: profile(40) });
    const done = next(adult);
    expect(done.done ? undefined : done.question.id).toBe('extras');
    expect(done.done ? undefined : done.ignoredPrefill).toBeUndefined();
  });

  test('enumeration never takes an option not offered', async () => {
    const { theme } = await loadFile(FIXTURE);
    const keys = [...enumerateCases(theme)].map((c) => `${c.answers.age}:${c.answers.purpose}`);
    expect(keys.filter((k) => k.startsWith('0:'))).toEqual(['0:tour', '0:tour']);
    expect(keys).toContain('18:business');
    expect(keys.some((k) => /^(0|16):business$/.test(k) || k === '0:spouse')).toBe(false);
  });
});

/** Every option an answer chooses. */
function chosen(value: AnswerValue): string[] {
  return Array.isArray(value) ? [...(value as string[])] : [String(value)];
}

describe('properties over random themes with option conditions', () => {
  const themes = arbitraryLoadedTheme({ optionConditions: true, maxQuestions: 6, prefill: false });

  test('no enumerated path chooses an option whose condition is false where its question is asked', () => {
    let gated = 0;
    fc.assert(
      fc.property(themes, (theme) => {
        const rules = rulesFor(theme);
        for (const kase of enumerateCases(theme, { today: GENERATED_TODAY, maxCases: 100 })) {
          let session = start(theme, { today: GENERATED_TODAY });
          for (;;) {
            const step = next(session);
            if (step.done) break;
            const value = kase.answers[step.question.id] as AnswerValue;
            const options = questionType(step.question).options(step.question);
            const facts = walk(session).facts;
            for (const id of options.length > 0 ? chosen(value) : []) {
              const option = options.find((o) => o.id === id) as Option;
              if (option.when === undefined) continue;
              gated++;
              expect(rules.evaluate(option.when, facts)).toBe(true);
            }
            const t = answer(session, step.question.id, value);
            expect(t.ok).toBe(true);
            if (!t.ok) return;
            session = t.session;
          }
        }
      }),
      { numRuns: 100 },
    );
    // The property saw gated options at all.
    expect(gated).toBeGreaterThan(0);
  });

  test('a session refuses every option not offered with unavailable-option and stays unchanged', () => {
    let refused = 0;
    fc.assert(
      fc.property(themes, fc.gen(), (theme, g) => {
        let session = start(theme, { today: GENERATED_TODAY });
        for (let steps = 0; steps < 30; steps++) {
          const step = next(session);
          if (step.done) return;
          const question = step.question;
          const all = questionType(question).options(question);
          const shown = new Set(step.options.map((o) => o.id));
          for (const option of all) {
            if (shown.has(option.id)) continue;
            const single = question.type === 'single';
            const before = JSON.stringify(session);
            const t = answer(session, question.id, single ? option.id : [option.id]);
            expect(t.ok).toBe(false);
            if (t.ok) return;
            refused++;
            expect(t.error.code).toBe('unavailable-option');
            expect(t.session).toBe(session);
            expect(JSON.stringify(t.session)).toBe(before);
          }
          if (all.length > 0 && step.options.length === 0) return;
          let moved = false;
          for (let tries = 0; tries < 4 && !moved; tries++) {
            const picked =
              all.length > 0
                ? (() => {
                    const o = step.options[g(fc.nat, { max: step.options.length - 1 })] as Option;
                    return question.type === 'single' ? o.id : [o.id];
                  })()
                : g(answerBuilderFor(question, GENERATED_TODAY));
            const t = answer(session, question.id, picked);
            if (t.ok) {
              session = t.session;
              moved = true;
            }
          }
          if (!moved) return;
        }
      }),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(0);
  });
});
