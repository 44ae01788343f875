/** `--lang en` reads ranges, case names, situation rules and graph labels in English, from the catalog. */
import { describe, expect, test } from 'vitest';
import { questionnaireRoutes } from '../../src/analyze/routes.js';
import { ruleText } from '../../src/analyze/situation-text.js';
import { enumerateSituations } from '../../src/analyze/situations.js';
import { NUMBER_BAND_WORDS_EN, unitIn } from '../../src/messages/band-words.js';
import type { CompiledTheme, Question } from '../../src/model/theme.js';
import { loadThemeFile } from '../../src/node/index.js';
import { bandLabel } from '../../src/question-types/bands.js';
import { questionType } from '../../src/question-types/index.js';
import { mermaidRoutes } from '../../src/render/index.js';
import { caseLabelOf } from '../../src/session/case.js';

const TODAY = '2026-03-02';
const CJK = /[\u3400-\u9fff]/u;

async function theme(name: string): Promise<CompiledTheme> {
  const loaded = await loadThemeFile(`themes/${name}.yaml`);
  if (!loaded.result.ok) throw new Error(`${name} does not load`);
  return loaded.result.theme;
}

function question(t: CompiledTheme, id: string): Question {
  const q = t.questions.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q;
}

describe('ranges in English', () => {
  test('band words and units', () => {
    const w = NUMBER_BAND_WORDS_EN;
    const m2 = unitIn('㎡', 'en');
    expect(bandLabel({ upper: { value: 150, inclusive: true } }, w, m2)).toBe('150 m² or less');
    expect(bandLabel({ lower: { value: 150, inclusive: false } }, w, m2)).toBe('over 150 m²');
    const years = unitIn('周岁', 'en');
    const adult = { lower: { value: 16, inclusive: true }, upper: { value: 60, inclusive: false } };
    expect(bandLabel(adult, w, years, true)).toBe('16 to 59 years old');
    expect(bandLabel({ upper: { value: 16, inclusive: false } }, w, years)).toBe('under 16 years old');
    expect(unitIn('㎡', 'zh')).toBe('㎡');
    expect(unitIn('箱', 'en')).toBe('箱');
  });

  test('case parts of the bundled themes: the question in English, then the range', async () => {
    const permit = await theme('hk-macau-permit');
    const age = question(permit, 'age');
    const type = questionType(age);
    expect(type.casePart(age, 30, 'en').label).toBe('How old is the applicant? 16 to 59 years old');
    expect(type.casePart(age, 65, 'en').label).toBe('How old is the applicant? 60 years old or more');
    expect(type.casePart(age, 10, 'en').label).toBe('How old is the applicant? under 16 years old');
    expect(type.casePart(age, 30, 'zh').label).toBe('年龄16至59周岁');
    expect(type.casePart(age, 65, 'zh').label).toBe('年龄60周岁以上');
    // The key does not depend on the language.
    expect(type.casePart(age, 30, 'en').key).toBe(type.casePart(age, 30).key);
    const restaurant = await theme('open-restaurant');
    const area = question(restaurant, 'area');
    expect(questionType(area).casePart(area, 120, 'en').label).toBe('Floor area of the shop: 150 m² or less');
    const flue = question(restaurant, 'flue');
    expect(questionType(flue).casePart(flue, true, 'en').label).toBe(
      'Does the building have a dedicated flue? yes',
    );
    expect(caseLabelOf(restaurant, 'company-exists=no&entity-type=company&area=gt150', 'en')).toBe(
      'Do you already have a business licence? no · Limited liability company · Floor area of the shop: over 150 m²',
    );
  });

  for (const name of ['newborn', 'marriage', 'convenience-store', 'primary-school-enrolment']) {
    test(`${name}: situation rules and case names have no Chinese in English`, async () => {
      const t = await theme(name);
      const list = enumerateSituations(t, { today: TODAY });
      expect(list.situations.length).toBeGreaterThan(0);
      const texts = list.situations.flatMap((s) => [
        ...s.rows.map((row) => ruleText(t, row, 'en')),
        caseLabelOf(t, s.first.key, 'en'),
      ]);
      expect(texts.filter((text) => CJK.test(text))).toEqual([]);
      // The Chinese stays Chinese.
      expect(texts.length).toBeGreaterThan(0);
      expect(list.situations.some((s) => s.rows.some((row) => CJK.test(ruleText(t, row, 'zh'))))).toBe(true);
    });
  }

  test('the routing graph in English: questions and answers in English, no case-key parts', async () => {
    const t = await theme('newborn');
    const graph = mermaidRoutes(t, questionnaireRoutes(t, { today: TODAY }, 'en'), 'en');
    expect(graph).toContain('{"How old is the baby, in months?"}');
    expect(graph).toMatch(/\|"under 12 months"\|/u);
    expect(graph).not.toMatch(/=yes|=no|=lt\d|=ge\d/u);
    expect(graph).not.toMatch(CJK);
  });
});
