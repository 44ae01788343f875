/**
 * `estimateProgress`: the step a citizen is on and the questions likely still to come on the path where each
 * question takes its first answer that does not lead to 不予办理, against the worst case `next` reports.
 */
import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { Profile } from '../../src/model/profile.js';
import type { Session, Transition } from '../../src/model/session.js';
import { answer, estimateProgress, next, start } from '../../src/session/index.js';
import {
  answerBuilderFor,
  arbitraryLoadedTheme,
  GENERATED_TODAY,
  loadThemeYaml,
} from '../support/arbitrary-theme.js';
import { setupOf } from '../support/session-setup.js';

const catalog = `
departments:
  police: { name: 出入境管理局, level: 市级 }
facts:
  person.age: { label: 年龄, type: number }
items:
  permit: { name: 通行证, department: police, days: 7 }
`;

const theme = loadThemeYaml({
  catalog,
  theme: `
id: travel-permit
title: 办理通行证
version: "1"
audience: person
questions:
  - id: age
    ask: 年龄？
    type: number
    prefill: person.age
    min: 0
    max: 120
  - id: kind
    ask: 办理什么业务？
    options: { renew: 换发, first: 首次申领 }
  - id: old-number
    ask: 记得旧证号码吗？
    type: yes-no
    when: { kind: renew }
  - id: lost
    ask: 旧证是否遗失？
    type: yes-no
    when: { kind: renew }
  - id: photo
    ask: 是否已有数码照片回执？
    type: yes-no
  - id: purpose
    ask: 前往的目的是？
    options: { work: 务工, tour: 旅游, visit: 探亲 }
  - id: relative
    ask: 亲属关系？
    options: { parent: 父母, child: 子女 }
    when: { purpose: visit }
items:
  permit: always
notices:
  too-young: { kind: block, text: 未满16周岁须由监护人陪同办理, when: { age: { lessThan: 16 } } }
  no-work: { kind: block, text: 本业务不办理务工签注, when: { purpose: work } }
`,
});

const TODAY = '2026-11-27';
const adult: Profile = { kind: 'person', facts: { 'person.age': 30 }, licences: [], tags: [], completed: [] };

function accepted(t: Transition): Session {
  if (!t.ok) throw new Error(`rejected: ${t.error.code} ${t.error.message}`);
  return t.session;
}

function play(session: Session, ...answers: [string, unknown][]): Session {
  let s = session;
  for (const [question, value] of answers) s = accepted(answer(s, question, value));
  return s;
}

describe('estimateProgress', () => {
  test('counts the likely path, not every question that may still be asked', () => {
    const estimate = estimateProgress(start(theme, { today: TODAY }));
    // Age 0 would end in 不予办理 (under 16), so the path takes 16; 换发 asks two more questions; 务工 blocks,
    // so 旅游, which asks no relation.
    expect(estimate).toEqual({
      asked: 0,
      likely: 6,
      path: ['age', 'kind', 'old-number', 'lost', 'photo', 'purpose'],
      atMost: 7,
    });
  });

  test('follows the answers given: 首次申领 leaves the renewal questions out', () => {
    const s = play(start(theme, { today: TODAY }), ['age', 30], ['kind', 'first']);
    expect(estimateProgress(s)).toEqual({ asked: 2, likely: 2, path: ['photo', 'purpose'], atMost: 3 });
    expect(next(s).progress.remaining).toBe(3);
  });

  test('goes down by one per answer along its own path', () => {
    let s = start(theme, { today: TODAY });
    const first = estimateProgress(s);
    const script: [string, unknown][] = [
      ['age', 16],
      ['kind', 'renew'],
      ['old-number', true],
      ['lost', true],
      ['photo', true],
      ['purpose', 'tour'],
    ];
    script.forEach(([question, value], index) => {
      const estimate = estimateProgress(s);
      expect(estimate.path).toEqual(first.path.slice(index));
      expect(estimate.likely).toBe(first.likely - index);
      expect(estimate.asked).toBe(index);
      s = play(s, [question, value]);
    });
    expect(next(s).done).toBe(true);
    expect(estimateProgress(s)).toEqual({ asked: 6, likely: 0, path: [], atMost: 0 });
  });

  test('prefilled answers are not steps of the user', () => {
    const s = start(theme, { today: TODAY, profile: adult });
    expect(estimateProgress(s)).toMatchObject({
      asked: 0,
      likely: 5,
      path: ['kind', 'old-number', 'lost', 'photo', 'purpose'],
    });
    expect(next(s).progress.answered).toBe(1);
    expect(estimateProgress(play(s, ['kind', 'first'])).asked).toBe(1);
  });

  test('takes a path to 不予办理 only when every answer leads there', () => {
    const strict = loadThemeYaml({
      catalog,
      theme: `
id: strict
title: 只能不予办理
version: "1"
audience: person
questions:
  - id: eligible
    ask: 是否符合条件？
    type: yes-no
  - id: confirm
    ask: 选择哪一项？
    options: { a: 甲, b: 乙 }
    when: { eligible: true }
  - id: after
    ask: 之后的问题？
    type: yes-no
items:
  permit: always
notices:
  not-eligible: { kind: block, text: 不符合条件, when: { eligible: false } }
  both: { kind: block, text: 两项都不予办理, when: { confirm: [a, b] } }
`,
    });
    const estimate = estimateProgress(start(strict));
    expect(estimate).toEqual({ asked: 0, likely: 2, path: ['eligible', 'confirm'], atMost: 3 });
  });
});

describe('estimateProgress on generated themes', () => {
  property.prop([arbitraryLoadedTheme({ maxQuestions: 8 }), fc.gen()], { numRuns: 100 })(
    'stays within the worst case, starts with the question asked now, and counts only user answers',
    (generated, g) => {
      let s = start(generated, setupOf(generated, g, { noProfile: 3, customOps: 4 }).start);
      for (let round = 0; round < generated.questions.length + 1; round++) {
        const step = next(s);
        const estimate = estimateProgress(s);
        expect(estimate.atMost).toBe(step.progress.remaining);
        expect(estimate.likely).toBeLessThanOrEqual(estimate.atMost);
        expect(new Set(estimate.path).size).toBe(estimate.path.length);
        expect(estimate.path.length).toBeLessThanOrEqual(estimate.likely);
        // A session built by answering only: the trail is the user's answers on the path.
        expect(estimate.asked).toBe(s.trail.length);
        if (step.done) {
          expect(estimate.likely).toBe(0);
          break;
        }
        expect(estimate.likely).toBeGreaterThanOrEqual(1);
        expect(estimate.path[0]).toBe(step.question.id);
        const result = answer(s, step.question.id, g(answerBuilderFor(step.question, GENERATED_TODAY)));
        if (!result.ok) break;
        s = result.session;
      }
    },
  );
});
