/**
 * Invariants of sessions under random use, over HARDENING_RUNS runs of each property (10,000 by default), with themes
 * from the valid-theme generator (test/support/arbitrary-theme.ts) and random scripts: valid answers, invalid
 * answers (wrong types, unknown options, other questions), changes, `back`, and serialize/restore mid-way.
 *
 * Checked on every run:
 * - no untyped exception: no call throws; a refused transition is `ok: false` with a SessionErrorCode, a
 *   message, and the session unchanged;
 * - no hidden question: the question asked is the first unanswered one whose condition holds on the settled
 *   facts (an oracle independent of `walk`), and no user answer sits on a question whose condition is false;
 * - stale answers dropped on change and reported: exactly the answers that disappear are in `dropped`, with
 *   `no-longer-asked`, and their questions are skipped;
 * - termination: from any session, valid answers complete it within as many answers as questions left;
 * - determinism: the same theme and script again give deep-equal sessions, steps, results and outcomes;
 * - serialize/restore round trip: an equal session and an equal outcome, from which the script goes on.
 * And enumeration agrees with sessions: every enumerated case of small generated themes, replayed through a
 * session, has the figures `outcome(session)` gives (the helpers of test/analyze/enumerate.test.ts, which
 * checks the same on 220 runs; here on HARDENING_RUNS more, with profiles).
 *
 * Cost: generating and loading a theme costs more than a whole script, so the first property draws its theme
 * from a pool of POOL_SIZE generated themes; the second generates its own. To replay a failure, set FC_SEED;
 * HARDENING_RUNS sets every count.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { type CaseSummary, enumerateCases } from '../../src/analyze/enumerate.js';
import type { Outcome } from '../../src/model/outcome.js';
import type { AnswerValue, Session, SessionErrorCode, Step, Transition } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { outcome } from '../../src/outcome/index.js';
import {
  answer,
  back,
  change,
  checklist,
  next,
  restore,
  serialize,
  start,
  walk,
} from '../../src/session/index.js';
import { figuresOf, replay } from '../analyze/support.js';
import {
  answerBuilderFor,
  arbitraryLoadedTheme,
  GENERATED_TODAY,
  profileBuilderFor,
} from '../support/arbitrary-theme.js';
import { holds, oracle } from '../support/session-oracle.js';
import { anyValue, between, natBelow, pick, type Setup, setupOf } from '../support/session-setup.js';

/** Runs of each property; CI runs the default. */
const HARDENING_RUNS = Number(process.env.HARDENING_RUNS ?? 10_000);
const SCRIPT_RUNS = HARDENING_RUNS;
const FRESH_RUNS = HARDENING_RUNS;
const ENUMERATION_RUNS = HARDENING_RUNS;
const POOL_SIZE = 150;
/** Cases replayed per theme in the enumeration property (about 70 on average when all are replayed). */
const ENUMERATED_CASES = 40;
/** Per test: the default minute is too short when other test files share the two cores. */
const TIMEOUT = 600_000;
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };

const counted = {
  scripts: 0,
  fresh: 0,
  enumeration: 0,
  steps: 0,
  refused: 0,
  roundTrips: 0,
  dropped: 0,
  casesReplayed: 0,
};
const started = performance.now();

const SESSION_CODES: readonly SessionErrorCode[] = [
  'unknown-question',
  'not-asked',
  'already-answered',
  'not-answered',
  'wrong-type',
  'unknown-option',
  'duplicate-option',
  'exclusive-option',
  'empty-choice',
  'out-of-range',
  'not-integer',
  'invalid-date',
  'nothing-to-undo',
];

// ---------------------------------------------------------------------------------------------------------
// No untyped exception: every call of the API goes through `call`, which names the call that threw.

function call<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`untyped exception from ${what}: ${message}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The oracle of what a session must ask: test/support/session-oracle.ts.

/** No hidden question is asked, and no user answer sits on a question that is not asked. */
function checkStep(session: Session, step: Step): void {
  const expected = oracle(session);
  if (step.done) {
    expect(expected.current?.id).toBeUndefined();
  } else {
    expect(step.question.id).toBe(expected.current?.id);
    expect(holds(session, step.question.when, expected.facts)).toBe(true);
    expect(Object.hasOwn(session.answers, step.question.id)).toBe(false);
  }
  for (const id of expected.skipped) {
    if (Object.hasOwn(session.answers, id)) expect(session.answers[id]?.prefilled, id).toBe(true);
  }
  expect(call('walk', () => walk(session)).stale).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------
// Scripts

type Action =
  | { readonly kind: 'answer' | 'change'; readonly question: string; readonly value: unknown }
  | { readonly kind: 'back' }
  | { readonly kind: 'round-trip' }
  | { readonly kind: 'look' };

const MOVES = [
  'answer',
  'answer',
  'answer',
  'answer',
  'answer-invalid',
  'answer-other',
  'change',
  'change',
  'change-invalid',
  'back',
  'round-trip',
  'look',
] as const;
type Move = (typeof MOVES)[number];

function chooseAction(session: Session, step: Step, g: fc.GeneratorValue): { action: Action; move: Move } {
  const { theme, today } = session;
  const move = pick(g, MOVES);
  const answered = theme.questions.filter((q) => Object.hasOwn(session.answers, q.id));
  const anyId = () =>
    pick(g, [...theme.questions.map((q) => q.id), 'unknown', 'constructor', '__proto__', '']);
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
    case 'answer-invalid':
      return {
        action: { kind: 'answer', question: step.done ? anyId() : step.question.id, value: g(anyValue) },
        move,
      };
    case 'answer-other':
      return { action: { kind: 'answer', question: anyId(), value: g(anyValue) }, move };
    case 'change': {
      const question =
        answered.length === 0 ? undefined : pick(g, answered.slice(0, 1 + g(natBelow, answered.length)));
      if (!question) return { action: { kind: 'back' }, move: 'back' };
      return {
        action: { kind: 'change', question: question.id, value: g(answerBuilderFor(question, today)) },
        move,
      };
    }
    case 'change-invalid':
      return { action: { kind: 'change', question: anyId(), value: g(anyValue) }, move };
    case 'back':
      return { action: { kind: 'back' }, move };
    case 'round-trip':
      return { action: { kind: 'round-trip' }, move };
    case 'look':
      return { action: { kind: 'look' }, move };
  }
}

/** What an action gives: a transition (answer, change, back), or the same session (look, round trip). */
function apply(session: Session, action: Action, setup: Setup): Transition {
  switch (action.kind) {
    case 'answer':
      return call('answer', () => answer(session, action.question, action.value));
    case 'change':
      return call('change', () => change(session, action.question, action.value));
    case 'back':
      return call('back', () => back(session));
    case 'look':
      call('outcome', () => outcome(session));
      call('checklist', () => checklist(session));
      return { ok: true, session, dropped: [] };
    case 'round-trip': {
      const json = call('serialize', () => serialize(session));
      const restored = call('restore', () => restore(session.theme, json, setup.restore));
      if (!restored.ok) throw new Error(`a genuine session does not restore: ${restored.error.message}`);
      return { ok: true, session: restored.session, dropped: restored.dropped };
    }
  }
}

function checkTransition(before: Session, move: Move, action: Action, result: Transition): void {
  if (!result.ok) {
    counted.refused++;
    // What the script knows to be valid is never refused: an answer to the question asked, and a change of
    // an answered question (unless its question is no longer certainly asked).
    if (move === 'answer') expect.unreachable(`a valid answer was refused: ${result.error.message}`);
    if (move === 'change') expect(result.error.code).toBe('not-asked');
    if (move === 'back') expect(result.error.code).toBe('nothing-to-undo');
    expect(SESSION_CODES).toContain(result.error.code);
    expect(typeof result.error.message === 'string' && result.error.message.length > 0).toBe(true);
    expect(result.session).toBe(before);
    return;
  }
  const after = result.session;
  if (action.kind === 'round-trip') {
    counted.roundTrips++;
    expect(after).toEqual(before);
    expect(result.dropped).toEqual([]);
    expect(call('outcome', () => outcome(after))).toEqual(call('outcome', () => outcome(before)));
    return;
  }
  if (action.kind === 'look' || action.kind === 'back') return;
  // Answers that disappear are exactly those reported, as no longer asked; their questions are skipped.
  const gone = Object.keys(before.answers).filter(
    (id) => id !== action.question && !Object.hasOwn(after.answers, id),
  );
  counted.dropped += result.dropped.length;
  expect(result.dropped.map((d) => d.question).sort()).toEqual(gone.sort());
  const states = call('walk', () => walk(after)).states;
  for (const d of result.dropped) {
    expect(d.reason).toBe('no-longer-asked');
    expect(d.value).toEqual(before.answers[d.question]?.value);
    expect(states[after.theme.questions.findIndex((q) => q.id === d.question)]).toBe('skipped');
  }
  // Every other answer is kept as it was.
  for (const [id, given] of Object.entries(before.answers))
    if (id !== action.question && !gone.includes(id)) expect(after.answers[id]).toEqual(given);
}

interface Played {
  readonly actions: Action[];
  readonly sessions: Session[];
  readonly steps: Step[];
  readonly results: Transition[];
  readonly outcome: Outcome;
}

/** Plays a random script from `start`, checking every step and transition. */
function play(theme: CompiledTheme, setup: Setup, g: fc.GeneratorValue): Played {
  let session = call('start', () => start(theme, setup.start));
  const length = g(between, 1, 3 * theme.questions.length + 6);
  const played: Omit<Played, 'outcome'> = { actions: [], sessions: [session], steps: [], results: [] };
  for (let i = 0; i < length; i++) {
    const step = call('next', () => next(session));
    counted.steps++;
    checkStep(session, step);
    const { action, move } = chooseAction(session, step, g);
    const result = apply(session, action, setup);
    checkTransition(session, move, action, result);
    played.actions.push(action);
    played.steps.push(step);
    played.results.push(result);
    session = result.session;
    played.sessions.push(session);
  }
  const last = call('next', () => next(session));
  checkStep(session, last);
  played.steps.push(last);
  return { ...played, outcome: call('outcome', () => outcome(session)) };
}

/** Valid answers complete any session within as many answers as there are unanswered questions. */
function checkTermination(session: Session, g: fc.GeneratorValue): void {
  const left = session.theme.questions.filter((q) => !Object.hasOwn(session.answers, q.id)).length;
  let current = session;
  let given = 0;
  for (let step = next(current); !step.done; step = next(current)) {
    expect(given, 'more answers than questions left').toBeLessThan(left);
    const value = g(answerBuilderFor(step.question, current.today));
    const action = { kind: 'answer', question: step.question.id, value } as const;
    const result = call('answer', () => answer(current, step.question.id, value));
    // Answering may drop kept answers behind it (after a change or back): checked as any transition.
    checkTransition(current, 'answer', action, result);
    current = result.session;
    given++;
  }
  const done = next(current);
  expect(done.done && done.progress.remaining).toBe(0);
  call('outcome', () => outcome(current));
}

/** The same script again gives deep-equal sessions, steps, results and outcome. */
function checkDeterminism(theme: CompiledTheme, setup: Setup, played: Played): void {
  let session = start(theme, setup.start);
  expect(session).toEqual(played.sessions[0]);
  played.actions.forEach((action, i) => {
    expect(next(session)).toEqual(played.steps[i]);
    const result = apply(session, action, setup);
    expect(result).toEqual(played.results[i]);
    session = result.session;
  });
  expect(next(session)).toEqual(played.steps.at(-1));
  expect(outcome(session)).toEqual(played.outcome);
}

function checkedRun(theme: CompiledTheme, g: fc.GeneratorValue): void {
  const setup = setupOf(theme, g, { noProfile: 4, customOps: 3 });
  const played = play(theme, setup, g);
  checkDeterminism(theme, setup, played);
  checkTermination(played.sessions.at(-1) as Session, g);
}

// ---------------------------------------------------------------------------------------------------------

describe(`session invariants over ${HARDENING_RUNS} runs of each property`, () => {
  const pool = fc.sample(arbitraryLoadedTheme(), { numRuns: POOL_SIZE, seed: 20_261_127 });

  test(
    `random scripts on a pool of ${POOL_SIZE} generated themes (${SCRIPT_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(fc.nat({ max: POOL_SIZE - 1 }), fc.gen(), (index, g) => {
          counted.scripts++;
          checkedRun(pool[index] as CompiledTheme, g);
        }),
        { numRuns: SCRIPT_RUNS, ...SEED },
      );
    },
    TIMEOUT,
  );

  test(
    `random scripts on freshly generated themes (${FRESH_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(arbitraryLoadedTheme(), fc.gen(), (theme, g) => {
          counted.fresh++;
          checkedRun(theme, g);
        }),
        { numRuns: FRESH_RUNS, ...SEED },
      );
    },
    TIMEOUT,
  );

  test(
    `enumeration agrees with sessions on small generated themes (${ENUMERATION_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(arbitraryLoadedTheme({ maxQuestions: 5 }), fc.gen(), (theme, g) => {
          counted.enumeration++;
          const profile = g(natBelow, 2) === 0 ? undefined : g(profileBuilderFor(theme, GENERATED_TODAY));
          const options = { today: GENERATED_TODAY, ...(profile === undefined ? {} : { profile }) };
          // The first ENUMERATED_CASES cases of each theme: many themes rather than every case of a few.
          const generator = enumerateCases(theme, { ...options, maxCases: ENUMERATED_CASES });
          for (let step = generator.next(); !step.done; step = generator.next()) {
            const c: CaseSummary = step.value;
            const session = replay(theme, c.answers as Record<string, AnswerValue>, options);
            const { answers: _answers, ...figures } = c;
            expect(figures).toEqual(figuresOf(session));
            counted.casesReplayed++;
          }
        }),
        { numRuns: ENUMERATION_RUNS, ...SEED },
      );
    },
    TIMEOUT,
  );

  test(`at least ${HARDENING_RUNS} runs of each property were checked`, () => {
    const runs = counted.scripts + counted.fresh + counted.enumeration;
    for (const each of [counted.scripts, counted.fresh, counted.enumeration])
      expect(each).toBeGreaterThanOrEqual(HARDENING_RUNS);
    expect(counted.steps).toBeGreaterThan(runs);
    expect(counted.refused).toBeGreaterThan(0);
    expect(counted.roundTrips).toBeGreaterThan(0);
    expect(counted.dropped).toBeGreaterThan(0);
    expect(counted.casesReplayed).toBeGreaterThan(counted.enumeration);
  });
});

afterAll(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`hardening invariants: ${JSON.stringify(counted)} in ${seconds} s`);
});
