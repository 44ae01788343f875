/**
 * Properties of sessions over generated themes (see test/support/arbitrary-theme.ts) and random scripts that
 * answer whatever `next` asks, mixed with invalid answers, changes of earlier answers and `back`.
 *
 * Runs per property: SESSION_PROPERTY_RUNS (default 300). To replay a failure, set FC_SEED to its seed;
 * FC_END_ON_FAILURE=1 skips shrinking. Values inside a run come from `fc.gen()` through stable builders.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type {
  AnswerValue,
  Session,
  SessionErrorCode,
  StartOptions,
  Step,
  Transition,
} from '../../src/model/session.js';
import type { CompiledTheme, Question } from '../../src/model/theme.js';
import { answer, back, change, next, restore, serialize, start, walk } from '../../src/session/index.js';
import { answerBuilderFor, arbitraryLoadedTheme } from '../support/arbitrary-theme.js';
import { holds, oracle } from '../support/session-oracle.js';
import { anyValue, between, natBelow, pick, type Setup, setupOf } from '../support/session-setup.js';

const RUNS = Number(process.env.SESSION_PROPERTY_RUNS ?? 300);
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const params = { numRuns: RUNS, ...SEED, ...(process.env.FC_END_ON_FAILURE ? { endOnFailure: true } : {}) };

const VALUE_CODES: readonly SessionErrorCode[] = [
  'wrong-type',
  'unknown-option',
  'duplicate-option',
  'exclusive-option',
  'empty-choice',
  'out-of-range',
  'not-integer',
  'invalid-date',
];

// The oracle of what a session must ask: test/support/session-oracle.ts.

/** What must hold of every session and its step. */
function checkSession(session: Session, step: Step, restoreWith: Omit<StartOptions, 'today'>): void {
  const expected = oracle(session);
  if (step.done) {
    expect(expected.current).toBeUndefined();
    expect(step.progress.remaining).toBe(0);
  } else {
    const question = step.question;
    // Asks the oracle's question: its condition is true, it is not answered.
    expect(question.id).toBe(expected.current?.id);
    expect(Object.hasOwn(session.answers, question.id)).toBe(false);
    expect(holds(session, question.when, expected.facts)).toBe(true);
    expect(holds(session, question.when, walk(session).facts)).toBe(true);
    expect(step.options).toEqual('options' in question ? question.options : []);
    expect(step.progress.remaining).toBeGreaterThanOrEqual(1);
  }
  expect(step.progress.answered).toBe(expected.answered);
  // No user answer to a question that is not asked.
  expect(walk(session).stale).toEqual([]);
  for (const id of expected.skipped) {
    if (Object.hasOwn(session.answers, id)) expect(session.answers[id]?.prefilled).toBe(true);
  }
  // The trail holds user answers, once each.
  expect(new Set(session.trail).size).toBe(session.trail.length);
  for (const id of session.trail) expect(session.answers[id]?.prefilled).toBeUndefined();
  expect(Object.isFrozen(session)).toBe(true);
  expect(Object.isFrozen(session.answers)).toBe(true);
  // restore(serialize(s)) is s.
  const restored = restore(session.theme, serialize(session), restoreWith);
  expect(restored.ok).toBe(true);
  if (restored.ok) {
    expect(restored.session).toEqual(session);
    expect(restored.dropped).toEqual([]);
    expect(restored.updated).toBe(false);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Random scripts.

type Action =
  | { readonly kind: 'answer' | 'change'; readonly question: string; readonly value: unknown }
  | { readonly kind: 'back' };

function apply(session: Session, action: Action): Transition {
  switch (action.kind) {
    case 'answer':
      return answer(session, action.question, action.value);
    case 'change':
      return change(session, action.question, action.value);
    case 'back':
      return back(session);
  }
}

type Move = 'answer' | 'answer-any' | 'change' | 'change-same' | 'change-any' | 'back';
const MOVES: readonly Move[] = [
  'answer',
  'answer',
  'answer',
  'answer',
  'answer',
  'answer-any',
  'answer-any',
  'change',
  'change',
  'change-same',
  'change-any',
  'back',
];

const permutation = (length: number) => fc.shuffledSubarray([...Array(length).keys()], { minLength: length });

/** A value equal to `value` once normalised: choices in another order. */
function sameButShuffled(value: AnswerValue, g: fc.GeneratorValue): AnswerValue {
  if (!Array.isArray(value)) return value;
  return g(permutation, value.length).map((i) => value[i] as string);
}

/** The next action: a move chosen at random, with values that fit the session as it is. */
function chooseAction(session: Session, step: Step, g: fc.GeneratorValue): { action: Action; move: Move } {
  const { theme, today } = session;
  const move = pick(g, MOVES);
  const answered = Object.keys(session.answers);
  const anyQuestion = () =>
    pick(g, [...theme.questions.map((q) => q.id), 'unknown', 'constructor', '__proto__', '']);
  const question = (id: string) => theme.questions.find((q) => q.id === id) as Question;
  switch (move) {
    case 'answer':
      if (step.done) return { action: { kind: 'back' }, move: 'back' };
      return {
        action: {
          kind: 'answer',
          question: step.question.id,
          value: g(answerBuilderFor(step.question, today)),
        },
        move,
      };
    case 'answer-any': {
      const id = !step.done && g(natBelow, 3) > 0 ? step.question.id : anyQuestion();
      return { action: { kind: 'answer', question: id, value: g(anyValue) }, move };
    }
    case 'change':
    case 'change-same': {
      if (answered.length === 0) return { action: { kind: 'back' }, move: 'back' };
      // Biased to early questions, whose changes reach furthest.
      const inOrder = theme.questions.map((q) => q.id).filter((id) => answered.includes(id));
      const id = pick(g, inOrder.slice(0, 1 + g(natBelow, inOrder.length)));
      const current = session.answers[id]?.value as AnswerValue;
      if (move === 'change-same')
        return { action: { kind: 'change', question: id, value: sameButShuffled(current, g) }, move };
      // Another value when one comes up in two tries.
      const first = g(answerBuilderFor(question(id), today));
      const value =
        JSON.stringify(first) === JSON.stringify(current) ? g(answerBuilderFor(question(id), today)) : first;
      return { action: { kind: 'change', question: id, value }, move };
    }
    case 'change-any':
      return { action: { kind: 'change', question: anyQuestion(), value: g(anyValue) }, move };
    case 'back':
      return { action: { kind: 'back' }, move };
  }
}

/** What must hold of a transition, given the move that made it. */
function checkTransition(
  before: Session,
  beforeStep: Step,
  move: Move,
  action: Action,
  result: Transition,
): void {
  if (!result.ok) {
    // A rejection leaves the session as it was: the same object.
    expect(result.session).toBe(before);
    expect(typeof result.error.message).toBe('string');
    if (move === 'answer') expect.unreachable(`a valid answer was rejected: ${result.error.code}`);
    if (move === 'change' || move === 'change-same') expect(result.error.code).toBe('not-asked');
    if (move === 'back') expect(result.error.code).toBe('nothing-to-undo');
    if (action.kind === 'answer' && !beforeStep.done && action.question === beforeStep.question.id) {
      expect(VALUE_CODES).toContain(result.error.code);
    }
    return;
  }
  const after = result.session;
  if (move === 'change-same') {
    // change to the same value changes nothing.
    expect(after).toBe(before);
    expect(result.dropped).toEqual([]);
  }
  if (action.kind === 'back') {
    const last = before.trail.at(-1) as string;
    expect(after.trail).toEqual(before.trail.slice(0, -1));
    expect(Object.hasOwn(after.answers, last)).toBe(false);
    expect(result.dropped).toEqual([]);
    expect(Object.keys(after.answers).length).toBe(Object.keys(before.answers).length - 1);
    return;
  }
  if (action.kind === 'answer') {
    // Only the question asked can be answered.
    expect(beforeStep.done ? undefined : beforeStep.question.id).toBe(action.question);
    expect(after.trail.at(-1)).toBe(action.question);
  }
  expect(Object.hasOwn(after.answers, action.question)).toBe(true);
  // Dropped answers were there, are gone, and their questions are no longer asked; all others are kept.
  const dropped = new Set(result.dropped.map((d) => d.question));
  const states = walk(after).states;
  for (const d of result.dropped) {
    expect(d.reason).toBe('no-longer-asked');
    expect(before.answers[d.question]?.value).toEqual(d.value);
    expect(Object.hasOwn(after.answers, d.question)).toBe(false);
    expect(states[after.theme.questions.findIndex((q) => q.id === d.question)]).toBe('skipped');
  }
  for (const [id, given] of Object.entries(before.answers)) {
    if (id === action.question || dropped.has(id)) continue;
    expect(after.answers[id]).toEqual(given);
  }
  // Answering can drop too: kept answers behind the question asked that it makes unasked.
  const kept = before.trail.filter((id) => !dropped.has(id));
  expect(after.trail).toEqual(action.kind === 'answer' ? [...kept, action.question] : kept);
}

interface Played {
  readonly actions: Action[];
  readonly sessions: Session[];
  readonly steps: Step[];
  readonly results: Transition[];
}

/** Plays a random script from `start`, checking every session and transition on the way unless told not to. */
function playRandom(theme: CompiledTheme, setup: Setup, g: fc.GeneratorValue, checked = true): Played {
  let session = start(theme, setup.start);
  const length = g(between, 1, 3 * theme.questions.length + 6);
  const played: Played = { actions: [], sessions: [session], steps: [], results: [] };
  for (let i = 0; i < length; i++) {
    const step = next(session);
    played.steps.push(step);
    if (checked) checkSession(session, step, setup.restore);
    const { action, move } = chooseAction(session, step, g);
    const result = apply(session, action);
    if (checked) checkTransition(session, step, move, action, result);
    played.actions.push(action);
    played.results.push(result);
    session = result.session;
    played.sessions.push(session);
  }
  const last = next(session);
  played.steps.push(last);
  if (checked) checkSession(session, last, setup.restore);
  return played;
}

// ---------------------------------------------------------------------------------------------------------

describe('session properties', () => {
  test.prop([arbitraryLoadedTheme(), fc.gen()], params)(
    'random scripts: asks only questions whose condition holds, never an answered one; rejections change nothing; change keeps what is still asked; restore(serialize(s)) is s; same-value change is a no-op',
    (theme, g) => {
      playRandom(theme, setupOf(theme, g, { noProfile: 5, customOps: 2 }), g);
    },
  );

  test.prop([arbitraryLoadedTheme(), fc.gen()], params)(
    'deterministic: the same theme and inputs give deep-equal sessions and steps',
    (theme, g) => {
      const setup = setupOf(theme, g, { noProfile: 5, customOps: 2 });
      const first = playRandom(theme, setup, g, false);
      let session = start(theme, setup.start);
      expect(session).toEqual(first.sessions[0]);
      first.actions.forEach((action, i) => {
        expect(next(session)).toEqual(first.steps[i]);
        const result = apply(session, action);
        expect(result).toEqual(first.results[i]);
        session = result.session;
      });
      expect(next(session)).toEqual(first.steps.at(-1));
    },
  );

  test.prop([arbitraryLoadedTheme(), fc.gen()], params)(
    'completes within as many answers as there are questions; remaining bounds the questions still asked',
    (theme, g) => {
      const setup = setupOf(theme, g, { noProfile: 5, customOps: 2 });
      let session = start(theme, setup.start);
      const bounds: { given: number; remaining: number; answered: number }[] = [];
      let given = 0;
      let refused = 0;
      for (let attempt = 0; attempt < 4 * theme.questions.length + 4; attempt++) {
        const step = next(session);
        if (step.done) break;
        // One bound per question asked (an invalid answer asks it again).
        if (bounds.at(-1)?.given !== given) {
          bounds.push({ given, remaining: step.progress.remaining, answered: step.progress.answered });
        }
        // At most three invalid answers in a row, so that every question is answered within the attempts.
        const invalid = refused < 3 && g(natBelow, 4) === 0;
        const value = invalid ? g(anyValue) : g(answerBuilderFor(step.question, session.today));
        const result = answer(session, step.question.id, value);
        if (!result.ok) {
          expect(invalid).toBe(true);
          expect(result.session).toBe(session);
          refused++;
          continue;
        }
        refused = 0;
        // Answering what is asked never drops anything.
        expect(result.dropped).toEqual([]);
        given++;
        session = result.session;
      }
      const done = next(session);
      expect(done.done).toBe(true);
      expect(given).toBeLessThanOrEqual(
        theme.questions.filter((q) => !session.answers[q.id]?.prefilled).length,
      );
      expect(done.progress.remaining).toBe(0);
      for (const [i, b] of bounds.entries()) {
        // Upper bound: this question and those asked after it.
        expect(b.remaining).toBeGreaterThanOrEqual(given - b.given);
        if (i > 0) expect(b.answered).toBeGreaterThan(bounds[i - 1]?.answered ?? -1);
      }
    },
  );

  test.prop([arbitraryLoadedTheme(), fc.gen()], params)(
    'restore of an edited serialization never throws and never yields a session a genuine one could not be',
    (theme, g) => {
      const setup = setupOf(theme, g, { noProfile: 5, customOps: 2 });
      const played = playRandom(theme, setup, g, false);
      const session = played.sessions.at(-1) as Session;
      const json = serialize(session);
      // Truncated, a character replaced, or text inserted.
      const at = g(natBelow, json.length);
      const text = pick(g, ['0', '1', '"', ',', ']', '[', 'a', 'true', '-', '2.5', ',1', '"x",']);
      const edit = [
        json.slice(0, at),
        json.slice(0, at) + text + json.slice(at + 1),
        json.slice(0, at) + text + json.slice(at),
      ][g(natBelow, 3)] as string;
      const result = restore(theme, edit, setup.restore);
      if (!result.ok) {
        expect(['not-json', 'bad-shape', 'unsupported-version', 'other-theme', 'tampered']).toContain(
          result.error.code,
        );
        return;
      }
      // An edited hash reads as a theme update: answers that do not fit are dropped rather than refused.
      if (!result.updated) expect(result.dropped).toEqual([]);
      checkSession(result.session, next(result.session), setup.restore);
      // Every answer fits its question as `answer` would take it.
      for (const [id, given] of Object.entries(result.session.answers)) {
        const question = theme.questions.find((q) => q.id === id) as Question;
        expect(question).toBeDefined();
        if (given.prefilled) expect(question.prefill).toBeDefined();
      }
    },
  );
});
