/**
 * The incremental walk (src/session/incremental.ts) against the walk in full (`walkWith`, its definition):
 * over generated themes — on the theme, its JSON copy and a copy without its `readers` index — and random
 * scripts of answers, changes of earlier answers and `back`, the walk a transition hands the new session is
 * the full re-walk of that session, and so are the question asked, the progress, the checklist and the
 * outcome. Then, by counting condition evaluations with an operator set that counts: an answer in a
 * 640-question questionnaire evaluates only the conditions that read what changed, a full re-walk all of them.
 *
 * Runs: INCREMENTAL_RUNS (default 200). To replay a failure, set FC_SEED to its seed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import type { Session, Transition } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import type { Walk } from '../../src/model/walk.js';
import { outcome } from '../../src/outcome/index.js';
import { createOperatorSet, defaultOperators } from '../../src/rules/index.js';
import { answer, back, change, checklist, next, serialize, start, walk } from '../../src/session/index.js';
import { rememberWalk, walkWith } from '../../src/session/walk.js';
import { answerBuilderFor, arbitraryLoadedTheme } from '../support/arbitrary-theme.js';
import { between, natBelow, pick, setupOf } from '../support/session-setup.js';

const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 200);
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const params = { numRuns: RUNS, ...SEED };

/** Everything a walk says, the facts as their entries in order. */
function shown(w: Walk): unknown {
  return { states: w.states, current: w.current, stale: w.stale, blocked: w.blocked, facts: [...w.facts] };
}

/** The same session as another object, whose memo holds the full re-walk. */
function rewalked(session: Session): Session {
  const copy = Object.freeze({ ...session });
  rememberWalk(copy, walkWith(copy, copy.answers));
  return copy;
}

/** The theme itself, its JSON copy, or a JSON copy without the index (sessions derive it). */
function variantOf(theme: CompiledTheme, which: number): CompiledTheme {
  if (which === 0) return theme;
  const copy = JSON.parse(JSON.stringify(theme)) as CompiledTheme & { readers?: unknown };
  if (which === 2) delete copy.readers;
  return copy;
}

/** A random transition (mostly valid answers, changes of earlier answers to other valid values, back) and the question it names. */
function moveOf(
  session: Session,
  g: fc.GeneratorValue,
): { result: Transition; question: string | undefined } {
  const step = next(session);
  const move = pick(g, ['answer', 'answer', 'answer', 'change', 'change', 'back'] as const);
  const answered = session.theme.questions.filter((q) => Object.hasOwn(session.answers, q.id));
  if (move === 'answer' && !step.done) {
    const value = g(answerBuilderFor(step.question, session.today));
    return { result: answer(session, step.question.id, value), question: step.question.id };
  }
  if (move === 'change' && answered.length > 0) {
    // Biased to early questions, whose changes reach furthest.
    const question = pick(g, answered.slice(0, 1 + g(natBelow, answered.length)));
    const value = g(answerBuilderFor(question, session.today));
    return { result: change(session, question.id, value), question: question.id };
  }
  return { result: back(session), question: session.trail.at(-1) };
}

/** A random transition. */
function play(session: Session, g: fc.GeneratorValue): Transition {
  return moveOf(session, g).result;
}

describe('the incremental walk is the walk in full', () => {
  test.prop([arbitraryLoadedTheme({ maxQuestions: 16 }), fc.nat({ max: 2 }), fc.gen()], params)(
    'after every answer, change and back: the same states, facts, question, progress, checklist and outcome',
    (loaded, which, g) => {
      const theme = variantOf(loaded, which);
      const setup = setupOf(theme, g, { noProfile: 4, customOps: 3 });
      let session = start(theme, setup.start);
      expect(shown(walk(session))).toEqual(shown(walkWith(session, session.answers)));
      const length = g(between, 1, 4 * theme.questions.length + 4);
      for (let i = 0; i < length; i++) {
        const result = play(session, g);
        if (!result.ok) continue;
        session = result.session;
        const full = rewalked(session);
        expect(shown(walk(session))).toEqual(shown(walk(full)));
        expect(next(session)).toEqual(next(full));
        expect(checklist(session)).toEqual(checklist(full));
        expect(outcome(session)).toEqual(outcome(full));
        // A copy of the session missing the memo walks from scratch, incrementally's way.
        expect(shown(walk(Object.freeze({ ...session })))).toEqual(shown(walk(full)));
      }
    },
  );
});

describe('answers kept by question position read as the answers by id', () => {
  test.prop([arbitraryLoadedTheme({ maxQuestions: 16 }), fc.gen()], params)(
    'after every answer, change and back: the answers a copy by id would hold, keys in the order first given, frozen, the same JSON',
    (theme, g) => {
      const setup = setupOf(theme, g, { noProfile: 4, customOps: 3 });
      let session = start(theme, setup.start);
      const length = g(between, 1, 4 * theme.questions.length + 4);
      for (let i = 0; i < length; i++) {
        const before = session;
        const { result, question } = moveOf(session, g);
        if (!result.ok || question === undefined) continue;
        session = result.session;
        // What spreading the answers by id gives: the question's answer set (or deleted by back), the dropped
        // ones deleted, every other answer the same object in the same place.
        const expected: Record<string, unknown> = { ...before.answers };
        if (Object.hasOwn(session.answers, question)) expected[question] = session.answers[question];
        else delete expected[question];
        for (const dropped of result.dropped) delete expected[dropped.question];
        expect(Object.keys(session.answers)).toEqual(Object.keys(expected));
        for (const [id, given] of Object.entries(expected))
          if (id !== question) expect(session.answers[id]).toBe(given);
        expect(Object.isFrozen(session) && Object.isFrozen(session.answers)).toBe(true);
        // A session's JSON is plain data: the answers are there, its memo is not.
        const text = (s: object) => JSON.stringify({ ...s, theme: theme.id, operators: undefined });
        expect(text(session)).toBe(text({ ...session, answers: expected }));
        expect(JSON.parse(text(session)).answers).toEqual(JSON.parse(JSON.stringify(expected)));
        // The session made by hand from the same members reads the same everywhere.
        const plain = Object.freeze({ ...session, answers: Object.freeze({ ...session.answers }) });
        expect(next(plain)).toEqual(next(session));
        expect(serialize(plain)).toBe(serialize(session));
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------------------
// Counting evaluations.

/** A seeded pseudo-random sequence in [0, 1) (mulberry32): the test's questionnaires are fixed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARK = '1900-01-01';

/**
 * A progressive questionnaire of `size` single-choice questions: each but the first asked unless the one before
 * (or sometimes the one before that) was answered a given one of its three options. Every condition starts
 * with `today ≠ 1900-01-01`, always true and evaluated first: counting the operator's calls on that value
 * counts condition evaluations, settled facts or not.
 */
function progressive(size: number): CompiledTheme {
  const rand = seeded(size);
  const id = (i: number) => `q${String(i + 1).padStart(4, '0')}`;
  const lines = ['id: counted', 'title: 计数', 'version: "1"', 'audience: person', 'questions:'];
  for (let i = 0; i < size; i++) {
    lines.push(`  - id: ${id(i)}`, `    ask: 第${i + 1}题？`, '    options: { o1: 甲, o2: 乙, o3: 丙 }');
    if (i === 0) continue;
    const option = () => `o${1 + Math.floor(rand() * 3)}`;
    const reads = [`{ ${id(i - 1)}: { notEqual: ${option()} } }`];
    if (i >= 2 && rand() < 0.4) reads.push(`{ ${id(i - 2)}: { notIn: [${option()}] } }`);
    const mark = `{ fact: today, operator: notEqual, value: "${MARK}" }`;
    lines.push(`    when: { all: [${mark}, ${reads.join(', ')}] }`);
  }
  lines.push('items:', '  filing: always');
  const catalog = loadCatalog([
    {
      file: 'catalog.yaml',
      text: 'departments:\n  office: { name: 服务中心, level: 区县 }\nitems:\n  filing: { name: 备案, department: office }\n',
    },
  ]);
  if (!catalog.ok) throw new Error('catalog');
  const loaded = loadTheme({ file: 'counted.yaml', text: `${lines.join('\n')}\n` }, catalog.catalog);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.theme;
}

/** An operator set like the default one that counts the conditions evaluated (the calls on MARK). */
function countingOperators() {
  const counter = { evaluations: 0 };
  const operators = defaultOperators.map((op) =>
    op.name === 'notEqual'
      ? {
          ...op,
          evaluate: (fact: unknown, value: unknown) => {
            if (value === MARK) counter.evaluations++;
            return op.evaluate(fact, value);
          },
        }
      : op,
  );
  return { counter, operators: createOperatorSet({ operators }) };
}

interface Counted {
  /** Per answer: conditions evaluated, and questions newly skipped. */
  readonly steps: { readonly evaluations: number; readonly skipped: number }[];
  /** Conditions one full re-walk of the last session evaluates. */
  readonly rewalk: number;
}

/** A session through the questionnaire, the respondent choosing by a fixed sequence; counts per answer. */
function countSession(theme: CompiledTheme): Counted {
  const { counter, operators } = countingOperators();
  const rand = seeded(7);
  let session = start(theme, { today: '2026-06-15', operators });
  const steps: { evaluations: number; skipped: number }[] = [];
  for (let step = next(session); !step.done; step = next(session)) {
    const before = walk(session).states;
    counter.evaluations = 0;
    const result = answer(session, step.question.id, `o${1 + Math.floor(rand() * 3)}`);
    if (!result.ok) throw new Error(result.error.message);
    session = result.session;
    const after = walk(session).states;
    const skipped = after.filter((s, i) => s === 'skipped' && before[i] !== 'skipped').length;
    steps.push({ evaluations: counter.evaluations, skipped });
  }
  counter.evaluations = 0;
  walkWith(session, session.answers);
  return { steps, rewalk: counter.evaluations };
}

describe('an answer evaluates only the conditions that read what changed', () => {
  test('at 40 and 640 questions: each answer at most 3 + 2 per question it newly skips; a full re-walk all', () => {
    for (const size of [40, 640]) {
      const { steps, rewalk } = countSession(progressive(size));
      expect(steps.length).toBeGreaterThan(size / 10);
      // The question answered, then the readers (at most two) of it and of each question it settles as skipped.
      for (const { evaluations, skipped } of steps) expect(evaluations).toBeLessThanOrEqual(3 + 2 * skipped);
      // Every question's condition but the first: what each answer would cost without the index.
      expect(rewalk).toBe(size - 1);
      // So a whole session evaluates a number linear in its size, where re-walking per answer is quadratic.
      const total = steps.reduce((sum, s) => sum + s.evaluations, 0);
      expect(total).toBeLessThanOrEqual(3 * steps.length + 2 * size);
    }
  });
});
