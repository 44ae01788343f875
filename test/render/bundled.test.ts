import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Session } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile, themeFilesIn } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { markdownGuide, mermaidQuestionnaire, mermaidWorkflow } from '../../src/render/index.js';
import { answer, next, start } from '../../src/session/index.js';
import { validateOutcome } from '../outcome/schema-validator.js';

const TODAY = '2026-03-02';

/**
 * One representative case per bundled theme: each question gets the answer below when there is one, else
 * its first option, yes for yes/no, its minimum (or 30) for a number, today for a date. The answers below
 * pick cases that show merging (no company yet, so the business licence is passed on) and that are not
 * refused or empty (an adult age; no spouse or prohibited kinship for marriage; a child of school age).
 */
const CHOICES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'open-restaurant': { 'company-exists': false, area: 120 },
  'convenience-store': { 'company-exists': false },
  'hk-macau-permit': { age: 30 },
  marriage: { 'partner-married': false, 'blood-relation': false, military: false },
  newborn: { 'baby-months': 1 },
  'primary-school-enrolment': { 'child-age': 6, delay: false },
};

function walkFirst(theme: CompiledTheme): Session {
  const choices = CHOICES[theme.id] ?? {};
  let session = start(theme, { today: TODAY });
  for (let guard = 0; guard < 200; guard++) {
    const step = next(session);
    if (step.done) return session;
    const q = step.question;
    const value = Object.hasOwn(choices, q.id)
      ? choices[q.id]
      : q.type === 'single'
        ? step.options[0]?.id
        : q.type === 'multiple'
          ? [step.options[0]?.id]
          : q.type === 'yes-no'
            ? true
            : q.type === 'number'
              ? (q.min ?? 30)
              : TODAY;
    const result = answer(session, q.id, value);
    if (!result.ok) throw new Error(`${theme.id}/${q.id}: ${result.error.message}`);
    session = result.session;
  }
  throw new Error(`${theme.id}: the questionnaire did not end`);
}

const files = await themeFilesIn('themes');

describe('bundled themes', () => {
  test('there are bundled themes', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    test(basename(file), async () => {
      const loaded = await loadThemeFile(file);
      if (!loaded.result.ok) {
        const errors = loaded.result.diagnostics.filter((d) => d.severity === 'error');
        throw new Error(
          errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'),
        );
      }
      const theme = loaded.result.theme;
      const o = outcome(walkFirst(theme));
      expect(o.provisional).toBe(false);
      expect(validateOutcome(o)).toEqual([]);
      expect(markdownGuide(o, theme)).toMatchSnapshot('markdown');
      expect(mermaidWorkflow(o, theme)).toMatchSnapshot('workflow');
      expect(mermaidQuestionnaire(theme)).toMatchSnapshot('questionnaire');
    });
  }
});
