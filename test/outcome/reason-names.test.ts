import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadCatalog, loadTheme } from '../../src/load/index.js';
import { REASON_WORDS } from '../../src/messages/reason-words.js';
import type { Condition } from '../../src/model/condition.js';
import type { Reason } from '../../src/model/outcome.js';
import type { Profile } from '../../src/model/profile.js';
import type { Session } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { questionType } from '../../src/question-types/index.js';
import { factsRead, leaves } from '../../src/rules/facts-read.js';
import { answer, next, rulesFor, start, walk } from '../../src/session/index.js';
import { generatedArb, TODAY } from './arbitrary.js';

/**
 * The answers a citizen's reason names: the parts of its "因为您选择了：…" sentence, or of its "因为：…" sentence
 * (yes/no answers), which goes on with the options chosen ("；您选择了：…").
 */
function named(reason: Reason): string[] {
  const chose = REASON_WORDS.zh.chose([]);
  const stated = REASON_WORDS.zh.stated([], []);
  const sentence = reason.plain.zh.split('。').find((s) => s.startsWith(chose) || s.startsWith(stated));
  if (sentence === undefined) return [];
  const then = REASON_WORDS.zh.stated(['\0'], ['\0']).split('\0')[1] ?? '';
  const prefix = sentence.startsWith(chose) ? chose : stated;
  return sentence.slice(prefix.length).split(then).join('；').split('；');
}

/**
 * Checks every reason of the session's outcome: no answer it names belongs to a question its condition does
 * not read, and no single-choice answer it names is one that no leaf of the condition states (an answer that
 * decides only by not being an excluded option, when other options would too, is not the reason).
 */
function checkReasons(session: Session): void {
  const { theme } = session;
  const facts = walk(session).facts;
  const rules = rulesFor(theme, session.operators);
  const o = outcome(session);
  for (const entry of [...o.notices, ...o.items, ...o.materials]) {
    const condition = entry.reason.condition as Condition | undefined;
    const parts = named(entry.reason);
    if (condition === undefined) {
      expect(parts).toEqual([]);
      continue;
    }
    const read = factsRead(condition, theme.conditions, 'skip');
    // Two questions may say an answer alike (选项A): a text is wrong only when no question may name it.
    const allowed = new Set<string>();
    const forbidden = new Map<string, string>();
    for (const question of theme.questions) {
      const value = facts.get(question.id);
      if (value === undefined || Array.isArray(value)) continue;
      const said = questionType(question).said(question, value as never, 'zh');
      // A leaf states a single-choice answer when it holds, or fails for this answer alone of the options.
      const options = ('options' in question ? question.options : []).map((o) => o.id);
      const states = [...leaves(condition, theme.conditions, 'skip')].some((leaf) => {
        if (leaf.fact !== question.id) return false;
        if (rules.evaluate(leaf, facts) === true) return true;
        return options.every((o) => o === value || rules.evaluate(leaf, new Map([[leaf.fact, o]])) === true);
      });
      const unread = !read.has(question.id);
      const excludedOnly = typeof value === 'string' && !states;
      if (unread || excludedOnly) forbidden.set(said, question.id);
      else allowed.add(said);
    }
    for (const part of parts)
      if (!allowed.has(part))
        expect(forbidden.has(part), `${entry.id}: ${entry.reason.plain.zh} (${forbidden.get(part)})`).toBe(
          false,
        );
  }
}

/** Answers the generated theme's questions with the picks, to the end. */
function driven(catalog: string, themeText: string, picks: readonly number[], profile: Profile): Session {
  const c = loadCatalog([{ file: 'c.yaml', text: catalog }]);
  if (!c.ok) throw new Error('catalog');
  const t = loadTheme({ file: 't.yaml', text: themeText }, c.catalog);
  if (!t.ok) throw new Error('theme');
  return answered(t.theme, picks, start(t.theme, { today: TODAY, profile }));
}

function answered(theme: CompiledTheme, picks: readonly number[], from: Session): Session {
  let session = from;
  for (let guard = 0; guard < 200; guard++) {
    const step = next(session);
    if (step.done) return session;
    const q = step.question;
    const pick = picks[theme.questions.indexOf(q) % picks.length] ?? 0;
    const options = step.options;
    const value =
      q.type === 'yes-no'
        ? pick % 2 === 0
        : q.type === 'multiple'
          ? [options[pick % options.length]?.id]
          : q.type === 'number'
            ? Math.min((q.min ?? 0) + (pick % 200), q.max ?? Number.MAX_SAFE_INTEGER)
            : q.type === 'date'
              ? TODAY
              : options[pick % options.length]?.id;
    const result = answer(session, q.id, value);
    if (!result.ok) throw new Error(`${q.id}: ${result.error.message}`);
    session = result.session;
  }
  throw new Error('the questionnaire did not end');
}

describe('a reason names only answers its condition reads and states', () => {
  test('generated themes', () => {
    fc.assert(
      fc.property(generatedArb, (g) => checkReasons(driven(g.catalog, g.theme, g.picks, g.profile))),
      { numRuns: 200 },
    );
  });

  test('bundled themes, random answers', async () => {
    for (const file of [
      'themes/open-restaurant.yaml',
      'themes/convenience-store.yaml',
      'themes/hk-macau-permit.yaml',
    ]) {
      const loaded = await loadThemeFile(file);
      if (!loaded.result.ok) throw new Error(file);
      const theme = loaded.result.theme;
      fc.assert(
        fc.property(fc.array(fc.nat({ max: 300 }), { minLength: 1, maxLength: 30 }), (picks) =>
          checkReasons(answered(theme, picks, start(theme, { today: TODAY }))),
        ),
        { numRuns: 40 },
      );
    }
  });

  test('a street shop is not the reason for items every shop that may open needs', async () => {
    const loaded = await loadThemeFile('themes/open-restaurant.yaml');
    if (!loaded.result.ok) throw new Error('open-restaurant');
    const theme = loaded.result.theme;
    const given: Record<string, unknown> = {
      'company-exists': true,
      'hire-staff': false,
      dishes: ['hot'],
      alcohol: false,
      location: 'street',
      'food-track': 'standard',
      'fire-track': 'standard',
      sign: false,
      tobacco: false,
      area: 100,
    };
    let session = start(theme, { today: TODAY });
    for (let step = next(session); !step.done; step = next(session)) {
      const result = answer(session, step.question.id, given[step.question.id]);
      if (!result.ok) throw new Error(step.question.id);
      session = result.session;
    }
    const o = outcome(session);
    const licence = o.items.find((i) => i.id === 'food-business-licence');
    expect(licence?.reason.plain.zh).toBe(REASON_WORDS.zh.notExcluded);
    expect(o.items.find((i) => i.id === 'drainage-permit')?.reason.plain.zh).not.toContain('沿街商铺');
    expect(o.notices.find((n) => n.id === 'no-outdoor-sign')?.reason.plain.zh).toBe('因为：不设店招');
    checkReasons(session);
  });
});
