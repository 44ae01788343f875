/**
 * `caseOf` builds the case in one pass and reuses the part text of each choice and yes/no answer: over
 * generated themes (and a copy whose question ids repeat, so answers stay by id) and random scripts of
 * answers, changes and `back`, the case it gives, asked twice, is the straightforward composition of the
 * parts of the answered questions in question order (`straightCase`), and `next` reports the same case once
 * the questionnaire is complete.
 *
 * Runs: CASE_OF_RUNS (default 150). To replay a failure, set FC_SEED to its seed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { CaseKey, Session, Transition } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { questionType } from '../../src/question-types/index.js';
import { answer, back, caseOf, change, next, start, walk } from '../../src/session/index.js';
import { answerBuilderFor, arbitraryLoadedTheme } from '../support/arbitrary-theme.js';
import { between, natBelow, pick, setupOf } from '../support/session-setup.js';

const RUNS = Number(process.env.CASE_OF_RUNS ?? 150);
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const params = { numRuns: RUNS, ...SEED };

/** The case by its definition: each answered question's part, then the key and the label joined. */
function straightCase(session: Session): CaseKey {
  const { states } = walk(session);
  const parts = session.theme.questions.flatMap((question, index) => {
    const given = Object.hasOwn(session.answers, question.id) ? session.answers[question.id] : undefined;
    if (states[index] !== 'answered' || !given) return [];
    const part = questionType(question).casePart(question, given.value);
    return [{ question: question.id, key: part.key, label: part.label }];
  });
  return {
    key: parts.map((p) => `${p.question}=${p.key}`).join('&'),
    label: parts
      .map((p) => p.label)
      .filter((label) => label !== '')
      .join(' · '),
    parts,
  };
}

/** A copy of the theme whose last question repeats the first one's id (answers are then kept by id). */
function withRepeatedId(theme: CompiledTheme): CompiledTheme {
  const copy = JSON.parse(JSON.stringify(theme)) as { questions: { id: string }[] };
  const first = copy.questions[0];
  const last = copy.questions.at(-1);
  if (first && last && copy.questions.length > 1) last.id = first.id;
  return copy as unknown as CompiledTheme;
}

describe('caseOf', () => {
  test.prop([arbitraryLoadedTheme(), fc.boolean(), fc.gen()], params)(
    'is the straightforward composition of the answered parts, every time it is asked',
    (loaded, repeat, g) => {
      const theme = repeat ? withRepeatedId(loaded) : loaded;
      const setup = setupOf(theme, g, { noProfile: 4, customOps: 3 });
      let session = start(theme, setup.start);
      const steps = g(between, 1, 2 * theme.questions.length + 4);
      for (let i = 0; i <= steps; i++) {
        const expected = straightCase(session);
        expect(caseOf(session)).toEqual(expected);
        expect(caseOf(session)).toEqual(expected);
        const step = next(session);
        if (step.done) expect(step.case).toEqual(expected);
        let result: Transition;
        const move = g(natBelow, 6);
        if (move === 0 || (step.done && session.trail.length > 0 && move < 3)) result = back(session);
        else if (move === 1 && session.trail.length > 0) {
          const id = pick(g, session.trail);
          const question = theme.questions.find((q) => q.id === id);
          if (!question) continue;
          result = change(session, id, g(answerBuilderFor(question, session.today)));
        } else if (!step.done)
          result = answer(session, step.question.id, g(answerBuilderFor(step.question, session.today)));
        else break;
        session = result.session;
      }
    },
  );
});
