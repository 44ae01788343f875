/**
 * `switchProfile`: a session moved onto another profile (or none) keeps the user's answers that still apply,
 * takes the new profile's prefills, and reports every answer it lets go.
 */
import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { Profile } from '../../src/model/profile.js';
import type { Session, Transition } from '../../src/model/session.js';
import {
  answer,
  back,
  change,
  next,
  restore,
  serialize,
  start,
  switchProfile,
  walk,
} from '../../src/session/index.js';
import {
  answerBuilderFor,
  arbitraryLoadedTheme,
  GENERATED_TODAY,
  loadThemeYaml,
  profileBuilderFor,
} from '../support/arbitrary-theme.js';
import { natBelow, setupOf } from '../support/session-setup.js';

const theme = loadThemeYaml({
  catalog: `
departments:
  police: { name: 出入境管理局, level: 市级 }
facts:
  person.hukou: { label: 户籍, type: single, options: { local: 本市, other: 外省市 } }
  person.age: { label: 年龄, type: number }
items:
  permit: { name: 通行证, department: police, days: 7 }
  residence: { name: 居住证明, department: police, days: 1 }
`,
  theme: `
id: permit
title: 办理通行证
version: "1"
audience: person
questions:
  - id: business
    ask: 办理什么业务？
    options: { first: 首次申领, renew: 换发 }
  - id: hukou
    ask: 户籍？
    prefill: person.hukou
    options: { local: 本市, other: 外省市 }
  - id: age
    ask: 年龄？
    type: number
    prefill: person.age
    min: 0
    max: 120
  - id: residence-permit
    ask: 是否持有本市居住证？
    type: yes-no
    when: { hukou: other }
  - id: purpose
    ask: 前往的目的是？
    options: { tour: 旅游, visit: 探亲 }
items:
  permit: always
  residence: { when: { hukou: other } }
`,
});

const TODAY = '2026-11-27';
const local: Profile = {
  kind: 'person',
  facts: { 'person.hukou': 'local', 'person.age': 38 },
  licences: [],
  tags: [],
  completed: [],
};
const other: Profile = { ...local, facts: { 'person.hukou': 'other', 'person.age': 38 } };

function accepted(t: Transition): Session {
  if (!t.ok) throw new Error(`rejected: ${t.error.code} ${t.error.message}`);
  return t.session;
}

function play(session: Session, ...answers: [string, unknown][]): Session {
  let s = session;
  for (const [question, value] of answers) s = accepted(answer(s, question, value));
  return s;
}

function asked(session: Session): string {
  const step = next(session);
  return step.done ? '(done)' : step.question.id;
}

describe('switchProfile', () => {
  test('on: the profile prefills the questions the user has not answered; the user’s answers stay theirs', () => {
    const s = play(start(theme, { today: TODAY }), ['business', 'first'], ['hukou', 'local']);
    const r = switchProfile(s, local);
    expect(r.dropped).toEqual([]);
    expect(r.session.profile).toEqual(local);
    expect(r.session.answers).toEqual({
      business: { value: 'first' },
      hukou: { value: 'local' },
      age: { value: 38, prefilled: true },
    });
    expect(r.session.trail).toEqual(['business', 'hukou']);
    expect(asked(r.session)).toBe('purpose');
  });

  test('on: an answer of the user that the profile contradicts stays the user’s', () => {
    const s = play(start(theme, { today: TODAY }), ['business', 'first'], ['hukou', 'other']);
    const r = switchProfile(s, local);
    expect(r.dropped).toEqual([]);
    expect(r.session.answers.hukou).toEqual({ value: 'other' });
    expect(asked(r.session)).toBe('residence-permit');
  });

  test('off: the prefilled answers are dropped and asked again; later answers are kept', () => {
    const s = play(
      start(theme, { today: TODAY, profile: local }),
      ['business', 'renew'],
      ['purpose', 'visit'],
    );
    const r = switchProfile(s, undefined);
    expect(r.dropped).toEqual([
      { question: 'hukou', value: 'local', reason: 'not-in-profile' },
      { question: 'age', value: 38, reason: 'not-in-profile' },
    ]);
    expect(r.session.profile).toBeUndefined();
    expect(r.session.today).toBe(TODAY);
    expect(asked(r.session)).toBe('hukou');
    // The purpose, answered behind the questions now asked, counts once they are answered.
    const after = play(r.session, ['hukou', 'local'], ['age', 40]);
    expect(next(after).done).toBe(true);
    expect(after.answers.purpose).toEqual({ value: 'visit' });
    // `back` undoes the user's answers in the order given.
    expect(accepted(back(after)).answers.age).toBeUndefined();
  });

  test('another profile: a new prefilled value is reported, and answers no longer asked are dropped', () => {
    const s = play(
      start(theme, { today: TODAY, profile: other }),
      ['business', 'first'],
      ['residence-permit', true],
      ['purpose', 'tour'],
    );
    const r = switchProfile(s, local);
    expect(r.dropped).toEqual([
      { question: 'hukou', value: 'other', reason: 'not-in-profile' },
      { question: 'residence-permit', value: true, reason: 'no-longer-asked' },
    ]);
    expect(r.session.answers.hukou).toEqual({ value: 'local', prefilled: true });
    expect(r.session.trail).toEqual(['business', 'purpose']);
    expect(next(r.session).done).toBe(true);
  });

  test('a changed prefilled answer is the user’s and is kept without the profile', () => {
    const s = accepted(change(start(theme, { today: TODAY, profile: local }), 'age', 70));
    const r = switchProfile(s, undefined);
    expect(r.dropped).toEqual([{ question: 'hukou', value: 'local', reason: 'not-in-profile' }]);
    expect(r.session.answers.age).toEqual({ value: 70 });
  });
});

describe('switchProfile on generated themes', () => {
  property.prop([arbitraryLoadedTheme({ maxQuestions: 8 }), fc.gen()], { numRuns: 100 })(
    'keeps or reports every answer, gives a session restore accepts, and switching back restores it',
    (generated, g) => {
      const setup = setupOf(generated, g, { noProfile: 3, customOps: 4 });
      let s = start(generated, setup.start);
      const rounds = g(natBelow, generated.questions.length + 1);
      for (let round = 0; round < rounds; round++) {
        const step = next(s);
        if (step.done) break;
        const result = answer(s, step.question.id, g(answerBuilderFor(step.question, GENERATED_TODAY)));
        if (result.ok) s = result.session;
      }
      const profile = g(natBelow, 3) === 0 ? undefined : g(profileBuilderFor(generated, GENERATED_TODAY));

      // The same profile changes nothing.
      const same = switchProfile(s, s.profile);
      expect(same.dropped).toEqual([]);
      expect(same.session.answers).toEqual(s.answers);
      expect(same.session.trail).toEqual(s.trail);

      const r = switchProfile(s, profile);
      const dropped = new Map(r.dropped.map((d) => [d.question, d]));
      expect(dropped.size).toBe(r.dropped.length);
      for (const [id, before] of Object.entries(s.answers)) {
        const now = r.session.answers[id];
        if (before.prefilled) {
          const kept = now?.prefilled === true && JSON.stringify(now.value) === JSON.stringify(before.value);
          expect(kept || dropped.get(id)?.reason === 'not-in-profile').toBe(true);
        } else if (dropped.has(id)) {
          expect(dropped.get(id)).toEqual({ question: id, value: before.value, reason: 'no-longer-asked' });
          expect(now).toBeUndefined();
        } else {
          expect(now).toEqual(before);
        }
      }
      expect(walk(r.session).stale).toEqual([]);
      expect(r.session.trail).toEqual(s.trail.filter((id) => !dropped.has(id)));

      // A genuine session: restore takes it back as it is with the new profile.
      const restored = restore(generated, serialize(r.session), {
        ...(s.operators === undefined ? {} : { operators: s.operators }),
        ...(profile === undefined ? {} : { profile }),
      });
      expect(restored.ok && restored.dropped).toEqual([]);
      if (restored.ok) expect(restored.session.answers).toEqual(r.session.answers);

      // Without the profile and back again: nothing of the user's is lost.
      if (profile === undefined && s.profile !== undefined) {
        const again = switchProfile(r.session, s.profile);
        expect(again.session.answers).toEqual(s.answers);
        expect(again.session.trail).toEqual(s.trail);
      }
    },
  );
});
