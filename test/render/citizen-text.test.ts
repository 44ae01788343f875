import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import type { AnswerValue, Session } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile, themeFilesIn } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide } from '../../src/render/index.js';
import { answer, start } from '../../src/session/index.js';
import { citizenTextProblems, idsIn, idsOf, LOGIC, URL } from '../support/citizen-scan.js';

const TODAY = '2026-03-02';
/** Cases scanned per theme: all of them when a theme has no more, else this many spread evenly. */
const SAMPLE = 24;

/** A session with a case's answers given in order (the enumeration lists the questions asked). */
function replay(theme: CompiledTheme, answers: Readonly<Record<string, AnswerValue>>): Session {
  let session = start(theme, { today: TODAY });
  for (const [question, value] of Object.entries(answers)) {
    const result = answer(session, question, value);
    if (!result.ok) throw new Error(`${theme.id}/${question}: ${result.error.message}`);
    session = result.session;
  }
  return session;
}

/** Every k-th case of the enumeration, so that the sample spreads over the whole questionnaire. */
function spread(theme: CompiledTheme): Readonly<Record<string, AnswerValue>>[] {
  const all = [...enumerateCases(theme, { today: TODAY })].map((c) => c.answers);
  const step = Math.max(1, Math.ceil(all.length / SAMPLE));
  return all.filter((_, i) => i % step === 0);
}

/** What a citizen reads of an outcome: the guide (without the authors' rules) and every plain reason. */
function citizenTexts(session: Session): { where: string; text: string }[] {
  const o = outcome(session);
  const entries = [...o.notices, ...o.items, ...o.materials];
  return [
    { where: 'guide', text: markdownGuide(o, session.theme) },
    { where: 'guide (en)', text: markdownGuide(o, session.theme, 'en') },
    ...entries.flatMap((e) => [
      { where: `reason of ${e.id}`, text: e.reason.plain.zh },
      { where: `reason of ${e.id} (en)`, text: e.reason.plain.en },
    ]),
  ];
}

const files = await themeFilesIn('themes');

describe('what a citizen reads of the bundled themes', () => {
  test('there are bundled themes to scan', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    test(`${basename(file)}: no ids, no logic symbols, no URLs`, async () => {
      const loaded = await loadThemeFile(file);
      if (!loaded.result.ok) throw new Error(`${file} does not load`);
      const theme = loaded.result.theme;
      const ids = idsOf(theme);
      const cases = spread(theme);
      expect(cases.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const answers of cases) {
        for (const { where, text } of citizenTexts(replay(theme, answers))) {
          // English labels are English words, some of them spelled like ids ("company"): ids are looked for
          // in the Chinese a citizen reads.
          problems.push(...citizenTextProblems(where, text, ids, !where.endsWith('(en)')));
        }
      }
      expect([...new Set(problems)]).toEqual([]);
    });
  }

  test('the scan finds what it looks for', () => {
    const ids = new Set(['first', 'hot-food']);
    expect(idsIn('因为您选择了：first；热食', ids)).toEqual(['first']);
    expect(idsIn('DNA 鉴定；个人旅游（G）', ids)).toEqual([]);
    expect(LOGIC.test('业务 ∈ {首次申领}')).toBe(true);
    expect(LOGIC.test('并非（户籍 = 本市）')).toBe(true);
    expect(LOGIC.test('（年龄 < 16 且 有身份证）')).toBe(true);
    expect(LOGIC.test('因为您选择了：首次申领；年龄 30周岁')).toBe(false);
    expect(URL.test('依据：http://bbbaike.com/x')).toBe(true);
    expect(URL.test('依据：《出境入境管理法》第十条')).toBe(false);
  });
});
