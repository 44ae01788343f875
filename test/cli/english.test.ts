import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { enumerateCases } from '../../src/analyze/enumerate.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile } from '../../src/node/index.js';
import { cli, ROOT } from './io.js';

/**
 * `--lang en` prints English everywhere the CLI speaks: headings, labels, graph labels, counts and messages.
 * Theme text stays as written (the bundled themes are Chinese): every string of the theme and its catalog, of
 * the scenario files and of the profiles, and the case labels, which are made of the theme's short labels.
 * What is left of the output once those are taken out must hold no Chinese character or punctuation.
 */

const HK = 'themes/hk-macau-permit.yaml';
const EATERY = 'themes/open-restaurant.yaml';
const ANSWERS = 'examples/answers/hk-macau-permit.yaml';
const PROFILE = 'examples/profiles/shanghai-resident.yaml';
const TODAY = '2026-11-27';

/** CJK ideographs and punctuation, fullwidth forms. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/** Every string in a plain value. */
function strings(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, into);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, into);
  return into;
}

async function loaded(file: string): Promise<CompiledTheme> {
  const result = (await loadThemeFile(join(ROOT, file))).result;
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.theme;
}

/** The theme text the output may quote: theme, catalog, scenario files, profiles, case labels. */
async function themeTexts(): Promise<string[]> {
  const texts = new Set<string>();
  for (const file of [HK, EATERY]) {
    const theme = await loaded(file);
    strings(theme, texts);
    for (const c of enumerateCases(theme, { today: TODAY })) texts.add(c.label);
  }
  for (const dir of ['themes/tests', 'examples/profiles']) {
    for (const name of await readdir(join(ROOT, dir)))
      strings(parse(await readFile(join(ROOT, dir, name), 'utf8')), texts);
  }
  // Quoted without a final full stop (clauses are joined), and templates around the values they take.
  for (const text of [...texts]) {
    texts.add(text.replace(/[。.]+$/u, ''));
    for (const part of text.split(/\{[^}]*\}/u)) texts.add(part);
  }
  // Longest first, so that a label is taken out whole before a word inside it.
  return [...texts].filter((t) => CJK.test(t)).sort((a, b) => b.length - a.length);
}

const texts = await themeTexts();

/** The lines of an output that still hold Chinese once theme text is taken out. */
function leaks(output: string): string[] {
  return output.split('\n').filter((line) => {
    let rest = line;
    for (const text of texts) if (rest.includes(text)) rest = rest.split(text).join(' ');
    return CJK.test(rest);
  });
}

const COMMANDS: readonly (readonly string[])[] = [
  ['--help'],
  ['validate', 'themes'],
  ['run', HK, '--answers', ANSWERS, '--today', TODAY],
  // A missing answer: the message names the question and its options.
  ['run', EATERY, '--answers', 'company-exists=false,hire-staff=true', '--today', TODAY],
  ['cases', HK, '--today', TODAY, '--max-cases', '200'],
  ['test', 'themes'],
  ['render', HK],
  ['run', HK, '--answers', ANSWERS, '--today', TODAY, '--format', 'md'],
  ['render', HK, '--answers', ANSWERS, '--today', TODAY],
  ['render', HK, '--answers', ANSWERS, '--today', TODAY, '--format', 'mermaid'],
  ['render', EATERY, '--format', 'mermaid'],
  ['diff', HK, HK],
  ['recommend', '--profile', PROFILE, '--today', TODAY],
  ['build', HK, '--out', join(ROOT, 'test/.output/english-build')],
  ['valdate'],
];

describe('--lang en: English everywhere but theme text', () => {
  for (const argv of COMMANDS) {
    test(`tongban --lang en ${argv.join(' ')}`, async () => {
      const r = await cli(['--lang', 'en', ...argv]);
      expect(r.stdout + r.stderr).not.toBe('');
      expect(leaks(r.stdout), r.stdout).toEqual([]);
      expect(leaks(r.stderr)).toEqual([]);
    });
  }

  test('the check can fail: Chinese output is caught', async () => {
    const r = await cli(['run', HK, '--answers', ANSWERS, '--today', TODAY]);
    expect(leaks(r.stdout).length).toBeGreaterThan(3);
  });
});
