import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, formatHint } from '../../src/load/index.js';
import {
  DIAGNOSTIC_CODES,
  DIAGNOSTIC_PARAM_SPECS,
  type Diagnostic,
  type DiagnosticCode,
} from '../../src/model/diagnostic.js';
import { CJK, paramProblems, withoutWritten } from '../support/params.js';

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

/** A section's documented example: its params, and the messages and hints rendered from them. */
interface Example {
  readonly code: DiagnosticCode;
  readonly params: Record<string, unknown>;
  readonly zh: string;
  readonly hintZh: string | undefined;
  readonly en: string;
  readonly hintEn: string | undefined;
}

function examples(): Example[] {
  return docs
    .split(/^## `/m)
    .slice(1)
    .map((section) => {
      const code = section.slice(0, section.indexOf('`')) as DiagnosticCode;
      const params = /^- 参数 params: `(.*)`$/m.exec(section)?.[1];
      const message = /^- 说明 message: `([^`]*)`(.*(?:\n {2}.*)*)/m.exec(section);
      const english = /^- 英文 English: `([^`]*)`(?:; hint: `([^`]*)`)?$/m.exec(section);
      if (params === undefined || !message || !english)
        throw new Error(`${code}: params, message or English missing`);
      return {
        code,
        params: JSON.parse(params) as Record<string, unknown>,
        zh: message[1] as string,
        hintZh: /提示 hint: `([^`]*)`/.exec(message[2] ?? '')?.[1],
        en: english[1] as string,
        hintEn: english[2],
      };
    });
}

describe('each section documents an example that renders as written, in Chinese and in English', () => {
  test.each(examples())('$code', ({ code, params, zh, hintZh, en, hintEn }) => {
    const spec = DIAGNOSTIC_PARAM_SPECS[code];
    expect(paramProblems(spec, params)).toEqual([]);
    const diagnostic = {
      code,
      params,
      severity: 'error',
      message: '',
      file: 'f',
      line: 1,
      column: 1,
      pointer: '',
    };
    const d = diagnostic as Diagnostic;
    expect(formatDiagnostic(d, 'zh')).toBe(zh);
    expect(formatHint(d, 'zh')).toBe(hintZh);
    expect(formatDiagnostic(d, 'en')).toBe(en);
    expect(formatHint(d, 'en')).toBe(hintEn);
    // English words only, but for what the author wrote (a Chinese scenario name or label is theme text).
    for (const shown of [en, hintEn ?? '']) expect(withoutWritten(shown, spec, params)).not.toMatch(CJK);
  });
});
