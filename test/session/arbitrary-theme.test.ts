import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import type { Condition } from '../../src/model/condition.js';
import { answer, next, start } from '../../src/session/index.js';
import {
  answerBuilderFor,
  arbitraryAnyValue,
  arbitraryLoadedTheme,
  arbitraryThemeYaml,
  GENERATED_TODAY,
  loadThemeYaml,
  profileBuilderFor,
} from '../support/arbitrary-theme.js';

/** Every leaf operator and node kind of a condition, and the facts it reads. */
function collect(
  condition: Condition | undefined,
  into: { operators: Set<string>; kinds: Set<string>; facts: Set<string> },
): void {
  if (condition === undefined) return;
  if ('all' in condition) {
    into.kinds.add('all');
    for (const c of condition.all) collect(c, into);
  } else if ('any' in condition) {
    into.kinds.add('any');
    for (const c of condition.any) collect(c, into);
  } else if ('not' in condition) {
    into.kinds.add('not');
    collect(condition.not, into);
  } else if ('condition' in condition) {
    into.kinds.add('reference');
  } else {
    into.operators.add(condition.operator);
    into.facts.add(condition.fact);
  }
}

describe('arbitraryThemeYaml', () => {
  test('the real loader accepts every generated catalog and theme, without errors; conditions read earlier questions', () => {
    fc.assert(
      fc.property(arbitraryThemeYaml(), (yaml) => {
        const catalog = loadCatalog([{ file: 'catalog.yaml', text: yaml.catalog }]);
        expect(catalog.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(catalog.ok).toBe(true);
        if (!catalog.ok) return;
        const theme = loadTheme({ file: 'theme.yaml', text: yaml.theme }, catalog.catalog);
        expect(theme.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(theme.ok).toBe(true);
        if (!theme.ok) return;
        // A question's condition reads only earlier questions.
        const ids = theme.theme.questions.map((q) => q.id);
        theme.theme.questions.forEach((q, i) => {
          const found = { operators: new Set<string>(), kinds: new Set<string>(), facts: new Set<string>() };
          collect(q.when, found);
          for (const fact of found.facts) expect(ids.indexOf(fact)).toBeLessThan(i);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('covers all question types, operators, shorthand and full forms, nesting, items and notices', () => {
    const types = new Set<string>();
    const found = { operators: new Set<string>(), kinds: new Set<string>(), facts: new Set<string>() };
    const notices = new Set<string>();
    let prefilled = 0;
    let variants = 0;
    let produces = 0;
    let shorthand = 0;
    let full = 0;
    const samples = fc.sample(arbitraryThemeYaml(), { numRuns: 200, seed: 42 });
    for (const yaml of samples) {
      if (/\bfact: q\d/.test(yaml.theme)) full++;
      if (/\bq\d+: /.test(yaml.theme) || /\{ q\d+: /.test(yaml.theme)) shorthand++;
      const theme = loadThemeYaml(yaml);
      for (const q of theme.questions) {
        types.add(q.type);
        if (q.prefill) prefilled++;
        collect(q.when, found);
      }
      for (const entry of theme.items) collect(entry.when, found);
      for (const n of theme.notices) notices.add(n.kind);
      for (const item of Object.values(theme.catalog.items)) {
        if (item.days.length > 1 || item.fee.length > 1) variants++;
        if (item.produces.length > 0) produces++;
      }
    }
    expect([...types].sort()).toEqual(['date', 'multiple', 'number', 'single', 'yes-no']);
    for (const op of [
      'equal',
      'notEqual',
      'in',
      'notIn',
      'contains',
      'doesNotContain',
      'lessThan',
      'lessThanInclusive',
      'greaterThan',
      'greaterThanInclusive',
    ]) {
      expect(found.operators).toContain(op);
    }
    expect([...found.operators].some((op) => op.startsWith('not:'))).toBe(true);
    expect([...found.kinds].sort()).toEqual(['all', 'any', 'not', 'reference']);
    expect([...notices].sort()).toEqual(['block', 'info', 'not-needed', 'warning']);
    expect(prefilled).toBeGreaterThan(0);
    expect(variants).toBeGreaterThan(0);
    expect(produces).toBeGreaterThan(0);
    expect(shorthand).toBeGreaterThan(0);
    expect(full).toBeGreaterThan(0);
  });
});

describe('arbitraryAnswerFor', () => {
  test('generates answers that every question accepts, on the generated today and without one', () => {
    fc.assert(
      fc.property(arbitraryLoadedTheme(), fc.gen(), fc.boolean(), (theme, g, withToday) => {
        const today = withToday ? GENERATED_TODAY : undefined;
        let session = start(theme, today === undefined ? {} : { today });
        for (let step = 0; step <= theme.questions.length; step++) {
          const s = next(session);
          if (s.done) return;
          const value = g(answerBuilderFor(s.question, today));
          const result = answer(session, s.question.id, value);
          expect(result.ok ? 'ok' : result.error).toBe('ok');
          session = result.session;
        }
        expect.unreachable('the questionnaire did not complete');
      }),
      { numRuns: 100 },
    );
  });

  test('arbitraryAnyValue and arbitraryProfileFor produce values sessions take without throwing', () => {
    fc.assert(
      fc.property(arbitraryLoadedTheme(), fc.gen(), (theme, g) => {
        const profile = g(profileBuilderFor(theme, GENERATED_TODAY));
        const session = start(theme, { profile, today: GENERATED_TODAY });
        const s = next(session);
        if (s.done) return;
        const result = answer(session, s.question.id, g(arbitraryAnyValue));
        if (!result.ok) expect(result.session).toBe(session);
      }),
      { numRuns: 100 },
    );
  });
});
