/**
 * A compiled theme is plain data: its JSON copy (what `tongban build` writes and a portal fetches) is the same
 * theme. Over generated themes and random scripts, a session on the copy asks the same questions, accepts and
 * rejects the same answers, reaches the same outcome and serializes to the same text as a session on the
 * theme itself; each restores the other's serialized sessions.
 *
 * Runs: PLAIN_JSON_RUNS (default 150). To replay a failure, set FC_SEED to its seed.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Session, Transition } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { outcome } from '../../src/outcome/index.js';
import { answer, back, change, checklist, next, restore, serialize, start } from '../../src/session/index.js';
import { answerBuilderFor, arbitraryLoadedTheme } from '../support/arbitrary-theme.js';
import { anyValue, between, natBelow, pick, setupOf } from '../support/session-setup.js';

const RUNS = Number(process.env.PLAIN_JSON_RUNS ?? 150);
const SEED = process.env.FC_SEED === undefined ? {} : { seed: Number(process.env.FC_SEED) };
const params = { numRuns: RUNS, ...SEED };

/** The paths of every accessor property (getter or setter) in a value; plain data has none. */
function accessors(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const found: string[] = [];
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (descriptor.get !== undefined || descriptor.set !== undefined) found.push(`${path}.${key}`);
    else found.push(...accessors(descriptor.value, `${path}.${key}`));
  }
  return found;
}

/** A transition without its session (compared apart, theme by theme). */
function outcomeOf(result: Transition): unknown {
  return result.ok ? { ok: true, dropped: result.dropped } : { ok: false, error: result.error };
}

/** What a session shows: the same for the theme and its copy when the copy is the same theme. */
function seen(session: Session): unknown {
  return {
    step: next(session),
    checklist: checklist(session),
    outcome: outcome(session),
    serialized: serialize(session),
  };
}

describe('a compiled theme is plain JSON', () => {
  test.prop([arbitraryLoadedTheme()], params)(
    'its JSON copy is equal to it and has no accessors',
    (theme) => {
      expect(accessors(theme)).toEqual([]);
      const copy: unknown = JSON.parse(JSON.stringify(theme));
      // Strictly equal: no undefined members or other values that JSON would drop or change.
      expect(copy).toStrictEqual(theme);
      expect(Object.isFrozen(theme)).toBe(true);
    },
  );

  test.prop([arbitraryLoadedTheme(), fc.gen()], params)(
    'sessions on the copy ask, accept, reject, conclude and serialize as on the theme; each restores the other',
    (theme, g) => {
      const copy = JSON.parse(JSON.stringify(theme)) as CompiledTheme;
      const setup = setupOf(theme, g, { noProfile: 4, customOps: 3 });
      let mine = start(theme, setup.start);
      let theirs = start(copy, setup.start);
      const steps = g(between, 1, 2 * theme.questions.length + 4);
      for (let i = 0; i <= steps; i++) {
        expect(seen(theirs)).toEqual(seen(mine));
        const text = serialize(mine);
        const across = restore(copy, text, setup.restore);
        const home = restore(theme, serialize(theirs), setup.restore);
        expect(across.ok && home.ok).toBe(true);
        if (across.ok && home.ok) {
          expect(across.updated).toBe(false);
          expect(serialize(across.session)).toBe(text);
          expect(serialize(home.session)).toBe(text);
        }
        if (i === steps) break;
        const step = next(mine);
        const move = g(natBelow, 8);
        let act: (session: Session) => Transition;
        if (move === 0) act = back;
        else if (move === 1 && mine.trail.length > 0) {
          const id = pick(g, mine.trail);
          const question = theme.questions.find((q) => q.id === id);
          const value = question ? g(answerBuilderFor(question, mine.today)) : g(anyValue);
          act = (s) => change(s, id, value);
        } else if (step.done) act = back;
        else {
          const value = move === 2 ? g(anyValue) : g(answerBuilderFor(step.question, mine.today));
          act = (s) => answer(s, step.question.id, value);
        }
        const a = act(mine);
        const b = act(theirs);
        expect(outcomeOf(b)).toEqual(outcomeOf(a));
        mine = a.session;
        theirs = b.session;
        expect(theirs.theme).toBe(copy);
      }
    },
  );
});
