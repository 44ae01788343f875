import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/model/diagnostic.js';

/** docs/diagnostics.md documents every code, each under its own `## \`code\`` heading, and no other. */

const docs = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
const headings = [...docs.matchAll(/^## `([^`]+)`\s*$/gm)].map((m) => m[1] as string);

test('every diagnostic code has a section in docs/diagnostics.md', () => {
  const missing = DIAGNOSTIC_CODES.filter((code) => !headings.includes(code));
  expect(missing).toEqual([]);
});

test('docs/diagnostics.md has no section for a code that does not exist, and none twice', () => {
  const known = new Set<string>(DIAGNOSTIC_CODES);
  expect(headings.filter((code) => !known.has(code))).toEqual([]);
  expect(headings.filter((code, i) => headings.indexOf(code) !== i)).toEqual([]);
});

test('each section gives the severity and an example', () => {
  const sections = docs.split(/^## `/m).slice(1);
  for (const section of sections) {
    const code = section.slice(0, section.indexOf('`'));
    expect(section, code).toMatch(/级别 severity:/);
    expect(section, code).toMatch(/```(yaml|sh)\n/);
  }
});
