/**
 * A yes/no answer is a fact about the citizen in the theme's own words ("无禁婚亲属关系"), not an option chosen:
 * the reasons the marriage theme gives read "因为：无禁婚亲属关系", never "因为您选择了：无禁婚亲属关系".
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { REASON_WORDS } from '../../src/messages/index.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide } from '../../src/render/index.js';
import { answer, next, start } from '../../src/session/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
let theme: CompiledTheme;

beforeAll(async () => {
  const loaded = await loadThemeFile(join(ROOT, 'themes/marriage.yaml'));
  if (!loaded.result.ok) throw new Error('themes/marriage.yaml does not load');
  theme = loaded.result.theme;
});

function outcomeOf(given: Record<string, unknown>) {
  let session = start(theme, { today: '2026-12-07' });
  for (let step = next(session); !step.done; step = next(session)) {
    const result = answer(session, step.question.id, given[step.question.id]);
    if (!result.ok) throw new Error(step.question.id);
    session = result.session;
  }
  return outcome(session);
}

const MAINLAND = {
  'legal-age': true,
  'my-status': 'unmarried',
  'partner-married': false,
  'blood-relation': false,
  'partner-identity': 'mainland',
  military: false,
};

describe('reasons of yes/no answers', () => {
  test('a notice that applies because of a yes/no answer states it, in the theme’s words', () => {
    const o = outcomeOf(MAINLAND);
    const voluntary = o.notices.find((n) => n.id === 'voluntary');
    expect(voluntary?.reason.plain.zh).toBe('因为：无禁婚亲属关系');
    // With an option chosen too, the yes/no answer is still stated, and the option chosen.
    expect(o.notices.find((n) => n.id === 'nationwide')?.reason.plain.zh).toBe(
      '因为：无禁婚亲属关系；您选择了：内地居民（持居民身份证）',
    );
  });

  test('no reason in the guide calls a yes/no answer a choice', () => {
    const yesNoTexts = theme.questions.flatMap((q) => (q.type === 'yes-no' ? [q.yes, q.no] : []));
    for (const given of [MAINLAND, { ...MAINLAND, 'partner-identity': 'foreigner' }]) {
      const guide = markdownGuide(outcomeOf(given), theme);
      const chose = REASON_WORDS.zh.chose([]);
      const said = guide.split('\n').flatMap((line) => {
        const at = line.indexOf(chose);
        return at < 0 ? [] : line.slice(at + chose.length).split(/[；。|]/u);
      });
      expect(said.filter((part) => yesNoTexts.includes(part.trim()))).toEqual([]);
      expect(guide).toContain('因为：无禁婚亲属关系');
    }
  });
});
