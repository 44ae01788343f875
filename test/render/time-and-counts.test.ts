import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import { outcomeText } from '../../src/cli/format/outcome-text.js';
import { itemDaysText, joinClauses, stepSpanText } from '../../src/messages/index.js';
import type { Outcome } from '../../src/model/outcome.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile, themeFilesIn } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide, mermaidWorkflow } from '../../src/render/index.js';
import { mergeSentence } from '../../src/render/merge-sentence.js';
import { answer, start } from '../../src/session/index.js';

const TODAY = '2026-03-02';
/** Cases rendered per theme, spread evenly over its enumeration. */
const SAMPLE = 120;

/** The outcomes of a spread of a theme's cases, replayed through sessions from their answers. */
function sampledOutcomes(theme: CompiledTheme): Outcome[] {
  const all = [...enumerateCases(theme, { today: TODAY })];
  const stride = Math.max(1, Math.floor(all.length / SAMPLE));
  const outcomes: Outcome[] = [];
  for (let i = 0; i < all.length; i += stride) {
    let session = start(theme, { today: TODAY });
    for (const [question, value] of Object.entries(all[i]?.answers ?? {})) {
      const result = answer(session, question, value);
      if (!result.ok) throw new Error(`${theme.id} ${question}: ${result.error.message}`);
      session = result.session;
    }
    outcomes.push(outcome(session));
  }
  return outcomes;
}

/** What reads wrong in an outcome's text: a zero-day count or span, a reduction to as many, "。；". */
function misreadings(text: string): string[] {
  const found: string[] = [];
  if (/(^|[^\d.])0 ?个工作日/.test(text)) found.push('0 个工作日');
  for (const m of text.matchAll(/第 ?(\d+)–(\d+) ?个工作日/g)) if (m[1] === m[2]) found.push(m[0]);
  for (const m of text.matchAll(/从 (\d+) 份减至 (\d+) 份/g)) if (m[1] === m[2]) found.push(m[0]);
  if (text.includes('。；')) found.push('。；');
  if (/\b0 working days\b/.test(text)) found.push('0 working days');
  return found;
}

const files = await themeFilesIn('themes');

describe('time and counts read right', () => {
  test('the catalog words: on the spot for no days, counts otherwise, no span of zero length', () => {
    expect(itemDaysText(0, 'zh')).toBe('当场办结');
    expect(itemDaysText(0, 'en')).toBe('done on the spot');
    expect(itemDaysText(7, 'zh')).toBe('7 个工作日');
    expect(itemDaysText(1, 'en')).toBe('1 working day');
    expect(itemDaysText(undefined, 'zh')).toBe('未规定时限');
    expect(stepSpanText({ start: 7, finish: 7 }, 0, 'zh')).toBe('当场办结');
    expect(stepSpanText({ start: 0, finish: 7 }, 7, 'zh')).toBe('第 0–7 个工作日');
    expect(stepSpanText({ start: 0, finish: 7 }, 7, 'en')).toBe('days 0–7');
  });

  test('a case with nothing to do states no time', async () => {
    const loaded = await loadThemeFile('themes/hk-macau-permit.yaml');
    if (!loaded.result.ok) throw new Error('the bundled theme does not load');
    const blocked = [...enumerateCases(loaded.result.theme, { today: TODAY })].find(
      (c) => c.items.length === 0,
    );
    expect(blocked).toBeDefined();
    let session = start(loaded.result.theme, { today: TODAY });
    for (const [question, value] of Object.entries(blocked?.answers ?? {})) {
      const result = answer(session, question, value);
      if (result.ok) session = result.session;
    }
    const text = outcomeText(outcome(session), 'zh');
    expect(text).toContain('时限：—');
    expect(text).not.toContain('当场办结');
  });

  test('the counting line says no reduction when nothing is reduced', () => {
    const figures = {
      itemByItem: 5,
      forms: 0,
      merged: 5,
      toSubmit: 5,
      passedOn: 0,
      generated: 0,
      waived: 0,
      shared: 0,
      committed: 0,
      daysSaved: 0,
    };
    expect(mergeSentence(figures, 'zh')).toBe('需准备 5 份材料。');
    expect(mergeSentence(figures, 'en')).toBe('5 materials to prepare.');
    expect(mergeSentence({ ...figures, merged: 4, toSubmit: 3, passedOn: 1 }, 'zh')).toBe(
      '逐项办理需 5 份材料 → 合并后需准备 3 份（合并后 4 种：1 种在流程内传递）。',
    );
  });

  test('clauses are joined without doubled punctuation', () => {
    expect(joinClauses(['可使用临时居民身份证。', '来源：申请人本人'], '；')).toBe(
      '可使用临时居民身份证；来源：申请人本人',
    );
    expect(joinClauses(['a.', '', 'b'], '; ')).toBe('a; b');
  });

  test('the endorsement issued with the permit: 随证件一并签发, in the permit’s stage', async () => {
    const loaded = await loadThemeFile('themes/hk-macau-permit.yaml');
    if (!loaded.result.ok) throw new Error('the bundled theme does not load');
    const theme = loaded.result.theme;
    let session = start(theme, { today: '2026-11-27' });
    const clicks: Record<string, unknown> = {
      business: 'first',
      hukou: 'local',
      age: 30,
      'filed-status': 'none',
      'endorse-now': true,
      purpose: 'tour-individual',
      destination: 'hk',
      'tour-entries': 'twice',
      collect: 'window',
    };
    for (const [question, value] of Object.entries(clicks)) {
      const result = answer(session, question, value);
      if (!result.ok) throw new Error(result.error.message);
      session = result.session;
    }
    const o = outcome(session);
    expect(o.workflow.stages).toEqual([['hk-macau-permit-issuance', 'hk-endorsement']]);
    const text = outcomeText(o, 'zh');
    expect(text).toContain('随证件一并签发；30 元');
    expect(text).toContain(
      '第1阶段：往来港澳通行证签发（第 0–7 个工作日）、赴香港签注签发（随证件一并签发）',
    );
    expect(o.items.find((i) => i.id === 'hk-endorsement')?.issuedWith?.id).toBe('hk-macau-permit-issuance');
    expect(text).toContain('时限：共 7 个工作日');
    expect(misreadings(text)).toEqual([]);
    expect(misreadings(markdownGuide(o, theme))).toEqual([]);
    expect(misreadings(mermaidWorkflow(o, theme))).toEqual([]);
  });

  for (const file of files) {
    test(`${basename(file)}: no guide, terminal text or graph of a sampled case reads wrong`, async () => {
      const loaded = await loadThemeFile(file);
      if (!loaded.result.ok) throw new Error(`${file} does not load`);
      const theme = loaded.result.theme;
      const outcomes = sampledOutcomes(theme);
      expect(outcomes.length).toBeGreaterThan(0);
      const wrong = new Set<string>();
      for (const o of outcomes) {
        for (const text of [
          markdownGuide(o, theme),
          outcomeText(o, 'zh'),
          outcomeText(o, 'en'),
          mermaidWorkflow(o, theme),
          mermaidWorkflow(o, theme, 'en'),
        ])
          for (const w of misreadings(text)) wrong.add(w);
      }
      expect([...wrong]).toEqual([]);
    });
  }
});
