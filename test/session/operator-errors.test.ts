/**
 * An operator that throws is a programming error, and every function that evaluates conditions reports it the
 * same way: a RulesError with code `operator-failed`, the operator's error as its cause: `next`, `answer`,
 * `change`, `checklist`, `outcome`, `switchProfile`, `estimateProgress`, `recommend` and the analysis alike
 * (docs/conditions.md, "When an operator throws").
 */
import { describe, expect, test } from 'vitest';
import { analyzeTheme, enumerateCases } from '../../src/analyze/runtime.js';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import { formatRulesError } from '../../src/messages/index.js';
import type { Profile } from '../../src/model/profile.js';
import type { Session } from '../../src/model/session.js';
import { outcome } from '../../src/outcome/index.js';
import { recommend } from '../../src/profile/index.js';
import { createOperatorSet, RulesError } from '../../src/rules/index.js';
import { loadScenarios } from '../../src/scenarios/read.js';
import { runScenarios } from '../../src/scenarios/run.js';
import {
  answer,
  change,
  checklist,
  estimateProgress,
  next,
  start,
  switchProfile,
} from '../../src/session/index.js';

const TODAY = '2026-11-27';
const UNLUCKY = 10;

/** `atLeast`, except that it throws on 10 (its own boundary, which the analysis tries) — and, with `accepts`,
 * refuses 10 instead (the documented way). */
const operators = (refuse: boolean) =>
  createOperatorSet({
    operators: [
      {
        name: 'atLeast',
        ...(refuse ? { accepts: (fact: unknown) => fact !== UNLUCKY } : {}),
        evaluate(fact, value) {
          if (fact === UNLUCKY) throw new Error('unlucky number');
          return typeof fact === 'number' && fact >= (value as number);
        },
      },
    ],
  });
const THROWING = operators(false);
const REFUSING = operators(true);

const CATALOG = `
facts:
  person.score: { label: 分数, type: number }
departments:
  office: { name: 办公室, level: 区县 }
items:
  thing: { name: 事项, department: office, days: 1, fee: 0 }
  extra: { name: 附加事项, department: office, days: 1, fee: 0 }
`;

const THEME = `
id: picky
title: 挑剔的运算符
version: "1"
audience: person
questions:
  - { id: size, ask: 面积？, type: number, prefill: person.score }
  - id: detail
    ask: 细节？
    type: yes-no
    when: { fact: size, operator: atLeast, value: 10 }
items:
  thing: always
  extra: { when: { fact: size, operator: atLeast, value: 10 } }
triggers:
  big:
    when: { fact: person.score, operator: atLeast, value: 10 }
    message: 分数{person.score}
`;

function theme(ops = THROWING) {
  const catalog = loadCatalog([{ file: 'catalog.yaml', text: CATALOG }]);
  if (!catalog.ok) throw new Error(JSON.stringify(catalog.diagnostics));
  const loaded = loadTheme({ file: 'theme.yaml', text: THEME }, catalog.catalog, { operators: ops });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.theme;
}

const person = (facts: Profile['facts']): Profile => ({
  kind: 'person',
  facts,
  licences: [],
  tags: [],
  completed: [],
});

/** The error `run` throws, or fails the test when it throws nothing. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return expect.unreachable('nothing was thrown');
}

/**
 * What every path must throw: the same class, code and params (the operator, the fact, the operator's
 * message), the code and params as its message, a sentence from the catalogs in either language, and the
 * operator's error as the cause.
 */
function expectOperatorFailed(error: unknown, fact: string): void {
  expect(error).toBeInstanceOf(RulesError);
  expect(error).toMatchObject({ name: 'RulesError', code: 'operator-failed' });
  const rulesError = error as RulesError;
  expect(rulesError.params).toEqual({ operator: 'atLeast', fact, reason: 'unlucky number' });
  expect(rulesError.message).toBe(
    `operator-failed {"operator":"atLeast","fact":"${fact}","reason":"unlucky number"}`,
  );
  expect(formatRulesError(rulesError, 'zh')).toBe(`运算符 atLeast 作用于事实 ${fact} 时出错：unlucky number`);
  expect(formatRulesError(rulesError, 'en')).toBe(`atLeast on fact ${fact} failed: unlucky number`);
  expect(rulesError.cause).toEqual(new Error('unlucky number'));
}

describe('a throwing operator', () => {
  const compiled = theme();

  test('answer throws it, and the session it was given stays usable', () => {
    const session = start(compiled, { today: TODAY, operators: THROWING });
    expectOperatorFailed(
      thrown(() => answer(session, 'size', UNLUCKY)),
      'size',
    );
    const step = next(session);
    expect(step.done ? undefined : step.question.id).toBe('size');
    const fine = answer(session, 'size', 12);
    expect(fine.ok && next(fine.session)).toMatchObject({ done: false, question: { id: 'detail' } });
  });

  test('start evaluates no condition: the session it makes throws it from the first next, typed as everywhere', () => {
    const profile = person({ 'person.score': UNLUCKY });
    // The profile reaches the operator through the prefilled `size` and the trigger on person.score.
    const session = start(compiled, { today: TODAY, operators: THROWING, profile });
    expect(session.answers.size).toEqual({ value: UNLUCKY, prefilled: true });
    expectOperatorFailed(
      thrown(() => next(session)),
      'size',
    );
  });

  test('a scenario whose session start reaches it throws it too, never a misused option', () => {
    const text =
      'theme: t.yaml\nscenarios:\n  - name: 不走运\n    profile: { kind: person, facts: { person.score: 10 } }\n    answers: {}\n    expect: { status: ready }\n';
    const loaded = loadScenarios({ file: 't.test.yaml', text });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expectOperatorFailed(
      thrown(() => runScenarios(loaded.file, compiled, { operators: THROWING })),
      'size',
    );
  });

  test('next, checklist, outcome and estimateProgress throw it for a session that reaches it (a prefill here)', () => {
    const session = start(compiled, {
      today: TODAY,
      operators: THROWING,
      profile: person({ 'person.score': UNLUCKY }),
    });
    expect(session.answers.size).toEqual({ value: UNLUCKY, prefilled: true });
    for (const run of [
      () => next(session),
      () => checklist(session),
      () => outcome(session),
      () => estimateProgress(session),
    ])
      expectOperatorFailed(thrown(run), 'size');
  });

  test('switchProfile throws it for a profile that reaches it', () => {
    const session = start(compiled, { today: TODAY, operators: THROWING });
    expectOperatorFailed(
      thrown(() => switchProfile(session, person({ 'person.score': UNLUCKY }))),
      'size',
    );
    expect(switchProfile(session, person({ 'person.score': 3 })).session.answers.size).toEqual({
      value: 3,
      prefilled: true,
    });
  });

  test('change throws it', () => {
    const first = answer(start(compiled, { today: TODAY, operators: THROWING }), 'size', 20);
    if (!first.ok) throw new Error(first.error.message);
    const session: Session = first.session;
    expectOperatorFailed(
      thrown(() => change(session, 'size', UNLUCKY)),
      'size',
    );
    expect(change(session, 'size', 5)).toMatchObject({ ok: true });
  });

  test('recommend throws the same error, for the profile fact its trigger reads', () => {
    const options = { today: TODAY, operators: THROWING };
    expectOperatorFailed(
      thrown(() => recommend(person({ 'person.score': UNLUCKY }), [compiled], options)),
      'person.score',
    );
    expect(recommend(person({ 'person.score': 11 }), [compiled], options)).toHaveLength(1);
    expect(recommend(person({ 'person.score': 9 }), [compiled], options)).toEqual([]);
  });

  test('the analysis throws it for a case that reaches it', () => {
    const options = { today: TODAY, operators: THROWING, profile: person({ 'person.score': UNLUCKY }) };
    expectOperatorFailed(
      thrown(() => [...enumerateCases(compiled, options)]),
      'size',
    );
    expectOperatorFailed(
      thrown(() => analyzeTheme(compiled, { today: TODAY, operators: THROWING })),
      'size',
    );
    expect([
      ...enumerateCases(compiled, { ...options, profile: person({ 'person.score': 3 }) }),
    ]).toHaveLength(1);
  });

  test('an operator that refuses the value with `accepts` throws nowhere: the comparison is false', () => {
    const refusing = theme(REFUSING);
    const options = { today: TODAY, operators: REFUSING };
    expect(recommend(person({ 'person.score': UNLUCKY }), [refusing], options)).toEqual([]);
    const session = start(refusing, { ...options, profile: person({ 'person.score': UNLUCKY }) });
    expect(next(session).done).toBe(true);
    expect(outcome(session).items.map((i) => i.id)).toEqual(['thing']);
    expect(checklist(session).applies.map((i) => i.item)).toEqual(['thing']);
  });
});
